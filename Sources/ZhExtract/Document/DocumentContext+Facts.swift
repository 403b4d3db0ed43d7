import ZhText

/// The facts of a document as a whole, as ``DocumentFactsReader`` reads them.
struct DocumentFacts {
    var title: String?
    var date: CalendarDate?
    var year: Int?
    var yearSource: DocumentContext.YearSource?
    var month: Int?
    var genre: DocumentGenre = .other
    var jurisdiction: String?
    var planPeriod: YearSpan?
    var titleSpan: YearSpan?
    var reviewedYear: Int?
}

/// Reads title, date, report year, genre and jurisdiction from a document's first and last lines, its
/// headings and its name. Each decision is an ordered list of named rules (`yearRules`, `genreRules`,
/// `jurisdictionRules` in DocumentContext+Rules.swift); the first that answers wins.
struct DocumentFactsReader {
    let text: [Unicode.Scalar]
    let structure: DocumentStructure
    /// The first and last non-empty lines, trimmed.
    var firstLines: [TextSpan] = []
    var lastLines: [TextSpan] = []
    /// Short lines without sentence punctuation that the parser did not mark as headings ("2024年主要预期目标").
    var headingLikeLines: [TextSpan] = []
    /// Lines that start with a bullet (●, ■ …).
    var bulletLines = 0

    /// `lines`: the text's lines (`SentenceSplitter.lines(in:)`).
    init(text: [Unicode.Scalar], structure: DocumentStructure, lines all: [TextSpan]) {
        self.text = text
        self.structure = structure
        var lines: [TextSpan] = []
        for raw in all {
            let line = trimmed(raw)
            if !line.isEmpty { lines.append(line) }
        }
        firstLines = Array(lines.prefix(12))
        lastLines = Array(lines.suffix(6))
        headingLikeLines = Array(lines.prefix(80).filter { TimeFrames.isHeadingLike(text, $0.range) }.prefix(12))
        bulletLines = lines.count { TargetRun.bullets.contains(text[$0.start]) }
    }

    mutating func read(name: String?, defaultYear: Int?, gazetteer: Gazetteer?) -> DocumentFacts {
        var f = DocumentFacts()
        f.title = readTitle()
        f.date = readDate()
        let titleScalars = f.title.map { Array($0.unicodeScalars) }
        if let t = titleScalars {
            f.planPeriod = Self.planPeriod(in: t)
            f.titleSpan = Self.yearSpan(in: t)
            if Self.communiqueWords.occurs(in: t, range: 0..<t.count) { f.reviewedYear = Self.firstYear(in: t) }
        }
        for rule in Self.yearRules {
            if let (y, month) = rule.read(self, f, name, defaultYear), DocumentContext.plausibleYears.contains(y) {
                f.year = y
                f.yearSource = rule.source
                f.month = month
                break
            }
        }
        if f.month == nil { f.month = datelineMonth() }
        f.genre = Self.genreRules.first { $0.matches(self, f) }?.genre ?? .other
        for rule in Self.jurisdictionRules {
            if let j = rule.read(self, f, gazetteer) { f.jurisdiction = j; break }
        }
        return f
    }

    // MARK: - Lines

    func trimmed(_ span: TextSpan) -> TextSpan {
        var a = span.start, b = span.end
        while a < b, SentenceSplitter.isSpace(text[a]) || text[a] == "\u{FEFF}" { a += 1 }
        while b > a, SentenceSplitter.isSpace(text[b - 1]) { b -= 1 }
        return TextSpan(start: a, end: b)
    }

    func string(_ span: TextSpan) -> String { ScalarString.make(text, span.range) }

    func contains(_ span: TextSpan, _ words: ScalarWordSet) -> Bool { words.occurs(in: text, range: span.range) }

    /// The title: the first markdown H1, else the first line when it reads like a title.
    func readTitle() -> String? {
        if let h1 = structure.headings.first(where: { $0.style == .markdown && $0.level == 1 }) { return h1.text }
        guard let first = firstLines.first, first.end - first.start <= 60, !endsLikeSentence(first), !isDateLine(first),
              !structure.headings.contains(where: { $0.span.start == first.start && $0.style == .numbered }) else { return nil }
        var out = String.UnicodeScalarView()
        for s in text[first.range] where s != "*" && s != "#" { out.append(s) }
        let candidate = String(out).trimmingSpaces()
        return Self.titleWords.contains(where: { candidate.contains($0) }) ? candidate : nil
    }

    /// The "——2021年1月7日在…会议上" line, else a bare date line at the top or the foot.
    func readDate() -> CalendarDate? {
        for line in firstLines.prefix(6) + lastLines {
            if let d = firstDate(in: line), d.year != nil, isDateLine(line) || isBareDate(line, d) { return d }
        }
        return nil
    }

    func endsLikeSentence(_ span: TextSpan) -> Bool {
        guard span.end > span.start else { return true }
        let last = text[span.end - 1]
        return last == "。" || last == "：" || last == ":" || last == "；" || last == "，" || last == ","
    }

    /// "——2021年1月7日在株洲市第十五届人民代表大会第四次会议上", "——2024年3月5日", or an approval line in brackets
    /// "（2021年2月26日安吉县第十七届人民代表大会第六次会议批准）".
    func isDateLine(_ span: TextSpan) -> Bool {
        var i = span.start
        while i < span.end, "—-─（(".unicodeScalars.contains(text[i]) || SentenceSplitter.isSpace(text[i]) { i += 1 }
        // The date opens the line ("——经济实力迈上新台阶。…到2030年…" is a list item, not a date line).
        return i > span.start && i < span.end && Self.year(in: text, at: i, end: span.end) != nil
    }

    /// A line that is only a date ("2021年4月", "2024年1月10日"), as at the foot of a plan.
    func isBareDate(_ span: TextSpan, _ d: CalendarDate) -> Bool {
        var length = 5
        if let m = d.month { length += m >= 10 ? 3 : 2 }
        if let day = d.day { length += day >= 10 ? 3 : 2 }
        return span.end - span.start <= length + 1
    }

    /// The first YYYY年[M月[D日]] in `span`.
    func firstDate(in span: TextSpan) -> CalendarDate? {
        var i = span.start
        while i < span.end {
            if let (y, next) = Self.year(in: text, at: i, end: span.end) {
                var d = CalendarDate(year: y)
                var k = next
                if let (m, k2) = smallNumber(at: k, end: span.end), k2 < span.end, text[k2] == "月", (1...12).contains(m) {
                    d.month = m
                    k = k2 + 1
                    if let (day, k3) = smallNumber(at: k, end: span.end), k3 < span.end, text[k3] == "日" || text[k3] == "号",
                       (1...31).contains(day) {
                        d.day = day
                    }
                }
                return d
            }
            i += 1
        }
        return nil
    }

    /// A month or day number at `i`, in Arabic digits or Chinese (一月, 十二月, 二十日): the value and the index after it.
    func smallNumber(at i: Int, end: Int) -> (Int, Int)? {
        var k = i, v = 0
        while k < end, k - i < 3, let d = NumeralScalars.arabicDigit(text[k]) { v = v * 10 + d; k += 1 }
        if k > i { return (v, k) }
        var value = 0, current = 0
        while k < end, k - i < 4 {
            if let d = NumeralScalars.chineseDigit(text[k]) { current = d } else if text[k] == "十" { value += max(current, 1) * 10; current = 0 } else { break }
            k += 1
        }
        value += current
        return k > i && value > 0 ? (value, k) : nil
    }

    /// The year of "YYYY年政府工作报告" (…预期目标, …计划, …预算) in the first line of a news item.
    func leadYear(in span: TextSpan) -> Int? {
        let end = min(span.end, span.start + 300)
        var i = span.start
        while i < end {
            if let (y, next) = Self.year(in: text, at: i, end: end) {
                if Self.leadWords.occurs(in: text, range: next..<min(end, next + 16)) { return y }
                i = next
                continue
            }
            i += 1
        }
        return nil
    }

    /// A news dateline among the first lines ("2025年11月29日　来源：河南日报", "发布时间：2024年3月5日"): a short
    /// line that opens with a full date.
    func dateline() -> (year: Int, month: Int)? {
        for line in firstLines.prefix(6) where line.end - line.start <= 40 && text[line.end - 1] != "。" {
            if let d = leadingDate(line.start, line.end) { return d }
        }
        return nil
    }

    /// The month of a wire dateline with no year ("新华社北京3月5日电", "本报讯"): M月D日电.
    func datelineMonth() -> Int? {
        for line in firstLines.prefix(8) {
            var i = line.start
            let end = min(line.end, line.start + 40)
            while i + 3 < end {
                if let (m, k) = smallNumber(at: i, end: end), k < end, text[k] == "月", (1...12).contains(m),
                   let (_, k2) = smallNumber(at: k + 1, end: end), k2 + 1 < line.end, text[k2] == "日", text[k2 + 1] == "电" {
                    return m
                }
                i += 1
            }
        }
        return nil
    }

    /// YYYY年M月D日 (or YYYY-MM-DD) at the start of `start..<end`, after spaces and a 发布时间：/时间：/日期： label.
    private func leadingDate(_ start: Int, _ end: Int) -> (year: Int, month: Int)? {
        let s = text
        var i = start
        while i < end, s[i] == " " || s[i] == "\u{3000}" || s[i] == "\t" { i += 1 }
        if let n = Self.datelineLabels.longestMatch(startingAt: i, in: s, upper: end), i + n < end, s[i + n] == "：" || s[i + n] == ":" {
            i += n + 1
        }
        func digits(_ k: inout Int, max n: Int) -> Int? {
            var v = 0, c = 0
            while k < end, c < n, let d = NumeralScalars.arabicDigit(s[k]) { v = v * 10 + d; k += 1; c += 1 }
            return c > 0 ? v : nil
        }
        var k = i
        guard let y = digits(&k, max: 4), k - i == 4, DocumentContext.plausibleYears.contains(y), k < end else { return nil }
        let sep = s[k]
        guard sep == "年" || sep == "-" || sep == "/" || sep == "." else { return nil }
        k += 1
        guard let m = digits(&k, max: 2), (1...12).contains(m), k < end else { return nil }
        guard sep == "年" ? s[k] == "月" : s[k] == sep else { return nil }
        k += 1
        guard let d = digits(&k, max: 2), (1...31).contains(d) else { return nil }
        if sep == "年" { guard k < end, s[k] == "日" || s[k] == "号" else { return nil } }
        return (y, m)
    }

    // MARK: - Years in text

    /// A four-digit year (Arabic or 二〇二一) followed by 年 at `i`: the year and the index after 年.
    static func year(in text: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
        if i > 0, NumeralScalars.arabicDigit(text[i - 1]) != nil || NumeralScalars.chineseDigit(text[i - 1]) != nil { return nil }
        guard i + 4 < end else { return nil }
        var v = 0
        var arabic = 0, chinese = 0
        for k in i..<i + 4 {
            if let d = NumeralScalars.arabicDigit(text[k]) { v = v * 10 + d; arabic += 1 } else if let d = NumeralScalars.chineseDigit(text[k]), text[k] != "两" { v = v * 10 + d; chinese += 1 } else { return nil }
        }
        guard arabic == 4 || chinese == 4, text[i + 4] == "年", DocumentContext.plausibleYears.contains(v) else { return nil }
        return (v, i + 5)
    }

    /// The first year in a short text: YYYY年, or a bare 19xx/20xx not inside a longer number ("2021:奋力开好局").
    static func firstYear(in s: [Unicode.Scalar], skippingVisions: Bool = false) -> Int? {
        var i = 0
        while i < s.count {
            if let (y, next) = year(in: s, at: i, end: s.count) {
                // 二〇三五年远景目标 names the plan's vision, not the document's year.
                if skippingVisions, TimeMark.baselineAfter.occurs(in: s, range: next..<min(s.count, next + 2)) { i = next; continue }
                return y
            }
            if i + 4 <= s.count, i == 0 || NumeralScalars.arabicDigit(s[i - 1]) == nil {
                var v = 0, ok = true
                for k in i..<i + 4 { if let d = NumeralScalars.arabicDigit(s[k]) { v = v * 10 + d } else { ok = false; break } }
                if ok, i + 4 == s.count || NumeralScalars.arabicDigit(s[i + 4]) == nil, DocumentContext.plausibleYears.contains(v),
                   i + 4 == s.count || s[i + 4] != "." && s[i + 4] != "%" {
                    return v
                }
            }
            i += 1
        }
        return nil
    }

    /// A year in a document's file name ("beijing-2024-work-report.txt" → 2024).
    static func year(inName name: String) -> Int? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let scalars = Array(base.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            let digits = scalars[i..<i + 4].allSatisfy { NumeralScalars.arabicDigit($0) != nil }
            let before = i > 0 && NumeralScalars.arabicDigit(scalars[i - 1]) != nil
            let after = i + 4 < scalars.count && NumeralScalars.arabicDigit(scalars[i + 4]) != nil
            if digits, !before, !after, let y = Int(String(String.UnicodeScalarView(scalars[i..<i + 4]))),
               (1990...2100).contains(y) {
                return y
            }
            i += 1
        }
        return nil
    }

    /// First years of the five-year plans by name (``PlanPeriods/names``).
    static let planStarts = PlanPeriods.names
    static let planNames = ScalarWordSet(Array(planStarts.keys))

    /// 十三五 / 十四五 / 十五五 / 第十四个五年 → the plan's years.
    static func planPeriod(in text: [Unicode.Scalar]) -> YearSpan? {
        guard let (k, n) = planNames.firstMatch(in: text, range: 0..<text.count),
              let first = planStarts[ScalarString.make(text, k..<k + n)] else { return nil }
        return YearSpan(first, first + 4)
    }

    /// "2025—2027年" / "2023-2025年" in a text (a title): the first span of years written out.
    static func yearSpan(in text: [Unicode.Scalar]) -> YearSpan? {
        func year(at i: Int) -> Int? {
            guard i >= 0, i + 4 <= text.count else { return nil }
            var y = 0
            for k in i..<i + 4 {
                guard let d = NumeralScalars.arabicDigit(text[k]) else { return nil }
                y = y * 10 + d
            }
            if i > 0, NumeralScalars.arabicDigit(text[i - 1]) != nil { return nil }
            return (1990...2100).contains(y) ? y : nil
        }
        var i = 0
        while i + 9 < text.count {
            if let a = year(at: i), "—–-~～至".unicodeScalars.contains(text[i + 4]) {
                let j = text[i + 5] == "—" ? i + 6 : i + 5
                if let b = year(at: j), b > a, b - a <= 15, j + 4 < text.count, text[j + 4] == "年" { return YearSpan(a, b) }
            }
            i += 1
        }
        return nil
    }

    /// Words that make a first line a document title (a plain first line may as well be the first figure).
    static let titleWords = ["报告", "规划", "纲要", "公报", "解读", "建议", "计划", "决议", "意见", "通知", "讲话", "目标", "预算", "方案",
                             "总结", "思路", "要点"]
    static let leadWords = ScalarWordSet(["政府工作报告", "预期目标", "国民经济和社会发展计划", "预算报告", "主要目标"])
    /// The report-year rule's heading words: narrower than ``TargetCues/planHeadings`` and ``TargetCues/reviewHeadings``
    /// (which decide frames), because a year is read from them (二、2024年主要预期目标 → 2024, 一、2023年工作回顾 → 2024).
    static let planHeadingWords = ScalarWordSet(["目标", "安排", "任务", "重点工作", "计划"])
    static let reviewHeadingWords = ScalarWordSet(["回顾", "过去", "总结"])
    /// A title on an execution and a draft (预算执行情况和…预算草案, 计划执行情况与…计划草案).
    static let executionWords = ScalarWordSet(["执行情况", "执行"])
    static let draftWords = ScalarWordSet(["草案", "计划", "安排"])
    static let communiqueWords = ScalarWordSet(["统计公报"])
    static let datelineLabels = ScalarWordSet(["发布时间", "时间", "日期", "发布日期"])
}
