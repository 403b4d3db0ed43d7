import Foundation

/// `zhmine-bench segscore --gold GOLD --test OUTPUT [--words TRAINING_WORDS]`:
/// SIGHAN-style scores of a segmentation against a gold one.
///
/// ```
/// zhmine-bench segscore --gold ../shared/sighan/pku_test_gold.utf8 \
///     --test Benchmarks/out/jieba-hmm.txt --words ../shared/sighan/pku_training_words.utf8
/// ```
/// Prints one table; exits 1 when a line's characters differ between the files or
/// their line counts differ (the score then covers only the lines that agree).
enum SegmentationScoreSuite {
    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let gold = try String(contentsOf: URL(fileURLWithPath: options.gold), encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: options.test), encoding: .utf8)
        let words = try options.words.map { try SegmentationScorer.loadWordList(URL(fileURLWithPath: $0)) }
        let score = SegmentationScorer(trainingWords: words).score(gold: gold, test: test)

        print("segscore  gold=\(options.gold)  test=\(options.test)" + (options.words.map { "  words=\($0)" } ?? ""))
        row("lines", String(format: "%d", score.lines))
        row("gold words", String(format: "%d", score.goldWords))
        row("test words", String(format: "%d", score.testWords))
        row("correct", String(format: "%d", score.correct))
        row("precision", String(format: "%.3f", score.precision))
        row("recall", String(format: "%.3f", score.recall))
        row("F1", String(format: "%.3f", score.f1))
        if words != nil {
            row("OOV rate", String(format: "%.3f", score.oovRate))
            row("OOV recall", String(format: "%.3f", score.oovRecall))
            row("IV recall", String(format: "%.3f", score.ivRecall))
        }
        var failed = false
        if let (g, t) = score.lineCountMismatch {
            FileHandle.standardError.write(Data("segscore: gold has \(g) lines, test has \(t)\n".utf8))
            failed = true
        }
        for line in score.mismatchedLines.prefix(20) {
            FileHandle.standardError.write(Data("segscore: line \(line): characters differ between gold and test\n".utf8))
        }
        if score.mismatchedLines.count > 20 {
            FileHandle.standardError.write(Data("segscore: … \(score.mismatchedLines.count) lines differ in all\n".utf8))
        }
        if failed || !score.mismatchedLines.isEmpty { exit(1) }
    }

    private static func row(_ name: String, _ value: String) {
        print(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value)
    }

    struct Options {
        var gold = ""
        var test = ""
        var words: String?

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                guard let value = rest.popFirst() else { throw UsageError(message: "\(flag) needs a value") }
                switch flag {
                case "--gold": gold = value
                case "--test": test = value
                case "--words": words = value
                default: throw UsageError(message: "unknown option \(flag)")
                }
            }
            if gold.isEmpty || test.isEmpty {
                throw UsageError(message: "usage: zhmine-bench segscore --gold GOLD --test OUTPUT [--words TRAINING_WORDS]")
            }
        }
    }

    struct UsageError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
