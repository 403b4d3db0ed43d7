import Foundation
import ZhText

/// What the header row of an indicator table says about each column.
///
/// `| 指标 | 2022年 | 2025年目标 | 属性 |` → the indicator column, a base-year column, a target-year column;
/// `类别\t指标\t2020年\t2025年\t年均/累计\t属性` → likewise, with a column of rates or sums over the plan period.
struct TableLayout {
    struct Column {
        var year: Int?
        /// 目标 / 规划 / 预期 in the header: the column holds targets.
        var target = false
        /// 年均 / 累计: the column holds rates or sums over the plan period.
        var period = false
        /// 单位: the column holds the unit of the row.
        var unit = false
    }
    var columns: [Column]
    /// The column naming the indicator (指标 / 名称 / 项目), else the first.
    var indicatorColumn: Int
    /// Whether the header was understood (a table without years is not read).
    var readable: Bool
}

extension TargetRun {
    /// A markdown table row: `| a | b | c |`.
    func isPipeRow(_ r: Range<Int>) -> Bool {
        var a = r.lowerBound
        while a < r.upperBound, SentenceSplitter.isSpace(s[a]) { a += 1 }
        guard a < r.upperBound, s[a] == "|" else { return false }
        var bars = 0
        for i in a..<r.upperBound where s[i] == "|" { bars += 1 }
        return bars >= 3
    }

    /// Cell ranges of a table row (trimmed), split on `|` or tabs.
    func cells(of r: Range<Int>) -> [Range<Int>] {
        let pipe = isPipeRow(r)
        var result: [Range<Int>] = []
        var a = r.lowerBound
        while a < r.upperBound, SentenceSplitter.isSpace(s[a]) { a += 1 }
        if pipe, a < r.upperBound { a += 1 }
        var start = a
        var i = a
        func add(_ x: Int, _ y: Int) {
            var x = x, y = y
            while x < y, SentenceSplitter.isSpace(s[x]) { x += 1 }
            while y > x, SentenceSplitter.isSpace(s[y - 1]) { y -= 1 }
            result.append(x..<y)
        }
        while i < r.upperBound {
            if (pipe && s[i] == "|") || (!pipe && s[i] == "\t") {
                add(start, i)
                start = i + 1
            }
            i += 1
        }
        if start < r.upperBound { add(start, r.upperBound) }
        // `| a | b |` leaves an empty cell after the closing bar.
        if pipe, let last = result.last, last.isEmpty { result.removeLast() }
        return result
    }

    /// Reads one table row: the header (kept in `layout`), a `---` separator, or a row of figures.
    mutating func tableRow(_ clause: TargetClause, layout: inout TableLayout?) {
        let row = cells(of: clause.range)
        guard row.count >= 2 else { return }
        if row.allSatisfy({ r in r.allSatisfy { s[$0] == "-" || s[$0] == ":" || s[$0] == "—" || SentenceSplitter.isSpace(s[$0]) } }) { return }
        guard let current = layout else {
            layout = header(row)
            return
        }
        guard current.readable, current.indicatorColumn < row.count else { return }
        var name = row[current.indicatorColumn]
        var unit: String?
        // 光伏发电装机容量（万千瓦）: the unit in the last parentheses of the name.
        if name.count > 2, s[name.upperBound - 1] == "）" || s[name.upperBound - 1] == ")" {
            var k = name.upperBound - 2
            while k > name.lowerBound, s[k] != "（", s[k] != "(" { k -= 1 }
            if k > name.lowerBound, k + 1 < name.upperBound - 1 {
                unit = string((k + 1)..<(name.upperBound - 1))
                name = name.lowerBound..<k
            }
        }
        if let u = current.columns.firstIndex(where: \.unit), u < row.count, !row[u].isEmpty { unit = string(row[u]) }
        guard let unit, !unit.isEmpty, unit.unicodeScalars.count <= 8 else { return }
        var (indicator, change) = Self.splitGrowth(string(name))
        for verb in ["下降", "降低", "提高"] where change == nil && indicator.hasSuffix(verb) && indicator.count > verb.count {
            indicator = String(indicator.dropLast(verb.count))
            change = verb
        }
        guard indicator.unicodeScalars.count >= 2 else { return }
        let ry = reportYear
        let targetYears = current.columns.compactMap { $0.target ? $0.year : nil }
        let yearColumns = current.columns.compactMap(\.year)
        let period = context(ofSection: structure.sectionIndex(at: clause.range.lowerBound)).period ?? documentPeriod.map { ($0.first, $0.last) }
        for (i, column) in current.columns.enumerated() where i < row.count && i != current.indicatorColumn {
            guard column.year != nil || column.period, let (value, qualifier) = cellValue(row[i]) else { continue }
            var kind = TargetKind.target
            var year: String?
            if column.period {
                year = period.map { "\($0.0)-\($0.1)" }
            } else if let y = column.year {
                // A year column not marked 目标: the base year when it comes before the target columns, else
                // past or future by the report's year, else the earliest of several year columns.
                if !column.target {
                    if let first = targetYears.min() {
                        kind = y < first ? .actual : .target
                    } else if let ry {
                        kind = y < ry ? .actual : .target
                    } else if yearColumns.count >= 2, y == yearColumns.min() {
                        kind = .actual
                    }
                }
                if kind == .target, let p = period, y == p.1 { year = "\(p.0)-\(p.1)" } else { year = String(y) }
            }
            let record = sentenceRecord(kind: kind, indicator: indicator, change: change, value: value, unit: unit,
                                        qualifier: qualifier, reference: nil, year: year, clause: clause,
                                        explanation: Self.tableExplanation)
            records.append(record)
        }
    }

    /// Kind and year of a table cell come from its column's header (a year, 目标, 年均/累计).
    static let tableExplanation = TargetExplanation(frame: "indicator table", kindRule: "table-column", yearRule: "table-column")

    /// The header row: the year, target and period words of each column.
    func header(_ row: [Range<Int>]) -> TableLayout {
        var columns: [TableLayout.Column] = []
        var indicator: Int?
        for r in row {
            let text = Array(s[r])
            var c = TableLayout.Column()
            c.year = DocumentFactsReader.firstYear(in: text)
            c.target = Self.targetColumnWords.occurs(in: text, range: 0..<text.count)
            c.period = Self.periodColumnWords.occurs(in: text, range: 0..<text.count)
            c.unit = text == Array("单位".unicodeScalars)
            if indicator == nil, Self.nameColumnWords.occurs(in: text, range: 0..<text.count) { indicator = columns.count }
            columns.append(c)
        }
        // A header states no figures: a row with a plain number in it is not one.
        let numeric = row.contains { cellValue($0) != nil }
        let readable = !numeric && columns.contains { $0.year != nil || $0.period }
        return TableLayout(columns: columns, indicatorColumn: indicator ?? 0, readable: readable)
    }

    static let targetColumnWords = ScalarWordSet(["目标", "规划", "预期", "预计"])
    static let periodColumnWords = ScalarWordSet(["年均", "累计"])
    static let nameColumnWords = ScalarWordSet(["指标", "名称", "项目"])

    /// A cell that is one figure: `4500`, `6000以上`, `15左右`, `<5.5`, `〔75以上〕`, `5—6`; nil for `—` or words.
    func cellValue(_ r: Range<Int>) -> (QuantityValue, Qualifier)? {
        var a = r.lowerBound, b = r.upperBound
        // 〔75以上〕: a five-year sum, marked by brackets.
        if b - a >= 3, "〔[【(（".unicodeScalars.contains(s[a]), "〕]】)）".unicodeScalars.contains(s[b - 1]) { a += 1; b -= 1 }
        var qualifier = Qualifier.exact
        for (word, q) in [("<", Qualifier.atMost), ("＜", .atMost), ("≤", .atMost), (">", .atLeast), ("＞", .atLeast), ("≥", .atLeast), ("约", .approx)] {
            let w = Array(word.unicodeScalars)
            if a + w.count <= b, Array(s[a..<a + w.count]) == w { qualifier = q; a += w.count; break }
        }
        for (word, q) in [("以上", Qualifier.atLeast), ("以下", .atMost), ("以内", .atMost), ("左右", .approx), ("上下", .approx)] {
            let w = Array(word.unicodeScalars)
            if b - w.count >= a, Array(s[(b - w.count)..<b]) == w { if qualifier == .exact { qualifier = q }; b -= w.count; break }
        }
        func number(_ x: Int, _ y: Int) -> Decimal? {
            guard x < y, isDigit(s[x]), isDigit(s[y - 1]) else { return nil }
            var dots = 0
            for i in x..<y {
                if s[i] == "." { dots += 1 } else if !isDigit(s[i]) { return nil }
            }
            guard dots <= 1 else { return nil }
            return Decimal(string: String(String.UnicodeScalarView(s[x..<y])), locale: Locale(identifier: "en_US_POSIX"))
        }
        if let v = number(a, b) { return (.number(v), qualifier) }
        // 5—6 / 5-6 / 5~6: a range.
        var k = a
        while k < b, isDigit(s[k]) || s[k] == "." { k += 1 }
        if k < b, s[k] == "—" || s[k] == "-" || s[k] == "~" || s[k] == "～" || s[k] == "至",
           let lo = number(a, k), let hi = number(k + 1, b), lo < hi {
            return (.range(lo, hi), .range)
        }
        return nil
    }
}
