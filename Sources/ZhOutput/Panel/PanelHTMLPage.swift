import Foundation
import ZhExtract

/// Renders a ``Panel`` as one self-contained HTML page (inline CSS and SVG; no script, no network):
/// for each jurisdiction and indicator a chart over the years — the target as a bar (range), a
/// marker with an arrow (at least ▲ / at most ▼) or a dot (左右, exact), the achieved line with its
/// points green (met) or red (missed) — each mark with its source clause as a hover title; then the
/// rows as a table with their notes.
/// ```swift
/// let html = PanelHTMLPage.render(panel, archive: "archive.sqlite")
/// ```
public enum PanelHTMLPage {
    public static func render(_ panel: Panel, archive: String) -> String {
        var series: [(key: String, rows: [PanelRow])] = []
        for row in panel.rows {
            let key = row.jurisdiction + " · " + row.indicator
            if series.last?.key == key { series[series.count - 1].rows.append(row) } else { series.append((key, [row])) }
        }
        var counts: [PanelStatus: Int] = [:]
        for row in panel.rows { counts[row.status, default: 0] += 1 }
        let summary = PanelStatus.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: " · ")
        var h = DiffHTMLPage.head(title: "Targets and outcomes: \(archive)", css: css) + """
        <header>
        <h1>Targets and outcomes</h1>
        <p class="docs">\(DiffHTMLPage.esc(archive)) · \(panel.rows.count) rows · \(series.count) series</p>
        <p class="summary">\(summary)</p>
        <p class="legend"><span class="key band"></span> target range <span class="key dot"></span> target 左右 / exact
        <span class="key arrow">▲</span> at least <span class="key arrow">▼</span> at most
        <span class="key met"></span> met <span class="key missed"></span> missed <span class="key other"></span> not judged</p>
        </header>

        """
        for s in series {
            guard let first = s.rows.first else { continue }
            h += "<section class=\"series\">\n<h2>\(DiffHTMLPage.esc(first.jurisdiction)) · \(DiffHTMLPage.esc(first.label)) <small>\(DiffHTMLPage.esc(first.indicator))</small></h2>\n"
            h += PanelChart(rows: s.rows, documents: panel.documents).svg()
            h += table(s.rows, panel: panel)
            h += "</section>\n"
        }
        h += "<footer>zhmine panel · approx (左右) targets met within \(DiffFormatting.number(panel.options.approxPointTolerance)) points (rates) or \(DiffFormatting.number(panel.options.approxRelativeTolerance * 100))% (amounts) · lower-is-better indicators and price guides judged as ceilings · actuals preferred from the statistical communiqué, then the work report, then news</footer>\n</body>\n</html>\n"
        return h
    }

    // MARK: - Machinery

    static func table(_ rows: [PanelRow], panel: Panel) -> String {
        var h = "<table>\n<thead><tr><th>Year</th><th>Target</th><th>Actual</th><th>Status</th><th>Note</th></tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr class=\"\(row.status.rawValue)\"><td>\(row.year)</td>"
            h += cell(row.target ?? row.notSet, panel: panel)
            h += cell(row.actual, panel: panel)
            h += "<td><span class=\"badge \(row.status.rawValue)\">\(row.status.rawValue)</span>\(row.disagreement ? " <span class=\"badge missed\">sources disagree</span>" : "")</td>"
            h += "<td class=\"note\">\(DiffHTMLPage.esc(row.notes.joined(separator: "; ")))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    static func cell(_ figure: PanelFigure?, panel: Panel) -> String {
        guard let figure else { return "<td class=\"none\">—</td>" }
        let value = figure.record.value == nil ? "—" : DiffFormatting.value(figure.record)
        return "<td><b>\(DiffHTMLPage.esc(value))</b><div class=\"src\">\(DiffHTMLPage.esc(figure.record.sentence))</div><div class=\"doc\" title=\"\(DiffHTMLPage.esc(panel.documents[figure.document].path))\">\(DiffHTMLPage.esc(URL(fileURLWithPath: panel.documents[figure.document].path).lastPathComponent))</div></td>"
    }

    static let css = """

    :root { --line: #d9dde3; --muted: #5f6b7a; --met: #1a7f37; --missed: #b42318; --target: #3259a8; --band: #c9d7f2; }
    * { box-sizing: border-box; }
    body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 24px; color: #1f2328; max-width: 1240px; }
    h1 { margin: 0 0 4px; font-size: 22px; } h2 { font-size: 17px; margin: 28px 0 6px; } h2 small { color: var(--muted); font-weight: normal; }
    .docs, .summary, .legend, footer { color: var(--muted); margin: 2px 0; }
    .key { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin: 0 2px 0 10px; }
    .key.band { background: var(--band); border: 1px solid var(--target); } .key.dot { border-radius: 50%; background: var(--target); }
    .key.arrow { width: auto; color: var(--target); } .key.met { background: var(--met); border-radius: 50%; }
    .key.missed { background: var(--missed); border-radius: 50%; } .key.other { background: #8c959f; border-radius: 50%; }
    svg { display: block; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; }
    svg text { font: 11px system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; fill: var(--muted); }
    table { border-collapse: collapse; width: 100%; margin-top: 8px; } th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f3f5f8; font-weight: 600; } td.note { color: var(--muted); font-size: 12px; max-width: 520px; }
    .src { font-size: 12px; color: #3d4650; } .doc { font-size: 11px; color: var(--muted); } td.none { color: var(--muted); }
    .badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; background: #eef1f4; }
    .badge.met { background: #e3f6e8; color: var(--met); } .badge.missed { background: #fde7e5; color: var(--missed); }
    .badge.not-set { background: #fff4c2; }
    footer { margin-top: 24px; font-size: 12px; }
    """
}
