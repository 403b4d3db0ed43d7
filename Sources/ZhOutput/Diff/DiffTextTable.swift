import Foundation
import ZhExtract
import ZhText

/// Renders a ``PlanDiff`` as aligned plain-text tables for a terminal: Chinese characters count
/// two columns, so columns line up in any monospaced terminal font.
///
/// ```swift
/// print(DiffTextTable.render(PlanDiff(old: a, new: b)))
/// //   Indicator       2023           2024            Change          Status
/// //   地区生产总值    增长6%左右     增长6.5%左右    +0.5个百分点    raised [1]
/// ```
public enum DiffTextTable {
    public static func render(_ diff: PlanDiff) -> String {
        let oldLabel = DiffFormatting.yearLabel(diff.oldYear, fallback: "old")
        let newLabel = DiffFormatting.yearLabel(diff.newYear, fallback: "new")
        var out = "Targets: \(diff.oldName ?? "old") (\(oldLabel)) → \(diff.newName ?? "new") (\(newLabel))\n"

        var notes: [String] = []
        var rows: [[String]] = []
        var groupStarts: [Int: String] = [:]
        var currentSection: PlanSectionType?
        for (i, pair) in diff.pairs.enumerated() where i == 0 || pair.section != currentSection {
            groupStarts[i] = sectionTitle(pair.section)
            currentSection = pair.section
        }
        for pair in diff.pairs {
            var status = pair.status.rawValue
            if !pair.notes.isEmpty {
                notes.append(pair.notes.joined(separator: "; "))
                status += " [\(notes.count)]"
            }
            rows.append([indicator(pair), pair.old.map(DiffFormatting.value) ?? "", pair.new.map(DiffFormatting.value) ?? "",
                         DiffFormatting.delta(pair), status])
        }
        out += "\n"
        out += table(header: ["Indicator", oldLabel, newLabel, "Change", "Status"], rows: rows, groups: groupStarts)

        let counts = diff.statusCounts
        let summary = PlanDiffStatus.allCases.compactMap { s in counts[s].map { "\($0) \(s.rawValue)" } }
        out += "\n" + (summary.isEmpty ? "No targets in either report." : summary.joined(separator: ", ")) + "\n"

        if !notes.isEmpty {
            out += "\nNotes\n"
            for (i, note) in notes.enumerated() { out += "  [\(i + 1)] \(note)\n" }
        }

        out += "\nMet or missed: \(oldLabel) targets against the actuals in \(diff.newName ?? "the new report")\n\n"
        if diff.judgements.isEmpty {
            out += "  No actual figure in the new report matches a target of the old one.\n"
        } else {
            let jRows = diff.judgements.map { j in
                [j.target.indicator, DiffFormatting.value(j.target), DiffFormatting.value(j.actual), DiffFormatting.verdict(j), j.rule]
            }
            out += table(header: ["Indicator", "Target", "Actual", "Result", "Rule"], rows: jRows, groups: [:])
            let met = diff.judgements.filter { $0.met == true }.count
            let missed = diff.judgements.filter { $0.met == false }.count
            out += "\n\(met) met, \(missed) missed"
            let unjudged = diff.judgements.count - met - missed
            out += unjudged > 0 ? ", \(unjudged) not judged\n" : "\n"
        }
        return out
    }

    // MARK: - Pieces

    static func indicator(_ pair: PlanDiffPair) -> String {
        switch (pair.old?.indicator, pair.new?.indicator) {
        case let (a?, b?) where a != b: return "\(a) = \(b)"
        case let (a?, _): return a
        case let (nil, b?): return b
        default: return pair.key
        }
    }

    static func sectionTitle(_ s: PlanSectionType?) -> String {
        switch s {
        case .main?: return "Main targets"
        case .tasks?: return "Tasks"
        case .review?: return "Review"
        case .other?, nil: return "Other targets"
        }
    }

    /// Columns padded to the widest cell (in terminal columns), two spaces apart, the last unpadded.
    static func table(header: [String], rows: [[String]], groups: [Int: String]) -> String {
        var widths = header.map(TerminalColumns.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TerminalColumns.width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var s = "  "
            for (i, cell) in cells.enumerated() {
                if i == cells.count - 1 {
                    s += cell
                } else {
                    s += TerminalColumns.pad(cell, to: widths[i]) + "  "
                }
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        var out = line(header)
        out += line(widths.enumerated().map { i, w in String(repeating: "-", count: i == widths.count - 1 ? max(w, 6) : w) })
        for (i, row) in rows.enumerated() {
            if let title = groups[i] { out += (i == 0 ? "" : "\n") + "  " + title + "\n" }
            out += line(row)
        }
        return out
    }
}

/// Display width of text in a terminal: East Asian wide and full-width characters take two
/// columns, combining marks and zero-width characters none, everything else one. Ambiguous
/// characters (“ ” — …) count one, as most terminals draw them.
///
/// ```swift
/// TerminalColumns.width("GDP增长6.5%")   // 11
/// ```
enum TerminalColumns {
    static func width(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars { w += width(scalar) }
        return w
    }

    static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0 || v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return CharClass.isWide(c) ? 2 : 1
    }

    static func pad(_ s: String, to columns: Int) -> String {
        let w = width(s)
        return w >= columns ? s : s + String(repeating: " ", count: columns - w)
    }
}
