import GRDB
import ZhExtract

/// Reads the corpus IDF table of a batch archive, for `zhmine keywords --idf-from ARCHIVE.sqlite`.
///
/// The table is recomputed at the end of every `zhmine batch` from the distinct words of every
/// document stored as done: idf = ln((N + 1) / (df + 1)) + 1.
/// ```swift
/// let idf = try CorpusIDF.read(from: "archive.sqlite")
/// idf["高质量发展"]   // 1.7, say
/// let background = try CorpusIDF.table(from: "archive.sqlite")   // an IDFTable for KeywordExtractor
/// let n = try CorpusIDF.documentCount(in: "archive.sqlite")   // N behind the table
/// ```
public enum CorpusIDF {
    /// word → idf. Opens the archive read-only.
    public static func read(from path: String) throws -> [String: Double] {
        try withReader(path) { db in
            var result: [String: Double] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT word, idf FROM idf")
            while let row = try rows.next() {
                let word: String = row[0]
                let idf: Double = row[1]
                result[word] = idf
            }
            return result
        }
    }

    /// The table as a TF-IDF background for ``KeywordExtractor`` (`zhmine keywords --idf-from`).
    public static func table(from path: String) throws -> IDFTable {
        let entries = try read(from: path).map { (word: $0.key, idf: Float($0.value)) }
        return IDFTable(entries: entries, name: "corpus IDF of \(path)")
    }

    /// The number of documents the IDF table was computed over (0 when never computed).
    public static func documentCount(in path: String) throws -> Int {
        try withReader(path) { db in
            Int(try String.fetchOne(db, sql: "SELECT value FROM corpus WHERE key = ?", arguments: ["idf_documents"]) ?? "0") ?? 0
        }
    }

    // MARK: - Machinery

    private static func withReader<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            return try queue.read { db in
                let version = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM schema_version") ?? 0
                guard version >= 1 && version <= ArchiveSchema.version else {
                    throw ArchiveError("\(path): not a zhmine archive of schema version 1…\(ArchiveSchema.version)")
                }
                return try body(db)
            }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("cannot read the IDF table of \(path): \(ArchiveStore.describe(error))")
        }
    }
}
