import ZhLexicon
import ZhSegment
import ZhText

/// What a report is about: its keywords by TF-IDF against a background, or by TextRank
/// over word co-occurrence, with stop words, document furniture, numbers, punctuation
/// and (unless asked for) single characters kept out, quoted names (“一谷三区”) kept
/// whole, and recurring noun pairs joined into key phrases.
///
/// Immutable and `Sendable`: build one, use it from any thread.
///
/// ```swift
/// let lexicon = try LexiconStore().load()
/// let extractor = KeywordExtractor(segmenter: Segmenter(lexicon: lexicon),
///                                  idf: try IDFSource.automatic.load(lexicon: lexicon))
/// for k in extractor.keywords(in: reportText) { print(k.word, k.weight, k.count) }
/// ```
public struct KeywordExtractor: Sendable {
    public let segmenter: Segmenter
    public let idf: any InverseDocumentFrequencies
    public let stopWords: StopWords
    public let options: KeywordOptions
    /// Indexed by POS code.
    let allowedPOS: [Bool]
    let phraseModifierPOS: [Bool]
    let phraseHeadPOS: [Bool]
    let furnitureCues: ScalarTable
    /// The POS of a quoted name (`nz`, a proper term).
    let namePOS: UInt8?

    /// `idf` is TF-IDF's background (TextRank needs none); nil: derived from the lexicon.
    public init(segmenter: Segmenter, idf: (any InverseDocumentFrequencies)? = nil,
                stopWords: StopWords = .project(), options: KeywordOptions = KeywordOptions()) {
        self.segmenter = segmenter
        self.idf = idf ?? LexiconIDF(lexicon: segmenter.lexicon)
        self.stopWords = stopWords
        self.options = options
        func mask(_ names: [String]) -> [Bool] {
            var m = [Bool](repeating: false, count: 256)
            for (code, name) in segmenter.posNames.enumerated() where code > 0 && names.contains(name) { m[code] = true }
            return m
        }
        allowedPOS = mask(options.pos)
        phraseModifierPOS = mask(Self.phraseModifierTags)
        phraseHeadPOS = mask(Self.phraseHeadTags)
        var cues = ScalarTable(capacity: Self.furnitureCueWords.count)
        for word in Self.furnitureCueWords {
            _ = Array(word.unicodeScalars).withUnsafeBufferPointer { cues.insert($0) }
        }
        furnitureCues = cues
        namePOS = segmenter.posNames.firstIndex(of: "nz").map { UInt8($0) }
    }

    /// The top `options.top` keywords of `text` (decoded original text; normalised and segmented here).
    public func keywords(in text: [Unicode.Scalar]) -> [Keyword] {
        keywords(in: AnalyzedText(original: text, segmenter: segmenter))
    }

    /// The keywords of an analysed document, on its tokens (made by a segmenter over the same lexicon
    /// as this extractor's; a document without a segmenter is segmented here with this one).
    public func keywords(in analyzed: AnalyzedText) -> [Keyword] {
        guard analyzed.segmenter == nil else { return keywords(normalized: analyzed.scalars, tokens: analyzed.tokens) }
        analyzed.countSegmentation()
        return keywords(normalized: analyzed.scalars,
                        tokens: AnalyzedText.tokenize(analyzed.scalars, lines: analyzed.lines, segmenter: segmenter))
    }

    /// The same keywords for a text already normalised (`Normalizer()`) and segmented line by line
    /// in accurate mode by this extractor's segmenter: `tokens` in order, offsets into `normalized`
    /// (as a pipeline that segments once for several extractors holds them).
    ///
    /// ```swift
    /// let normalized = Normalizer().normalize(original).scalars
    /// let tokens = …   // each line of SentenceSplitter().lines(in: normalized), segmented, offsets made global
    /// let top = extractor.keywords(normalized: normalized, tokens: tokens)   // == extractor.keywords(in: original)
    /// ```
    public func keywords(normalized: [Unicode.Scalar], tokens: [Token]) -> [Keyword] {
        var next = 0
        return keywords(normalized: normalized) { span, _, lineTokens in
            // Tokens are in order: skip what lies before the line, take what lies inside it.
            while next < tokens.count, Int(tokens[next].start) < span.start { next += 1 }
            let base = Int32(span.start)
            while next < tokens.count, Int(tokens[next].end) <= span.end {
                let t = tokens[next]
                lineTokens.append(Token(start: t.start - base, end: t.end - base, pos: t.pos))
                next += 1
            }
        }
    }

    /// The pipeline: read the lines (tokens from `segmentLine`), join phrases, weigh, rank.
    private func keywords(normalized: [Unicode.Scalar],
                          segmentLine: (TextSpan, UnsafeBufferPointer<Unicode.Scalar>, inout [Token]) -> Void) -> [Keyword] {
        var document = KeywordDocument(capacity: normalized.count / 2)
        normalized.withUnsafeBufferPointer { buffer in
            document.read(buffer, lines: SentenceSplitter().lines(in: normalized), extractor: self, segmentLine: segmentLine)
            if options.phrases { document.mergePhrases(buffer, extractor: self) }
        }
        let candidates = document.candidates(extractor: self)
        let weights: [Double]
        switch options.method {
        case .tfidf: weights = document.tfidf(candidates, idf: idf)
        case .textrank: weights = document.textrank(candidates, window: options.window, damping: options.damping)
        }
        return document.top(candidates, weights: weights, count: options.top, posName: segmenter.posName)
    }

    public func keywords(in text: String) -> [Keyword] {
        keywords(in: Array(text.unicodeScalars))
    }

    // MARK: - Fixed vocabulary of the method

    /// A key phrase is modifier + head: both content words that recur together. Places and
    /// organisations do not lead phrases (赣州 + 国际 out of 赣州国际陆港 is no phrase).
    static let phraseModifierTags = ["n", "nz", "vn", "j"]
    static let phraseHeadTags = ["n", "nz", "vn", "j"]
    /// A short line holding one of these is a byline or caption (株洲日报记者 邓伟勇,
    /// 制图/王玺), not text: none of its words are counted.
    static let furnitureCueWords = ["记者", "通讯员", "制图", "摄影", "摄", "编辑", "责任编辑", "来源", "供图",
                                    "实习生", "校对", "审核", "原标题", "本报讯", "作者", "图片", "视频"]
    /// Lines longer than this are text even when they hold a furniture cue.
    static let furnitureLineLength = 30
}
