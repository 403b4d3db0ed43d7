import Foundation
import ZhSegment
import ZhText

/// Writes `zhmine segment`'s output for one decoded chunk of whole lines into a byte buffer.
///
/// Each chunk is normalised, cut into lines, segmented line by line, and every token is
/// written as the slice of the *original* text it covers (white-space tokens dropped):
/// `text` is one output line per input line, tokens separated by one space (`/POS`
/// appended with `withPOS`); `jsonl` is one `{text, start, end, pos}` object per token with
/// offsets into the whole document. The writer is immutable and `Sendable`; every thread
/// brings its own ``SegmentationWriter/Scratch`` (so chunks can be written in parallel and
/// concatenated in order: output depends only on the chunk and its offset).
///
/// ```swift
/// let writer = SegmentationWriter(segmenter: segmenter, format: .text)
/// var scratch = SegmentationWriter.Scratch()
/// var bytes: [UInt8] = []
/// writer.write(Array("株洲经济增长8.5%\n".unicodeScalars), scalarOffset: 0, into: &bytes, scratch: &scratch)
/// // "株洲 经济 增长 8.5%\n"
/// ```
public struct SegmentationWriter: Sendable {
    /// Output format of `zhmine segment --format`.
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    public let segmenter: Segmenter
    public let mode: SegmentationMode
    public let format: Format
    public let withPOS: Bool
    public let normalizer: Normalizer

    /// Reusable buffers of one thread.
    public struct Scratch {
        var tokens: [Token] = []
        var segmenter = SegmenterScratch()
        var json: [UInt8] = []
        public init() {}
    }

    public init(segmenter: Segmenter, mode: SegmentationMode = .accurate, format: Format = .text,
                withPOS: Bool = false, normalizer: Normalizer = Normalizer()) {
        self.segmenter = segmenter
        self.mode = mode
        self.format = format
        self.withPOS = withPOS
        self.normalizer = normalizer
    }

    /// Appends the output for `chunk` (whole lines; `scalarOffset` is its offset in the document).
    public func write(_ chunk: [Unicode.Scalar], scalarOffset: Int, into out: inout [UInt8], scratch: inout Scratch) {
        write(normalized: normalizer.normalize(chunk), original: chunk, scalarOffset: scalarOffset, into: &out, scratch: &scratch)
    }

    /// Appends the output for a text already prepared (normalised, and reflowed for a PDF): `normalized.offsets`
    /// map into `original`, whose offset in the document is `scalarOffset`.
    public func write(normalized: NormalizedText, original chunk: [Unicode.Scalar], scalarOffset: Int,
                      into out: inout [UInt8], scratch: inout Scratch) {
        let lines = SentenceSplitter().lines(in: normalized.scalars)
        normalized.scalars.withUnsafeBufferPointer { text in
            chunk.withUnsafeBufferPointer { original in
                for line in lines {
                    scratch.tokens.removeAll(keepingCapacity: true)
                    segmenter.segment(UnsafeBufferPointer(rebasing: text[line.range]), mode: mode,
                                      into: &scratch.tokens, scratch: &scratch.segmenter)
                    writeLine(line.start, text, original, normalized.offsets, scalarOffset, &out, &scratch)
                }
            }
        }
    }

    /// Writes every chunk `next` returns, passing each chunk's output to `emit` in input order.
    ///
    /// One job: chunk by chunk on this thread. `jobs` > 1: batches of `4 × jobs` chunks are
    /// segmented in parallel (Dispatch's `concurrentPerform`, one thread per core) while one
    /// more iteration reads and decodes the next batch, so the serial reading overlaps the
    /// parallel segmenting; a batch is emitted, in order, when all of it is done.
    public func write(jobs: Int, chunks next: @escaping () throws -> TextStream.Chunk?, emit: ([UInt8]) throws -> Void) throws {
        var scratch = Scratch()
        var out: [UInt8] = []
        guard jobs > 1 else {
            while let chunk = try next() {
                out.removeAll(keepingCapacity: true)
                write(chunk.scalars, scalarOffset: chunk.scalarOffset, into: &out, scratch: &scratch)
                try emit(out)
            }
            return
        }
        let batchSize = 4 * jobs
        func readBatch() throws -> [TextStream.Chunk] {
            var batch: [TextStream.Chunk] = []
            while batch.count < batchSize, let chunk = try next() { batch.append(chunk) }
            return batch
        }
        var batch = try readBatch()
        while !batch.isEmpty {
            // Shared with the iterations below without locks, hence `nonisolated(unsafe)`: slot k
            // is written only by iteration k, the stream and `following` only by the last
            // iteration, and concurrentPerform returns after every iteration has finished.
            nonisolated(unsafe) let current = batch
            nonisolated(unsafe) let read = readBatch
            nonisolated(unsafe) var following: Result<[TextStream.Chunk], any Error> = .success([])
            nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: current.count)
            slots.initialize(repeating: [])
            defer { slots.deinitialize().deallocate() }
            // Iterations 0..<count segment one chunk each; the last one reads the next batch.
            DispatchQueue.concurrentPerform(iterations: current.count + 1) { k in
                if k == current.count {
                    following = Result { try read() }
                } else {
                    var local = Scratch()
                    write(current[k].scalars, scalarOffset: current[k].scalarOffset, into: &slots[k], scratch: &local)
                }
            }
            for output in slots { try emit(output) }
            batch = try following.get()
        }
    }

    // MARK: - Machinery

    private func writeLine(_ lineStart: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>,
                           _ original: UnsafeBufferPointer<Unicode.Scalar>, _ map: OffsetMap, _ scalarOffset: Int,
                           _ out: inout [UInt8], _ scratch: inout Scratch) {
        if format == .text && !withPOS {
            writeTextLine(lineStart, text, original, map, &out, scratch.tokens)
            return
        }
        var firstToken = true
        for t in scratch.tokens {
            let s = lineStart + Int(t.start), e = lineStart + Int(t.end)
            if SentenceSplitter.isSpace(text[s]) { continue }
            let r = map.tilingRange(s..<e)
            if r.isEmpty { continue }
            switch format {
            case .text:
                if !firstToken { out.append(0x20) }
                UTF8Encoding.append(UnsafeBufferPointer(rebasing: original[r]), to: &out)
                if withPOS {
                    out.append(UInt8(ascii: "/"))
                    out.append(contentsOf: segmenter.posName(t.pos).utf8)
                }
            case .jsonl:
                scratch.json.removeAll(keepingCapacity: true)
                JSONText.appendObject(Record([
                    ("text", .string(String(scalars: original[r]))),
                    ("start", .int(scalarOffset + r.lowerBound)), ("end", .int(scalarOffset + r.upperBound)),
                    ("pos", .string(segmenter.posName(t.pos))),
                ]), to: &scratch.json)
                out.append(contentsOf: scratch.json)
                out.append(0x0A)
            }
            firstToken = false
        }
        if format == .text { out.append(0x0A) }
    }

    /// The default output (`text`, no POS), the hot path: the line's bytes are reserved at
    /// their upper bound (4 per original scalar of every token, 1 per separator, the line
    /// feed), every token's original scalars are UTF-8 encoded straight into that space, and
    /// the unused tail is cut off — no `String` and no per-byte capacity check per token.
    private func writeTextLine(_ lineStart: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>,
                               _ original: UnsafeBufferPointer<Unicode.Scalar>, _ map: OffsetMap,
                               _ out: inout [UInt8], _ tokens: [Token]) {
        // The bound is summed token by token (search and full tokens overlap), so the writes
        // below can never pass it, whatever the mode or the offset map.
        var scalars = 0
        for t in tokens { scalars += map.tilingRange((lineStart + Int(t.start))..<(lineStart + Int(t.end))).count }
        let bound = 4 * scalars + tokens.count + 1
        let old = out.count
        out.append(contentsOf: repeatElement(0, count: bound))
        let written = out.withUnsafeMutableBufferPointer { buffer -> Int in
            let p = buffer.baseAddress! + old
            var n = 0
            for t in tokens {
                let s = lineStart + Int(t.start)
                if SentenceSplitter.isSpace(text[s]) { continue }
                let r = map.tilingRange(s..<(lineStart + Int(t.end)))
                if r.isEmpty { continue }
                if n > 0 {
                    p[n] = 0x20
                    n += 1
                }
                for k in r { n = UTF8Encoding.write(original[k], to: p, at: n) }
            }
            p[n] = 0x0A
            return n + 1
        }
        out.removeLast(bound - written)
    }
}
