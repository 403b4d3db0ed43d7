/// One keyword of a document: the word, its score and how often it occurs.
///
/// ```swift
/// let k = extractor.keywords(in: text).first
/// k?.word     // "中国动力谷"
/// k?.weight   // 0.089 (TF-IDF: share of candidates × idf; TextRank: rank / best rank)
/// k?.count    // 5
/// ```
public struct Keyword: Sendable, Equatable {
    public var word: String
    public var weight: Double
    /// Occurrences in the document (for a word inside a key phrase: outside the phrase).
    public var count: Int
    /// Part of speech (for a key phrase: its last word's).
    public var pos: String
    /// A key phrase (adjacent words that recur together: 国际 + 机场 → 国际机场) or a quoted
    /// name the segmenter split (“一谷三区”).
    public var isPhrase: Bool

    public init(word: String, weight: Double, count: Int, pos: String, isPhrase: Bool = false) {
        self.word = word
        self.weight = weight
        self.count = count
        self.pos = pos
        self.isPhrase = isPhrase
    }
}

/// How keywords are scored.
///
/// ```swift
/// KeywordMethod(rawValue: "textrank")   // .textrank
/// ```
public enum KeywordMethod: String, Sendable, CaseIterable {
    /// Term frequency × inverse document frequency from a background (``IDFSource``).
    case tfidf
    /// PageRank over a co-occurrence graph of the candidate words (window 5).
    case textrank
}

/// What to extract and how.
///
/// ```swift
/// var options = KeywordOptions()
/// options.method = .textrank
/// options.top = 10
/// options.pos = ["n", "ns", "vn"]
/// ```
public struct KeywordOptions: Sendable, Equatable {
    /// Nouns, places, organisations, proper terms, nominal verbs, abbreviations, Latin
    /// words (GDP, 5G). Verbs (`v`) are left out: in reports they are the boilerplate
    /// skeleton (加快, 推进, 实施); topical actions are tagged `vn` (改革, 创新).
    public static let defaultPOS = ["n", "ns", "nt", "nz", "vn", "j", "eng"]

    public var method: KeywordMethod = .tfidf
    public var top: Int = 20
    /// Allowed parts of speech (jieba tag set). A key phrase has its head word's part of
    /// speech; a quoted name (“一谷三区”) is `nz`.
    public var pos: [String] = KeywordOptions.defaultPOS
    /// Allow single-character words.
    public var allowSingle = false
    /// Keep the boilerplate list (加快, 推进, 建设, 发展 …) as candidates.
    public var keepBoilerplate = false
    /// Find key phrases (adjacent nouns that recur together).
    public var phrases = true
    /// TextRank co-occurrence window (in tokens, as jieba: pairs at distance 1 … window − 1).
    public var window = 5
    /// TextRank damping factor.
    public var damping = 0.85

    public init() {}
}
