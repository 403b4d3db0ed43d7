import Foundation

/// SIGHAN-style word segmentation scores: precision, recall, F1, and recall on words
/// in and out of a training vocabulary.
///
/// A word is correct when the test has a word with exactly the same character span
/// on the same line. Lines are aligned one to one; words are separated by ASCII white
/// space. A line whose characters (white space removed) differ between gold and test
/// is not scored and is listed in `mismatchedLines` (1-based).
///
/// ```swift
/// let scorer = SegmentationScorer(trainingWords: ["经济", "发展"])
/// let score = scorer.score(gold: "经济 发展 很快\n", test: "经济 发展 很 快\n")
/// score.precision   // 0.5  (2 of 4)
/// score.recall      // 0.667 (2 of 3)
/// score.oovRecall   // 0.0  (很快 is out of vocabulary and was split)
/// ```
struct SegmentationScorer: Sendable {
    /// The training vocabulary; without it every word counts as in-vocabulary.
    var trainingWords: Set<String>?

    init(trainingWords: Set<String>? = nil) {
        self.trainingWords = trainingWords
    }

    /// Scores whole files' contents.
    func score(gold: String, test: String) -> SegmentationScore {
        let goldLines = Self.lines(gold)
        let testLines = Self.lines(test)
        var score = SegmentationScore()
        score.lineCountMismatch = goldLines.count != testLines.count ? (goldLines.count, testLines.count) : nil
        for index in 0..<min(goldLines.count, testLines.count) {
            if !add(gold: goldLines[index], test: testLines[index], to: &score) {
                score.mismatchedLines.append(index + 1)
            }
        }
        return score
    }

    /// Adds one aligned line pair; false (and nothing counted) when their characters differ.
    func add(gold: Substring, test: Substring, to score: inout SegmentationScore) -> Bool {
        let goldWords = Self.words(gold)
        let testWords = Self.words(test)
        guard goldWords.joined() == testWords.joined() else { return false }
        var testSpans = Set<Span>()
        var position = 0
        for word in testWords {
            let length = word.unicodeScalars.count
            testSpans.insert(Span(start: position, end: position + length))
            position += length
        }
        score.lines += 1
        score.testWords += testWords.count
        score.goldWords += goldWords.count
        position = 0
        for word in goldWords {
            let length = word.unicodeScalars.count
            let correct = testSpans.contains(Span(start: position, end: position + length))
            position += length
            let inVocabulary = trainingWords.map { $0.contains(String(word)) } ?? true
            if correct { score.correct += 1 }
            if inVocabulary {
                score.ivGold += 1
                if correct { score.ivCorrect += 1 }
            } else {
                score.oovGold += 1
                if correct { score.oovCorrect += 1 }
            }
        }
        return true
    }

    /// One word a line (the SIGHAN training word lists).
    static func loadWordList(_ url: URL) throws -> Set<String> {
        let text = try String(contentsOf: url, encoding: .utf8)
        var words = Set<String>()
        for line in lines(text) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }

    // MARK: - Machinery

    private struct Span: Hashable {
        var start: Int
        var end: Int
    }

    /// Lines without their terminators (LF or CRLF); no empty last line for a final newline.
    /// Split on scalars: a String would see CRLF as one Character.
    static func lines(_ text: String) -> [Substring] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            Substring(line.last == "\r" ? line.dropLast() : line)
        }
    }

    /// Words separated by ASCII white space (as the SIGHAN scorer splits them).
    static func words(_ line: Substring) -> [Substring] {
        line.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(Substring.init)
    }
}

/// Counts and ratios from ``SegmentationScorer``.
///
/// ```swift
/// score.f1          // 2PR / (P + R)
/// score.oovRate     // out-of-vocabulary share of the gold words
/// ```
struct SegmentationScore: Sendable {
    var lines = 0
    var goldWords = 0
    var testWords = 0
    var correct = 0
    var ivGold = 0
    var ivCorrect = 0
    var oovGold = 0
    var oovCorrect = 0
    /// 1-based numbers of the lines whose characters differ; not scored.
    var mismatchedLines: [Int] = []
    /// (gold, test) line counts when they differ.
    var lineCountMismatch: (Int, Int)?

    var precision: Double { ratio(correct, testWords) }
    var recall: Double { ratio(correct, goldWords) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var oovRate: Double { ratio(oovGold, goldWords) }
    var oovRecall: Double { ratio(oovCorrect, oovGold) }
    var ivRecall: Double { ratio(ivCorrect, ivGold) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}
