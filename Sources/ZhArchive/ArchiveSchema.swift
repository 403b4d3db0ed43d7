import GRDB

/// The SQLite schema of a `zhmine batch` archive, version by version.
///
/// Tables: `documents` (one row per input: path, sha256, metadata, status `done`/`failed`, error),
/// `targets`, `entities`, `keywords`, `numbers` (each row points to `documents.id`, deleted with
/// it; `numbers`, the biggest, is clustered by (document_id, seq) with no rowid and no extra index), `document_terms` (each document's distinct words, the input of the IDF), `idf` (word,
/// document frequency, idf), `corpus` (key/value facts such as the document count behind `idf`)
/// and `schema_version`. Offsets (`start`, `end`) are Unicode scalar offsets into the decoded text.
/// ```sql
/// SELECT d.jurisdiction, t.year, t.value, t.unit FROM targets t JOIN documents d ON d.id = t.document_id
///  WHERE t.indicator LIKE '%生产总值%' ORDER BY d.jurisdiction, t.year;
/// ```
public enum ArchiveSchema {
    /// The version this build writes; an archive with a newer one is refused.
    public static let version = 1

    /// Creates or upgrades the schema in `db`.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        let current = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM schema_version") ?? 0
        if current > version {
            throw ArchiveError("the archive has schema version \(current); this zhmine reads up to \(version)")
        }
        if current < 1 {
            try db.execute(sql: version1)
            try db.execute(sql: "INSERT INTO schema_version (version) VALUES (?)", arguments: [1])
        }
        // Missing after a batch that was killed while they were suspended: rebuilt here.
        try createQueryIndexes(db)
    }

    /// Indexes that serve queries only (by indicator, year, entity, keyword). Their keys arrive in
    /// random order, so maintaining them row by row touches a page per row in every transaction
    /// (the writer's biggest cost in a batch: 5 of 7 ms per document); a long batch drops them
    /// and builds them again at the end, one sort each. The `document_id` indexes stay: a
    /// document's rows are deleted through them when it is written again.
    static let queryIndexes: [(name: String, definition: String)] = [
        ("targets_indicator", "targets (indicator)"),
        ("targets_year", "targets (year)"),
        ("entities_type_text", "entities (type, text)"),
        ("keywords_word", "keywords (word)"),
    ]

    static func createQueryIndexes(_ db: Database) throws {
        for index in queryIndexes {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.definition)")
        }
    }

    static func dropQueryIndexes(_ db: Database) throws {
        for index in queryIndexes {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
    }

    // MARK: - Machinery

    /// The column of every record table: the document the row belongs to, deleted with it.
    static let documentColumn = "document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE"
    /// Scalar offsets into the decoded text.
    static let offsetColumns = #"start INTEGER NOT NULL, "end" INTEGER NOT NULL"#

    /// A table of one kind of record: an `id`, ``documentColumn``, `columns`, the offsets unless
    /// `offsets` is false, and the index by document through which a document's rows are deleted.
    static func recordTable(_ name: String, _ columns: String, offsets: Bool = true) -> String {
        """
        CREATE TABLE \(name) (
            id INTEGER PRIMARY KEY, \(documentColumn),
            \(columns)\(offsets ? ", " + offsetColumns : "")
        );
        CREATE INDEX \(name)_document ON \(name) (document_id);

        """
    }

    static let version1 = """
        CREATE TABLE documents (
            id            INTEGER PRIMARY KEY,
            path          TEXT NOT NULL UNIQUE,
            sha256        TEXT,
            title         TEXT,
            jurisdiction  TEXT,
            year          INTEGER,
            chars         INTEGER,
            format        TEXT,
            encoding      TEXT,
            status        TEXT NOT NULL CHECK (status IN ('done', 'failed')),
            error         TEXT,
            processed_at  TEXT NOT NULL
        );
        CREATE INDEX documents_sha256 ON documents (sha256);
        CREATE INDEX documents_jurisdiction_year ON documents (jurisdiction, year);
        CREATE INDEX documents_status ON documents (status);

        \(recordTable("targets", "kind TEXT NOT NULL, indicator TEXT NOT NULL, change TEXT, value REAL, value_high REAL, " +
                       "unit TEXT, qualifier TEXT NOT NULL, reference TEXT, year TEXT, section TEXT, sentence TEXT NOT NULL"))
        \(recordTable("entities", "text TEXT NOT NULL, type TEXT NOT NULL"))
        \(recordTable("keywords", "word TEXT NOT NULL, score REAL NOT NULL, rank INTEGER NOT NULL", offsets: false))
        CREATE TABLE numbers (
            \(documentColumn), seq INTEGER NOT NULL,
            text TEXT NOT NULL, value REAL, value_high REAL, unit TEXT, qualifier TEXT NOT NULL,
            base_value REAL, base_value_high REAL, base_unit TEXT, kind TEXT NOT NULL,
            \(offsetColumns),
            PRIMARY KEY (document_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE document_terms (
            document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            words        TEXT NOT NULL
        );

        CREATE TABLE idf (
            word  TEXT PRIMARY KEY,
            df    INTEGER NOT NULL,
            idf   REAL NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE corpus (
            key    TEXT PRIMARY KEY,
            value  TEXT
        ) WITHOUT ROWID;
        """
}

/// A failure of the archive itself (not of one document): cannot open, newer schema, disk full.
///
/// ```swift
/// throw ArchiveError("the archive has schema version 3; this zhmine reads up to 1")
/// ```
public struct ArchiveError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
