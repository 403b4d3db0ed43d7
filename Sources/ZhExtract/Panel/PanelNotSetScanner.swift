import Foundation

/// Finds the clauses of a report that say no target was set for an indicator (rule `not-set` of
/// ``PanelRules``): a cue such as 没有提出 / 不设定 together with 目标, and an indicator wording of
/// the panel's table in the same sentence. 增速 / 增长 in the sentence restrict it to growth ids.
///
/// ```swift
/// let scanner = PanelNotSetScanner(indicators: table)
/// scanner.statements(in: Array("今年我们没有提出全年经济增速具体目标。".unicodeScalars), document: 0, year: 2020)
/// // one statement: indicator "gdp_growth", year 2020
/// ```
public struct PanelNotSetScanner: Sendable {
    public let indicators: PanelIndicators

    public init(indicators: PanelIndicators) {
        self.indicators = indicators
        self.wordings = indicators.wordings().map { (Array($0.wording.unicodeScalars), $0.group) }
    }

    /// The not-set statements of one document whose plan year is `year`.
    public func statements(in text: [Unicode.Scalar], document: Int, year: Int) -> [PanelNotSetStatement] {
        var out: [PanelNotSetStatement] = []
        var start = 0
        for i in 0...text.count where i == text.count || Self.sentenceEnds.contains(text[i]) {
            defer { start = i + 1 }
            guard i > start else { continue }
            let sentence = String(String.UnicodeScalarView(text[start..<i]))
            guard PanelRules.notSetCues.occurs(in: sentence), PanelRules.notSetObject.occurs(in: sentence) else { continue }
            let growthOnly = Self.growthWords.occurs(in: sentence)
            var groups: [String] = []
            for (wording, group) in wordings where !groups.contains(group) && Self.contains(text[start..<i], wording) {
                groups.append(group)
            }
            let record = TargetRecord(kind: .target, indicator: groups.first ?? "", change: nil, value: nil, unit: nil,
                                      qualifier: .exact, year: String(year), sentence: sentence, start: start, end: i)
            for group in groups {
                for indicator in indicators.ids(ofGroup: group) where !growthOnly || indicator.measure == .growth {
                    out.append(PanelNotSetStatement(figure: PanelFigure(record: record, document: document),
                                                    indicator: indicator.id, year: year))
                }
            }
        }
        return out
    }

    // MARK: - Machinery

    private let wordings: [([Unicode.Scalar], String)]

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", "\n", ";", "!", "?"]
    static let growthWords = PlanWordList(["增速", "增长"])

    static func contains(_ text: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty, word.count <= text.count else { return false }
        var i = text.startIndex
        while i + word.count <= text.endIndex {
            if text[i] == word[0] {
                var k = 1
                while k < word.count, text[i + k] == word[k] { k += 1 }
                if k == word.count { return true }
            }
            i += 1
        }
        return false
    }
}
