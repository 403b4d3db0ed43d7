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
        let (jurisdiction, names) = numberJurisdictions(documents)
        var years = [[Int: Set<Int>]](repeating: [:], count: names.count)  // jurisdiction → indicator → years with a target
        var placer = Placer(indicators: indicators)
        for figure in figures where figure.record.kind == .target {
            guard let place = placer.place(figure.record) else { continue }
            years[jurisdiction[figure.document]][place.indicator, default: []].insert(place.year)
        }
        var out: [Int] = []
        for (i, document) in documents.enumerated() where document.genre == .workReport {
            let series = years[jurisdiction[i]]
            guard let year = document.year, !series.isEmpty else { continue }
            let gap = series.values.contains { years in
                !years.contains(year) && years.contains { $0 < year } && years.contains { $0 > year }
            }
            if gap { out.append(i) }
        }
        return out
    }

    /// Each document's jurisdiction as a number (one per distinct name; ``unknownJurisdiction`` for
    /// documents without one), and the names by number: cells and series are found by numbers, so
    /// that no name is hashed per figure.
    static func numberJurisdictions(_ documents: [PanelDocument]) -> (of: [Int], names: [String]) {
        var numbers: [String: Int] = [:]
        var names: [String] = []
        let of = documents.map { document -> Int in
            let name = document.jurisdiction ?? unknownJurisdiction
            if let number = numbers[name] { return number }
            numbers[name] = names.count
            names.append(name)
            return names.count - 1
        }
        return (of, names)
    }
}
