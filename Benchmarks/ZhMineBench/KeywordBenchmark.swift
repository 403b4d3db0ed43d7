import Foundation
import ZhExtract
import ZhLexicon
import ZhSegment

/// `zhmine-bench keywords [--chars N] [--repeat N]`: keywords of a 30 000-character
/// report (the Corpus texts concatenated, repeated and cut — the same text that
/// Benchmarks/keywords/jieba_keywords.py times), after start-up; and the start-up costs
/// themselves (jieba's idf.txt parse, the lexicon-derived IDF, the stop lists).
enum KeywordBenchmark {
    static func run(_ arguments: [String]) throws {
        var chars = 30_000
        var repetitions = 20
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst(), let number = Int(value), number > 0 else {
                throw SegmentationScoreSuite.UsageError(message: "\(flag) needs a positive number")
            }
            switch flag {
            case "--chars": chars = number
            case "--repeat": repetitions = number
            default: throw SegmentationScoreSuite.UsageError(message: "unknown option \(flag)")
            }
        }
        let text = try corpusReport(chars: chars)
        let lexicon = try LexiconStore().load()
        let segmenter = Segmenter(lexicon: lexicon)

        print("start-up")
        if let path = IDFSource.installedJiebaTable() {
            var table: IDFTable?
            let t = Bench.measure(repetitions: 5) { table = try? IDFTable(contentsOf: path) }
            print(String(format: "  jieba idf.txt parse (%d words)   median %@  (min %@)", table?.count ?? 0,
                         Bench.format(seconds: t.median), Bench.format(seconds: t.min)))
        } else {
            print("  jieba idf.txt not installed")
        }
        let lexiconTiming = Bench.measure(repetitions: 5) { Bench.blackHole(LexiconIDF(lexicon: lexicon)) }
        print("  lexicon-derived IDF               median \(Bench.format(seconds: lexiconTiming.median))")
        let stopTiming = Bench.measure(repetitions: 5) { Bench.blackHole(StopWords.project()) }
        print("  stop lists                        median \(Bench.format(seconds: stopTiming.median))")

        let idf = try IDFSource.automatic.load(lexicon: lexicon)
        print("\nkeywords of a \(text.count)-character report (\(repetitions) runs, after one warm-up)   IDF: \(idf.name)")
        for method in KeywordMethod.allCases {
            var options = KeywordOptions()
            options.method = method
            let extractor = KeywordExtractor(segmenter: segmenter, idf: idf, options: options)
            Bench.blackHole(extractor.keywords(in: text))
            var result: [Keyword] = []
            let t = Bench.measure(repetitions: repetitions) { result = extractor.keywords(in: text) }
            print(String(format: "  %-9@ median %@  (min %@)   top: %@", method.rawValue, Bench.format(seconds: t.median),
                         Bench.format(seconds: t.min), result.prefix(5).map(\.word).joined(separator: " ")))
        }
        var segmentation: [Token] = []
        let segTiming = Bench.measure(repetitions: repetitions) { segmentation = segmenter.segment(text) }
        print("  (segmentation alone: median \(Bench.format(seconds: segTiming.median)), \(segmentation.count) tokens)")
        print("command: swift run -c release zhmine-bench keywords" + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")))
    }

    /// Seed, then Corpus/reports/*.txt sorted, joined by newlines, repeated, cut to `chars` scalars.
    static func corpusReport(chars: Int) throws -> [Unicode.Scalar] {
        let corpus = Bench.repositoryRoot.appendingPathComponent("Corpus")
        let reports = corpus.appendingPathComponent("reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { $0.hasSuffix(".txt") }.sorted()
        let paths = [corpus.appendingPathComponent("zhuzhou-2021-report-interpretation.txt")]
            + names.map { reports.appendingPathComponent($0) }
        let unit = try paths.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        var text = unit
        while text.unicodeScalars.count < chars { text += "\n" + unit }
        return Array(text.unicodeScalars.prefix(chars))
    }
}
