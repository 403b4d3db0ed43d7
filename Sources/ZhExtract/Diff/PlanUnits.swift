import Foundation

/// Units of two figures compared across plan years: when they are the same, when one converts
/// into the other (1.2亿人 = 12000万人), and the unit a difference of two figures is stated in.
///
/// Rates never convert: `%` and `个百分点` are different things (a rate versus a change of a rate),
/// and so are `%` and `‰`.
/// ```swift
/// PlanUnits.factor(from: "亿人", to: "万人")   // 10000
/// PlanUnits.factor(from: "%", to: "个百分点")  // nil
/// PlanUnits.deltaUnit("%")                   // "个百分点"
/// ```
public enum PlanUnits {
    /// The spelling units are compared in: NFKC (％ → %), 百分点 → 个百分点, no spaces.
    public static func fold(_ unit: String?) -> String? {
        guard let unit else { return nil }
        var scalars = String.UnicodeScalarView()
        for c in PlanIndicatorNormalizer.nfkc(unit).unicodeScalars where !c.properties.isWhitespace { scalars.append(c) }
        var u = String(scalars)
        if u == "百分点" { u = "个百分点" }
        if u == "千分点" { u = "个千分点" }
        return u.isEmpty ? nil : u
    }

    /// True for units of rates and their changes (%, ‰, 个百分点 …).
    public static func isRate(_ unit: String?) -> Bool {
        guard let u = fold(unit) else { return false }
        return rateUnits.contains(u)
    }

    /// The multiplier that turns a value in `from` into a value in `to` (1 when they are the same),
    /// or nil when the units are different things.
    public static func factor(from: String?, to: String?) -> Decimal? {
        let a = fold(from), b = fold(to)
        if a == b { return 1 }
        guard let a, let b, !rateUnits.contains(a), !rateUnits.contains(b) else { return nil }
        let (ea, baseA) = magnitude(a), (eb, baseB) = magnitude(b)
        guard baseA == baseB, ea != eb else { return nil }
        return power10(ea - eb)
    }

    /// The unit of a difference between two figures in `unit`: 个百分点 for %, 个千分点 for ‰.
    public static func deltaUnit(_ unit: String?) -> String? {
        switch fold(unit) {
        case "%": return "个百分点"
        case "‰": return "个千分点"
        default: return fold(unit)
        }
    }

    // MARK: - Machinery

    static let rateUnits: Set<String> = ["%", "‰", "‱", "个百分点", "个千分点", "成", "倍"]

    /// Magnitude prefixes written before a unit, longest first, with their power of ten.
    static let magnitudes: [(String, Int)] = [
        ("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9), ("亿", 8),
        ("千万", 7), ("百万", 6), ("十万", 5), ("万", 4),
    ]

    /// Splits a unit into magnitude and base ("万人" → (4, "人"), "亿元" → (8, "元"), "个" → (0, "个")).
    static func magnitude(_ unit: String) -> (Int, String) {
        for (prefix, exponent) in magnitudes where unit.hasPrefix(prefix) {
            return (exponent, String(unit.dropFirst(prefix.count)))
        }
        return (0, unit)
    }

    static func power10(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
