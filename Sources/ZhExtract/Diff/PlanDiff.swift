import Foundation

/// What changed between the targets of two reports (plan years), and whether the older report's
/// targets were met according to the actual figures the newer report states.
///
/// Targets pair by alignment key (``PlanIndicatorNormalizer``: scope words removed, synonyms mapped)
/// and kind; figures pair only when their units agree or convert (1.2亿人 = 12000万人), never
/// `%` with `个百分点`, and only when their change words measure the same sort of thing (a growth
/// rate never pairs with a level). When several records could pair, the closest pair (same unit,
/// same section type, same change word, both for the plan year) is taken and the pair says so.
/// All arithmetic is in `Decimal`.
/// ```swift
/// let diff = PlanDiff(old: records2023, new: records2024)
/// for pair in diff.pairs { print(pair.key, pair.status, pair.delta ?? "-") }
/// // 地区生产总值 raised 0.5   (6%左右 → 6.5%左右, in 个百分点)
/// for j in diff.judgements { print(j.key, j.met ?? "not judged") }
/// // 外贸进出口总额 false      (增长10% targeted, 下降3.5% reported)
/// ```
public struct PlanDiff: Sendable {
    /// Tunables of alignment and judgement.
    public struct Options: Sendable {
        public var normalizer: PlanIndicatorNormalizer
        /// An `approx` (左右) target in a rate unit (%, 个百分点, ‰) is met when the actual is at most
        /// this many points short: 6%左右 is met by 5.5% and not by 5.4%.
        public var approxPointTolerance: Decimal
        /// An `approx` target in any other unit is met when the actual is short by at most this share
        /// of the target: 5万人左右 is met by 4.75万人 (0.05).
        public var approxRelativeTolerance: Decimal
        /// Price guides (居民消费价格, CPI, PPI) are shown but not judged when false (the diff); when
        /// true they are judged as ceilings, 3%左右 met at most 3.5% (the panel, as the dashboards do).
        public var priceGuidesAsCeilings: Bool

        public init(normalizer: PlanIndicatorNormalizer = .scopeOnly,
                    approxPointTolerance: Decimal = Decimal(string: "0.5") ?? 0,
                    approxRelativeTolerance: Decimal = Decimal(string: "0.05") ?? 0,
                    priceGuidesAsCeilings: Bool = false) {
            self.normalizer = normalizer
            self.approxPointTolerance = approxPointTolerance
            self.approxRelativeTolerance = approxRelativeTolerance
            self.priceGuidesAsCeilings = priceGuidesAsCeilings
        }
    }

    /// Names of the two documents (from the records' `doc`, or given).
    public let oldName: String?
    public let newName: String?
    /// The plan year each report's targets are mostly for ("2023"); nil when the records do not say.
    public let oldYear: String?
    public let newYear: String?
    /// Every target of either report, once: paired, added or dropped, in reading order.
    public let pairs: [PlanDiffPair]
    /// The older report's targets judged against the newer report's actuals for the same year.
    public let judgements: [PlanJudgement]
    public let options: Options

    /// Compares the target records of an older and a newer report (records of kind `actual` in `new`
    /// are the figures the old targets are judged against).
    public init(old: [TargetRecord], new: [TargetRecord], oldName: String? = nil, newName: String? = nil,
                options: Options = Options()) {
        self.options = options
        self.oldName = oldName ?? old.lazy.compactMap(\.doc).first
        self.newName = newName ?? new.lazy.compactMap(\.doc).first
        let oldYear = Self.planYear(old), newYear = Self.planYear(new)
        self.oldYear = oldYear
        self.newYear = newYear
        let aligner = PlanAligner(options: options, oldYear: oldYear, newYear: newYear)
        self.pairs = aligner.align(old: old.filter { $0.kind == .target }, new: new.filter { $0.kind == .target })
        let judge = PlanJudge(options: options)
        self.judgements = judge.judge(targets: old.filter { $0.kind == .target }, actuals: new.filter { $0.kind == .actual })
    }

    /// Pairs with this status.
    public func pairs(_ status: PlanDiffStatus) -> [PlanDiffPair] { pairs.filter { $0.status == status } }

    /// How many pairs have each status.
    public var statusCounts: [PlanDiffStatus: Int] {
        var counts: [PlanDiffStatus: Int] = [:]
        for p in pairs { counts[p.status, default: 0] += 1 }
        return counts
    }

    /// The most frequent single year among the target records.
    static func planYear(_ records: [TargetRecord]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for r in records where r.kind == .target {
            guard let y = r.year, y.count == 4, y.allSatisfy(\.isNumber) else { continue }
            if counts[y] == nil { order.append(y) }
            counts[y, default: 0] += 1
        }
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}

/// How a target moved from the older report to the newer one.
///
/// ```swift
/// // 6%左右 → 6.5%左右 .raised; 8%左右 → 8%以上 .requalified; only in the new report .added
/// ```
public enum PlanDiffStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// A higher figure (for a decline target: a larger decline is `raised` too, the figure as written).
    case raised
    case lowered
    /// Same figure, same qualifier (and, for relative targets, the same reference).
    case unchanged
    /// Same figure and unit, different qualifier (5%左右 → 5%以上), or a relative target that changed
    /// its reference or qualifier, or a range with the same midpoint.
    case requalified
    case added
    case dropped
}

/// The part of a report a target was set in, from its section heading.
///
/// ```swift
/// PlanSectionType.classify("2024年主要预期目标")   // .main
/// PlanSectionType.classify("2024年重点工作")       // .tasks
/// ```
public enum PlanSectionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// The list of main expected targets.
    case main
    /// Quantified commitments among the year's tasks (重点工作).
    case tasks
    /// The review of the past year (工作回顾).
    case review
    case other

    /// The type of a section heading; nil when there is none.
    public static func classify(_ section: String?) -> PlanSectionType? {
        guard let s = section, !s.isEmpty else { return nil }
        let isTargets = targetWords.occurs(in: s)
        if reviewWords.occurs(in: s) && !isTargets { return .review }
        if isTargets { return .main }
        if taskWords.occurs(in: s) { return .tasks }
        return .other
    }

    static let reviewWords = PlanWordList(["回顾", "过去", "成就", "成绩"])
    static let targetWords = PlanWordList(["目标", "指标"])
    static let taskWords = PlanWordList(["重点", "任务", "工作", "举措", "着力"])
}

/// One row of a plan diff: a target of the older report, of the newer one, or both.
///
/// ```swift
/// // 地区生产总值增长6%左右 ↔ 全市GDP增长6.5%左右
/// // PlanDiffPair(status: .raised, key: "地区生产总值", delta: 0.5, unit: "%", deltaUnit: "个百分点",
/// //              notes: ["synonyms: 地区生产总值 = GDP", "scope word 全市 ignored"])
/// ```
public struct PlanDiffPair: Sendable, Hashable {
    public var status: PlanDiffStatus
    /// The alignment key (canonical indicator).
    public var key: String
    public var old: TargetRecord?
    public var new: TargetRecord?
    /// New minus old, in `deltaUnit`; nil for added, dropped and relative targets.
    public var delta: Decimal?
    /// The unit both figures are compared in (the older figure's; the only one's for added/dropped).
    public var unit: String?
    /// The unit of `delta`: 个百分点 for a `%` target, else `unit`.
    public var deltaUnit: String?
    /// From the older record's section, else the newer one's.
    public var section: PlanSectionType?
    /// Why records paired or did not (synonyms, scope words, converted units, closest of several,
    /// unit mismatches).
    public var notes: [String]

    public init(status: PlanDiffStatus, key: String, old: TargetRecord?, new: TargetRecord?, delta: Decimal?,
                unit: String?, deltaUnit: String?, section: PlanSectionType?, notes: [String]) {
        self.status = status
        self.key = key
        self.old = old
        self.new = new
        self.delta = delta
        self.unit = unit
        self.deltaUnit = deltaUnit
        self.section = section
        self.notes = notes
    }
}

/// An older report's target set against the actual figure the newer report states for that year.
///
/// ```swift
/// // target 外贸进出口总额增长10%, actual 外贸进出口总额下降3.5%
/// // PlanJudgement(key: "进出口总额", met: false, actualInTargetTerms: -3.5,
/// //               rule: "exact: met when the actual is at least 10 (下降 3.5 counts as -3.5)")
/// ```
public struct PlanJudgement: Sendable, Hashable {
    public var key: String
    public var target: TargetRecord
    public var actual: TargetRecord
    /// nil when the pair is shown but not judged (a price guide such as 居民消费价格).
    public var met: Bool?
    /// The actual figure in the target's unit and direction (下降3.5% against a growth target is −3.5).
    public var actualInTargetTerms: Decimal?
    /// The rule applied, in words, with the numbers ("approx: met when the actual is at least 5.5 (6 - 0.5)").
    public var rule: String

    public init(key: String, target: TargetRecord, actual: TargetRecord, met: Bool?, actualInTargetTerms: Decimal?, rule: String) {
        self.key = key
        self.target = target
        self.actual = actual
        self.met = met
        self.actualInTargetTerms = actualInTargetTerms
        self.rule = rule
    }
}
