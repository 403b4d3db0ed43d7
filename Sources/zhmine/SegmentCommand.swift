import Foundation
import ArgumentParser
import ZhLexicon
import ZhSegment
import ZhStore
import ZhText

/// `zhmine segment`: words, one output line per input line, streaming with bounded memory.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment Chinese text into words (one output line per input line, tokens separated by one space)."
    )

    @Argument(help: "The document to read, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "accurate (best path, default), search (adds sub-words of long words), full (every lexicon word), icu (ICU's BreakIterator).")
    var mode: Mode = .accurate

    @Flag(help: "Append /POS to each token (text format).")
    var pos = false

    @Flag(name: .customLong("no-unknown-words"), help: "Turn off the merging of unknown words.")
    var noUnknownWords = false

    @Option(help: "text (one line per input line) or jsonl ({text, start, end, pos} per token; offsets into the original).")
    var format: Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case accurate, search, full, icu
        var segmentation: SegmentationMode { SegmentationMode(rawValue: rawValue) ?? .accurate }
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    func run() throws {
        let lexicon = try lexiconOptions.load()
        let segmenter = Segmenter(lexicon: lexicon, unknownWords: !noUnknownWords)
        // A PDF is read whole (its text layer, reflowed); text is streamed chunk by chunk, as written.
        var pdf: InputDocument?
        if file != "-", let head = FileHandle(forReadingAtPath: file)?.readData(ofLength: 8),
           FileSignature.sniff(Array(head))?.kind == .pdf {
            pdf = try input.read(file)
        }
        let isPDF = pdf != nil
        let stream: TextStream
        do {
            stream = try TextStream(path: file, encoding: input.requestedEncoding, lossy: input.lossy, maxBytes: input.maxBytes)
        } catch {
            throw CLIError(file: file, error.description)
        }
        let sink = try OutputSink(path: out)
        let normalizer = Normalizer()
        let splitter = SentenceSplitter()
        var tokens: [Token] = []
        var scratch = SegmenterScratch()
        var json: [UInt8] = []
        // Property wrappers of ArgumentParser are slow to read: copy the options out of the loop.
        let format = self.format, withPOS = self.pos, mode = self.mode.segmentation
        while true {
            let original: [Unicode.Scalar], normalized: NormalizedText, scalarOffset: Int
            if let document = pdf {
                original = document.scalars
                normalized = document.prepared()
                scalarOffset = 0
                pdf = nil
            } else {
                if isPDF { break }
                let chunk: TextStream.Chunk?
                do {
                    chunk = try stream.next()
                } catch let error as TextDecodingError {
                    throw CLIError(file: stream.name, error.description)
                } catch {
                    throw CLIError(file: stream.name, "\(error)")
                }
                guard let chunk else { break }
                original = chunk.scalars
                normalized = normalizer.normalize(original)
                scalarOffset = chunk.scalarOffset
            }
            let map = normalized.offsets
            try normalized.scalars.withUnsafeBufferPointer { buffer in
                for line in splitter.lines(in: normalized.scalars) {
                    tokens.removeAll(keepingCapacity: true)
                    segmenter.segment(UnsafeBufferPointer(rebasing: buffer[line.range]), mode: mode,
                                      into: &tokens, scratch: &scratch)
                    try sink.write { out in
                        var firstToken = true
                        for t in tokens {
                            let s = line.start + Int(t.start), e = line.start + Int(t.end)
                            if SentenceSplitter.isSpace(normalized.scalars[s]) { continue }
                            let r = map.tilingRange(s..<e)
                            let os = r.lowerBound, oe = r.upperBound
                            if oe <= os { continue }
                            switch format {
                            case .text:
                                if !firstToken { out.append(0x20) }
                                UTF8Encoding.append(original[os..<oe], to: &out)
                                if withPOS {
                                    out.append(UInt8(ascii: "/"))
                                    out.append(contentsOf: segmenter.posName(t.pos).utf8)
                                }
                            case .jsonl:
                                json.removeAll(keepingCapacity: true)
                                JSONText.appendObject(Record([
                                    ("text", .string(String(scalars: original[os..<oe]))),
                                    ("start", .int(scalarOffset + os)), ("end", .int(scalarOffset + oe)),
                                    ("pos", .string(segmenter.posName(t.pos))),
                                ]), to: &json)
                                out.append(contentsOf: json)
                                out.append(0x0A)
                            }
                            firstToken = false
                        }
                        if format == .text { out.append(0x0A) }
                    }
                }
            }
        }
        if stream.substitutions > 0 {
            Console.warning(file: stream.name, "replaced \(stream.substitutions) invalid byte sequence(s) with U+FFFD"
                + (stream.firstInvalidOffset.map { " (first at byte \($0))" } ?? ""))
        }
        try sink.flush()
    }
}
