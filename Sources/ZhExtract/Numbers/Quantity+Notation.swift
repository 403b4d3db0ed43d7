import Foundation

extension Quantity {
    /// A compact, stable text form: `VALUE UNIT QUALIFIER KIND` (the notation of the numbers corpus).
    ///
    /// VALUE is a decimal (`1.57`), `LO..HI` for a range, `overflow`, or `Y/M/D` for a date
    /// (`?` for a part not written); UNIT is `-` when there is none.
    /// ```swift
    /// // "城镇新增就业1200万人以上" → "1200 万人 atLeast amount"
    /// // "3—4年" → "3..4 年 range amount";  "3月5日" → "?/3/5 日 exact date"
    /// ```
    public var notation: String {
        "\(valueNotation) \(unit ?? "-") \(qualifier.rawValue) \(kind.rawValue)"
    }

    /// VALUE of ``notation``.
    public var valueNotation: String {
        if isOverflow { return "overflow" }
        if kind == .date, value == nil, let d = date {
            func part(_ v: Int?) -> String { v.map(String.init) ?? "?" }
            return "\(part(d.year))/\(part(d.month))/\(part(d.day))"
        }
        switch value {
        case .number(let v): return "\(v)"
        case .range(let a, let b): return "\(a)..\(b)"
        case nil: return "none"
        }
    }
}
