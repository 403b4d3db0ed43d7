import ArgumentParser
import Foundation
import ZhExtract
import ZhSegment
import ZhText

/// Options shared by every command that reads a document.
struct InputOptions: ParsableArguments {
    @Option(help: "Input encoding: auto, utf8, utf16, utf16le, utf16be, gb18030 (gbk), big5.")
    var encoding: String = "auto"

    @Flag(help: "Replace invalid byte sequences with U+FFFD (with a warning) instead of failing.")
    var lossy = false

    @Option(name: .customLong("max-bytes"), help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = InputReader.defaultMaxBytes

    @Flag(inversion: .prefixedNo, help: "Join hard-wrapped lines and drop page numbers and running headers (default: on for PDF, and for text that looks hard-wrapped).")
    var reflow: Bool?

    func validate() throws {
        if encoding.lowercased() != "auto" && TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)' (use auto, utf8, utf16, utf16le, utf16be, gb18030, gbk, big5)")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
    }

    var requestedEncoding: TextEncoding? {
        encoding.lowercased() == "auto" ? nil : TextEncoding(name: encoding)
    }

    /// Reads and decodes `path` (or stdin for `-`; a PDF by its bytes), warning on stderr about lossy
    /// substitutions; `--reflow`/`--no-reflow` override the document's own reflow policy.
    func read(_ path: String) throws -> InputDocument {
        let bytes = try InputReader.readBytes(path, maxBytes: maxBytes)
        let name = path == "-" ? "<stdin>" : path
        do {
            var text = try TextDecoder(lossy: lossy).decodeDocument(bytes, encoding: requestedEncoding)
            if let reflow { text.reflow = reflow ? .always : .never }
            if text.substitutions > 0 {
                let first = text.firstInvalidOffset.map { " (first at byte \($0))" } ?? ""
                Console.warning(file: name, "replaced \(text.substitutions) invalid byte sequence(s) with U+FFFD\(first)")
            }
            return InputDocument(name: name, text: text)
        } catch {
            throw CLIError(file: name, "\(error)")
        }
    }
}

/// A decoded input document.
struct InputDocument {
    var name: String
    var text: DecodedText
    var scalars: [Unicode.Scalar] { text.scalars }
    /// What extractors read: reflowed (per the document's policy) and normalised, offsets into `scalars`.
    func prepared() -> NormalizedText { text.prepared() }
    /// The document analysed once for every extractor that reads it (prepared as above; tokens by
    /// `segmenter` on first use).
    func analyzed(segmenter: Segmenter? = nil, defaultYear: Int? = nil) -> AnalyzedText {
        AnalyzedText(text, name: name, segmenter: segmenter, defaultYear: defaultYear)
    }
}

/// Reads whole files or standard input with clear, one-line errors.
enum InputReader {
    /// 512 MiB: far above any report; a decoded scalar takes 4 bytes, so this bounds memory at ~2 GiB.
    static let defaultMaxBytes = 512 << 20

    static func readBytes(_ path: String, maxBytes: Int) throws -> [UInt8] {
        do {
            return try FileBytes.read(path, maxBytes: maxBytes)
        } catch {
            throw CLIError(file: path == "-" ? "<stdin>" : path, error.message)
        }
    }
}
