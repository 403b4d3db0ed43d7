import Foundation
import ZhLexicon
import ZhOutput
import ZhSegment
import ZhText

/// `zhmine-bench segment --stages [FILE] [--runs R]` — where `zhmine segment`'s time goes,
/// stage by stage, in one process over one input (default: the speed input of
/// Benchmarks/segment/run.sh, `Benchmarks/out/report_news_x*.txt`).
///
/// Each stage runs alone over the output of the previous one, kept in memory, so its time
/// is its own: decode (TextStream: read and UTF-8 decode, in chunks of whole lines),
/// normalise (NFKC), lines, atoms, DAG walk (the trie's common-prefix search at every
/// position of every Han atom, visiting every edge), best path (the segmenter with
/// unknown-word merging off, minus atoms and walk), unknown words (on minus off), output
/// (`SegmentationWriter`, the whole of `zhmine segment` after decoding, minus the stages
/// before). Minimum of R runs (default 5): the machine is shared, and the minimum is the
/// least disturbed.
enum SegmentStages {
    static func run(_ arguments: [String]) throws {
        var runs = 5
        var path: String?
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--stages": break
            case "--runs":
                i += 1
                runs = i < arguments.count ? max(1, Int(arguments[i]) ?? 5) : 5
            default: path = arguments[i]
            }
            i += 1
        }
        guard let file = path ?? defaultInput() else {
            throw SegmentationScoreSuite.UsageError(message: "usage: zhmine-bench segment --stages [FILE] [--runs R] (no input: run Benchmarks/segment/run.sh speed first)")
        }
        let lexicon = try LexiconStore().load()
        let segmenter = Segmenter(lexicon: lexicon)
        var plain = segmenter
        plain.unknownWords = nil
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let mb = Double(bytes) / 1_048_576

        func time(_ body: () throws -> Void) rethrows -> Double {
            var best = Double.infinity
            for _ in 0..<runs {
                let t0 = Bench.now()
                try body()
                best = min(best, Bench.now() - t0)
            }
            return best
        }

        // Stage inputs, kept in memory.
        var chunks: [TextStream.Chunk] = []
        let tDecode = try time {
            chunks.removeAll()
            let stream = try TextStream(path: file)
            while let chunk = try stream.next() { chunks.append(chunk) }
        }
        var normalized: [NormalizedText] = []
        let tNormalise = time { normalized = chunks.map { Normalizer().normalize($0.scalars) } }
        var lines: [[TextSpan]] = []
        let tLines = time { lines = normalized.map { SentenceSplitter().lines(in: $0.scalars) } }
        var atoms: [[Atom]] = []
        let tAtoms = time {
            atoms = []
            for (k, text) in normalized.enumerated() {
                var out: [Atom] = []
                text.scalars.withUnsafeBufferPointer { buffer in
                    for line in lines[k] { AtomScanner().scan(UnsafeBufferPointer(rebasing: buffer[line.range]), into: &out) }
                }
                atoms.append(out)
            }
        }
        var edges = 0
        let tWalk = time {
            edges = 0
            for (k, text) in normalized.enumerated() {
                text.scalars.withUnsafeBufferPointer { buffer in
                    // Atom offsets are relative to their line; rebase line by line as the segmenter does.
                    var a = 0
                    for line in lines[k] {
                        let lineText = UnsafeBufferPointer(rebasing: buffer[line.range])
                        var consumed = 0
                        while a < atoms[k].count, consumed < line.range.count {
                            let atom = atoms[k][a]
                            a += 1
                            consumed = Int(atom.end)
                            guard atom.kind == .han else { continue }
                            for p in atom.range {
                                lexicon.trie.forEachPrefix(in: lineText, from: p, maxLength: min(atom.range.upperBound - p, 32)) { _, _ in
                                    edges += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        func segmentAll(_ s: Segmenter) -> Int {
            var tokens: [Token] = []
            var scratch = SegmenterScratch()
            var count = 0
            for (k, text) in normalized.enumerated() {
                text.scalars.withUnsafeBufferPointer { buffer in
                    for line in lines[k] {
                        tokens.removeAll(keepingCapacity: true)
                        s.segment(UnsafeBufferPointer(rebasing: buffer[line.range]), into: &tokens, scratch: &scratch)
                        count += tokens.count
                    }
                }
            }
            return count
        }
        var tokenCount = 0
        let tPlain = time { tokenCount = segmentAll(plain) }
        let tSegment = time { tokenCount = segmentAll(segmenter) }
        let writer = SegmentationWriter(segmenter: segmenter)
        var outBytes = 0
        let tWriter = time {
            var scratch = SegmentationWriter.Scratch()
            var out: [UInt8] = []
            outBytes = 0
            for chunk in chunks {
                out.removeAll(keepingCapacity: true)
                writer.write(chunk.scalars, scalarOffset: chunk.scalarOffset, into: &out, scratch: &scratch)
                outBytes += out.count
            }
        }
        let stages: [(String, Double)] = [
            ("decode", tDecode),
            ("normalise", tNormalise),
            ("lines", tLines),
            ("atoms", tAtoms),
            ("DAG walk", tWalk),
            ("best path", tPlain - tAtoms - tWalk),
            ("unknown words", tSegment - tPlain),
            ("output", tWriter - tNormalise - tLines - tSegment),
        ]
        let total = tDecode + tWriter
        print("segment --stages  \(file)  \(String(format: "%.1f", mb)) MB, \(tokenCount) tokens, \(edges) DAG edges, \(outBytes) output bytes; min of \(runs) runs")
        print("| stage | ms | share | MB/s |")
        print("| --- | --- | --- | --- |")
        for (name, t) in stages {
            print(String(format: "| %@ | %.1f | %.0f %% | %.0f |", name, t * 1000, 100 * t / total, t > 0 ? mb / t : .infinity))
        }
        print(String(format: "| **total** (decode + writer) | %.1f | 100 %% | %.1f |", total * 1000, mb / total))
        print("command: .build-test/release/zhmine-bench segment --stages \(path ?? "") --runs \(runs)")
    }

    static func defaultInput() -> String? {
        let out = Bench.repositoryRoot.appendingPathComponent("Benchmarks/out")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        return names.filter { $0.hasPrefix("report_news_x") }.sorted().first.map { out.appendingPathComponent($0).path }
    }
}
