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

    @OptionGroup var document: DocumentOptions<RecordFormat>

    func run() throws {
        let format = try document.output.format()
        let input = try document.read()
        let analyzed = input.analyzed()
        let sink = try document.output.sink()
        var writer = RecordWriter(format: format, columns: Record.quantityFields)
        for q in QuantityRecognizer().quantities(in: analyzed) {
            let r = analyzed.originalRange(q.span)
            let record = Record(quantity: q, text: String(scalars: analyzed.original[r]), start: r.lowerBound, end: r.upperBound)
            try sink.write { writer.write(record, to: &$0) }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }
}
