import ZhLexicon

/// Words that are never keywords: function words, empty report nouns and document
/// furniture (`general`), and the optional report boilerplate verbs (`boilerplate`).
///
/// ```swift
/// let stop = StopWords.project()                 // Dictionaries/stopwords*.txt
/// stop.kind(of: "的")                             // .general
/// stop.kind(of: "推进")                           // .boilerplate
/// let mine = StopWords(general: ["的", "了"], boilerplate: ["推进"])
/// ```
public struct StopWords: Sendable {
    public enum Kind: UInt8, Sendable { case general = 1, boilerplate = 2 }

    private let table: ScalarTable
    private let kinds: [Kind]

    public init(general: some Sequence<String>, boilerplate: some Sequence<String> = [String]()) {
        var table = ScalarTable(capacity: 2048)
        var kinds: [Kind] = []
        for (words, kind) in [(Array(general), Kind.general), (Array(boilerplate), .boilerplate)] {
            for word in words {
                let (id, inserted) = Array(word.unicodeScalars).withUnsafeBufferPointer { table.insert($0) }
                // A word in both lists is a general stop word.
                if inserted { kinds.append(kind) } else if kind == .general { kinds[Int(id)] = .general }
            }
        }
        self.table = table
        self.kinds = kinds
    }

    /// ZhMine's lists: Dictionaries/stopwords.txt (general) and stopwords-boilerplate.txt.
    public static func project(directory: String? = nil) -> StopWords {
        StopWords(general: ProjectDictionaries.list("stopwords.txt", in: directory),
                  boilerplate: ProjectDictionaries.list("stopwords-boilerplate.txt", in: directory))
    }

    /// Number of words in both lists.
    public var count: Int { table.count }

    public func kind(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Kind? {
        table.find(word).map { kinds[Int($0)] }
    }

    public func kind(of word: String) -> Kind? {
        Array(word.unicodeScalars).withUnsafeBufferPointer { kind(of: $0) }
    }
}
