import ZhText

/// Title, date, jurisdiction and year of a document, read from its first and last lines and its headings.
struct DocumentMetadata {
    let text: [Unicode.Scalar]
    var title: String?
    var date: CalendarDate?
    var jurisdiction: String?
    var year: Int?

    init(text: [Unicode.Scalar]) { self.text = text }

    mutating func read(firstLines: [TextSpan], lastLines: [TextSpan], headings: [Heading]) {
        // Title: the first markdown H1, else the first line when it reads like a title.
        if let h1 = headings.first(where: { $0.style == .markdown && $0.level == 1 }) {
            title = h1.text
        } else if let first = firstLines.first, first.end - first.start <= 60, !endsLikeSentence(first), !isDateLine(first),
                  !headings.contains(where: { $0.span.start == first.start && $0.style == .numbered }) {
            let candidate = cleaned(first)
            if Self.titleWords.contains(where: { candidate.contains($0) }) { title = candidate }
        }
        // Date: the "——2021年1月7日在…会议上" line, else a bare date line at the top or bottom.
        for line in firstLines + lastLines {
            if let d = firstDate(in: line), d.year != nil, isDateLine(line) || isBareDate(line, d) {
                date = d
                if jurisdiction == nil { jurisdiction = jurisdictionFromSession(line) }
                break
            }
        }
        if jurisdiction == nil, let title { jurisdiction = Self.jurisdiction(inTitle: Array(title.unicodeScalars)) }
        if jurisdiction == nil {
            for line in firstLines + lastLines {
                if let j = Self.jurisdiction(inTitle: Array(text[line.range])) { jurisdiction = j; break }
            }
        }
        year = date?.year
        if year == nil, let title { year = Self.firstYear(in: Array(title.unicodeScalars)) }
        // Else a news lead (in the first lines): "2025年政府工作报告提出" / "2024年全省经济社会发展的主要预期目标".
        if year == nil {
            for line in firstLines.prefix(4) {
                if let y = leadYear(in: line) { year = y; break }
            }
        }
        // Else the headings: "二、2024年主要预期目标" is the report's year, "一、2023年工作回顾" the year before it.
        if year == nil {
            for h in headings.prefix(12) {
                guard let y = Self.firstYear(in: Array(h.text.unicodeScalars)) else { continue }
                if Self.planWords.contains(where: { h.text.contains($0) }) { year = y; break }
                if Self.reviewWords.contains(where: { h.text.contains($0) }) { year = y + 1; break }
            }
        }
    }

    /// The year of "YYYY年政府工作报告" (…预期目标, …计划, …预算) in the first line of a news item.
    private func leadYear(in span: TextSpan) -> Int? {
        let end = min(span.end, span.start + 300)
        var i = span.start
        while i < end {
            if let (y, next) = Self.year(in: text, at: i, end: end) {
                let window = String(String.UnicodeScalarView(text[next..<min(end, next + 16)]))
                if Self.leadWords.contains(where: { window.contains($0) }) { return y }
                i = next
                continue
            }
            i += 1
        }
        return nil
    }

    /// Words that make a first line a document title (a plain first line may as well be the first figure).
    static let titleWords = ["报告", "规划", "纲要", "公报", "解读", "建议", "计划", "决议", "意见", "通知", "讲话", "目标", "预算", "方案"]
    static let leadWords = ["政府工作报告", "预期目标", "国民经济和社会发展计划", "预算报告", "主要目标"]
    static let planWords = ["目标", "安排", "任务", "重点工作", "计划"]
    static let reviewWords = ["回顾", "过去", "总结"]

    private func cleaned(_ span: TextSpan) -> String {
        var out = String.UnicodeScalarView()
        for s in text[span.range] where s != "*" && s != "#" { out.append(s) }
        return String(out).trimmingSpaces()
    }

    private func endsLikeSentence(_ span: TextSpan) -> Bool {
        guard span.end > span.start else { return true }
        let last = text[span.end - 1]
        return last == "。" || last == "：" || last == ":" || last == "；" || last == "，" || last == ","
    }

    /// "——2021年1月7日在株洲市第十五届人民代表大会第四次会议上" or "——2024年3月5日".
    private func isDateLine(_ span: TextSpan) -> Bool {
        var i = span.start
        while i < span.end, text[i] == "—" || text[i] == "-" || text[i] == "─" || SentenceSplitter.isSpace(text[i]) { i += 1 }
        return i > span.start && i < span.end && firstDate(in: span) != nil
    }

    /// A line that is only a date ("2021年4月", "2024年1月10日"), as at the foot of a plan.
    private func isBareDate(_ span: TextSpan, _ d: CalendarDate) -> Bool {
        var length = 5
        if let m = d.month { length += m >= 10 ? 3 : 2 }
        if let day = d.day { length += day >= 10 ? 3 : 2 }
        return span.end - span.start <= length + 1
    }

    /// The first YYYY年[M月[D日]] in `span`.
    private func firstDate(in span: TextSpan) -> CalendarDate? {
        var i = span.start
        while i < span.end {
            if let (y, next) = Self.year(in: text, at: i, end: span.end) {
                var d = CalendarDate(year: y)
                var k = next
                if let (m, k2) = number(at: k, end: span.end), k2 < span.end, text[k2] == "月", (1...12).contains(m) {
                    d.month = m
                    k = k2 + 1
                    if let (day, k3) = number(at: k, end: span.end), k3 < span.end, text[k3] == "日" || text[k3] == "号", (1...31).contains(day) {
                        d.day = day
                    }
                }
                return d
            }
            i += 1
        }
        return nil
    }

    private func number(at i: Int, end: Int) -> (Int, Int)? {
        var k = i, v = 0
        while k < end, k - i < 3, let d = NumeralScalars.arabicDigit(text[k]) { v = v * 10 + d; k += 1 }
        if k > i { return (v, k) }
        // Chinese: 一月, 十二月, 二十日
        var value = 0, current = 0
        while k < end, k - i < 4 {
            if let d = NumeralScalars.chineseDigit(text[k]) { current = d } else if text[k] == "十" { value += max(current, 1) * 10; current = 0 } else { break }
            k += 1
        }
        value += current
        return k > i && value > 0 ? (value, k) : nil
    }

    /// A four-digit year (Arabic or 二〇二一) followed by 年 at `i`: the year and the index after 年.
    static func year(in text: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
        if i > 0, NumeralScalars.arabicDigit(text[i - 1]) != nil || NumeralScalars.chineseDigit(text[i - 1]) != nil { return nil }
        guard i + 4 < end || (i + 4 == end && false) else { return nil }
        var v = 0
        var arabic = 0, chinese = 0
        for k in i..<i + 4 {
            if let d = NumeralScalars.arabicDigit(text[k]) { v = v * 10 + d; arabic += 1 } else if let d = NumeralScalars.chineseDigit(text[k]), text[k] != "两" { v = v * 10 + d; chinese += 1 } else { return nil }
        }
        guard arabic == 4 || chinese == 4, text[i + 4] == "年", (1900...2199).contains(v) else { return nil }
        return (v, i + 5)
    }

    /// The first year in a short text: YYYY年, or a bare 19xx/20xx not inside a longer number ("2021:奋力开好局").
    static func firstYear(in s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count {
            if let (y, _) = year(in: s, at: i, end: s.count) { return y }
            if i + 4 <= s.count, (i == 0 || NumeralScalars.arabicDigit(s[i - 1]) == nil) {
                var v = 0, ok = true
                for k in i..<i + 4 { if let d = NumeralScalars.arabicDigit(s[k]) { v = v * 10 + d } else { ok = false; break } }
                if ok, (i + 4 == s.count || NumeralScalars.arabicDigit(s[i + 4]) == nil), (1949...2100).contains(v),
                   i + 4 == s.count || s[i + 4] != "." && s[i + 4] != "%" {
                    return v
                }
            }
            i += 1
        }
        return nil
    }

    /// "在株洲市第十五届人民代表大会…" → 株洲市; "在第十四届全国人民代表大会…" → 全国.
    private func jurisdictionFromSession(_ span: TextSpan) -> String? {
        let line = Array(text[span.range])
        guard let zai = line.firstIndex(of: "在") else { return nil }
        var k = zai + 1
        let start = k
        while k < line.count, line[k] != "第" { k += 1 }
        if k > start, k - start <= 10, let last = line[k - 1] as Unicode.Scalar?, Self.isRegionSuffix(last) {
            return String(String.UnicodeScalarView(line[start..<k]))
        }
        let rest = String(String.UnicodeScalarView(line[zai...]))
        if rest.contains("全国人民代表大会") { return "全国" }
        return nil
    }

    static func isRegionSuffix(_ s: Unicode.Scalar) -> Bool {
        s == "省" || s == "市" || s == "县" || s == "区" || s == "州" || s == "盟" || s == "旗"
    }

    /// A leading region name in a title: 四川省2023年…, 长沙市人民政府…, 合肥市国民经济…
    static func jurisdiction(inTitle t: [Unicode.Scalar]) -> String? {
        var start = 0
        while start < t.count, t[start] == "*" || t[start] == "#" || SentenceSplitter.isSpace(t[start]) { start += 1 }
        var k = start + 1
        while k < min(t.count, start + 9) {
            if isRegionSuffix(t[k]) {
                let rest = String(String.UnicodeScalarView(t[(k + 1)...]))
                if rest.hasPrefix("人民政府") || rest.hasPrefix("政府") || rest.hasPrefix("国民经济") || rest.hasPrefix("人民代表大会")
                    || rest.hasPrefix("第") || rest.first.map({ $0.isNumber }) == true {
                    return String(String.UnicodeScalarView(t[start...k]))
                }
            }
            let v = t[k].value
            if !(0x4E00...0x9FFF).contains(v) { return nil }
            k += 1
        }
        return nil
    }
}
