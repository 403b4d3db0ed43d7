import Foundation

extension Panel {
    /// The work reports whose year leaves a gap inside a series: their jurisdiction has a target for
    /// an indicator in an earlier and in a later year but none in theirs. Only these are read again to look for a
    /// clause saying no target was set (2020: no GDP target), so that a panel over a large archive
    /// does not read every report.
    ///
    /// ```swift
    /// Panel.gapDocuments(documents: docs, figures: figures, indicators: table)   // [1]: the 2020 report
    /// ```
    public static func gapDocuments(documents: [PanelDocument], figures: [PanelFigure], indicators: PanelIndicators) -> [Int] {
        var years: [String: [String: Set<Int>]] = [:]  // jurisdiction → indicator → years with a target
        for figure in figures where figure.record.kind == .target {
            guard let year = PanelRules.singleYear(figure.record.year), let indicator = indicators.indicator(of: figure.record),
                  PanelRules.exclusion(of: figure.record) == nil else { continue }
            let jurisdiction = documents[figure.document].jurisdiction ?? unknownJurisdiction
            years[jurisdiction, default: [:]][indicator.id, default: []].insert(year)
        }
        var out: [Int] = []
        for (i, document) in documents.enumerated() where document.genre == .workReport {
            guard let year = document.year, let series = years[document.jurisdiction ?? unknownJurisdiction] else { continue }
            let gap = series.values.contains { years in
                !years.contains(year) && years.contains { $0 < year } && years.contains { $0 > year }
            }
            if gap { out.append(i) }
        }
        return out
    }
}
