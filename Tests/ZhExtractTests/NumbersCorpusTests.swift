import Foundation
import Testing
@testable import ZhExtract

/// One line of Corpus/numbers.corpus: `TEXT<TAB>EXPECTED` (format documented in the file).
struct NumbersCorpusLine: Sendable, CustomTestStringConvertible {
    let number: Int
    let text: String
    let expected: String
    var testDescription: String { "line \(number): \(text)" }

    static let all: [NumbersCorpusLine] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus/numbers.corpus")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var lines: [NumbersCorpusLine] = []
        for (index, raw) in content.components(separatedBy: "\n").enumerated() {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let parts = raw.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            lines.append(NumbersCorpusLine(number: index + 1, text: String(parts[0]),
                                           expected: parts[1].trimmingCharacters(in: .whitespaces)))
        }
        return lines
    }()
}

@Suite("Numbers corpus")
struct NumbersCorpusTests {
    @Test("the corpus is there and large enough")
    func corpusLoads() {
        #expect(NumbersCorpusLine.all.count >= 250)
        #expect(NumbersCorpusLine.all.contains { $0.expected == "-" })
    }

    @Test("every corpus line", arguments: NumbersCorpusLine.all)
    func line(_ line: NumbersCorpusLine) {
        let found = QuantityRecognizer().quantities(in: Array(line.text.unicodeScalars))
        let rendered = found.isEmpty ? "-" : found.map(\.notation).joined(separator: " ; ")
        #expect(rendered == line.expected)
    }
}
