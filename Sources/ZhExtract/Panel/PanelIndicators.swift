import Foundation
import ZhLexicon

/// The canonical indicators of the panel (Dictionaries/indicators.txt): a stable id per synonym
/// group of indicator-synonyms.txt and measure, so that every wording at every level (国内生产总值,
/// 全市生产总值, 全省地区生产总值, GDP, 经济增速 …) lands on one id, and growth never mixes with level.
///
/// ```swift
/// let table = PanelIndicators(tableText: "gdp_growth growth 地区生产总值增速 地区生产总值\ngdp_level level 地区生产总值 地区生产总值",
///                             normalizer: PlanIndicatorNormalizer(groups: [["地区生产总值", "国内生产总值", "GDP"]]))
/// table.id(of: record)   // 国内生产总值增长5%左右 → "gdp_growth"; 全市GDP突破5万亿元 → "gdp_level"
/// ```
public struct PanelIndicators: Sendable {
    /// One line of the table.
    public struct Indicator: Sendable, Hashable {
        public var id: String
        public var measure: PanelMeasure
        /// The Chinese name written in the `label` column.
        public var label: String
        /// The canonical name of the synonym group (first term of its line in indicator-synonyms.txt).
        public var group: String
    }

    /// In table order (the panel's row order).
    public let indicators: [Indicator]
    /// The alignment of wordings to synonym groups (indicator-synonyms.txt).
    public let normalizer: PlanIndicatorNormalizer

    /// Parses the table format (`id measure label group`, `#` comments); lines that do not parse
    /// are reported in `problems` and left out.
    public init(tableText text: String, normalizer: PlanIndicatorNormalizer) {
        var list: [Indicator] = []
        var problems: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count == 4, let measure = PanelMeasure(rawValue: fields[1]) else {
                problems.append("line \(n + 1): expected `id growth|level|rate label group`")
                continue
            }
            list.append(Indicator(id: fields[0], measure: measure, label: fields[2],
                                  group: normalizer.key(fields[3])))
        }
        self.indicators = list
        self.normalizer = normalizer
        self.problems = problems
        var byKey: [String: [Int]] = [:]
        for (i, indicator) in list.enumerated() { byKey[indicator.group, default: []].append(i) }
        self.byGroup = byKey
        self.order = Dictionary(list.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads Dictionaries/indicators.txt and indicator-synonyms.txt (``ProjectDictionaries/text(_:in:)``:
    /// compiled into the lexicon, or from `directory`); nil when either cannot be read.
    public static func projectDefault(directory: String? = nil) -> PanelIndicators? {
        guard let normalizer = PlanIndicatorNormalizer.projectDefault(directory: directory),
              let text = ProjectDictionaries.text("indicators.txt", in: directory) else { return nil }
        return PanelIndicators(tableText: text, normalizer: normalizer)
    }

    /// Lines of the table that did not parse.
    public let problems: [String]

    /// The indicator a record measures, or nil when its group has no id for its measure.
    public func indicator(of record: TargetRecord) -> Indicator? { position(of: record).map { indicators[$0] } }

    /// The position in ``indicators`` of the indicator a record measures.
    func position(of record: TargetRecord) -> Int? {
        guard let candidates = byGroup[normalizer.key(record.indicator)],
              let measure = PanelMeasure.of(record) else { return nil }
        return candidates.first { indicators[$0].measure == measure }
    }

    /// Whether an indicator name belongs to a group of the table (whatever its measure).
    public func knowsGroup(of indicator: String) -> Bool { byGroup[normalizer.key(indicator)] != nil }

    /// The indicator with this id.
    public func indicator(id: String) -> Indicator? { order[id].map { indicators[$0] } }

    /// The position of `id` in the table (row order).
    public func rank(of id: String) -> Int { order[id] ?? Int.max }

    /// Every wording of every indicator's group (for finding indicators named in free text), longest first.
    public func wordings() -> [(wording: String, group: String)] {
        var out: [(wording: String, group: String)] = []
        var groups = Set(indicators.map(\.group))
        for group in normalizer.groups {
            guard let first = group.first else { continue }
            let key = normalizer.key(first)
            guard groups.contains(key) else { continue }
            for term in group { out.append((term, key)) }
            groups.remove(key)
        }
        for key in groups { out.append((key, key)) }  // a group the synonym file does not list
        return out.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }

    /// The ids of a synonym group, in table order.
    public func ids(ofGroup group: String) -> [Indicator] { (byGroup[group] ?? []).map { indicators[$0] } }

    // MARK: - Machinery

    private let byGroup: [String: [Int]]
    private let order: [String: Int]
}

/// What sort of quantity a figure is: a rate of change, a level (amount), or a rate that is itself the level.
///
/// ```swift
/// PanelMeasure.of(record)   // 增长5% → .growth; 突破5万亿元 → .level; 城镇调查失业率5.5%左右 → .rate
/// ```
public enum PanelMeasure: String, Sendable, Hashable {
    case growth, level, rate

    /// growth: a rate unit (%) with a change word (增长, 上涨, 下降, 涨幅 …) or an indicator named as a
    /// change (居民消费价格涨幅, 经济增速); rate: a rate unit without one (达到, 控制在, 平均为, none);
    /// level: any other unit, unless the figure is an addition (比上年增加1.1万亿元), which is a change
    /// of a level and has no measure here. A change word ending in 到/至 (降到, 提高到, 下降至)
    /// states the level reached (rule `level-reached` of ``PlanChangeClass``).
    static func of(_ record: TargetRecord) -> PanelMeasure? {
        let change = PlanChangeClass.classify(record.change)
        guard let unit = PlanUnits.fold(record.unit) else { return nil }
        if PlanUnits.isRate(unit) {
            guard unit == "%" || unit == "‰" else { return nil }  // 个百分点, 倍, 成: changes of rates, not panel figures
            if case .change = change { return .growth }
            if case .unspecified = change, changeNouns.occurs(in: record.indicator) { return .growth }
            return .rate
        }
        switch change {
        case .change, .addition: return nil
        default: return .level
        }
    }

    /// Indicator names that are themselves a change (居民消费价格涨幅, 经济增速, 增长率).
    static let changeNouns = PlanWordList(["涨幅", "增速", "增幅", "增长率", "降幅", "增长"])
}
