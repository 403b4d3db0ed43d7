import Foundation
import ZhExtract

/// Short human forms of diff values shared by the text and HTML renderers.
///
/// ```swift
/// DiffFormatting.value(record)          // "增长6%左右", "控制在5.5%以内", "突破2000亿元", "增长与经济增长同步"
/// DiffFormatting.delta(pair)            // "+0.5个百分点", "-1个百分点", "+100万人", "0"
/// ```
public enum DiffFormatting {
    /// The figure as a report would write it: change word, value, unit and qualifier word.
    public static func value(_ r: TargetRecord) -> String {
        let change = r.change ?? ""
        guard let value = r.value else {
            guard let reference = r.reference, !reference.isEmpty else { return change.isEmpty ? "—" : change }
            switch r.qualifier {
            case .atLeast: return change + "高于" + reference
            case .atMost: return change + "低于" + reference
            case .approx: return change + "与" + reference + "基本同步"
            case .exact, .range: return change + "与" + reference + "同步"
            }
        }
        let unit = r.unit ?? ""
        let figure: String
        switch value {
        case let .number(d): figure = number(d) + unit
        case let .range(lo, hi):
            figure = PlanUnits.isRate(unit) && unit.count == 1 ? number(lo) + unit + "—" + number(hi) + unit
                                                                : number(lo) + "—" + number(hi) + unit
        }
        return change + figure + suffix(r.qualifier, change: change)
    }

    /// The delta with sign and unit; "" when there is none (added, dropped, relative).
    public static func delta(_ pair: PlanDiffPair) -> String {
        guard let d = pair.delta else { return "" }
        if d == 0 { return "0" }
        return (d > 0 ? "+" : "") + number(d) + (pair.deltaUnit ?? "")
    }

    /// A plain decimal: 6, 6.5, 5827.8, -1 (no exponent, at most 12 decimals).
    public static func number(_ d: Decimal) -> String { JSONText.decimalString(d) }

    /// The year label of a report's column: its plan year, else "old"/"new".
    public static func yearLabel(_ year: String?, fallback: String) -> String { year ?? fallback }

    /// "met", "missed" or "not judged".
    public static func verdict(_ j: PlanJudgement) -> String {
        switch j.met {
        case true?: return "met"
        case false?: return "missed"
        case nil: return "not judged"
        }
    }

    /// The qualifier word after the figure, unless the change word already says it (突破, 不超过 …).
    static func suffix(_ q: Qualifier, change: String) -> String {
        switch q {
        case .approx: return change.hasPrefix("约") ? "" : "左右"
        case .atLeast: return ["突破", "超过", "不低于", "不少于", "高于", "跨越", "超"].contains(where: change.hasPrefix) ? "" : "以上"
        case .atMost: return ["不超过", "不高于", "低于", "少于", "不到"].contains(where: change.hasPrefix) ? "" : "以内"
        case .exact, .range: return ""
        }
    }
}
