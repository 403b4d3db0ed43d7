import ZhText

/// The named rules that decide a document's report year, genre and jurisdiction, each list in the
/// order it is tried: the first rule that answers wins. `zhmine batch` stores what they decide, and
/// every extractor reads the same answers from ``DocumentContext``.
extension DocumentFactsReader {
    /// A rule for the report year: a name, the cue it reads, and where the answer came from.
    struct YearRule: Sendable {
        let name: String
        let cue: String
        let source: DocumentContext.YearSource
        let read: @Sendable (DocumentFactsReader, DocumentFacts, _ name: String?, _ defaultYear: Int?) -> (Int, Int?)?
    }

    static let yearRules: [YearRule] = [
        YearRule(name: "communique-title", cue: "a statistical communiqué's title year (徐州市2025年…统计公报, published in 2026)", source: .title) { _, f, _, _ in
            f.reviewedYear.map { ($0, nil) }
        },
        YearRule(name: "date-line", cue: "——2021年1月7日在…会议上, or a bare date at the top or the foot", source: .date) { r, f, _, _ in
            f.date?.year.map { ($0, f.date?.month) }
        },
        YearRule(name: "execution-and-draft-title", cue: "a title on one year's execution and the next year's draft (2025年预算执行情况和2026年预算草案): the later year",
                 source: .title) { _, f, _, _ in
            guard let t = f.title.map({ Array($0.unicodeScalars) }), executionWords.occurs(in: t, range: 0..<t.count),
                  draftWords.occurs(in: t, range: 0..<t.count) else { return nil }
            var years: [Int] = []
            var i = 0
            while i < t.count {
                if let (y, next) = year(in: t, at: i, end: t.count) { years.append(y); i = next } else { i += 1 }
            }
            guard let first = years.first, let last = years.max(), last > first else { return nil }
            return (last, nil)
        },
        YearRule(name: "title-year", cue: "a year in the title (株洲市2021年政府工作报告), not a vision's (二〇三五年远景目标)", source: .title) { _, f, _, _ in
            f.title.flatMap { firstYear(in: Array($0.unicodeScalars), skippingVisions: true) }.map { ($0, nil) }
        },
        YearRule(name: "news-lead", cue: "a first line naming the report: 2025年政府工作报告提出, 2024年…主要预期目标", source: .lead) { r, _, _, _ in
            for line in r.firstLines.prefix(4) { if let y = r.leadYear(in: line) { return (y, nil) } }
            return nil
        },
        YearRule(name: "plan-or-review-heading", cue: "二、2024年主要预期目标 → 2024; 一、2023年工作回顾 → 2024", source: .heading) { r, _, _, _ in
            let headings = r.structure.headings.prefix(12).map { Array($0.text.unicodeScalars) }
                + r.headingLikeLines.map { Array(r.text[$0.range]) }
            for t in headings {
                guard let y = firstYear(in: t) else { continue }
                if planHeadingWords.occurs(in: t, range: 0..<t.count) { return (y, nil) }
                if reviewHeadingWords.occurs(in: t, range: 0..<t.count) { return (y + 1, nil) }
            }
            return nil
        },
        YearRule(name: "news-dateline", cue: "a short first line opening with a full date: 2025年11月29日 来源：…, 发布时间：…", source: .dateline) { r, _, _, _ in
            r.dateline().map { ($0.year, $0.month) }
        },
        YearRule(name: "plan-title-period", cue: "a plan titled by its period and no year: 纲要 adopted in its first year, 建议 the year before",
                 source: .title) { _, f, _, _ in
            guard let p = f.planPeriod, let t = f.title else { return nil }
            // 建议 is adopted at the party plenum in the autumn before the plan period.
            if t.contains("建议") { return (p.first - 1, 10) }
            if t.contains("纲要") || t.contains("规划") { return (p.first, nil) }
            return nil
        },
        YearRule(name: "file-name", cue: "a year in the file name (beijing-2024-work-report.txt)", source: .fileName) { _, _, name, _ in
            name.flatMap(year(inName:)).map { ($0, nil) }
        },
        YearRule(name: "option", cue: "the caller's default year (--year)", source: .option) { _, _, _, y in
            y.map { ($0, nil) }
        },
    ]

    /// A rule for the genre: a name, its cue, and the genre it gives.
    struct GenreRule: Sendable {
        let name: String
        let cue: String
        let genre: DocumentGenre
        let matches: @Sendable (DocumentFactsReader, DocumentFacts) -> Bool
    }

    static let genreRules: [GenreRule] = [
        GenreRule(name: "communique-title", cue: "统计公报 in the title", genre: .statisticalCommunique) { _, f in
            f.reviewedYear != nil
        },
        GenreRule(name: "budget-title", cue: "预算 with 报告/草案/执行 in the title", genre: .budgetReport) { _, f in
            guard let t = f.title else { return false }
            return t.contains("预算") && (t.contains("报告") || t.contains("草案") || t.contains("执行"))
        },
        GenreRule(name: "digest-title", cue: "要点, 速览, 一图读懂, 图解, 划重点, 摘登 in the title", genre: .digest) { _, f in
            guard let t = f.title else { return false }
            return ["要点", "速览", "一图", "图解", "划重点", "看点", "摘登"].contains { t.contains($0) }
        },
        GenreRule(name: "interpretation", cue: "解读, 读懂 or 关键词 in the title or the first lines", genre: .interpretation) { r, f in
            if let t = f.title, t.contains("解读") || t.contains("读懂") { return true }
            return r.firstLines.prefix(4).contains { r.contains($0, interpretationWords) }
        },
        GenreRule(name: "news-dateline", cue: "a wire or newspaper dateline (新华社…电, …讯, 记者, 来源：, 发布时间：) in the first lines",
                  genre: .reportNews) { r, _ in
            r.firstLines.prefix(8).contains { r.contains($0, newsWords) || r.isWireDateline($0) }
        },
        GenreRule(name: "work-report", cue: "政府工作报告 in the title, or a session date line", genre: .workReport) { r, f in
            if let t = f.title, t.contains("工作报告") { return true }
            return r.firstLines.prefix(6).contains { r.isDateLine($0) && r.contains($0, congressWords) }
        },
        GenreRule(name: "plan-title", cue: "规划, 纲要, 行动方案, 实施方案, 计划, 建议 in the title", genre: .plan) { _, f in
            guard let t = f.title else { return false }
            return ["规划", "纲要", "方案", "计划", "建议", "意见"].contains { t.contains($0) }
        },
        GenreRule(name: "bullet-digest", cue: "three or more ●/■/▲ bullet lines", genre: .digest) { r, _ in
            r.bulletLines >= 3
        },
    ]

    static let interpretationWords = ScalarWordSet(["解读", "读懂", "关键词"])
    static let newsWords = ScalarWordSet(["日报讯", "晚报讯", "报讯", "记者", "来源：", "来源:", "发布时间", "通讯员"])
    static let congressWords = ScalarWordSet(["人民代表大会", "人大"])

    /// 新华社北京3月5日电 / 中新社…电: a line holding M月D日电.
    func isWireDateline(_ line: TextSpan) -> Bool {
        var i = line.start
        let end = min(line.end, line.start + 40)
        while i + 2 < end {
            if text[i] == "日", text[i + 1] == "电" { return true }
            i += 1
        }
        return false
    }

    /// A rule for the jurisdiction: a name, its cue, and how it reads the region.
    struct JurisdictionRule: Sendable {
        let name: String
        let cue: String
        let read: @Sendable (DocumentFactsReader, DocumentFacts, Gazetteer?) -> String?
    }

    static let jurisdictionRules: [JurisdictionRule] = [
        JurisdictionRule(name: "congress-session", cue: "在株洲市第十五届人民代表大会…, 四川省第十四届人民代表大会, 全国人民代表大会 in the first lines") { r, _, g in
            for line in r.firstLines { if let j = r.congressRegion(in: line, gazetteer: g) { return j } }
            return nil
        },
        JurisdictionRule(name: "title-region", cue: "the last region named in the title (湖南省株洲市2021年政府工作报告 → 株洲市)") { r, f, g in
            guard let t = f.title.map({ Array($0.unicodeScalars) }) else { return nil }
            if let g { return r.regions(in: t, 0..<t.count, gazetteer: g).last?.full }
            return Self.suffixedRegion(inTitle: t)
        },
        JurisdictionRule(name: "report-owner", cue: "a region before 政府工作报告, 人民政府, 省长/市长/县长, 人大, 省委/市委 in the first lines") { r, _, g in
            guard let g else { return nil }
            for line in r.firstLines {
                for m in r.regions(in: r.text, line.range, gazetteer: g) where ownerWords.longestMatch(startingAt: m.end, in: r.text, upper: line.end) != nil {
                    return m.full
                }
            }
            return nil
        },
        JurisdictionRule(name: "national", cue: "国务院, 全国人大, 中华人民共和国 in the title or the first lines; national media on a 政府工作报告 no region owns") { r, f, _ in
            let national = r.firstLines.prefix(6).contains { r.contains($0, nationalWords) }
                // National media reporting a 政府工作报告 that no region owns (新华社北京3月5日电 2025年政府工作报告提出…).
                || r.firstLines.prefix(3).contains { r.contains($0, nationalMedia) && r.contains($0, reportWords) }
            let title = f.title ?? ""
            return national || title.contains("国务院") || title.contains("中华人民共和国") ? "全国" : nil
        },
        JurisdictionRule(name: "national-wire", cue: "a national wire's Beijing dateline (新华社北京…电) and 全国 in the first three lines: national figures, whatever provinces the text goes on to name") { r, _, _ in
            r.firstLines.prefix(3).contains { r.contains($0, beijingWire) } && r.firstLines.prefix(3).contains { r.contains($0, nationWords) } ? "全国" : nil
        },
        JurisdictionRule(name: "most-named-region", cue: "the region named most often in the text (at least twice), datelines and venues left out") { r, _, g in
            guard let g else { return nil }
            var counts: [String: (count: Int, first: Int)] = [:]
            for (index, m) in r.regions(in: r.text, 0..<r.text.count, gazetteer: g).enumerated() {
                counts[m.full, default: (0, index)].count += 1
            }
            let best = counts.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first }
            guard let best, best.value.count >= 2 else { return nil }
            return best.key
        },
    ]

    static let ownerWords = ScalarWordSet(["政府工作报告", "人民政府", "政府", "省长", "市长", "县长", "区长", "州长", "旗长", "人大", "人民代表大会",
                                      "省委", "市委", "县委", "区委", "国民经济和社会发展"])
    static let nationalWords = ScalarWordSet(["国务院", "全国人民代表大会", "全国人大", "全国政协", "中华人民共和国"])
    /// Words after a region name that make it a place the text is written from or met in (a venue, a newspaper's
    /// dateline 成都日报讯), not its subject.
    static let venueWords = ScalarWordSet(["人民大会堂", "大会堂", "会堂", "会议中心", "礼堂", "宾馆", "酒店", "饭店", "剧院", "体育馆", "会展中心", "国际会议",
                                      "日报", "晚报", "讯"])
    static let nationalMedia = ScalarWordSet(["新华社", "人民日报", "中新社", "央视", "中国政府网"])
    /// National wires writing from the capital (a provincial paper's 本报北京 is its own region's correspondent).
    static let beijingWire = ScalarWordSet(["新华社北京", "中新社北京"])
    static let nationWords = ScalarWordSet(["全国"])
    static let reportWords = ScalarWordSet(["政府工作报告"])
    static let wireWords = ScalarWordSet(["新华社", "中新社", "中新网", "人民网", "央视网", "本报", "记者"])

    /// The regions named in `range`, in order, leaving out a dateline's place (新华社成都1月20日电, 本报成都讯) and a venue
    /// (在成都市锦城会堂 …).
    func regions(in s: [Unicode.Scalar], _ range: Range<Int>, gazetteer g: Gazetteer) -> [(start: Int, end: Int, full: String)] {
        var out: [(Int, Int, String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let m = g.match(at: i, in: s, upper: range.upperBound) else { i += 1; continue }
            let end = i + m.length
            var skip = Self.venueWords.longestMatch(startingAt: end, in: s, upper: range.upperBound) != nil
            if !skip, i >= 2, Self.wireWords.longestMatch(endingAt: i, in: s, lower: max(range.lowerBound, i - 4)) != nil { skip = true }
            if !skip { out.append((i, end, m.full)) }
            i = end
        }
        return out
    }

    /// The region of a people's congress named in `line`: 在株洲市第十五届人民代表大会…, 四川省第十四届人民代表大会,
    /// 十四届全国人大 / 全国人民代表大会 → 全国.
    func congressRegion(in line: TextSpan, gazetteer g: Gazetteer?) -> String? {
        guard let (k, _) = Self.congressWords.firstMatch(in: text, range: line.range) else { return nil }
        if k >= 2, text[k - 2] == "全", text[k - 1] == "国" { return "全国" }
        // Step back over 第十五届 / 十四届 to the region before it.
        var e = k
        while e > line.start, text[e - 1] == "届" || text[e - 1] == "第" || NumeralScalars.chineseDigit(text[e - 1]) != nil
            || text[e - 1] == "十" || NumeralScalars.arabicDigit(text[e - 1]) != nil { e -= 1 }
        if let g {
            // The longest listed name ending at e.
            for start in stride(from: max(line.start, e - 12), to: e - 1, by: 1) {
                if let m = g.match(at: start, in: text, upper: e), start + m.length == e { return m.full }
            }
        }
        // Without a gazetteer: a name ending in a region suffix, after 在 (not a bare 市 / 县: "市十八届人大").
        var a = e
        while a > line.start, e - a < 10, text[a - 1] != "在", CharClass.isHan(text[a - 1]) { a -= 1 }
        if e - a >= 2, Self.isRegionSuffix(text[e - 1]) { return ScalarString.make(text, a..<e) }
        return nil
    }

    static func isRegionSuffix(_ s: Unicode.Scalar) -> Bool {
        s == "省" || s == "市" || s == "县" || s == "区" || s == "州" || s == "盟" || s == "旗"
    }

    /// Without a gazetteer, a leading region name in a title: 四川省2023年…, 长沙市人民政府…, 合肥市国民经济…
    static func suffixedRegion(inTitle t: [Unicode.Scalar]) -> String? {
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
            if !CharClass.isHan(t[k]) { return nil }
            k += 1
        }
        return nil
    }
}
