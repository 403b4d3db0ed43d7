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
        var u = unit.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
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
        var d = Decimal(1)
        if exponent >= 0 {
            for _ in 0..<exponent { d *= 10 }
        } else {
            for _ in 0..<(-exponent) { d /= 10 }
        }
        return d
    }
}

/// What a record's change word says about its figure: a change (增长, 下降 …, signed), an addition
/// (新增, 新建 …), a level (达到, 稳定在, 控制在 …), some other action (实施, 改造 …) or nothing.
///
/// ```swift
/// ChangeWord.classify("下降")   // .change(sign: -1)
/// ChangeWord.classify("达到")   // .level
/// ```
public enum ChangeWord: Sendable, Equatable {
    case change(sign: Int)
    case addition
    case level
    case action
    case unspecified

    /// The class of a change word (nil → `.unspecified`).
    public static func classify(_ change: String?) -> ChangeWord {
        guard let raw = change, !raw.isEmpty else { return .unspecified }
        let word = raw.precomposedStringWithCompatibilityMapping
        if declineWords.contains(where: { word.hasPrefix($0) }) { return .change(sign: -1) }
        if word.hasPrefix("新") || word.hasPrefix("增加") || word.hasPrefix("净增") { return .addition }
        if growthWords.contains(where: { word.hasPrefix($0) }) { return .change(sign: 1) }
        if levelWords.contains(where: { word.hasPrefix($0) }) { return .level }
        return .action
    }

    /// +1 for growth, -1 for decline; +1 for anything that is not a change.
    public var sign: Int {
        if case let .change(sign) = self { return sign }
        return 1
    }

    /// Whether figures with these change words measure the same sort of thing: a growth rate never
    /// compares with a level, a number of new units never with a total. Unspecified goes with anything.
    public func isComparable(with other: ChangeWord) -> Bool {
        switch (self, other) {
        case (.unspecified, _), (_, .unspecified): return true
        case (.change, .change): return true
        case (.change, _), (_, .change): return false
        case (.addition, .level), (.level, .addition): return false
        default: return true
        }
    }

    static let declineWords = ["下降", "降低", "减少", "回落", "降幅", "下调", "压减", "缩减", "削减", "压降", "减", "降"]
    static let growthWords = ["增长", "增速", "增幅", "提高", "提升", "上涨", "上升", "涨幅", "增", "涨", "提"]
    static let levelWords = ["达到", "达", "稳定在", "稳定", "保持在", "保持", "控制在", "控制", "突破", "超过", "不低于",
                             "不超过", "不少于", "为", "平均为", "累计", "总量", "总数", "完成", "实现", "跨越", "跃上", "迈上"]
}
