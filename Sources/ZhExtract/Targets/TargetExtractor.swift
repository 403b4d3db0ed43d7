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
        records(in: AnalyzedText(original: original, name: doc, defaultYear: defaultYear))
    }

    /// Records of an already normalised text; `original` is the text the offsets map back to.
    public func records(in text: NormalizedText, original: [Unicode.Scalar], doc: String? = nil) -> [TargetRecord] {
        records(in: AnalyzedText(original: original, normalized: text, name: doc, defaultYear: defaultYear))
    }

    /// Records of an analysed document, read with its ``AnalyzedText/context`` (whose default year is the
    /// document's, not this extractor's); `doc` is its name.
    public func records(in analyzed: AnalyzedText) -> [TargetRecord] {
        records(in: analyzed.normalized, original: analyzed.original, document: analyzed.context, doc: analyzed.name)
    }

    /// Records of a normalised text whose document context is already read (it must have been read from `text`).
    public func records(in text: NormalizedText, original: [Unicode.Scalar], document: DocumentContext,
                        doc: String? = nil) -> [TargetRecord] {
        var run = TargetRun(s: text.scalars, offsets: text.offsets, original: original, document: document, doc: doc)
        return run.extract()
    }

    /// The names of the kind rules, in the order they are tried (`zhmine extract --explain` names one per record).
    public static var kindRuleNames: [String] { TargetRun.kindRules.map(\.name) }
    /// The names of the year rules, in the order they are tried.
    public static var yearRuleNames: [String] { TargetRun.yearRules.map(\.name) }
}
