import Foundation
import GRDB
import ZhExtract

/// The SQLite archive of a batch (GRDB): one writer connection, each document in its own transaction.
///
/// Writing a document replaces whatever the archive held for the same path (its rows are deleted
/// and re-inserted in the same transaction), so re-running a batch never duplicates rows, and a
/// kill loses at most the documents not yet committed. All SQL uses bound parameters.
/// ```swift
/// let store = try ArchiveStore(path: "archive.sqlite")
/// try store.write(DocumentEntry(path: "a.txt", sha256: digest, format: "text", encoding: "UTF-8"), result: result)
/// try store.recordFailure(DocumentEntry(path: "b.txt", sha256: nil, format: "text", encoding: nil), error: "empty file")
/// try store.recomputeIDF()
/// ```
public final class ArchiveStore: Sendable {
    public let path: String

    /// Opens (creating if needed) the archive at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // WAL: readers (sqlite3, a test) never block the writer; NORMAL sync is safe against
            // a killed process (the WAL is in the OS cache), at most the last commits can be lost on power loss.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A 32 MiB page cache: index pages of the big tables stay in memory during a batch.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.write { db in try ArchiveSchema.migrate(db) }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("cannot open the archive \(path): \(Self.describe(error))")
        }
    }

    /// Path → sha256 of every document stored as done (what `--resume` skips).
    public func doneDocuments() throws -> [String: String] {
        try guarded {
            try queue.read { db in
                var result: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256 FROM documents WHERE status = 'done'")
                while let row = try rows.next() {
                    let path: String = row["path"]
                    let sha: String? = row["sha256"]
                    result[path] = sha ?? ""
                }
                return result
            }
        }
    }

    /// Stores a processed document and all its rows in one transaction, replacing any earlier version.
    public func write(_ entry: DocumentEntry, result: DocumentResult) throws {
        try guarded {
            try queue.write { db in
                let id = try upsertDocument(db, entry, status: "done", error: nil, metadata: result.metadata)
                try insertRows(db, documentID: id, result: result)
            }
        }
    }

    /// Stores a document that could not be processed, with why; its earlier rows (if any) are removed.
    public func recordFailure(_ entry: DocumentEntry, error: String) throws {
        try guarded {
            try queue.write { db in
                _ = try upsertDocument(db, entry, status: "failed", error: error, metadata: nil)
            }
        }
    }

    /// Recomputes the `idf` table from the distinct words of every done document:
    /// idf = ln((N + 1) / (df + 1)) + 1, N the number of done documents (smoothed, always > 0).
    /// Returns the number of words.
    @discardableResult
    public func recomputeIDF() throws -> Int {
        try guarded {
            try queue.write { db in
                var df: [String: Int] = [:]
                var documents = 0
                let rows = try String.fetchCursor(db, sql: """
                    SELECT t.words FROM document_terms t JOIN documents d ON d.id = t.document_id WHERE d.status = 'done'
                    """)
                while let words = try rows.next() {
                    documents += 1
                    for word in words.split(separator: "\n") { df[String(word), default: 0] += 1 }
                }
                try db.execute(sql: "DELETE FROM idf")
                let insert = try db.cachedStatement(sql: "INSERT INTO idf (word, df, idf) VALUES (?, ?, ?)")
                let n = Double(documents)
                for (word, count) in df {
                    try insert.execute(arguments: [word, count, log((n + 1) / (Double(count) + 1)) + 1])
                }
                let facts = try db.cachedStatement(sql: "INSERT OR REPLACE INTO corpus (key, value) VALUES (?, ?)")
                try facts.execute(arguments: ["idf_documents", String(documents)])
                try facts.execute(arguments: ["idf_computed_at", Self.timestamp()])
                return df.count
            }
        }
    }

    /// Drops the indexes that only serve queries, so that a long batch does not maintain them row
    /// by row; ``restoreQueryIndexes()`` builds them again. An archive left without them (the
    /// batch was killed) gets them back the next time it is opened; queries give the same answers
    /// meanwhile, only slower.
    public func suspendQueryIndexes() throws {
        try guarded { try queue.write { db in try ArchiveSchema.dropQueryIndexes(db) } }
    }

    /// Builds the query indexes that are missing (one sort per index).
    public func restoreQueryIndexes() throws {
        try guarded { try queue.write { db in try ArchiveSchema.createQueryIndexes(db) } }
    }

    /// How many documents are stored, by status.
    public func statusCounts() throws -> (done: Int, failed: Int) {
        try guarded {
            try queue.read { db in
                let done = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE status = ?", arguments: ["done"]) ?? 0
                let failed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE status = ?", arguments: ["failed"]) ?? 0
                return (done, failed)
            }
        }
    }

    // MARK: - Machinery

    let queue: DatabaseQueue

    private func upsertDocument(_ db: Database, _ entry: DocumentEntry, status: String, error: String?,
                                metadata: DocumentMetadata?) throws -> Int64 {
        let arguments: StatementArguments = [
            entry.sha256, metadata?.title, metadata?.jurisdiction, metadata?.year, metadata?.chars,
            entry.format, entry.encoding, status, error, Self.timestamp(), entry.path,
        ]
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [entry.path]) {
            try db.cachedStatement(sql: """
                UPDATE documents SET sha256 = ?, title = ?, jurisdiction = ?, year = ?, chars = ?, format = ?,
                       encoding = ?, status = ?, error = ?, processed_at = ? WHERE path = ?
                """).execute(arguments: arguments)
            for table in ["targets", "entities", "keywords", "numbers", "document_terms"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [id])
            }
            return id
        }
        try db.cachedStatement(sql: """
            INSERT INTO documents (sha256, title, jurisdiction, year, chars, format, encoding, status, error,
                                   processed_at, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: arguments)
        return db.lastInsertedRowID
    }

    private func insertRows(_ db: Database, documentID id: Int64, result: DocumentResult) throws {
        if !result.targets.isEmpty {
            let insert = try RowInserter(db, sql: """
                INSERT INTO targets (document_id, kind, indicator, change, value, value_high, unit, qualifier,
                                     reference, year, section, sentence, start, "end")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for t in result.targets {
                let (lo, hi) = Self.bounds(t.value)
                try insert.row { b in
                    b.int(1, id); b.text(2, t.kind.rawValue); b.text(3, t.indicator); b.text(4, t.change)
                    b.double(5, lo); b.double(6, hi); b.text(7, t.unit); b.text(8, t.qualifier.rawValue)
                    b.text(9, t.reference); b.text(10, t.year); b.text(11, t.section); b.text(12, t.sentence)
                    b.int(13, t.start); b.int(14, t.end)
                }
            }
        }
        if !result.entities.isEmpty {
            let insert = try RowInserter(db, sql: """
                INSERT INTO entities (document_id, text, type, start, "end") VALUES (?, ?, ?, ?, ?)
                """)
            for e in result.entities {
                try insert.row { b in b.int(1, id); b.text(2, e.text); b.text(3, e.type.rawValue); b.int(4, e.start); b.int(5, e.end) }
            }
        }
        if !result.keywords.isEmpty {
            let insert = try RowInserter(db, sql: "INSERT INTO keywords (document_id, word, score, rank) VALUES (?, ?, ?, ?)")
            for k in result.keywords {
                try insert.row { b in b.int(1, id); b.text(2, k.word); b.double(3, k.score); b.int(4, k.rank) }
            }
        }
        if !result.numbers.isEmpty {
            let insert = try RowInserter(db, sql: """
                INSERT INTO numbers (document_id, seq, text, value, value_high, unit, qualifier, base_value, base_value_high,
                                     base_unit, kind, start, "end")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (seq, n) in result.numbers.enumerated() {
                let (lo, hi) = Self.bounds(n.value)
                let (baseLo, baseHi) = Self.bounds(n.normalizedValue)
                try insert.row { b in
                    b.int(1, id); b.int(2, seq); b.text(3, n.text); b.double(4, lo); b.double(5, hi); b.text(6, n.unit)
                    b.text(7, n.qualifier); b.double(8, baseLo); b.double(9, baseHi); b.text(10, n.normalizedUnit)
                    b.text(11, n.kind); b.int(12, n.start); b.int(13, n.end)
                }
            }
        }
        if !result.terms.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO document_terms (document_id, words) VALUES (?, ?)")
                .execute(arguments: [id, result.terms.joined(separator: "\n")])
        }
    }

    /// A value as (value, value_high): a number is (v, nil), a range (lo, hi). Each is the double nearest the decimal
    /// (through its digits: `NSDecimalNumber.doubleValue` stores 4.56 as 4.5600000000000005).
    static func bounds(_ value: QuantityValue?) -> (Double?, Double?) {
        func double(_ d: Decimal) -> Double? { Double(d.description) ?? NSDecimalNumber(decimal: d).doubleValue }
        switch value {
        case nil: return (nil, nil)
        case let .number(d)?: return (double(d), nil)
        case let .range(lo, hi)?: return (double(lo), double(hi))
        }
    }

    /// Now, as ISO 8601 UTC to the second ("2026-11-30T08:15:02Z").
    static func timestamp() -> String {
        var now = time(nil)
        var t = tm()
        gmtime_r(&now, &t)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday),
                      Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
    }

    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(path): \(Self.describe(error))")
        }
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}

/// How a document is identified in the archive.
///
/// ```swift
/// DocumentEntry(path: "archive.zip!/2021/a.txt", sha256: SHA256.hex(bytes), format: "text", encoding: "GB18030")
/// ```
public struct DocumentEntry: Sendable, Hashable {
    public var path: String
    /// Of the raw bytes (before decoding); nil when they could not be read.
    public var sha256: String?
    public var format: String
    public var encoding: String?

    public init(path: String, sha256: String?, format: String, encoding: String?) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
    }
}
