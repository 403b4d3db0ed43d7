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
        self.wordings = indicators.wordings().map { (PlanWordList([$0.wording]), $0.group) }
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
            for (wording, group) in wordings where !groups.contains(group) && wording.occurs(in: text[start..<i]) {
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

    /// False when UTF-8 bytes contain none of the rule's cue words (没有提出, 不设定 …): the text
    /// need not be decoded. One pass: a table of the cues' first two bytes, then the rest compared.
    public func mayStateNotSet(utf8 bytes: [UInt8]) -> Bool {
        let cues = Self.cueBytes, starts = Self.cueStarts
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i + 1 < b.count {
                if starts[Int(b[i]) << 8 | Int(b[i + 1])] {
                    for cue in cues where cue[0] == b[i] && cue[1] == b[i + 1] && i + cue.count <= b.count {
                        var k = 2
                        while k < cue.count, b[i + k] == cue[k] { k += 1 }
                        if k == cue.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    // MARK: - Machinery

    static let cueBytes: [[UInt8]] = PanelRules.notSetCues.words.map { Array(String(String.UnicodeScalarView($0)).utf8) }
    static let cueStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        for cue in cueBytes where cue.count >= 2 { table[Int(cue[0]) << 8 | Int(cue[1])] = true }
        return table
    }()

    private let wordings: [(PlanWordList, String)]

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", "\n", ";", "!", "?"]
    static let growthWords = PlanWordList(["增速", "增长"])
}
