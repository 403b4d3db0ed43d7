import Foundation
import GRDB
import Testing
import ZhExtract
import ZhTestSupport
@testable import ZhArchive

/// The archive: schema, one transaction per document, replacement without duplicates, failures, IDF.
@Suite struct ArchiveStoreTests {
    static func count(_ store: ArchiveStore, _ table: String) throws -> Int {
        try store.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func sampleResult(_ n: Int) -> DocumentResult {
        var r = DocumentResult(metadata: DocumentMetadata(title: "某市\(n)号", jurisdiction: "某市", year: 2021, chars: 100 + n))
        r.targets = [TargetRecord(kind: .target, indicator: "地区生产总值", change: "增长", value: .range(5, 6), unit: "%",
                                  qualifier: .range, year: "2021", sentence: "地区生产总值增长5%—6%", start: 0, end: 13)]
        r.entities = [Entity(text: "株洲市", type: .place, start: 0, end: 3)]
        r.keywords = [KeywordRow(word: "高质量发展", score: 0.5, rank: 1)]
        r.numbers = [NumberRow(text: "5%—6%", value: .range(5, 6), unit: "%", qualifier: "range", kind: "percent", start: 7, end: 12)]
        r.terms = n % 2 == 0 ? ["增长", "就业"] : ["增长"]
        return r
    }

    @Test func schemaHasVersionAndTables() throws {
        let dir = try Fixtures.directory()
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let tables = try store.queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["corpus", "document_terms", "documents", "entities", "idf", "keywords", "numbers", "schema_version", "targets"])
        #expect(try store.queue.read { db in try Int.fetchOne(db, sql: "SELECT version FROM schema_version") } == 1)
        // Reopening keeps one version row.
        let again = try ArchiveStore(path: store.path)
        #expect(try Self.count(again, "schema_version") == 1)
    }

    static func queryIndexes(_ store: ArchiveStore) throws -> [String] {
        try store.queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name != 'documents'
                   AND name NOT LIKE '%_document' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
        }
    }

    @Test func queryIndexesCanBeSuspendedAndComeBackOnReopen() throws {
        let dir = try Fixtures.directory()
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let all = ["entities_type_text", "keywords_word", "targets_indicator", "targets_year"]
        #expect(try Self.queryIndexes(store) == all)
        try store.suspendQueryIndexes()
        #expect(try Self.queryIndexes(store) == [])
        // Writing works without them; a reopened archive (after a killed batch) has them again.
        try store.write(DocumentEntry(path: "a.txt", sha256: "aa", format: "text", encoding: "UTF-8"), result: Self.sampleResult(1))
        let reopened = try ArchiveStore(path: store.path)
        #expect(try Self.queryIndexes(reopened) == all)
        try reopened.suspendQueryIndexes()
        try reopened.restoreQueryIndexes()
        #expect(try Self.queryIndexes(reopened) == all)
        let plan = try reopened.queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM entities WHERE type = ? AND text = ?", arguments: ["place", "株洲市"])
                .map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.joined().contains("entities_type_text"), "\(plan)")
    }

    @Test func rewritingADocumentReplacesItsRows() throws {
        let dir = try Fixtures.directory()
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let entry = DocumentEntry(path: "a.txt", sha256: "aa", format: "text", encoding: "UTF-8")
        try store.write(entry, result: Self.sampleResult(1))
        try store.write(entry, result: Self.sampleResult(1))
        try store.write(DocumentEntry(path: "b.txt", sha256: "bb", format: "text", encoding: "UTF-8"), result: Self.sampleResult(2))
        for table in ["documents", "targets", "entities", "keywords", "numbers", "document_terms"] {
            #expect(try Self.count(store, table) == 2, "\(table)")
        }
        let target = try store.queue.read { db in try Row.fetchOne(db, sql: "SELECT value, value_high, qualifier FROM targets LIMIT 1") }
        #expect(target?["value"] == 5.0)
        #expect(target?["value_high"] == 6.0)
        #expect(try store.doneDocuments() == ["a.txt": "aa", "b.txt": "bb"])

        // A failure on the same path removes the old rows and keeps one document row.
        try store.recordFailure(DocumentEntry(path: "a.txt", sha256: nil, format: "text", encoding: nil), error: "vanished")
        #expect(try Self.count(store, "documents") == 2)
        #expect(try Self.count(store, "targets") == 1)
        #expect(try store.doneDocuments() == ["b.txt": "bb"])
        let failed = try store.queue.read { db in try Row.fetchOne(db, sql: "SELECT status, error, title FROM documents WHERE path = ?", arguments: ["a.txt"]) }
        #expect(failed?["status"] == "failed")
        #expect(failed?["error"] == "vanished")
        #expect(failed?["title"] == nil as String?)
    }

    @Test func idfIsComputedFromDoneDocumentsAndReadBack() throws {
        let dir = try Fixtures.directory()
        let path = dir.appendingPathComponent("a.sqlite").path
        let store = try ArchiveStore(path: path)
        for n in 1...4 {
            try store.write(DocumentEntry(path: "\(n).txt", sha256: "\(n)", format: "text", encoding: "UTF-8"), result: Self.sampleResult(n))
        }
        try store.recordFailure(DocumentEntry(path: "bad.txt", sha256: nil, format: "text", encoding: nil), error: "binary")
        #expect(try store.recomputeIDF() == 2)
        let idf = try CorpusIDF.read(from: path)
        // N = 4 done documents; 增长 in 4, 就业 in 2.
        #expect(abs((idf["增长"] ?? 0) - (log(5.0 / 5.0) + 1)) < 1e-12)
        #expect(abs((idf["就业"] ?? 0) - (log(5.0 / 3.0) + 1)) < 1e-12)
        #expect(try CorpusIDF.documentCount(in: path) == 4)
        let table = try CorpusIDF.table(from: path)
        #expect(abs(Double(table.idf("就业") ?? 0) - (log(5.0 / 3.0) + 1)) < 1e-6)
        #expect(table.idf("没有的词") == nil)
        // Recomputing after a replacement does not double count.
        try store.write(DocumentEntry(path: "1.txt", sha256: "1", format: "text", encoding: "UTF-8"), result: Self.sampleResult(2))
        try store.recomputeIDF()
        let df = try store.queue.read { db in try Int.fetchOne(db, sql: "SELECT df FROM idf WHERE word = ?", arguments: ["就业"]) }
        #expect(df == 3)
    }

    @Test func sqlTextIsBoundNotInterpolated() throws {
        let dir = try Fixtures.directory()
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let hostile = "x'); DROP TABLE targets; --.txt"
        try store.write(DocumentEntry(path: hostile, sha256: "'", format: "text", encoding: nil), result: Self.sampleResult(3))
        #expect(try store.doneDocuments() == [hostile: "'"])
        #expect(try Self.count(store, "targets") == 1)
    }

    @Test func aNewerSchemaIsRefused() throws {
        let dir = try Fixtures.directory()
        let path = dir.appendingPathComponent("a.sqlite").path
        let store = try ArchiveStore(path: path)
        try store.queue.write { db in try db.execute(sql: "INSERT INTO schema_version (version) VALUES (99)") }
        #expect(throws: ArchiveError.self) { _ = try ArchiveStore(path: path) }
        #expect(throws: ArchiveError.self) { _ = try CorpusIDF.read(from: path) }
    }
}
