import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Inserts many rows through one prepared statement with the SQLite C API (bound parameters,
/// no per-row boxing): the archive's hot path, a few hundred rows per document.
///
/// Used inside a GRDB write transaction; the statement is finalised by `finish()` (or deinit).
/// ```swift
/// let insert = try RowInserter(db, sql: "INSERT INTO numbers (document_id, text) VALUES (?, ?)")
/// try insert.row { b in b.int(1, id); b.text(2, "8%") }
/// insert.finish()
/// ```
final class RowInserter {
    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw ArchiveError("the archive connection is closed") }
        var handle: OpaquePointer?
        let rc = sqlite3_prepare_v2(connection, sql, -1, &handle, nil)
        guard rc == SQLITE_OK, let handle else {
            throw ArchiveError("cannot prepare \(sql): \(String(cString: sqlite3_errmsg(connection)))")
        }
        self.connection = connection
        self.statement = handle
    }

    deinit { finish() }

    /// Binds one row's values (1-based indexes) and executes the statement.
    func row(_ bind: (Binder) -> Void) throws {
        guard let statement else { throw ArchiveError("statement already finished") }
        sqlite3_reset(statement)
        bind(Binder(statement: statement))
        let rc = sqlite3_step(statement)
        guard rc == SQLITE_DONE else {
            throw ArchiveError("insert failed: \(String(cString: sqlite3_errmsg(connection)))")
        }
    }

    func finish() {
        if let statement { sqlite3_finalize(statement) }
        statement = nil
    }

    /// Typed binding of one parameter; nil binds NULL.
    struct Binder {
        let statement: OpaquePointer

        func int(_ i: Int32, _ value: Int64?) {
            if let value { sqlite3_bind_int64(statement, i, value) } else { sqlite3_bind_null(statement, i) }
        }

        func int(_ i: Int32, _ value: Int?) { int(i, value.map(Int64.init)) }

        func double(_ i: Int32, _ value: Double?) {
            if let value, value.isFinite { sqlite3_bind_double(statement, i, value) } else { sqlite3_bind_null(statement, i) }
        }

        func text(_ i: Int32, _ value: String?) {
            guard var value else {
                sqlite3_bind_null(statement, i)
                return
            }
            value.withUTF8 { utf8 in
                if utf8.isEmpty {
                    _ = sqlite3_bind_text(statement, i, "", 0, RowInserter.transient)
                    return
                }
                _ = sqlite3_bind_text(statement, i, utf8.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                      Int32(utf8.count), RowInserter.transient)
            }
        }
    }

    // MARK: - Machinery

    private let connection: OpaquePointer
    private var statement: OpaquePointer?
    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
