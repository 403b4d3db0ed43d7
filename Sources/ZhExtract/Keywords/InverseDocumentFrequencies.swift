import Foundation
import ZhLexicon

/// A background of inverse document frequencies: how rare a word is across documents.
///
/// TF-IDF asks it once per distinct word of a document. Implementations: ``IDFTable``
/// (a `word idf` file, e.g. jieba's idf.txt or a corpus table), ``LexiconIDF`` (derived
/// from the lexicon's costs) and ``ChainedIDF`` (the first that knows the word).
///
/// ```swift
/// let idf: any InverseDocumentFrequencies = try IDFTable(contentsOf: "idf.txt")
/// let value = Array("产业链".unicodeScalars).withUnsafeBufferPointer { idf.idf(of: $0) } ?? idf.defaultIDF
/// ```
public protocol InverseDocumentFrequencies: Sendable {
    /// What the background is (shown in reports and `--verbose` output).
    var name: String { get }
    /// The IDF of a word the background does not know.
    var defaultIDF: Float { get }
    /// The IDF of `word` (normalised text), or nil when the background does not know it.
    func idf(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Float?
}

extension InverseDocumentFrequencies {
    /// The IDF of `word`, or nil when unknown (convenience; builds a scalar array).
    public func idf(_ word: String) -> Float? {
        Array(word.unicodeScalars).withUnsafeBufferPointer { idf(of: $0) }
    }
}

/// Where TF-IDF's background comes from.
///
/// `automatic` uses jieba's idf.txt when Debian's python3-jieba installed it (words it
/// lacks fall back to the lexicon-derived value), else the lexicon alone. A corpus table
/// written by `zhmine batch` will plug in as another case that loads an ``IDFTable``.
///
/// ```swift
/// let idf = try IDFSource.automatic.load(lexicon: lexicon)
/// let custom = try IDFSource.file("my-idf.txt").load(lexicon: lexicon)
/// ```
public enum IDFSource: Sendable, Equatable {
    case automatic
    /// A `word idf` table (same format as jieba's idf.txt).
    case file(String)
    /// Derived from the lexicon's word costs (see ``LexiconIDF``).
    case lexicon

    /// Where jieba's IDF table may be besides `LexiconSources.jiebaDirectories()` (an older Debian layout).
    public static let jiebaTablePaths = ["/usr/share/python3-jieba/analyse/idf.txt"]

    /// The installed jieba table, if any (`$ZHMINE_JIEBA_IDF` overrides; empty disables).
    public static func installedJiebaTable() -> String? {
        if let named = ProcessInfo.processInfo.environment["ZHMINE_JIEBA_IDF"] {
            return named.isEmpty ? nil : named
        }
        return LexiconSources.jiebaFile("analyse/idf.txt") ?? jiebaTablePaths.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// Loads the background (the table's words first, the lexicon for the rest).
    public func load(lexicon: Lexicon) throws(IDFTableError) -> any InverseDocumentFrequencies {
        switch self {
        case .lexicon:
            return LexiconIDF(lexicon: lexicon)
        case .automatic:
            // A damaged system table is not the user's input: fall back to the lexicon quietly.
            guard let path = Self.installedJiebaTable(), let table = try? IDFTable(contentsOf: path) else {
                return LexiconIDF(lexicon: lexicon)
            }
            return ChainedIDF(table, then: LexiconIDF(lexicon: lexicon))
        case let .file(path):
            return ChainedIDF(try IDFTable(contentsOf: path), then: LexiconIDF(lexicon: lexicon))
        }
    }
}

/// Two backgrounds: the first that knows a word answers; unknown words get the
/// primary's default.
///
/// ```swift
/// let idf = ChainedIDF(try IDFTable(contentsOf: path), then: LexiconIDF(lexicon: lexicon))
/// ```
public struct ChainedIDF: InverseDocumentFrequencies {
    public let primary: any InverseDocumentFrequencies
    public let secondary: any InverseDocumentFrequencies
    public init(_ primary: any InverseDocumentFrequencies, then secondary: any InverseDocumentFrequencies) {
        self.primary = primary
        self.secondary = secondary
    }
    public var name: String { primary.name + ", then " + secondary.name }
    public var defaultIDF: Float { primary.defaultIDF }
    public func idf(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Float? {
        primary.idf(of: word) ?? secondary.idf(of: word)
    }
}

/// IDF derived from the lexicon when no document-frequency table is at hand.
///
/// A word's cost is −ln p, p its probability per token. Regressing jieba's idf.txt on
/// the cost of the same word in jieba's dict.txt (248,553 shared words, least squares)
/// gives **idf ≈ −0.071 + 0.757 · cost** (RMSE 1.02 on values 0.9 … 13.9). The slope
/// below 1 is burstiness: a topical word recurs inside the documents that use it, so its
/// document frequency grows more slowly than its token frequency (a Poisson model,
/// idf = −ln(1 − e^(−pL)), fits worse: RMSE ≥ 1.35 for any document length L). Values
/// are clamped to [0.5, 14]. Words the lexicon lacks get the value at the lexicon's
/// median cost (jieba likewise gives unknown words its table's median).
///
/// ```swift
/// let idf = LexiconIDF(lexicon: lexicon)
/// idf.idf("的")      // ≈ 3.9 (cost 5.24; jieba's table says 0.88)
/// idf.idf("产业链")   // ≈ 7.7 (cost 10.31; jieba's table says 7.28)
/// ```
public struct LexiconIDF: InverseDocumentFrequencies {
    public static let intercept: Float = -0.071
    public static let slope: Float = 0.757
    public let lexicon: Lexicon
    public let defaultIDF: Float
    public var name: String { "lexicon-derived IDF (idf = −0.071 + 0.757·cost)" }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        // Median cost over a sample of every 61st entry (cheap at start-up, stable to 0.01).
        var sample: [Float] = []
        var i = 0
        while i < lexicon.count {
            sample.append(lexicon.cost(UInt32(i)))
            i += 61
        }
        sample.sort()
        let median = sample.isEmpty ? 15 : sample[sample.count / 2]
        defaultIDF = Self.idf(cost: median)
    }

    /// The mapping itself.
    public static func idf(cost: Float) -> Float {
        min(14, max(0.5, intercept + slope * cost))
    }

    public func idf(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Float? {
        guard let value = lexicon.trie.exactMatch(word) else { return nil }
        return Self.idf(cost: lexicon.cost(value))
    }
}
