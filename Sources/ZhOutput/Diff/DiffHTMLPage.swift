import Foundation
import ZhExtract

/// Renders a ``PlanDiff`` as one self-contained HTML page (inline CSS, no script, no network):
/// both years side by side, changed cells highlighted, every value linked to its sentence.
///
/// Each value cell shows the figure and, under it, the sentence that states it; the figure links to
/// the "Sources" list at the bottom, where the sentence stands in its context in the report (when
/// the report text is given) with its section and scalar offsets.
/// ```swift
/// let html = DiffHTMLPage.render(diff, oldText: scalars2023, newText: scalars2024)
/// try html.write(toFile: "diff.html", atomically: true, encoding: .utf8)
/// ```
public enum DiffHTMLPage {
    public static func render(_ diff: PlanDiff, oldText: [Unicode.Scalar]? = nil, newText: [Unicode.Scalar]? = nil) -> String {
        let oldLabel = DiffFormatting.yearLabel(diff.oldYear, fallback: "old")
        let newLabel = DiffFormatting.yearLabel(diff.newYear, fallback: "new")
        var sources = Sources()
        var h = head(title: "Plan diff: \(diff.oldName ?? "old") → \(diff.newName ?? "new")", css: css) + """
        <header>
        <h1>Targets \(esc(oldLabel)) → \(esc(newLabel))</h1>
        <p class="docs"><span class="doc old">\(esc(diff.oldName ?? "old"))</span> → <span class="doc new">\(esc(diff.newName ?? "new"))</span></p>
        <p class="summary">\(summary(diff))</p>
        </header>
        <table class="diff">
        <thead><tr><th>Indicator</th><th>\(esc(oldLabel))</th><th>\(esc(newLabel))</th><th>Change</th><th>Status</th></tr></thead>
        <tbody>

        """
        var currentSection: PlanSectionType?
        for (i, pair) in diff.pairs.enumerated() {
            if i == 0 || pair.section != currentSection {
                h += "<tr class=\"group\"><th colspan=\"5\">\(esc(DiffTextTable.sectionTitle(pair.section)))</th></tr>\n"
                currentSection = pair.section
            }
            let changed = pair.status != .unchanged
            h += "<tr class=\"\(pair.status.rawValue)\">"
            h += "<td class=\"ind\">\(esc(pair.old?.indicator ?? pair.new?.indicator ?? pair.key))"
            if let a = pair.old?.indicator, let b = pair.new?.indicator, a != b { h += "<div class=\"syn\">= \(esc(b))</div>" }
            h += "</td>"
            h += cell(pair.old, side: .old, highlight: pair.status == .dropped, sources: &sources)
            h += cell(pair.new, side: .new, highlight: changed && pair.status != .dropped, sources: &sources)
            let direction = pair.delta.map { $0 > 0 ? " up" : ($0 < 0 ? " down" : "") } ?? ""
            h += "<td class=\"delta\(direction)\">\(esc(DiffFormatting.delta(pair)))</td>"
            h += "<td class=\"status\"><span class=\"badge \(pair.status.rawValue)\">\(pair.status.rawValue)</span>"
            for note in pair.notes { h += "<div class=\"note\">\(esc(note))</div>" }
            h += "</td></tr>\n"
        }
        h += "</tbody>\n</table>\n"

        h += "<h2>Met or missed <small>\(esc(oldLabel)) targets against the actuals reported in \(esc(diff.newName ?? "the new report"))</small></h2>\n"
        if diff.judgements.isEmpty {
            h += "<p class=\"empty\">No actual figure in the new report matches a target of the old one.</p>\n"
        } else {
            h += "<table class=\"judge\">\n<thead><tr><th>Indicator</th><th>Target (\(esc(oldLabel)))</th><th>Actual (reported \(esc(newLabel)))</th><th>Result</th><th>Rule</th></tr></thead>\n<tbody>\n"
            for j in diff.judgements {
                let verdict = DiffFormatting.verdict(j)
                let cls = verdict.replacingOccurrences(of: " ", with: "-")
                h += "<tr class=\"\(cls)\"><td class=\"ind\">\(esc(j.target.indicator))</td>"
                h += cell(j.target, side: .old, highlight: false, sources: &sources)
                h += cell(j.actual, side: .new, highlight: false, sources: &sources)
                h += "<td class=\"status\"><span class=\"badge \(cls)\">\(esc(verdict))</span></td>"
                h += "<td class=\"rule\">\(esc(j.rule))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }

        h += "<h2>Sources</h2>\n<div class=\"sources\">\n"
        h += sourceList(title: "\(oldLabel) · \(diff.oldName ?? "old")", entries: sources.old, text: oldText)
        h += sourceList(title: "\(newLabel) · \(diff.newName ?? "new")", entries: sources.new, text: newText)
        h += "</div>\n<footer>zhmine diff · delta = new − old in the target's unit (percentage points for %) · approx targets met within \(DiffFormatting.number(diff.options.approxPointTolerance)) points (rates) or \(DiffFormatting.number(diff.options.approxRelativeTolerance * 100))% of the target (amounts)</footer>\n"
        h += "</body>\n</html>\n"
        return h
    }

    // MARK: - Pieces

    enum Side { case old, new }

    /// Records linked from the tables, one anchor per distinct record.
    struct Sources {
        var old: [(id: String, record: TargetRecord)] = []
        var new: [(id: String, record: TargetRecord)] = []
        private var ids: [TargetRecord: String] = [:]
        private var newIDs: [TargetRecord: String] = [:]

        mutating func anchor(_ r: TargetRecord, side: Side) -> String {
            switch side {
            case .old:
                if let id = ids[r] { return id }
                let id = "o\(old.count + 1)"
                old.append((id, r))
                ids[r] = id
                return id
            case .new:
                if let id = newIDs[r] { return id }
                let id = "n\(new.count + 1)"
                new.append((id, r))
                newIDs[r] = id
                return id
            }
        }
    }

    static func cell(_ r: TargetRecord?, side: Side, highlight: Bool, sources: inout Sources) -> String {
        let cls = side == .old ? "old" : "new"
        guard let r else { return "<td class=\"\(cls) none\">—</td>" }
        let id = sources.anchor(r, side: side)
        return "<td class=\"\(cls)\(highlight ? " changed" : "")\"><a class=\"v\" href=\"#\(id)\" title=\"\(esc(r.sentence))\">\(esc(DiffFormatting.value(r)))</a>"
            + "<div class=\"sent\">\(esc(r.sentence))</div></td>"
    }

    static func sourceList(title: String, entries: [(id: String, record: TargetRecord)], text: [Unicode.Scalar]?) -> String {
        var h = "<section><h3>\(esc(title))</h3>\n<ol>\n"
        let ordered = entries.sorted { ($0.record.start, $0.id) < ($1.record.start, $1.id) }
        for (id, r) in ordered {
            h += "<li id=\"\(id)\"><span class=\"kind \(r.kind.rawValue)\">\(r.kind.rawValue)</span> "
            if let text, r.start >= 0, r.end >= r.start, r.end <= text.count {
                let a = max(0, r.start - 30), b = min(text.count, r.end + 30)
                h += "<q>" + (a > 0 ? "…" : "") + esc(String(String.UnicodeScalarView(text[a..<r.start])))
                h += "<mark>" + esc(String(String.UnicodeScalarView(text[r.start..<r.end]))) + "</mark>"
                h += esc(String(String.UnicodeScalarView(text[r.end..<b]))) + (b < text.count ? "…" : "") + "</q>"
            } else {
                h += "<q><mark>\(esc(r.sentence))</mark></q>"
            }
            var where_: [String] = []
            if let s = r.section { where_.append(s) }
            if r.start >= 0 { where_.append("scalars \(r.start)–\(r.end)") }
            if let y = r.year { where_.append("year \(y)") }
            if !where_.isEmpty { h += " <span class=\"loc\">\(esc(where_.joined(separator: " · ")))</span>" }
            h += "</li>\n"
        }
        return h + "</ol>\n</section>\n"
    }

    static func summary(_ diff: PlanDiff) -> String {
        let counts = diff.statusCounts
        var parts = PlanDiffStatus.allCases.compactMap { s in
            counts[s].map { "<span class=\"badge \(s.rawValue)\">\($0) \(s.rawValue)</span>" }
        }
        let met = diff.judgements.filter { $0.met == true }.count, missed = diff.judgements.filter { $0.met == false }.count
        if !diff.judgements.isEmpty {
            parts.append("<span class=\"badge met\">\(met) met</span>")
            parts.append("<span class=\"badge missed\">\(missed) missed</span>")
        }
        return parts.joined(separator: " ")
    }

    /// The start of a self-contained page up to `<body>`: UTF-8, viewport, title, inline CSS.
    static func head(title: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>\(css)</style>
        </head>
        <body>

        """
    }

    /// Escapes text for HTML content and attribute values.
    static func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """

    :root { --line: #d9dde3; --muted: #5f6b7a; --up: #1a7f37; --down: #b42318; --chg: #fff4c2; --add: #e3f6e8; --drop: #fde7e5; }
    * { box-sizing: border-box; }
    body { margin: 24px; color: #1f2933; background: #fff;
           font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 28px 0 8px; }
    h2 small { font-weight: normal; color: var(--muted); font-size: 13px; margin-left: 8px; }
    h3 { font-size: 14px; margin: 0 0 6px; }
    .docs { color: var(--muted); margin: 0 0 8px; }
    .summary .badge { margin-right: 4px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
    thead th { background: #f3f5f8; border-bottom: 2px solid var(--line); position: sticky; top: 0; }
    tr.group th { background: #eef2f7; color: #334e68; font-size: 13px; letter-spacing: .05em; }
    td.ind { font-weight: 600; width: 18%; }
    td.old, td.new { width: 24%; }
    .syn { font-weight: normal; color: var(--muted); font-size: 12px; }
    a.v { color: #0b4f9c; text-decoration: none; font-weight: 600; }
    a.v:hover { text-decoration: underline; }
    .sent { color: var(--muted); font-size: 12px; }
    td.changed { background: var(--chg); }
    tr.added td.new { background: var(--add); }
    tr.dropped td.old { background: var(--drop); }
    tr.dropped td.old a.v { text-decoration: line-through; }
    td.none { color: #aab2bd; text-align: center; }
    td.delta { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.delta.up { color: var(--up); font-weight: 600; }
    td.delta.down { color: var(--down); font-weight: 600; }
    .badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 12px; background: #e4e7eb; color: #3e4c59; white-space: nowrap; }
    .badge.raised, .badge.met { background: #d3f2dc; color: var(--up); }
    .badge.lowered, .badge.missed { background: #fbdad6; color: var(--down); }
    .badge.requalified { background: #fff0b3; color: #7a5d00; }
    .badge.added { background: #d6e9ff; color: #0b4f9c; }
    .badge.dropped { background: #ece3f7; color: #5b2a86; }
    .note { color: var(--muted); font-size: 12px; margin-top: 3px; }
    td.rule { color: var(--muted); font-size: 12px; }
    tr.missed td.ind { color: var(--down); }
    table.judge tr.missed td.new { background: var(--drop); }
    .sources { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
    .sources ol { margin: 0; padding-left: 22px; font-size: 12px; }
    .sources li { margin: 3px 0; padding: 2px 4px; border-radius: 3px; }
    .sources li:target { background: var(--chg); outline: 2px solid #e0b400; }
    .sources q { quotes: none; }
    mark { background: #ffe58a; padding: 0 1px; }
    .kind { font-size: 11px; color: #fff; background: #7b8794; border-radius: 3px; padding: 0 4px; }
    .kind.actual { background: #3f7d58; }
    .loc { color: var(--muted); font-size: 11px; }
    footer { margin-top: 24px; color: var(--muted); font-size: 12px; }

    """
}
