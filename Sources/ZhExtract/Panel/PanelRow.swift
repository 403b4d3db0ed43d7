import Foundation

/// One row of the panel: for a jurisdiction, indicator and year, the target set, what was achieved,
/// and whether the target was met.
///
/// ```swift
/// // 全国 gdp_growth 2022: target 5.5%左右 (2022 report), actual 3% (2023 report) → .missed,
/// // note "approx: met when the actual is at least 5 (5.5 - 0.5); actual from work report national-2023…"
/// print(row.jurisdiction, row.indicator, row.year, row.status.rawValue, row.notes.joined(separator: "; "))
/// ```
public struct PanelRow: Sendable, Hashable {
    public var jurisdiction: String
    /// The stable id (Dictionaries/indicators.txt).
    public var indicator: String
    /// Its Chinese name.
    public var label: String
    public var year: Int
    public var target: PanelFigure?
    public var actual: PanelFigure?
    /// The same year's figure as stated by the other documents (one per document), preferred first.
    public var otherActuals: [PanelFigure]
    /// True when another document states a different actual (beyond rounding, rule `agree`).
    public var disagreement: Bool
    /// The clause saying that no target was set, when one does.
    public var notSet: PanelFigure?
    public var status: PanelStatus
    /// How the row was judged, in words: the rule and its numbers, where the actual came from, units converted.
    public var notes: [String]
}

/// Whether a row's target was met.
///
/// ```swift
/// PanelStatus(rawValue: "not-set")   // .notSet: the report says it set no target
/// ```
public enum PanelStatus: String, Sendable, Hashable, CaseIterable {
    case met
    case missed
    /// No document sets a target for the year.
    case noTarget = "no-target"
    /// A target, but no document states the achieved figure (yet).
    case noActual = "no-actual"
    /// The report says explicitly that no target was set (没有提出全年经济增速具体目标).
    case notSet = "not-set"
}

/// A record and the document it comes from.
///
/// ```swift
/// PanelFigure(record: record, document: 3)   // documents[3] of the panel's input
/// ```
public struct PanelFigure: Sendable, Hashable {
    public var record: TargetRecord
    /// Index into the panel's documents.
    public var document: Int

    public init(record: TargetRecord, document: Int) {
        self.record = record
        self.document = document
    }
}

/// A document of the archive as the panel sees it.
///
/// ```swift
/// PanelDocument(path: "national-2023-work-report.txt", jurisdiction: "全国", year: 2023, title: "政府工作报告（摘编）")
/// ```
public struct PanelDocument: Sendable, Hashable {
    public var path: String
    public var jurisdiction: String?
    public var year: Int?
    public var title: String?
    public var genre: PanelSourceGenre

    public init(path: String, jurisdiction: String?, year: Int?, title: String?, genre: PanelSourceGenre? = nil) {
        self.path = path
        self.jurisdiction = jurisdiction ?? PanelRules.jurisdiction(title: title)
        self.year = year
        self.title = title
        self.genre = genre ?? PanelRules.genre(title: title, path: path)
    }
}

/// Which rows to build: by jurisdiction, indicator id and year (empty sets and nil bounds admit all).
///
/// ```swift
/// PanelQuery(jurisdictions: ["全国"], indicators: ["gdp_growth", "cpi"], from: 2019, to: 2025)
/// ```
public struct PanelQuery: Sendable {
    public var jurisdictions: Set<String>
    public var indicators: Set<String>
    public var from: Int?
    public var to: Int?

    public init(jurisdictions: Set<String> = [], indicators: Set<String> = [], from: Int? = nil, to: Int? = nil) {
        self.jurisdictions = jurisdictions
        self.indicators = indicators
        self.from = from
        self.to = to
    }

    public func admits(jurisdiction: String) -> Bool { jurisdictions.isEmpty || jurisdictions.contains(jurisdiction) }
    public func admits(indicator: String) -> Bool { indicators.isEmpty || indicators.contains(indicator) }
    public func admits(year: Int) -> Bool { (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true) }
}
