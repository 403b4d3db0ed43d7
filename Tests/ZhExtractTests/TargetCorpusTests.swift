import Foundation
import Testing
@testable import ZhExtract

/// One line of Corpus/targets.corpus: `TEXT<TAB>EXPECTED` under the report year set by `@year` (format in the file).
struct TargetCorpusLine: Sendable, CustomTestStringConvertible {
    let number: Int
    let text: String
    let expected: String
    let year: Int?
    var testDescription: String { "line \(number): \(text)" }

    static let all: [TargetCorpusLine] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus/targets.corpus")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var lines: [TargetCorpusLine] = []
        var year: Int?
        for (index, raw) in content.components(separatedBy: "\n").enumerated() {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            if raw.hasPrefix("@year ") { year = Int(raw.dropFirst(6).trimmingCharacters(in: .whitespaces)); continue }
            let parts = raw.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            lines.append(TargetCorpusLine(number: index + 1, text: parts[0].replacingOccurrences(of: "\\n", with: "\n"),
                                          expected: parts[1].trimmingCharacters(in: .whitespaces), year: year))
        }
        return lines
    }()
}

extension TargetRecord {
    /// INDICATOR|CHANGE|VALUE|UNIT|QUALIFIER|REFERENCE|KIND|YEAR, `-` for null (the corpus notation).
    var corpusNotation: String {
        let v: String
        switch value {
        case nil: v = "-"
        case let .number(d)?: v = "\(d)"
        case let .range(lo, hi)?: v = "\(lo)..\(hi)"
        }
        return [indicator, change ?? "-", v, unit ?? "-", qualifier.rawValue, reference ?? "-", kind.rawValue, year ?? "-"]
            .joined(separator: "|")
    }
}

@Suite("Targets corpus")
struct TargetCorpusTests {
    @Test("the corpus is there, with positive and negative lines")
    func corpusLoads() {
        #expect(TargetCorpusLine.all.count >= 90)
        #expect(TargetCorpusLine.all.contains { $0.expected == "-" })
        #expect(TargetCorpusLine.all.contains { $0.expected.contains(" ; ") })
    }

    @Test("every corpus line", arguments: TargetCorpusLine.all)
    func line(_ line: TargetCorpusLine) {
        let records = TargetExtractor(defaultYear: line.year).records(in: Array(line.text.unicodeScalars))
        let rendered = records.isEmpty ? "-" : records.map(\.corpusNotation).joined(separator: " ; ")
        #expect(rendered == line.expected)
    }
}
