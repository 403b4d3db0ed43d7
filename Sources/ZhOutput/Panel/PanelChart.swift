import Foundation
import ZhExtract

/// The inline SVG chart of one series (a jurisdiction and indicator over the years) on the panel page.
///
/// Values are drawn in the unit of the series' first target (actuals in a unit that converts are
/// converted; others are left out of the chart and stay in the table). Every mark carries a
/// `<title>` with its clause and document: the browser shows it on hover, no script needed.
/// ```swift
/// let svg = PanelChart(rows: rowsOfOneSeries, documents: panel.documents).svg()
/// ```
struct PanelChart {
    let rows: [PanelRow]
    let documents: [PanelDocument]

    static let width = 900.0, height = 230.0, left = 56.0, right = 24.0, top = 22.0, bottom = 34.0

    func svg() -> String {
        let unit = rows.lazy.compactMap { $0.target?.record.unit }.first ?? rows.lazy.compactMap { $0.actual?.record.unit }.first
        let years = rows.map(\.year)
        guard let y0 = years.min(), let y1 = years.max() else { return "" }
        var values: [Double] = []
        for row in rows {
            if let b = bounds(row.target?.record, unit: unit) { values += [b.lo, b.hi] }
            if let v = actual(row, unit: unit) { values.append(v) }
        }
        guard var vmin = values.min(), var vmax = values.max() else { return "" }
        let pad = max((vmax - vmin) * 0.15, abs(vmax) * 0.05, 0.5)
        vmin -= pad; vmax += pad
        if values.allSatisfy({ $0 >= 0 }) { vmin = max(vmin, 0) }  // no negative axis for figures that are all positive
        let w = Self.width, h = Self.height
        let plotW = w - Self.left - Self.right, plotH = h - Self.top - Self.bottom
        let step = years.count > 1 ? plotW / Double(max(y1 - y0, 1)) : plotW
        func x(_ year: Int) -> Double { y1 == y0 ? Self.left + plotW / 2 : Self.left + Double(year - y0) * step }
        func y(_ v: Double) -> Double { Self.top + (vmax - v) / (vmax - vmin) * plotH }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(w))\" height=\"\(f(h))\" viewBox=\"0 0 \(f(w)) \(f(h))\" role=\"img\">\n"
        // Axes: five value ticks and one tick per year.
        for k in 0...4 {
            let v = vmin + (vmax - vmin) * Double(k) / 4
            s += "<line x1=\"\(f(Self.left))\" x2=\"\(f(w - Self.right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#e6e9ee\"/>"
            s += "<text x=\"\(f(Self.left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(label(v))</text>\n"
        }
        s += "<text x=\"\(f(Self.left))\" y=\"12\">\(DiffHTMLPage.esc(unit ?? ""))</text>\n"
        for year in y0...y1 {
            s += "<text x=\"\(f(x(year)))\" y=\"\(f(h - 12))\" text-anchor=\"middle\">\(year)</text>"
        }
        s += "\n"
        // Targets.
        let bar = min(step * 0.35, 28)
        for row in rows {
            let cx = x(row.year)
            if row.status == .notSet {
                s += "<g><title>\(tip(row.notSet))</title><text x=\"\(f(cx))\" y=\"\(f(Self.top + 4))\" text-anchor=\"middle\" fill=\"#8a6d00\">no target set</text></g>\n"
            }
            guard let target = row.target, let b = bounds(target.record, unit: unit) else { continue }
            let (lo, hi) = (b.lo, b.hi)
            s += "<g class=\"target\"><title>target \(row.year): \(tip(target))</title>"
            if lo != hi {
                s += "<rect x=\"\(f(cx - bar / 2))\" y=\"\(f(y(hi)))\" width=\"\(f(bar))\" height=\"\(f(max(y(lo) - y(hi), 2)))\" fill=\"#c9d7f2\" stroke=\"#3259a8\"/>"
            } else {
                switch target.record.qualifier {
                case .atLeast, .atMost:
                    let up = target.record.qualifier == .atLeast
                    let ty = y(lo), dir = up ? -1.0 : 1.0
                    s += "<line x1=\"\(f(cx - bar / 2))\" x2=\"\(f(cx + bar / 2))\" y1=\"\(f(ty))\" y2=\"\(f(ty))\" stroke=\"#3259a8\" stroke-width=\"3\"/>"
                    s += "<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(ty))\" y2=\"\(f(ty + dir * 16))\" stroke=\"#3259a8\" stroke-width=\"2\"/>"
                    s += "<path d=\"M\(f(cx - 5)) \(f(ty + dir * 12)) L\(f(cx)) \(f(ty + dir * 19)) L\(f(cx + 5)) \(f(ty + dir * 12)) Z\" fill=\"#3259a8\"/>"
                default:
                    s += "<circle cx=\"\(f(cx))\" cy=\"\(f(y(lo)))\" r=\"6\" fill=\"#3259a8\" fill-opacity=\"0.25\" stroke=\"#3259a8\" stroke-width=\"2\"/>"
                }
            }
            s += "</g>\n"
        }
        // The achieved line and its points.
        var points: [(Double, Double, PanelRow)] = []
        for row in rows { if let v = actual(row, unit: unit) { points.append((x(row.year), y(v), row)) } }
        if points.count > 1 {
            s += "<polyline fill=\"none\" stroke=\"#1f2328\" stroke-width=\"1.5\" points=\"\(points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\"/>\n"
        }
        for (px, py, row) in points {
            let color = row.status == .met ? "#1a7f37" : row.status == .missed ? "#b42318" : "#8c959f"
            s += "<g><title>actual \(row.year) (\(row.status.rawValue)): \(tip(row.actual))</title>"
            s += "<circle cx=\"\(f(px))\" cy=\"\(f(py))\" r=\"4.5\" fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"1.5\"/></g>\n"
        }
        return s + "</svg>\n"
    }

    // MARK: - Pieces

    private func bounds(_ record: TargetRecord?, unit: String?) -> (lo: Double, hi: Double)? {
        guard let record, let value = record.value, let factor = PlanUnits.factor(from: record.unit, to: unit) else { return nil }
        switch value {
        case let .number(d): let v = double(d * factor); return (v, v)
        case let .range(lo, hi): return (double(lo * factor), double(hi * factor))
        }
    }

    private func actual(_ row: PanelRow, unit: String?) -> Double? {
        guard let b = bounds(row.actual?.record, unit: unit) else { return nil }
        return (b.lo + b.hi) / 2
    }

    private func tip(_ figure: PanelFigure?) -> String {
        guard let figure else { return "" }
        return DiffHTMLPage.esc("«\(figure.record.sentence)» — \(documents[figure.document].path)")
    }

    private func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }

    private func label(_ v: Double) -> String {
        abs(v) >= 100 ? String(format: "%.0f", v) : String(format: "%.1f", v)
    }
}
