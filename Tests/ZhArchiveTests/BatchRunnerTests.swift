import Foundation
import GRDB
import Testing
import ZhInputs
import ZhTestSupport
@testable import ZhArchive

/// The runner: parallel processing, failures recorded, resume, idempotent re-runs; the JSON-lines filter.
@Suite struct BatchRunnerTests {
    static func snapshot(_ store: ArchiveStore) throws -> [String] {
        try store.queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT d.path || '|' || d.status || '|' || IFNULL(d.sha256, '') || '|' || IFNULL(d.error, '') || '|' ||
                       IFNULL(d.title, '') || '|' || IFNULL(d.year, '') || '|' || IFNULL(d.chars, '') || '|' ||
                       (SELECT COUNT(*) FROM numbers n WHERE n.document_id = d.id) || '|' ||
                       IFNULL((SELECT group_concat(n.text || '@' || n.start, ',') FROM numbers n WHERE n.document_id = d.id), '')
                FROM documents d ORDER BY d.path
                """)
        }
    }

    @Test func aBatchRecordsEveryItemAndResumeSkipsTheDoneOnes() async throws {
        let dir = try Fixtures.directory()
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for n in 0..<40 { try Data(Fixtures.report(n).utf8).write(to: docs.appendingPathComponent(String(format: "%03d.txt", n))) }
        try Data().write(to: docs.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0xFF]).write(to: docs.appendingPathComponent("binary.txt"))
        try Data("<p>网页：增长7%</p>".utf8).write(to: docs.appendingPathComponent("page.html"))
        let found = InputDiscovery(limits: InputLimits()).discover([docs.path])
        #expect(found.items.count == 43)

        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let runner = BatchRunner(store: store, processor: DigitsProcessor(), options: BatchOptions(jobs: 3))
        var seen = 0
        let summary = try await runner.run(found.items) { p in seen = p.finished }
        #expect(summary.done == 41)
        #expect(summary.failed == 2)
        #expect(seen == 43)
        #expect(Set(summary.failures.map { ($0.path as NSString).lastPathComponent }) == ["empty.txt", "binary.txt"])
        let first = try Self.snapshot(store)
        #expect(first.count == 43)
        // 43 items suspended the query indexes; the end of the batch built them again.
        #expect(try ArchiveStoreTests.queryIndexes(store).count == 4)
        #expect(first.contains { $0.contains("page.html|done|") && $0.hasSuffix("|1|7@5") })

        // Re-running without --resume: same rows, no duplicates.
        _ = try await runner.run(found.items)
        #expect(try Self.snapshot(store) == first)

        // --resume: the done documents are skipped; the failed ones are tried again.
        var resumed = runner
        resumed.options.resume = true
        let again = try await resumed.run(found.items)
        #expect(again.skipped == 41)
        #expect(again.failed == 2)
        #expect(try Self.snapshot(store) == first)

        // A changed file at the same path is processed again even with --resume.
        try Data(Fixtures.report(999).utf8).write(to: docs.appendingPathComponent("000.txt"))
        let changed = try await resumed.run(found.items)
        #expect(changed.skipped == 40)
        #expect(changed.done == 1)
    }

    @Test func aFileThatVanishesAfterDiscoveryIsRecordedAndTheBatchGoesOn() async throws {
        let dir = try Fixtures.directory()
        for n in 0..<5 { try Data(Fixtures.report(n).utf8).write(to: dir.appendingPathComponent("\(n).txt")) }
        let found = InputDiscovery(limits: InputLimits()).discover([dir.path])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("2.txt"))
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let summary = try await BatchRunner(store: store, processor: DigitsProcessor(), options: BatchOptions(jobs: 2)).run(found.items)
        #expect(summary.done == 4)
        #expect(summary.failures.map { ($0.path as NSString).lastPathComponent } == ["2.txt"])
        #expect(summary.failures.first?.error.contains("no such file") == true)
    }

    @Test func jsonLinesFilterAnswersEveryLineInOrder() async throws {
        var lines: [LineReader.Line] = (0..<25).map { n in
            .bytes(Array("{\"id\": \"d\(n)\", \"text\": \"增长\(n)%\"}".utf8))
        }
        lines.insert(.bytes(Array("not json".utf8)), at: 3)
        lines.insert(.bytes(Array("{\"id\": 7, \"text\": \"\"}".utf8)), at: 10)
        lines.insert(.tooLong(99), at: 12)
        var iterator = lines.makeIterator()
        var output: [String] = []
        let stats = try await JSONLinesFilter(processor: DigitsProcessor(), jobs: 3).run(lines: { iterator.next() }) {
            output.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(stats.documents == 28)
        #expect(stats.failed == 3)
        #expect(output.count == 28)
        #expect(output.allSatisfy { $0.hasSuffix("}\n") })
        let objects = try output.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let ids = objects.compactMap { $0["id"] as? String }
        #expect(ids == (0..<25).map { "d\($0)" })
        #expect(objects[3]["error"] as? String == "not a JSON object")
        #expect(objects[10]["id"] as? Int == 7)
        #expect(objects[10]["error"] != nil)
        let numbers = try #require(objects[0]["numbers"] as? [[String: Any]])
        #expect(numbers.first?["text"] as? String == "0")
    }

    @Test func lineReaderSplitsAndBoundsLines() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let payload = Array("一\n\n二二\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n末尾".utf8)
        _ = payload.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        var reader = LineReader(fd: fds[0], maxLineBytes: 10)
        var got: [String] = []
        while let line = try reader.next() {
            switch line {
            case let .bytes(b): got.append(String(decoding: b, as: UTF8.self))
            case let .tooLong(n): got.append("<\(n)>")
            }
        }
        close(fds[0])
        #expect(got == ["一", "", "二二", "<30>", "末尾"])
    }
}
