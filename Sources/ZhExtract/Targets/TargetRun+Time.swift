import Foundation
import ZhText

/// A time expression in the text that decides a figure's kind and year.
struct TimeMark {
    enum Kind: Equatable {
        case year(Int)
        case period(Int, Int)
        /// “十四五”以来: achieved from the plan's first year up to the report's time.
        case since(Int, Int)
        case thisYear, nextYear, lastYear
        case pastFive, nextFive
        /// 五年累计 and the like: past five in a review, the plan period in a plan.
        case fiveYears
        /// 今年以来, 上半年, 前三季度: achieved so far in the report's own year.
        case soFar
    }
    var position: Int
    var kind: Kind
}

/// Kind and year a section's headings give.
struct SectionContext {
    var kind: TargetKind?
    var year: Int?
    var period: (Int, Int)?
}

extension TargetRun {
    static let timeWords: [(String, TimeMark.Kind)] = [
        ("今年", .thisYear), ("本年", .thisYear), ("明年", .nextYear), ("去年", .lastYear), ("上年", .lastYear),
        ("过去一年", .lastYear), ("一年来", .lastYear), ("过去五年", .pastFive), ("五年来", .pastFive),
        ("今年以来", .soFar), ("年初以来", .soFar), ("上半年", .soFar), ("前三季度", .soFar), ("一季度", .soFar),
        ("今后五年", .nextFive), ("未来五年", .nextFive), ("五年累计", .fiveYears), ("五年内", .nextFive),
    ]

    /// Years, plan periods and 今年/去年/过去五年 … in the text, in order; baseline and comparison years are left out.
    func timeMarks() -> [TimeMark] {
        var marks: [TimeMark] = []
        for q in quantities {
            let before = q.span.lowerBound > 0 ? s[q.span.lowerBound - 1] : " "
            switch q.kind {
            case .year:
                // A span of years (2025—2027年) has no single date: its first year stands for the checks below.
                var rangeStart: Int?
                if case let .range(lo, hi)? = q.value, lo != hi { rangeStart = Self.int(lo) }
                guard let y = q.date?.year ?? rangeStart else { continue }
                // 比2020年, 较2020年, 从2017年的 (baseline), 与2020年相比, 在2020年基础上
                if before == "比" || before == "较" || before == "从" || before == "由" || before == "与" || before == "同" || before == "是" { continue }
                if followed(q.span.upperBound, by: ["基础上", "的基础", "水平上", "前", "底前", "以前", "之前", "年底前", "以来"]) { continue }
                // A year long before the report is history, not the year of a figure.
                if let ry = reportYear, y < ry - 10 { continue }
                if case let .range(lo, hi)? = q.value, lo != hi {
                    marks.append(TimeMark(position: q.span.lowerBound, kind: .period(Self.int(lo), Self.int(hi))))
                } else {
                    marks.append(TimeMark(position: q.span.lowerBound, kind: .year(y)))
                }
            case .planPeriod:
                guard case let .range(lo, hi)? = q.value else { continue }
                // “十四五”开局之年 / 规划的关键一年: the plan is named, not the period stated.
                if followed(q.span.upperBound, within: 10, byAny: ["之年", "一年", "规划的"]) { continue }
                if let ry = reportYear, followed(q.span.upperBound, within: 3, byAny: ["以来"]) {
                    // Up to the report's year when it is dated late in the year, else up to the year before it.
                    let last = (reportMonth ?? 1) >= 7 ? ry : ry - 1
                    let a = Self.int(lo), b = min(Self.int(hi), last)
                    if b >= a { marks.append(TimeMark(position: q.span.lowerBound, kind: .since(a, b))) }
                    continue
                }
                marks.append(TimeMark(position: q.span.lowerBound, kind: .period(Self.int(lo), Self.int(hi))))
            default:
                continue
            }
        }
        // Words.
        let words = Self.timeWords.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.0.count > $1.0.count }
        let firsts = Set(words.compactMap { $0.0.first })
        var i = 0
        while i < s.count {
            guard firsts.contains(s[i]) else { i += 1; continue }
            for (w, kind) in words where i + w.count <= s.count && s[i] == w[0] {
                var ok = true
                for k in 1..<w.count where s[i + k] != w[k] { ok = false; break }
                guard ok else { continue }
                // 比上年 / 较上年 / 上年同期 are comparisons, not times.
                if kind == .lastYear, i > 0, s[i - 1] == "比" || s[i - 1] == "较" || s[i - 1] == "同" { continue }
                if kind == .thisYear, followed(i + w.count, by: ["是", "以来"]) && false { continue }
                marks.append(TimeMark(position: i, kind: kind))
                break
            }
            i += 1
        }
        marks.sort { $0.position < $1.position }
        return marks
    }

    static func int(_ d: Decimal) -> Int { NSDecimalNumber(decimal: d).intValue }

    func followed(_ i: Int, by words: [String]) -> Bool {
        for w in words {
            var k = i
            var ok = true
            for c in w.unicodeScalars {
                guard k < s.count, s[k] == c else { ok = false; break }
                k += 1
            }
            if ok { return true }
        }
        return false
    }

    func followed(_ i: Int, within n: Int, byAny words: [String]) -> Bool {
        var k = i
        while k < min(s.count, i + n) {
            if s[k] == "，" || s[k] == "," || s[k] == "。" { return false }
            if followed(k, by: words) { return true }
            k += 1
        }
        return false
    }

    /// The last mark in `range`.
    func lastMark(in range: Range<Int>) -> TimeMark? {
        var lo = 0, hi = marks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if marks[mid].position < range.upperBound { lo = mid + 1 } else { hi = mid }
        }
        let i = lo - 1
        guard i >= 0, marks[i].position >= range.lowerBound else { return nil }
        return marks[i]
    }

    // MARK: - Sections

    mutating func context(ofSection index: Int?) -> SectionContext {
        guard let index else { return SectionContext() }
        if let c = sectionContext[index] { return c }
        var c = SectionContext()
        var i: Int? = index
        while let j = i {
            let text = Array(structure.sections[j].heading.text.unicodeScalars)
            let all = 0..<text.count
            if c.kind == nil {
                if TargetCues.reviewHeadings.occurs(in: text, range: all) { c.kind = .actual } else if TargetCues.planHeadings.occurs(in: text, range: all) { c.kind = .target }
            }
            if c.year == nil && c.period == nil {
                // "“十四五”时期和2025年工作回顾" has both: the year for a paragraph that says nothing, the period for 年均/累计.
                c.period = Self.planPeriod(in: text)
                // 今后五年 / 未来五年: the five years from the report's own.
                if c.period == nil, let ry = reportYear, Self.nextFiveWords.occurs(in: text, range: all) { c.period = (ry, ry + 4) }
                c.year = DocumentMetadata.firstYear(in: text)
            }
            i = structure.sections[j].parent
        }
        sectionContext[index] = c
        return c
    }

    /// First years of the five-year plans (the 11th plan ran 2006-2010).
    static let planStarts: [String: Int] = [
        "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031,
        "第十一个五年": 2006, "第十二个五年": 2011, "第十三个五年": 2016, "第十四个五年": 2021, "第十五个五年": 2026, "第十六个五年": 2031,
    ]
    static let planNames = WordList(Array(planStarts.keys))

    /// 十三五 / 十四五 / 十五五 / 第十四个五年 → the plan's years.
    static func planPeriod(in text: [Unicode.Scalar]) -> (Int, Int)? {
        guard let (k, n) = planNames.firstMatch(in: text, range: 0..<text.count),
              let first = planStarts[ScalarString.make(text, k..<k + n)] else { return nil }
        return (first, first + 4)
    }


    /// The year of a statistical communiqué's title (…2025年国民经济和社会发展统计公报, 2024年…统计公报), nil for any
    /// other title (a plenum's 全会公报 sets targets).
    static func reviewedYear(inTitle text: [Unicode.Scalar]) -> Int? {
        guard Self.communiqueWords.occurs(in: text, range: 0..<text.count) else { return nil }
        return DocumentMetadata.firstYear(in: text)
    }

    static let communiqueWords = WordList(["统计公报"])

    /// "2025—2027年" / "2023-2025年" in a text (a title): the first span of years written out.
    static func yearSpan(in text: [Unicode.Scalar]) -> (Int, Int)? {
        func year(at i: Int) -> Int? {
            guard i >= 0, i + 4 <= text.count else { return nil }
            var y = 0
            for k in i..<i + 4 {
                guard text[k].value >= 0x30, text[k].value <= 0x39 else { return nil }
                y = y * 10 + Int(text[k].value - 0x30)
            }
            if i > 0, text[i - 1].value >= 0x30, text[i - 1].value <= 0x39 { return nil }
            return (1990...2100).contains(y) ? y : nil
        }
        var i = 0
        while i + 9 < text.count {
            if let a = year(at: i), "—–-~～至".unicodeScalars.contains(text[i + 4]) {
                let j = text[i + 5] == "—" ? i + 6 : i + 5
                if let b = year(at: j), b > a, b - a <= 15, j + 4 < text.count, text[j + 4] == "年" { return (a, b) }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Kind and year of one figure

    mutating func timeContext(at position: Int, clause: TargetClause, change: String?) -> (kind: TargetKind, year: String?) {
        let section = context(ofSection: structure.sectionIndex(at: position))
        var mark = lastMark(in: clause.sentenceStart..<position)
        // 五年累计 after a named period in the same sentence (“十四五”以来，…；五年累计新增…): those five years.
        if let m = mark, m.kind == .fiveYears, let p = periodMark(in: clause.sentenceStart..<m.position) {
            mark = TimeMark(position: m.position, kind: p.kind)
        }
        let leadEnd = paragraphLeadEnd(clause)
        // The paragraph's context: its opening phrase (过去五年，/ 2020年，), else the last time an earlier sentence named.
        let opener = clause.sentenceStart > clause.paragraphStart || position >= leadEnd ? lastMark(in: clause.paragraphStart..<leadEnd) : nil
        var lead = opener
        if lead == nil, clause.sentenceStart > clause.paragraphStart {
            lead = lastMark(in: clause.paragraphStart..<clause.sentenceStart)
        }
        // Cue words stand near their figure; a bounded look-back keeps run-on sentences linear.
        let prefix = max(clause.sentenceStart, position - 120)..<position
        let ry = reportYear

        // Kind.
        var kind: TargetKind?
        if let m = mark { kind = Self.kind(of: m, reportYear: ry) }
        if kind == nil {
            if Self.strongTarget.occurs(in: s, range: prefix) { kind = .target } else if Self.strongActual.occurs(in: s, range: prefix) { kind = .actual }
        }
        // A paragraph that opens with its time (2023年，… / 过去五年，…) outranks the heading above it.
        if kind == nil, let m = opener { kind = Self.kind(of: m, reportYear: ry) }
        // A statistical communiqué reports achieved figures only.
        if kind == nil, reviewedYear != nil { kind = .actual }
        if kind == nil { kind = section.kind }
        if kind == nil, let y = section.year, let ry { kind = y < ry ? .actual : .target }
        if kind == nil, let m = lead { kind = Self.kind(of: m, reportYear: ry) }
        if kind == nil {
            if Self.weakActual.occurs(in: s, range: prefix) { kind = .actual }
        }
        let k = kind ?? .target

        // Year.
        // A level (a stock at the period's end) rather than a flow over the period: 达到/提高到/突破 …, or a
        // stock word before the figure (已有170余家, 总数, 保有量).
        let isLevel = change.map { c in ["达到", "突破", "超过", "已有", "跨越", "迈上"].contains(c) || c.hasSuffix("到") || c.hasSuffix("至") || c.hasSuffix("在") }
            ?? Self.stockWords.occurs(in: s, range: max(clause.range.lowerBound, position - 24)..<position)
        let planPeriod = section.period ?? documentPeriod
        func describe(_ m: TimeMark) -> String? {
            switch m.kind {
            case let .year(y):
                if k == .target, let p = planPeriod, y == p.1 { return "\(p.0)-\(p.1)" }
                return String(y)
            case let .period(a, b), let .since(a, b):
                if k == .actual && isLevel { return String(b) }
                return "\(a)-\(b)"
            case .thisYear, .soFar: return ry.map { String($0) }
            case .nextYear: return ry.map { String($0 + 1) }
            case .lastYear: return ry.map { String($0 - 1) }
            case .pastFive:
                guard let ry else { return nil }
                return isLevel ? String(ry - 1) : "\(ry - 5)-\(ry - 1)"
            case .nextFive:
                if let p = planPeriod { return "\(p.0)-\(p.1)" }
                return ry.map { "\($0)-\($0 + 4)" }
            case .fiveYears:
                if k == .actual {
                    guard let ry else { return nil }
                    return "\(ry - 5)-\(ry - 1)"
                }
                if let p = planPeriod { return "\(p.0)-\(p.1)" }
                return ry.map { "\($0)-\($0 + 4)" }
            }
        }
        // 年均增长 / 累计: a rate or a sum over a period, when the paragraph or the heading names one.
        if let c = change, c.hasPrefix("年均") || c.hasPrefix("累计") {
            if let m = mark, Self.kind(of: m, reportYear: ry) == k {
                if case let .period(a, b) = m.kind { return (k, "\(a)-\(b)") }
                if case let .since(a, b) = m.kind { return (k, "\(a)-\(b)") }
            }
            if let m = lead, case let .period(a, b) = m.kind { return (k, "\(a)-\(b)") }
            if let m = lead, case let .since(a, b) = m.kind { return (k, "\(a)-\(b)") }
            if let m = lead, m.kind == .pastFive, k == .actual, let ry { return (k, "\(ry - 5)-\(ry - 1)") }
            if let p = section.period ?? (k == .target && mark == nil ? titleSpan : nil) { return (k, "\(p.0)-\(p.1)") }
        }
        if let m = mark, Self.kind(of: m, reportYear: ry) == nil || Self.kind(of: m, reportYear: ry) == k, let y = describe(m) {
            return (k, y)
        }
        if k == .actual {
            if let m = lead, Self.kind(of: m, reportYear: ry) != .target, let y = describe(m) { return (k, y) }
            if let y = reviewedYear { return (k, String(y)) }
            if let y = section.year, y < (ry ?? Int.max) { return (k, String(y)) }
            if let p = section.period, p.1 < (ry ?? Int.max) { return (k, isLevel ? String(p.1) : "\(p.0)-\(p.1)") }
            return (k, ry.map { String($0 - 1) })
        }
        if let m = lead, Self.kind(of: m, reportYear: ry) != .actual, let y = describe(m) { return (k, y) }
        if let p = section.period, p.1 >= (ry ?? Int.min), !(p.0...p.1).contains(section.year ?? Int.min) {
            return (k, "\(p.0)-\(p.1)")
        }
        if let y = section.year, y >= (ry ?? Int.min) { return (k, String(y)) }
        if let p = section.period, p.1 >= (ry ?? Int.min) { return (k, "\(p.0)-\(p.1)") }
        if let p = documentPeriod ?? titleSpan { return (k, "\(p.0)-\(p.1)") }
        return (k, ry.map { String($0) })
    }

    /// The last plan period or “…”以来 mark in `range`.
    func periodMark(in range: Range<Int>) -> TimeMark? {
        var best: TimeMark?
        for m in marks where range.contains(m.position) {
            switch m.kind {
            case .period, .since: best = m
            default: break
            }
        }
        return best
    }

    /// End of a paragraph's leading phrase ("过去五年，" "2020年，" "去年,"): its first clause.
    func paragraphLeadEnd(_ clause: TargetClause) -> Int {
        var k = clause.paragraphStart
        let limit = min(s.count, clause.paragraphStart + 24)
        while k < limit {
            let c = s[k]
            if c == "，" || c == "," || c == "。" || c == "：" || c == ":" || c == "\n" { return k }
            k += 1
        }
        return clause.paragraphStart
    }

    static func kind(of mark: TimeMark, reportYear ry: Int?) -> TargetKind? {
        switch mark.kind {
        case let .year(y):
            guard let ry else { return nil }
            return y < ry ? .actual : .target
        case let .period(_, b):
            guard let ry else { return nil }
            return b < ry ? .actual : .target
        case .thisYear, .nextYear, .nextFive: return .target
        case .since: return .actual
        case .lastYear, .pastFive, .soFar: return .actual
        case .fiveYears: return nil
        }
    }

    static let stockWords = WordList(["已有", "已达", "总数", "总量", "保有量", "总里程", "总规模"])

    static let nextFiveWords = WordList(["今后五年", "未来五年", "今后5年", "未来5年"])

    static let strongTarget = WordList(["力争", "确保", "预期目标", "拟", "计划实施", "计划完成", "争取", "力求", "目标是", "目标为", "努力实现"])
    static let strongActual = WordList(["过去一年", "初步统计", "初步核算", "据统计", "圆满完成", "超额完成"])
    static let weakActual = WordList(["已有", "已经", "已达", "累计完成", "成功", "预计全年", "全年实现", "全年完成"])
}
