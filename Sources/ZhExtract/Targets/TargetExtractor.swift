import ZhText

/// Finds every quantitative target and achieved figure of a report, as ``TargetRecord``s.
///
/// Works clause by clause over the normalised text: every figure the ``QuantityRecognizer`` finds that is
/// an amount, percentage, percentage-point change or multiple (not a date, year, ordinal, rank, list count,
/// identifier or duration) becomes a record with its indicator (the noun phrase before the change verb, the
/// object after `N个以上`, or the indicator of the clause before), change verb, value, unit and qualifier.
/// Relative targets (增长高于经济增长, 低于全省平均水平, 与经济增长同步) become records without a value.
/// `kind` and `year` come from cue words, explicit years and plan periods in the sentence, the
/// headings above it (工作回顾 / 主要预期目标 / “十四五”…) and the report's own year.
/// `sentence`, `start` and `end` refer to the original text, markup included.
/// ```swift
/// let text = Array("2021年经济社会发展的主要预期目标\n经济增长**8%左右**，城镇调查失业率**低于**全省平均水平。".unicodeScalars)
/// for r in TargetExtractor().records(in: text, doc: "zhuzhou.txt") {
///     print(r.indicator, r.value as Any, r.unit as Any, r.qualifier, r.kind, r.year as Any)
/// }
/// // 经济 Optional(number(8)) Optional("%") approx target Optional("2021")
/// // 城镇调查失业率 nil nil atMost target Optional("2021")
/// ```
public struct TargetExtractor: Sendable {
    /// The report year to assume when neither the document nor its file name (`doc`) states one
    /// (nil: leave such years unresolved).
    public var defaultYear: Int?

    public init(defaultYear: Int? = nil) {
        self.defaultYear = defaultYear
    }

    /// Records of `original` (decoded text); normalises it first.
    public func records(in original: [Unicode.Scalar], doc: String? = nil) -> [TargetRecord] {
        records(in: Normalizer().normalize(original), original: original, doc: doc)
    }

    /// Records of an already normalised text; `original` is the text the offsets map back to.
    public func records(in text: NormalizedText, original: [Unicode.Scalar], doc: String? = nil) -> [TargetRecord] {
        let structure = DocumentStructure(text: text.scalars)
        return records(in: text, original: original, structure: structure, doc: doc)
    }

    /// Records of a normalised text whose structure is already known.
    public func records(in text: NormalizedText, original: [Unicode.Scalar], structure: DocumentStructure,
                        doc: String? = nil) -> [TargetRecord] {
        let dateline = structure.year == nil ? Self.dateline(in: text.scalars) : nil
        let year = structure.year ?? dateline?.year ?? doc.flatMap(Self.year(inName:)) ?? defaultYear
        var run = TargetRun(s: text.scalars, offsets: text.offsets, original: original, structure: structure,
                            doc: doc, reportYear: year)
        run.reportMonth = structure.year != nil ? structure.date?.month : dateline?.month
        return run.extract()
    }

    /// The year of a news item's dateline among its first lines ("2025年11月29日　来源：河南日报",
    /// "发布时间：2024年3月5日"): a short line that opens with a full date.
    static func dateline(in s: [Unicode.Scalar]) -> (year: Int, month: Int)? {
        var start = 0
        var line = 0
        while start < s.count, line < 6 {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            if end - start <= 40, end > start, s[end - 1] != "。", let d = leadingDate(s, start, end) { return d }
            if end > start { line += 1 }
            start = end + 1
        }
        return nil
    }

    /// YYYY年M月D日 (or YYYY-MM-DD) at the start of `start..<end`, after spaces and a 发布时间：/时间：/日期： label.
    private static func leadingDate(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (year: Int, month: Int)? {
        var i = start
        while i < end, s[i] == " " || s[i] == "\u{3000}" || s[i] == "\t" { i += 1 }
        for label in ["发布时间", "时间", "日期", "发布日期"] {
            let w = Array(label.unicodeScalars)
            if i + w.count < end, Array(s[i..<(i + w.count)]) == w, s[i + w.count] == "：" || s[i + w.count] == ":" {
                i += w.count + 1
                break
            }
        }
        func digits(_ k: inout Int, max n: Int) -> Int? {
            var v = 0, c = 0
            while k < end, c < n, s[k].value >= 0x30, s[k].value <= 0x39 { v = v * 10 + Int(s[k].value - 0x30); k += 1; c += 1 }
            return c > 0 ? v : nil
        }
        var k = i
        guard let y = digits(&k, max: 4), k - i == 4, (1990...2100).contains(y), k < end else { return nil }
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

    /// A year in a document's file name ("beijing-2024-work-report.txt" → 2024), the last resort when the
    /// text itself names no report year.
    static func year(inName name: String) -> Int? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let scalars = Array(base.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            let digits = scalars[i..<i + 4].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            let before = i > 0 && scalars[i - 1].value >= 0x30 && scalars[i - 1].value <= 0x39
            let after = i + 4 < scalars.count && scalars[i + 4].value >= 0x30 && scalars[i + 4].value <= 0x39
            if digits, !before, !after, let y = Int(String(String.UnicodeScalarView(scalars[i..<i + 4]))), (1990...2100).contains(y) {
                return y
            }
            i += 1
        }
        return nil
    }
}
