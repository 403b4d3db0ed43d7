import ArgumentParser
import ZhExtract
import ZhOutput
import ZhText

/// `zhmine numbers`: every figure with its unit, qualifier and range.
struct NumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "List every number and quantity: value, unit as written, qualifier, value in base units."
    )

    @Argument(help: "The document to read, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions

    @Option(help: "jsonl, json or csv.")
    var format: RecordFormat = .jsonl

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func run() throws {
        let document = try input.read(file)
        let original = document.scalars
        let normalized = document.prepared()
        let sink = try OutputSink(path: out)
        var writer = RecordWriter(format: format, columns: Record.quantityFields)
        for q in QuantityRecognizer().quantities(in: normalized.scalars) {
            let r = normalized.offsets.originalRange(q.span)
            let record = Record(quantity: q, text: String(scalars: original[r]), start: r.lowerBound, end: r.upperBound)
            try sink.write { writer.write(record, to: &$0) }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }
}

extension RecordFormat: ExpressibleByArgument {}
