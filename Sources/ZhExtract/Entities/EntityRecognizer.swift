import ZhLexicon
import ZhSegment
import ZhText

/// Finds people, places, organisations, facilities and programmes in Chinese report text.
///
/// The recogniser normalises the text (NFKC, ``ZhText/Normalizer``), segments it, and
/// applies rules of shape and context — titles and bylines around a surname, speaker
/// headings `姓名(职务)`, a place or proper name before an organisation or facility head
/// word, quotes with programme cues, plan periods — plus the region gazetteer. Nested
/// candidates resolve to the longest. Offsets are mapped back to the original text.
///
/// ```swift
/// let recognizer = EntityRecognizer(segmenter: Segmenter(lexicon: try LexiconStore().load()))
/// let text = Array("株洲日报记者 邓伟勇\n加快“3+5+2”产业集群发展".unicodeScalars)
/// recognizer.entities(in: text).map { "\($0.text)/\($0.type)" }
/// // ["株洲日报/organization", "邓伟勇/person", "3+5+2/program"]
/// ```
public struct EntityRecognizer: Sendable {
    public let segmenter: Segmenter
    public let dictionaries: EntityDictionaries
    /// Token classes by POS code.
    let posClasses: [TokenClass]
    /// Whether a POS code is a verbal noun (`vn`: 建设, 发展), by code.
    let verbalNounCodes: [Bool]

    public init(segmenter: Segmenter, dictionaries: EntityDictionaries = EntityDictionaries()) {
        self.segmenter = segmenter
        self.dictionaries = dictionaries
        self.posClasses = segmenter.posNames.map(TokenClass.init(posName:))
        self.verbalNounCodes = segmenter.posNames.map { $0 == "vn" }
    }

    /// The entities of `original` (decoded text), in text order; normalises internally.
    public func entities(in original: [Unicode.Scalar]) -> [Entity] {
        entities(in: Normalizer().normalize(original), original: original)
    }

    /// The entities of an already normalised text; `original` is the text `normalized`
    /// was made from (its ``NormalizedText/offsets`` map into it).
    public func entities(in normalized: NormalizedText, original: [Unicode.Scalar]) -> [Entity] {
        entities(in: AnalyzedText(original: original, normalized: normalized, segmenter: segmenter))
    }

    /// The entities of an analysed document, on its tokens (made by this recogniser's segmenter, or
    /// by the document's own when it has one), offsets into `analyzed.original`.
    public func entities(in analyzed: AnalyzedText) -> [Entity] {
        let tokens = lineTokens(of: analyzed)
        if tokens == nil { analyzed.countSegmentation() }  // the recogniser segments the text itself
        let spans = candidates(in: analyzed.scalars, tokens: tokens)
        let normalized = analyzed.normalized, original = analyzed.original
        var result: [Entity] = []
        result.reserveCapacity(spans.count)
        let map = normalized.offsets
        for c in spans {
            let r = map.tilingRange(Int(c.start)..<Int(c.end))
            let os = r.lowerBound, oe = r.upperBound
            guard os < oe, oe <= original.count else { continue }
            result.append(Entity(text: String(String.UnicodeScalarView(original[os..<oe])), type: c.type, start: os, end: oe,
                                 rule: c.rule?.rawValue ?? "unnamed (rank \(c.rank))"))
        }
        return result
    }

    /// Resolved candidate spans over normalised scalars, in text order.
    /// `tokens`: those of ``lineTokens(of:)``; nil segments `scalars` here.
    func candidates(in scalars: [Unicode.Scalar], tokens: [Token]? = nil) -> [Candidate] {
        scalars.withUnsafeBufferPointer { text -> [Candidate] in
            var scan = EntityScan(text: text, tokens: tokens ?? segment(text))
            for t in 0..<scan.tokens.count { scan.classes[t] = tokenClass(scan, t) }
            findPrograms(&scan)
            findPeople(&scan)
            findSpeakers(&scan)
            findScoredNames(&scan)
            findTranscribedNames(&scan)
            findDottedNames(&scan)
            findTransliteratedNames(&scan)
            findSurnamesWithTitles(&scan)  // after the person rules: drops their 李先生, 胡老
            findAbbreviatedPlaces(&scan)
            findTeams(&scan)
            findScopedInstitutions(&scan)
            findPlacedInstitutions(&scan)
            findOrgansMediaAndCongresses(&scan)
            findGazetteerPlaces(&scan)
            findSmallPlaces(&scan)
            findHeadedNames(&scan)  // builds on the places found above
            findRoadCommunities(&scan)  // builds on the roads found by the heads
            findNamedEvents(&scan)
            findListedNames(&scan)
            dropNamesThroughSpeakers(&scan)
            trimLeadingMarks(&scan)
            let first = scan.resolve()
            // Names found in a strong context (a quote with a cue, a byline) recur without it:
            // tag their other occurrences too (三高四新 later in running text, 阳卫国 in the body).
            guard propagateNames(first, &scan) else { return first }
            return scan.resolve()
        }
    }

    func segment(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var lineTokens: [Token] = []
        var scratch = SegmenterScratch()
        var lineStart = 0
        var i = 0
        while i <= text.count {
            if i == text.count || text[i] == "\n" {
                if i > lineStart {
                    lineTokens.removeAll(keepingCapacity: true)
                    segmenter.segment(UnsafeBufferPointer(rebasing: text[lineStart..<i]), into: &lineTokens, scratch: &scratch)
                    let base = Int32(lineStart)
                    for t in lineTokens { tokens.append(Token(start: t.start + base, end: t.end + base, pos: t.pos)) }
                }
                if i < text.count { tokens.append(Token(start: Int32(i), end: Int32(i + 1), pos: 0)) }
                lineStart = i + 1
            }
            i += 1
        }
        return tokens
    }

    func isVerbalNoun(_ scan: EntityScan, _ t: Int) -> Bool {
        let pos = Int(scan.tokens[t].pos)
        return pos < verbalNounCodes.count && verbalNounCodes[pos]
    }

    private func tokenClass(_ scan: EntityScan, _ t: Int) -> TokenClass {
        let token = scan.tokens[t]
        let first = scan.text[Int(token.start)]
        if !CharClass.isHan(first) {
            if CharClass.isDigit(first) { return .number }
            if CharClass.isLatin(first) { return .latin }
            return .punctuation
        }
        let c = Int(token.pos) < posClasses.count ? posClasses[Int(token.pos)] : .unknown
        return c == .punctuation ? .unknown : c
    }
}
