import ArgumentParser
import ZhOutput
import ZhText

/// `zhmine text`: decode (detecting the encoding; a PDF's text layer), optionally reflow and normalise,
/// and print text or sentences.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Decode a document (UTF-8/16, GB18030/GBK, Big5) and print it as UTF-8, optionally normalised or split into sentences."
    )

    @OptionGroup var document: DocumentOptions<TextFormat>

    @Flag(help: "NFKC with full-width folding (８．５％ → 8.5%).")
    var normalize = false

    @Flag(help: "Convert Traditional characters to Simplified.")
    var simplified = false

    @Flag(help: "Print one sentence per line.")
    var sentences = false

    enum TextFormat: String, OutputFormat {
        case text, jsonl
        static let standard = TextFormat.text
        var summary: String {
            self == .text ? "the text, or one sentence per line" : "{text, start, end} per line or sentence; offsets into the original"
        }
    }

    func run() throws {
        let format = try document.output.format()
        var text = try document.read().text
        // `text` prints the document as decoded (what record offsets index) unless asked to reflow.
        if document.input.reflow == nil { text.reflow = .never }
        let prepared: NormalizedText
        if normalize {
            prepared = text.prepared(simplify: simplified)
        } else if simplified {
            prepared = ChineseScript.simplifyKeepingOffsets(text.reflowed())
        } else {
            prepared = text.reflowed()
        }
        let sink = try document.output.sink()
        let spans: [TextSpan]
        if sentences {
            spans = SentenceSplitter().sentences(in: prepared.scalars)
        } else if format == .jsonl {
            spans = SentenceSplitter().lines(in: prepared.scalars)
        } else {
            try sink.write { UTF8Encoding.append(prepared.scalars, to: &$0) }
            try sink.flush()
            return
        }
        for span in spans {
            let text = prepared.scalars[span.range]
            switch format {
            case .text:
                try sink.write {
                    UTF8Encoding.append(text, to: &$0)
                    $0.append(0x0A)
                }
            case .jsonl:
                let r = prepared.offsets.originalRange(span.range)
                let record = Record([("text", .string(String(scalars: text))), ("start", .int(r.lowerBound)), ("end", .int(r.upperBound))])
                try sink.write {
                    JSONText.appendObject(record, to: &$0)
                    $0.append(0x0A)
                }
            }
        }
        try sink.flush()
    }
}
