import ArgumentParser
import Foundation
import ZhExtract
import ZhOutput
import ZhText

/// `zhmine diff OLD NEW`: how the targets changed between two reports, and whether the old ones were met.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the targets of two reports (plan years): raised, lowered, unchanged, requalified, added, dropped; and whether the old targets were met.",
        discussion: """
        OLD and NEW are reports (.txt, any supported encoding) or target-record files: a .json array or \
        .jsonl lines of target records (the schema of `zhmine extract`, or the gold form of \
        Corpus/diff/*.targets.json). Records without offsets are located in the report NAME.txt next to \
        NAME.targets.json when it exists.
        """
    )

    @Argument(help: "The older report, or its target records (.json/.jsonl).")
    var old: String

    @Argument(help: "The newer report, or its target records (.json/.jsonl).")
    var new: String

    @OptionGroup var output: OutputOptions<DiffFormat>
    @OptionGroup var input: InputOptions

    enum DiffFormat: String, OutputFormat {
        case text, json, html
        static let standard = DiffFormat.text
        var summary: String {
            switch self {
            case .text: return "aligned tables"
            case .json: return "one object with the pairs and judgements"
            case .html: return "one self-contained page"
            }
        }
    }

    func run() throws {
        let format = try output.format()
        let a = try load(old)
        let b = try load(new)
        var options = PlanDiff.Options()
        if let normalizer = PlanIndicatorNormalizer.projectDefault() {
            options.normalizer = normalizer
        } else {
            Console.error("zhmine: warning: Dictionaries/indicator-synonyms.txt not found (set ZHMINE_DICTIONARIES); indicators align by name only")
        }
        let diff = PlanDiff(old: a.records, new: b.records, oldName: a.name, newName: b.name, options: options)
        let sink = try output.sink()
        switch format {
        case .text: try sink.write(DiffTextTable.render(diff))
        case .json: try sink.write { $0.append(contentsOf: DiffJSON.render(diff)) }
        case .html: try sink.write(DiffHTMLPage.render(diff, oldText: a.text, newText: b.text))
        }
        try sink.flush()
    }

    /// One side of the diff: its records, its name and, when known, the report text.
    struct Side {
        var name: String
        var records: [TargetRecord]
        var text: [Unicode.Scalar]?
    }

    private func load(_ path: String) throws -> Side {
        guard DiffRecordReader.isRecordFile(path) else {
            let document = try input.read(path)
            return Side(name: displayName(path), records: try extractTargets(document: document), text: document.scalars)
        }
        let bytes = try InputReader.readBytes(path, maxBytes: input.maxBytes)
        var text: [Unicode.Scalar]?
        var name = displayName(path)
        if let report = DiffRecordReader.companionReportPath(for: path) {
            text = try input.read(report).scalars
            name = displayName(report)
        }
        do {
            let records = try DiffRecordReader.parse(bytes, text: text, doc: name)
            return Side(name: name, records: records, text: text)
        } catch let failure as DiffRecordReader.Failure {
            throw CLIError(file: path, failure.description)
        }
    }

    private func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : URL(fileURLWithPath: path).lastPathComponent
    }
}

/// The target and actual records of a report.
func extractTargets(document: InputDocument) throws -> [TargetRecord] {
    TargetExtractor().records(in: document.prepared(), original: document.scalars, doc: URL(fileURLWithPath: document.name).lastPathComponent)
}
