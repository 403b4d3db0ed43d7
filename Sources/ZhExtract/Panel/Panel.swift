import Foundation

/// Targets against outcomes across years: for each jurisdiction, indicator and year, the target the
/// work report of that year set, the figure achieved (stated by any later document), and whether the
/// target was met — judged by the diff's ``PlanDiff`` judge (tolerance for 左右, at-least/at-most,
/// lower-is-better, units converted), with price guides (CPI) judged as ceilings.
///
/// Which target: the one stated by a document of the row's year (the year's work report), first in
/// its text. Which actual: one per document, preferred by source (statistical communiqué, then work
/// report, then news; ``PanelRules/genreRules``), then by the document nearest after the year; the
/// others are kept, and flagged when they disagree (``PanelRules/agree(_:precisionA:_:precisionB:)``).
/// Records that are not one year's figure (periods, multi-year averages) never enter (``PanelRules/figureRules``).
/// ```swift
/// let panel = Panel(documents: docs, figures: figures, notSet: [], indicators: table,
///                   query: PanelQuery(indicators: ["gdp_growth"]))
/// for row in panel.rows { print(row.year, row.status.rawValue) }   // 2019 met, 2020 not-set, 2022 missed …
/// ```
public struct Panel: Sendable {
    public let documents: [PanelDocument]
    public let rows: [PanelRow]
    public let options: PlanDiff.Options

    /// `figures`: target and actual records with their document; `notSet`: clauses saying no target
    /// was set (``PanelNotSetScanner``), each with the indicator id it is about in `indicator`.
    public init(documents: [PanelDocument], figures: [PanelFigure], notSet: [PanelNotSetStatement] = [],
                indicators: PanelIndicators, query: PanelQuery = PanelQuery(),
                options: PlanDiff.Options = PlanDiff.Options()) {
        var options = options
        options.normalizer = indicators.normalizer
        options.priceGuidesAsCeilings = true
        self.options = options
        self.documents = documents
        var cells: [Cell: Candidates] = [:]
        let (jurisdiction, names) = Self.numberJurisdictions(documents)
        let admittedJurisdictions = names.map(query.admits(jurisdiction:))
        let admittedIndicators = indicators.indicators.map { query.admits(indicator: $0.id) }
        var found: [CellNumber: Candidates] = [:]
        var placer = Placer(indicators: indicators)
        for figure in figures {
            let number = jurisdiction[figure.document]
            guard admittedJurisdictions[number], let place = placer.place(figure.record), query.admits(year: place.year),
                  admittedIndicators[place.indicator] else { continue }
            let cell = CellNumber(jurisdiction: number, indicator: place.indicator, year: place.year)
            if figure.record.kind == .target { found[cell, default: Candidates()].targets.append(figure) }
            else { found[cell, default: Candidates()].actuals.append(figure) }
        }
        for (number, candidates) in found {
            cells[Cell(jurisdiction: names[number.jurisdiction], indicator: indicators.indicators[number.indicator].id,
                       year: number.year)] = candidates
        }
        for statement in notSet {
            let jurisdiction = documents[statement.figure.document].jurisdiction ?? Self.unknownJurisdiction
            guard query.admits(jurisdiction: jurisdiction), query.admits(indicator: statement.indicator),
                  query.admits(year: statement.year) else { continue }
            let cell = Cell(jurisdiction: jurisdiction, indicator: statement.indicator, year: statement.year)
            if cells[cell, default: Candidates()].notSet == nil { cells[cell, default: Candidates()].notSet = statement.figure }
        }
        let ordered = cells.keys.sorted { a, b in
            if a.jurisdiction != b.jurisdiction { return a.jurisdiction < b.jurisdiction }
            if a.indicator != b.indicator { return indicators.rank(of: a.indicator) < indicators.rank(of: b.indicator) }
            return a.year < b.year
        }
        let builder = RowBuilder(documents: documents, judge: PlanJudge(options: options))
        self.rows = ordered.map { cell in
            builder.row(cell: cell, label: indicators.indicator(id: cell.indicator)?.label ?? cell.indicator,
                        candidates: cells[cell] ?? Candidates())
        }
    }

    /// Rule `agree` between two statements of one actual, `b` converted into `a`'s unit.
    public static func figuresAgree(_ a: TargetRecord, _ b: TargetRecord) -> Bool { RowBuilder.agree(a, b) }

    /// The jurisdiction of documents whose metadata names none.
    public static let unknownJurisdiction = "(unknown)"

    // MARK: - Machinery

    struct Cell: Hashable {
        var jurisdiction: String
        var indicator: String
        var year: Int
    }

    /// A cell as numbers: the jurisdiction's number in the panel, the indicator's position in the table, the year.
    struct CellNumber: Hashable {
        var jurisdiction: Int
        var indicator: Int
        var year: Int
    }

    struct Candidates {
        var targets: [PanelFigure] = []
        var actuals: [PanelFigure] = []
        var notSet: PanelFigure?
    }
}

/// A clause saying that no target was set for an indicator and year (rule `not-set`).
///
/// ```swift
/// PanelNotSetStatement(figure: PanelFigure(record: clause, document: 1), indicator: "gdp_growth", year: 2020)
/// ```
public struct PanelNotSetStatement: Sendable, Hashable {
    /// The clause as a record (kind target, value nil, `sentence` the clause).
    public var figure: PanelFigure
    public var indicator: String
    public var year: Int
}
