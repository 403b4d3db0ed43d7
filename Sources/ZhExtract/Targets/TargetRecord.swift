import Foundation

extension QuantityValue: Codable {
    /// A number, or `[lo, hi]` for a range (the JSON form of DESIGN.md).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let pair = try? container.decode([Decimal].self), pair.count == 2 {
            self = .range(pair[0], pair[1])
        } else {
            self = .number(try container.decode(Decimal.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .number(d): try container.encode(d)
        case let .range(lo, hi): try container.encode([lo, hi])
        }
    }
}

/// A goal for the plan year or period, or a figure achieved in a past year.
public enum TargetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case target, actual
}

/// One quantitative target or achieved figure, in the record schema of DESIGN.md.
///
/// ```swift
/// // 规模以上工业增加值增长**8.5%**
/// TargetRecord(doc: "zhuzhou-2021.txt", kind: .target, indicator: "规模以上工业增加值", change: "增长",
///              value: .number(8.5), unit: "%", qualifier: .exact, reference: nil, year: "2021",
///              section: "2021年经济社会发展的主要预期目标", sentence: "规模以上工业增加值增长**8.5%**",
///              start: 1234, end: 1251)
/// ```
public struct TargetRecord: Sendable, Hashable, Codable {
    public var doc: String?
    public var kind: TargetKind
    public var indicator: String
    public var change: String?
    /// nil for a relative target (增长高于经济增长).
    public var value: QuantityValue?
    public var unit: String?
    public var qualifier: Qualifier
    /// What a relative target is measured against (经济增长, 全省平均水平).
    public var reference: String?
    /// "2021", or a period "2021-2025"; nil when nothing says.
    public var year: String?
    public var section: String?
    /// The clause that states the figure, as in the original text (markup included).
    public var sentence: String
    /// Unicode scalar offsets of `sentence` in the original text, end exclusive.
    public var start: Int
    public var end: Int
    /// Why the record has its kind and year (written by `zhmine extract --explain`); nil for records read from files.
    public var explanation: TargetExplanation?

    public init(doc: String? = nil, kind: TargetKind, indicator: String, change: String?, value: QuantityValue?,
                unit: String?, qualifier: Qualifier, reference: String? = nil, year: String?,
                section: String? = nil, sentence: String, start: Int, end: Int, explanation: TargetExplanation? = nil) {
        self.doc = doc
        self.kind = kind
        self.indicator = indicator
        self.change = change
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.reference = reference
        self.year = year
        self.section = section
        self.sentence = sentence
        self.start = start
        self.end = end
        self.explanation = explanation
    }

    /// Field names in schema order (for CSV headers and SQL columns).
    public static let fieldNames = ["doc", "kind", "indicator", "change", "value", "unit", "qualifier",
                                    "reference", "year", "section", "sentence", "start", "end"]
}
