import Foundation
import ZhText

/// The rules of the panel in one place, each named, with its cue, scope and result, in the order
/// they are tried. The `note` column of a row names the rules that decided it.
///
/// ```swift
/// PanelRules.figureRules.first { $0.applies(to: record) }?.name   // "period-year" for a 2016-2020 average
/// PanelRules.genre(title: "中华人民共和国2024年国民经济和社会发展统计公报", path: "a.txt")   // .communique
/// ```
public enum PanelRules {
    /// A rule that keeps a record out of the panel (it is not one year's figure).
    public struct FigureRule: Sendable {
        public var name: String
        /// What the rule looks for, in words.
        public var cue: String
        public var applies: @Sendable (TargetRecord) -> Bool
    }

    /// Scope: every target and actual record. Result: the record is not a figure of one year.
    public static let figureRules: [FigureRule] = [
        FigureRule(name: "relative", cue: "no value (高于/同步 another indicator)") { $0.value == nil },
        FigureRule(name: "period-year", cue: "year is a period (2016-2020) or missing") { singleYear($0.year) == nil },
        FigureRule(name: "multi-year-average", cue: "change word or clause says 年均 / N年平均 / 平均增长") { r in
            averageWords.occurs(in: r.change ?? "") || averageWords.occurs(in: r.sentence)
        },
        FigureRule(name: "multi-year-total", cue: "clause says 累计 together with 五年 / 十三五 / 十四五 / 以来") { r in
            cumulativeWords.occurs(in: r.sentence) && periodWords.occurs(in: r.sentence + (r.section ?? ""))
        },
    ]

    /// The first figure rule that keeps `record` out, or nil when it is a figure of one year.
    public static func exclusion(of record: TargetRecord) -> FigureRule? {
        figureRules.first { $0.applies(record) }
    }

    /// A rule saying what kind of source a document is, from its title (or path).
    public struct GenreRule: Sendable {
        public var genre: PanelSourceGenre
        public var cues: [String]
    }

    /// Scope: a document's title, else its path. Result: the genre of the first rule with a cue in it;
    /// anything else is news. Where actuals come from, preferred in this order.
    public static let genreRules: [GenreRule] = [
        GenreRule(genre: .communique, cues: ["统计公报", "国民经济和社会发展统计", "communique", "communiqué"]),
        GenreRule(genre: .workReport, cues: ["政府工作报告", "工作报告", "work-report", "work_report"]),
    ]

    public static func genre(title: String?, path: String) -> PanelSourceGenre {
        for rule in genreRules {
            if let title, rule.cues.contains(where: { title.contains($0) }) { return rule.genre }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for rule in genreRules where rule.cues.contains(where: { name.lowercased().contains($0) }) { return rule.genre }
        return .news
    }

    /// Rule `national-title`. Cue: a document whose metadata names no jurisdiction and whose title
    /// starts with one of these (中华人民共和国2024年国民经济和社会发展统计公报). Scope: documents
    /// without a jurisdiction. Result: 全国, the name the batch gives the national work reports.
    public static let nationalTitleCues = ["中华人民共和国", "全国", "中国"]
    public static let nationalJurisdiction = "全国"

    public static func jurisdiction(title: String?) -> String? {
        guard let title, nationalTitleCues.contains(where: { title.hasPrefix($0) }) else { return nil }
        return nationalJurisdiction
    }

    /// Rule `not-set`. Cue: a clause with one of these words and 目标 (没有提出全年经济增速具体目标).
    /// Scope: the work reports of the jurisdiction for that year. Result: status `not-set` for the
    /// indicators the clause names (the growth ids when it says 增速/增长, else every id of the group).
    static let notSetCues = PlanWordList(["没有提出", "未提出", "不提出", "没有设定", "未设定", "不设定", "不再设定",
                                                 "不设置", "未设置", "没有设置", "不设"])
    static let notSetObject = PlanWordList(["目标"])

    /// Rule `agree`: two actuals agree when they differ by at most half a unit of the last digit
    /// written in the coarser of the two (134.9万亿元 and 1349084亿元 agree; 5.2% and 5.4% do not).
    public static func agree(_ a: Decimal, precisionA: Decimal, _ b: Decimal, precisionB: Decimal) -> Bool {
        let d = a - b
        let difference = d < 0 ? -d : d
        return difference <= max(precisionA, precisionB) / 2
    }

    /// "2024" → 2024; a period or anything else → nil.
    public static func singleYear(_ year: String?) -> Int? {
        guard let year, year.utf8.count == 4, year.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(year)
    }

    /// ``singleYear(_:)`` as an SQLite GLOB pattern (four ASCII digits), for readers that select
    /// only the records of one year.
    public static let singleYearGlob = "[0-9][0-9][0-9][0-9]"

    // MARK: - Machinery

    static let averageWords = PlanWordList(["年均", "两年平均", "三年平均", "五年平均", "平均增长", "平均每年"])
    static let cumulativeWords = PlanWordList(["累计"])
    static let periodWords = PlanWordList(["五年", "十三五", "十四五", "十五五", "以来"])
}

/// What kind of document an actual comes from; the lower, the more authoritative.
///
/// ```swift
/// PanelSourceGenre.communique < .workReport   // true: the communiqué is preferred
/// ```
public enum PanelSourceGenre: Int, Sendable, Hashable, Comparable {
    case communique = 0, workReport = 1, news = 2

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .communique: return "statistical communiqué"
        case .workReport: return "work report"
        case .news: return "news"
        }
    }
}
