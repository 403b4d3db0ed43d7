import Foundation
import Testing
import ZhExtract

/// The corpus-driven test: every line of Corpus/entities.corpus is one expectation.
@Suite(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
struct EntityCorpusTests {
    struct Line: CustomStringConvertible, Sendable {
        var positive: Bool
        var type: EntityType?
        var text: String
        var sentence: String
        var number: Int
        var description: String { "line \(number): \(positive ? "+" : "-") \(text)" }
    }

    static func lines() -> [Line] {
        guard let content = try? String(contentsOf: EntityTestSupport.corpusURL, encoding: .utf8) else { return [] }
        var result: [Line] = []
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard let sign = line.first, sign == "+" || sign == "-" else { continue }
            guard let bar = line.range(of: " | ") else { continue }
            let head = line[line.index(after: line.startIndex)..<bar.lowerBound].split(separator: " ").map(String.init)
            let sentence = String(line[bar.upperBound...])
            if sign == "+", head.count == 2 {
                result.append(Line(positive: true, type: EntityType(rawValue: head[0]), text: head[1], sentence: sentence, number: n + 1))
            } else if sign == "-", head.count == 1 {
                result.append(Line(positive: false, type: nil, text: head[0], sentence: sentence, number: n + 1))
            }
        }
        return result
    }

    @Test func corpusParsesAndCoversEveryType() {
        let lines = Self.lines()
        #expect(lines.count >= 60)
        for type in EntityType.allCases {
            #expect(lines.contains { $0.positive && $0.type == type }, "no positive line for \(type)")
        }
        #expect(lines.filter { !$0.positive }.count >= 15)
        #expect(lines.allSatisfy { !$0.positive || $0.type != nil })
    }

    @Test(arguments: EntityCorpusTests.lines())
    func corpusLine(_ line: Line) throws {
        let found = try EntityTestSupport.entities(line.sentence)
        if line.positive {
            #expect(found.contains { $0.text == line.text && $0.type == line.type },
                    "\(line): got \(found.map { "\($0.text)/\($0.type.rawValue)" })")
        } else {
            #expect(!found.contains { $0.text == line.text }, "\(line): got \(found.map { "\($0.text)/\($0.type.rawValue)" })")
        }
    }
}
