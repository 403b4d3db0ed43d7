import Foundation
import ArgumentParser
import ZhLexicon
import ZhOutput
import ZhSegment
import ZhText

/// `zhmine segment`: words, one output line per input line, streaming with bounded memory.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment Chinese text into words (one output line per input line, tokens separated by one space)."
    )

    @OptionGroup var document: DocumentOptions<SegmentationWriter.Format>
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "accurate (best path, default), search (adds sub-words of long words), full (every lexicon word), icu (ICU's BreakIterator).")
    var mode: Mode = .accurate

    @Flag(help: "Append /POS to each token (text format).")
    var pos = false

    @Flag(name: .customLong("no-unknown-words"), help: "Turn off the merging of unknown words.")
    var noUnknownWords = false

    @Option(help: "Segment this many chunks of whole lines in parallel (output stays in input order).")
    var jobs: Int = 1

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case accurate, search, full, icu
        var segmentation: SegmentationMode { SegmentationMode(rawValue: rawValue) ?? .accurate }
    }

    func run() throws {
        let format = try document.output.format()
        let input = document.input, file = document.file
        let lexicon = try lexiconOptions.load()
        let segmenter = Segmenter(lexicon: lexicon, unknownWords: !noUnknownWords)
        var pdf: InputDocument?
        if file != "-", let head = FileHandle(forReadingAtPath: file)?.readData(ofLength: 8),
           FileSignature.sniff(Array(head))?.kind == .pdf {
            pdf = try input.read(file)
        }
        let stream: TextStream
        do {
            // 64 KiB chunks: a chunk's buffers (scalars, normalised copy, offsets, tokens, output)
            // are several times its bytes; 256 KiB chunks cost 2.8 MB more peak RSS (10.5 MB input).
            stream = try TextStream(path: file, encoding: input.requestedEncoding, lossy: input.lossy,
                                    chunkSize: 1 << 16, maxBytes: input.maxBytes)
        } catch {
            throw CLIError(file: file, error.description)
        }
        let sink = try document.output.sink()
        let writer = SegmentationWriter(segmenter: segmenter, mode: mode.segmentation,
                                        format: format, withPOS: pos)
        // A PDF is read whole (its text layer, reflowed); text is streamed chunk by chunk, as written.
        if let pdf {
            var bytes: [UInt8] = []
            var scratch = SegmentationWriter.Scratch()
            writer.write(normalized: pdf.prepared(), original: pdf.scalars, scalarOffset: 0, into: &bytes, scratch: &scratch)
            try sink.write { $0.append(contentsOf: bytes) }
            try sink.flush()
            return
        }
        func next() throws -> TextStream.Chunk? {
            do {
                return try stream.next()
            } catch let error as TextDecodingError {
                throw CLIError(file: stream.name, error.description)
            } catch {
                throw CLIError(file: stream.name, "\(error)")
            }
        }
        try writer.write(jobs: jobs, chunks: next) { bytes in try sink.write { $0.append(contentsOf: bytes) } }
        if stream.substitutions > 0 {
            Console.warning(file: stream.name, "replaced \(stream.substitutions) invalid byte sequence(s) with U+FFFD"
                + (stream.firstInvalidOffset.map { " (first at byte \($0))" } ?? ""))
        }
        try sink.flush()
    }
}

/// `zhmine segment --format`.
extension SegmentationWriter.Format: OutputFormat {
    static let standard = SegmentationWriter.Format.text

    var summary: String {
        switch self {
        case .text: return "one line per input line"
        case .jsonl: return "{text, start, end, pos} per token; offsets into the original"
        }
    }
}
