import Foundation

/// An IDF table read from a `word idf` file (jieba's idf.txt format; also the format of
/// a corpus table): the file's bytes plus a static hash index, built in sequential
/// passes — no `String`, no decoding and no hash-table insert per line.
///
/// Format: UTF-8, one `word idf` pair per line separated by ASCII whitespace; blank
/// lines and lines starting with `#` are skipped; a later line for the same word wins.
/// Words are matched as they are written (jieba's table is already in the form that
/// `Normalizer` produces for Chinese text). `defaultIDF` is the median of the values
/// (jieba's choice for unknown words).
///
/// ```swift
/// let table = try IDFTable(contentsOf: "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt")
/// table.count        // 270,132
/// table.idf("产业链")  // 7.28
/// let corpus = IDFTable(entries: [("产业链", 2.3), ("株洲", 4.0)], name: "archive")
/// ```
public struct IDFTable: InverseDocumentFrequencies {
    public let name: String
    public let defaultIDF: Float
    private let index: IDFIndex

    /// Number of distinct words.
    public var count: Int { index.values.count }

    /// Reads a table file.
    public init(contentsOf path: String) throws(IDFTableError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw IDFTableError(file: path, line: 0, problem: FileManager.default.fileExists(atPath: path)
                                ? "cannot read" : "no such file")
        }
        try self.init(bytes: [UInt8](data), name: path)
    }

    /// Parses a table from bytes (`name` appears in error messages).
    public init(bytes: [UInt8], name: String) throws(IDFTableError) {
        let index = try IDFIndex(bytes: bytes, name: name)
        self.index = index
        self.name = name
        self.defaultIDF = Self.median(index.values)
    }

    /// A table from computed pairs (e.g. document frequencies over an archive).
    public init(entries: [(word: String, idf: Float)], name: String) {
        var bytes: [UInt8] = []
        for (word, idf) in entries where idf.isFinite && idf >= 0 && !word.isEmpty
            && !word.utf8.contains(where: IDFIndex.isSpace) {
            bytes.append(contentsOf: word.utf8)
            bytes.append(0x20)
            bytes.append(contentsOf: "\(idf)".utf8)
            bytes.append(0x0A)
        }
        // The bytes were written above in the format the parser reads: it cannot fail.
        let index = (try? IDFIndex(bytes: bytes, name: name)) ?? IDFIndex()
        self.index = index
        self.name = name
        self.defaultIDF = Self.median(index.values)
    }

    public func idf(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Float? {
        index.lookup(word)
    }

    // MARK: - Machinery

    /// The median by quickselect (O(n); sorting 270k values would cost more than the parse).
    static func median(_ values: [Float]) -> Float {
        guard !values.isEmpty else { return 10 }
        var a = values
        let k = a.count / 2
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let pivot = a[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return a[k]
    }
}

/// A malformed IDF table, reported as `file:line: problem` (line 0: the file as a whole).
///
/// ```swift
/// IDFTableError(file: "idf.txt", line: 3, problem: "bad IDF value 'x'").description   // "idf.txt:3: bad IDF value 'x'"
/// ```
public struct IDFTableError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var problem: String
    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}
