import Foundation

/// How a quantity's value relates to the true figure.
///
/// ```swift
/// // "8%左右" → .approx, "1200万人以上" → .atLeast, "3—4年" → .range
/// ```
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case exact, approx, atLeast, atMost, range
}

/// A value in the unit as written: one number or an inclusive range.
///
/// ```swift
/// let v: QuantityValue = .range(5, 6)   // "5%—6%"
/// ```
public enum QuantityValue: Sendable, Equatable, Hashable {
    case number(Decimal)
    case range(Decimal, Decimal)
}

/// A value converted to base units by applying the written magnitude (万, 亿 …).
///
/// ```swift
/// // "1.2万亿元" → NormalizedQuantity(value: .number(1200000000000), unit: "元")
/// // "三成"      → NormalizedQuantity(value: .number(30), unit: "%")
/// ```
public struct NormalizedQuantity: Sendable, Equatable, Hashable {
    public var value: QuantityValue
    /// The base unit without magnitude ("人", "元", "%"); "" for a bare number.
    public var unit: String
}

/// A calendar date or part of one, as written ("2021年1月7日", "3月5日", "2021年").
///
/// ```swift
/// let d = CalendarDate(year: 2021, month: 1, day: 7)
/// ```
public struct CalendarDate: Sendable, Equatable, Hashable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One figure found in a text: value, unit with its magnitude, qualifier and spans.
///
/// Spans are offsets into the scalars handed to ``QuantityRecognizer``, end exclusive.
/// ```swift
/// let text = Array("城镇新增就业1200万人以上".unicodeScalars)
/// let q = QuantityRecognizer().quantities(in: text)[0]
/// // q.value == .number(1200), q.unit == "万人", q.qualifier == .atLeast
/// // q.normalized == NormalizedQuantity(value: .number(12000000), unit: "人")
/// // q.span == 6..<14 (with 以上), q.numberSpan == 6..<12
/// ```
public struct Quantity: Sendable, Equatable, Hashable {
    /// What sort of figure this is; decided by the unit and the shape of the numeral.
    ///
    /// ```swift
    /// // "8%" .percent, "2个百分点" .percentagePoint, "三分之一" .fraction, "2倍"/"翻一番" .multiple,
    /// // "2035年" .year, "3月5日" .date, "十四五" .planPeriod, "第十五届" .ordinal, "6万人" .amount,
    /// // "两千零二十" / "1720" .number (no unit and no magnitude)
    /// ```
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case amount, percent, percentagePoint, fraction, multiple, year, date, planPeriod, ordinal, number
    }

    /// The whole expression, with the qualifier words that belong to it (约…, …以上) and markup between.
    public var span: Range<Int>
    /// Just the numeral and its unit.
    public var numberSpan: Range<Int>
    /// The value in `unit`; nil when it overflowed (see `isOverflow`) or for a `.date` (see `date`).
    public var value: QuantityValue?
    /// True when the numeral is too large or too long to be represented exactly; `value` is then nil.
    public var isOverflow: Bool
    /// The unit as written with its magnitude ("万人", "亿元", "%", "个百分点"); nil for a bare number.
    public var unit: String?
    public var qualifier: Qualifier
    /// The value in base units, where the magnitude is known (amounts, percents, multiples).
    public var normalized: NormalizedQuantity?
    public var kind: Kind
    /// For `.year` and `.date`: the calendar parts written.
    public var date: CalendarDate?

    public init(span: Range<Int>, numberSpan: Range<Int>, value: QuantityValue?, isOverflow: Bool = false,
                unit: String?, qualifier: Qualifier, normalized: NormalizedQuantity?, kind: Kind,
                date: CalendarDate? = nil) {
        self.span = span
        self.numberSpan = numberSpan
        self.value = value
        self.isOverflow = isOverflow
        self.unit = unit
        self.qualifier = qualifier
        self.normalized = normalized
        self.kind = kind
        self.date = date
    }
}
