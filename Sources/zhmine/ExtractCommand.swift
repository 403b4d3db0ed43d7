import ArgumentParser
import ZhExtract
import ZhOutput
import ZhText

/// `zhmine extract`: every quantitative target and achieved figure of one or more reports, as records.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quantitative targets and achieved figures (indicator, change, value, unit, qualifier, kind, year …) from reports."
    )

    @Argument(help: "The documents to read (- for standard input).")
    var files: [String]

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions<RecordFormat>

    @Flag(help: "Add to each record the time frame its paragraph inherited and the names of the rules that decided its kind and year (frame, kind_rule, year_rule).")
    var explain = false

    @Option(name: .customLong("year"), help: ArgumentHelp("The report year to assume when a document does not state one.", valueName: "YYYY"))
    var defaultYear: Int?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one document") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if let y = defaultYear, !(1949...2200).contains(y) { throw ValidationError("--year must be a year such as 2024") }
    }

    func run() throws {
        let format = try output.format()
        // Decode every input first, so that a bad file fails with one line and no partial output.
        var documents: [InputDocument] = []
        for file in files { documents.append(try input.read(file)) }
        let extractor = TargetExtractor(defaultYear: defaultYear)
        let sink = try output.sink()
        var writer = RecordWriter(format: format,
                                  columns: explain ? TargetRecord.explainedFieldNames : TargetRecord.fieldNames)
        for document in documents {
            let records = extractor.records(in: document.analyzed(defaultYear: defaultYear))
            for record in records {
                let fields = explain ? record.explainedRecord : record.record
                try sink.write { writer.write(fields, to: &$0) }
            }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }
}
