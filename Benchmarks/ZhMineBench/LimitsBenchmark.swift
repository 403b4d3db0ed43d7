import Foundation
import ZhLexicon
import ZhSegment
import ZhText

/// `zhmine-bench limits [--sizes 1,2,5,10] [--depth N]`: hostile-input scaling. One line of
/// N MB without punctuation or line breaks (report text with every punctuation mark and
/// white space removed, repeated) goes through the normaliser, the sentence splitter, the
/// atom scanner and the segmenter; time per MB must stay flat as N grows (linear time).
/// Then deep nesting: `depth` levels of “《（ around a sentence, and the same closers.
///
/// ```
/// zhmine-bench limits                       # 1, 2, 5, 10 MB; depth 100 000
/// zhmine-bench limits --sizes 1,20 --depth 1000000
/// ```
enum LimitsBenchmark {
    static func run(_ arguments: [String]) throws {
        var sizes = [1, 2, 5, 10]
        var depth = 100_000
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw SegmentationScoreSuite.UsageError(message: "\(flag) needs a value") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "--depth": depth = max(1, Int(value) ?? depth)
            default: throw SegmentationScoreSuite.UsageError(message: "unknown option \(flag)")
            }
        }
        let lexicon = try LexiconStore().load()
        let segmenter = Segmenter(lexicon: lexicon)
        let unit = try punctuationFreeUnit()
        print("one line without punctuation (\(lexicon.count) lexicon words); time per MB of UTF-8")
        print("| MB | scalars | normalise | sentences | atoms | segment | segment s/MB | tokens |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for mb in sizes {
            let line = repeated(unit, toBytes: mb << 20)
            let bytes = Double(String(String.UnicodeScalarView(line)).utf8.count) / 1_048_576
            var normalised: [Unicode.Scalar] = []
            let tNormalise = Bench.measure(repetitions: 1) { normalised = Normalizer().normalize(line).scalars }.min
            let tSentences = Bench.measure(repetitions: 1) { Bench.blackHole(SentenceSplitter().sentences(in: normalised)) }.min
            let tAtoms = Bench.measure(repetitions: 1) { Bench.blackHole(AtomScanner().atoms(of: normalised)) }.min
            var tokenCount = 0
            let tSegment = Bench.measure(repetitions: 1) { tokenCount = segmenter.segment(normalised).count }.min
            print(String(format: "| %d | %d | %@ | %@ | %@ | %@ | %.3f | %d |", mb, line.count,
                         Bench.format(seconds: tNormalise), Bench.format(seconds: tSentences),
                         Bench.format(seconds: tAtoms), Bench.format(seconds: tSegment), tSegment / bytes, tokenCount))
        }
        print("")
        print("nesting: \(depth) levels of “《（ … ）》” around one sentence")
        var nested: [Unicode.Scalar] = []
        nested.reserveCapacity(depth * 6 + 32)
        for _ in 0..<depth { nested += ["“", "《", "（"] }
        nested += Array("株洲市地区生产总值增长8.5%。".unicodeScalars)
        for _ in 0..<depth { nested += ["）", "》", "”"] }
        let tNormalise = Bench.measure(repetitions: 1) { Bench.blackHole(Normalizer().normalize(nested)) }.min
        let tSentences = Bench.measure(repetitions: 1) { Bench.blackHole(SentenceSplitter().sentences(in: nested)) }.min
        let tSegment = Bench.measure(repetitions: 1) { Bench.blackHole(segmenter.segment(nested)) }.min
        print("| scalars | normalise | sentences | segment |")
        print("|---:|---:|---:|---:|")
        print("| \(nested.count) | \(Bench.format(seconds: tNormalise)) | \(Bench.format(seconds: tSentences)) | \(Bench.format(seconds: tSegment)) |")
        print("peak RSS \(Bench.format(bytes: Bench.peakRSS()))")
        print("command: swift run -c release zhmine-bench limits" + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")))
    }

    /// The repository's report text with punctuation, symbols and white space removed.
    static func punctuationFreeUnit() throws -> [Unicode.Scalar] {
        let corpus = Bench.repositoryRoot.appendingPathComponent("Corpus/reports")
        var out: [Unicode.Scalar] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            for s in text.unicodeScalars {
                let p = s.properties
                if p.isWhitespace || p.generalCategory.isPunctuationOrSymbol { continue }
                out.append(s)
            }
        }
        return out.isEmpty ? Array("推动经济高质量发展".unicodeScalars) : out
    }

    static func repeated(_ unit: [Unicode.Scalar], toBytes target: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(target / 3 + unit.count)
        var bytes = 0
        while bytes < target {
            for s in unit {
                out.append(s)
                bytes += UTF8.width(s)
                if bytes >= target { break }
            }
        }
        return out
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .control, .format:
            return true
        default:
            return false
        }
    }
}
