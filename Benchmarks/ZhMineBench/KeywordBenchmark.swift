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
            let t = measure(5) { table = try? IDFTable(contentsOf: path) }
            print("  jieba idf.txt parse (\(table?.count ?? 0) words): \(describe(t))")
        } else {
            print("  jieba idf.txt not installed")
        }
        print("  lexicon-derived IDF: \(describe(measure(5) { Bench.blackHole(LexiconIDF(lexicon: lexicon)) }))")
        print("  stop lists: \(describe(measure(5) { Bench.blackHole(StopWords.project()) }))")

        let idf = try IDFSource.automatic.load(lexicon: lexicon)
        print("\nkeywords of a \(text.count)-character report (\(repetitions) runs after a warm-up; IDF: \(idf.name))")
        for method in KeywordMethod.allCases {
            var options = KeywordOptions()
            options.method = method
            let extractor = KeywordExtractor(segmenter: segmenter, idf: idf, options: options)
            Bench.blackHole(extractor.keywords(in: text))
            var result: [Keyword] = []
            let t = measure(repetitions) { result = extractor.keywords(in: text) }
            print("  \(method.rawValue): \(describe(t))")
            print("    top 5: \(result.prefix(5).map(\.word).joined(separator: " "))")
        }
        var tokens: [Token] = []
        let t = measure(repetitions) { tokens = segmenter.segment(text) }
        print("  (segmentation alone, \(tokens.count) tokens: \(describe(t)))")
        print("command: swift run -c release zhmine-bench keywords" + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")))
    }

    /// Wall-clock and CPU time of this thread (the machine is shared: CPU time shows the
    /// work, wall time the wait as well).
    static func measure(_ repetitions: Int, _ body: () -> Void) -> (wall: Bench.Timing, cpu: Bench.Timing) {
        var wall: [Double] = [], cpu: [Double] = []
        for _ in 0..<repetitions {
            let c0 = threadCPU(), t0 = Bench.now()
            body()
            wall.append(Bench.now() - t0)
            cpu.append(threadCPU() - c0)
        }
        return (Bench.Timing(samples: wall), Bench.Timing(samples: cpu))
    }

    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func describe(_ t: (wall: Bench.Timing, cpu: Bench.Timing)) -> String {
        "wall median \(Bench.format(seconds: t.wall.median)) (min \(Bench.format(seconds: t.wall.min))), "
            + "CPU median \(Bench.format(seconds: t.cpu.median)) (min \(Bench.format(seconds: t.cpu.min)))"
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
