import Foundation
import Testing
import ZIPFoundation

/// End-to-end tests of `zhmine batch` through the real binary, read back with the sqlite3 tool.
@Suite(.serialized) struct BatchCommandTests {
    // MARK: Reliability: kill -9 then --resume gives exactly the rows of an uninterrupted run.

    @Test func killedBatchResumesToExactlyTheRowsOfAnUninterruptedRun() throws {
        let dir = try CLI.temporaryDirectory()
        let docs = dir.appendingPathComponent("docs")
        let count = try Self.generateReports(in: docs, count: 300, reportsPerDocument: 3)
        #expect(count == 300)

        let full = dir.appendingPathComponent("full.sqlite").path
        let uninterrupted = try CLI.run(["batch", docs.path, "--db", full, "--jobs", "2"])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        #expect(try Self.sql(full, "SELECT COUNT(*) FROM documents WHERE status = 'done'") == "300")

        let killed = dir.appendingPathComponent("killed.sqlite").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["batch", docs.path, "--db", killed, "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var doneAtKill = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: killed),
               let n = Int((try? Self.sql(killed, "SELECT COUNT(*) FROM documents")) ?? ""), n >= 40 {
                doneAtKill = n
                break
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let survived = Int(try Self.sql(killed, "SELECT COUNT(*) FROM documents")) ?? -1
        #expect(doneAtKill >= 40)
        #expect(survived < 300, "the batch finished before the kill: the test proves nothing")
        // What survived the kill is complete: every stored document has all of its rows.
        #expect(try Self.sql(killed, """
            SELECT COUNT(*) FROM documents d WHERE d.status = 'done'
               AND (SELECT COUNT(*) FROM numbers n WHERE n.document_id = d.id) = 0
            """) == "0")

        // A batch of 300 writes without the query indexes (rebuilt at its end): the killed one left none.
        #expect(try Self.sql(full, Self.queryIndexCount) == "4")
        #expect(try Self.sql(killed, Self.queryIndexCount) == "0")

        let resumed = try CLI.run(["batch", docs.path, "--db", killed, "--jobs", "2", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Self.sql(killed, Self.queryIndexCount) == "4")
        #expect(resumed.stderr.contains("\(survived) skipped"), "\(resumed.stderr)")
        for query in Self.canonicalDumps {
            let a = try Self.sql(full, query), b = try Self.sql(killed, query)
            #expect(!a.isEmpty)
            #expect(a == b, "differs: \(query)")
        }
    }

    static let queryIndexCount = """
        SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'
           AND name IN ('targets_indicator', 'targets_year', 'entities_type_text', 'keywords_word')
        """

    // MARK: Reliability: a hostile directory — nothing crashes, every bad item recorded, every good one processed.

    @Test func hostileDirectory() throws {
        let dir = try CLI.temporaryDirectory()
        let root = dir.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        func file(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        let report = "株洲市2021年政府工作报告\n地区生产总值增长8%左右，城镇新增就业3万人以上。\n"
        let traditional = "臺北市2021年施政報告\n經濟增長百分之五左右，國內生產總值增長8%。\n"

        // Good items.
        try file("good.txt", Array(report.utf8))
        try file("good.md", Array(("# " + report).utf8))
        try file("good.html", Array("<html><head><title>株洲市2021年政府工作报告</title><script>var x = '增长99%';</script></head><body><p>地区生产总值增长8%左右</p></body></html>".utf8))
        try file("gbk.txt", [UInt8](try TextCommandTests.iconv(Data(report.utf8), to: "GBK")))
        try file("big5.txt", [UInt8](try TextCommandTests.iconv(Data(traditional.utf8), to: "BIG5")))
        try file("good.docx", try Self.docx(report))
        // Bad items.
        try file("empty.txt", [])
        try file("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 200))
        try file("invalid-utf8.txt", Array("经济增长百分之五左右，国内生产总值稳步提升".utf8) + [0xFF, 0xFE, 0xC0, 0xAF])
        try file("long-line.txt", [UInt8](repeating: 0x41, count: 50_000_000))
        let inner = try Self.zipData([("inner.txt", Array(report.utf8))])
        try Self.zip([("ok/inside.txt", Array(report.utf8)), ("inner.zip", inner)], at: root.appendingPathComponent("nested.zip"))
        try Self.zip([("../../etc/passwd", Array("root:x:0:0:root:/root:/bin/bash\n".utf8))], at: root.appendingPathComponent("traversal.zip"))
        try Self.zip([("bomb.txt", [UInt8](repeating: 0x30, count: 12_000_000))], at: root.appendingPathComponent("bomb.zip"))
        try file("not-a-zip.zip", Array("PK but not really".utf8))
        // A file that vanishes after being listed: a link whose target is deleted.
        try file("target.tmp", Array(report.utf8))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("vanished.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("gone.txt").path)
        try FileManager.default.removeItem(at: root.appendingPathComponent("target.tmp"))
        // An unreadable file: as root, chmod 000 does not stop reading, so then it is a good item.
        try file("unreadable.txt", Array(report.utf8))
        chmod(root.appendingPathComponent("unreadable.txt").path, 0)
        let isRoot = getuid() == 0

        let db = dir.appendingPathComponent("h.sqlite").path
        let r = try CLI.run(["batch", root.path, "--db", db, "--jobs", "2"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
        let rows = try Self.sql(db, "SELECT path, status, IFNULL(error, ''), IFNULL(encoding, '') FROM documents ORDER BY path")
        var byName: [String: (status: String, error: String, encoding: String)] = [:]
        for line in rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            byName[f[0].replacingOccurrences(of: root.path + "/", with: "")] = (f[1], f[2], f[3])
        }
        let good = ["good.txt", "good.md", "good.html", "gbk.txt", "big5.txt", "good.docx", "nested.zip!/ok/inside.txt"]
            + (isRoot ? ["unreadable.txt"] : [])
        for name in good {
            #expect(byName[name]?.status == "done", "\(name): \(String(describing: byName[name]))")
        }
        #expect(byName["gbk.txt"]?.encoding == "GB18030")
        #expect(byName["big5.txt"]?.encoding == "Big5")
        let bad: [String: String] = [
            "empty.txt": "empty", "binary.txt": "is an ELF executable, not text", "invalid-utf8.txt": "invalid UTF-8",
            "long-line.txt": "--max-bytes", "nested.zip!/inner.zip": "nested zip",
            "traversal.zip!/../../etc/passwd": "..", "bomb.zip!/bomb.txt": "zip bomb",
            "not-a-zip.zip": "not a readable zip", "vanished.txt": "no such file",
        ].merging(isRoot ? [:] : ["unreadable.txt": "permission denied"]) { a, _ in a }
        for (name, reason) in bad {
            #expect(byName[name]?.status == "failed", "\(name): \(String(describing: byName[name]))")
            #expect(byName[name]?.error.contains(reason) == true, "\(name): \(String(describing: byName[name]))")
        }
        #expect(byName.count == good.count + bad.count, "\(byName.keys.sorted())")
        // Nothing escaped the archive.
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("etc/passwd").path))
        // The good documents carry their rows, with offsets that slice the decoded text.
        let numberRows = try Self.sql(db, """
            SELECT n.text || '|' || n.start || '|' || n."end" FROM numbers n JOIN documents d ON d.id = n.document_id
             WHERE d.path LIKE '%good.txt' ORDER BY n.start
            """).split(separator: "\n")
        let scalars = Array(report.unicodeScalars)
        #expect(numberRows.count >= 3)
        for row in numberRows {
            let f = row.split(separator: "|").map(String.init)
            let start = try #require(Int(f[1])), end = try #require(Int(f[2]))
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == f[0])
        }
        #expect(numberRows.contains { $0.hasPrefix("3万人以上|") })
        // Keywords: ranked from 1, words of the document.
        let keywords = try Self.sql(db, """
            SELECT k.rank || '|' || k.word FROM keywords k JOIN documents d ON d.id = k.document_id
             WHERE d.path LIKE '%good.txt' ORDER BY k.rank
            """).split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
        #expect(!keywords.isEmpty)
        #expect(keywords.first?.first == "1")
        #expect(keywords.allSatisfy { $0.count == 2 && report.contains($0[1]) }, "\(keywords)")
        #expect(try Self.sql(db, "SELECT title || '|' || jurisdiction || '|' || year FROM documents WHERE path LIKE '%good.html'")
                == "株洲市2021年政府工作报告|株洲市|2021")
        #expect(try Self.sql(db, "SELECT COUNT(*) FROM numbers n JOIN documents d ON d.id = n.document_id WHERE d.path LIKE '%good.html' AND n.text = '99%'") == "0")
        #expect(r.stderr.contains("\(good.count) done, \(bad.count) failed"), "\(r.stderr)")
    }

    // MARK: The streaming filter.

    @Test func jsonLinesFilterWritesOneLinePerDocumentInOrder() throws {
        var input = ""
        for n in 0..<60 {
            let text = "第\(n)号：城镇新增就业\(n + 1)万人以上，增长\(n % 9)%左右。\n第二行"
            let line = try JSONSerialization.data(withJSONObject: ["id": "doc-\(n)", "text": text])
            input += String(decoding: line, as: UTF8.self) + "\n"
        }
        input += "{\"id\": 61, \"text\": 5}\n"
        let r = try CLI.run(["batch", "--jsonl", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(r.status == 2)
        #expect(r.lines.count == 61)
        for (n, line) in r.lines.prefix(60).enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["id"] as? String == "doc-\(n)")
            let numbers = try #require(object["numbers"] as? [[String: Any]])
            let texts = numbers.compactMap { $0["text"] as? String }
            #expect(texts.contains("\(n + 1)万人以上"), "\(texts)")
            #expect(object["targets"] is [Any] && object["entities"] is [Any] && object["keywords"] is [Any])
        }
        let last = try #require(try JSONSerialization.jsonObject(with: Data(r.lines[60].utf8)) as? [String: Any])
        #expect(last["id"] as? Int == 61)
        #expect(last["error"] as? String == "no \"text\" string")
    }

    @Test func progressLineOnlyWhenStderrIsATerminal() throws {
        let dir = try CLI.temporaryDirectory()
        let docs = dir.appendingPathComponent("docs")
        _ = try Self.generateReports(in: docs, count: 5, reportsPerDocument: 1)
        // Not a terminal (a pipe): the summary only.
        let piped = try CLI.run(["batch", docs.path, "--db", dir.appendingPathComponent("a.sqlite").path])
        #expect(!piped.stderr.contains("\u{1B}[K"))
        #expect(piped.diagnostics.hasPrefix("zhmine batch: 5 documents: 5 done, 0 failed, 0 skipped"))
        // A terminal (script(1) gives the command a pseudo-terminal): the progress line, then the summary.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let command = [CLI.binary.path, "batch", docs.path, "--db", dir.appendingPathComponent("b.sqlite").path].joined(separator: " ")
        process.arguments = ["script", "-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("\r\u{1B}[Kbatch 5/5 · 0 failed · 0 skipped"), "\(text)")
        #expect(text.contains("zhmine batch: 5 documents: 5 done"))
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["batch", "x"]).status == 64)
        #expect(try CLI.run(["batch", "--db", "/tmp/x.sqlite"]).status == 64)
        #expect(try CLI.run(["batch", "--jsonl", "x"]).status == 64)
        #expect(try CLI.run(["batch", "x", "--db", "/tmp/x.sqlite", "--jobs", "0"]).status == 64)
    }

    // MARK: - Helpers

    /// Row dumps that must be equal between two archives of the same inputs (ids and times excluded).
    static let canonicalDumps = [
        "SELECT path, sha256, title, jurisdiction, year, chars, format, encoding, status, error FROM documents ORDER BY path",
        """
        SELECT d.path, n.text, n.value, n.value_high, n.unit, n.qualifier, n.base_value, n.base_unit, n.kind, n.start, n."end"
          FROM numbers n JOIN documents d ON d.id = n.document_id ORDER BY d.path, n.start, n."end", n.text
        """,
        """
        SELECT d.path, t.kind, t.indicator, t.value, t.unit, t.year, t.start FROM targets t JOIN documents d ON d.id = t.document_id
        UNION ALL SELECT d.path, e.type, e.text, e.start, e."end", '', '' FROM entities e JOIN documents d ON d.id = e.document_id
        UNION ALL SELECT d.path, 'kw', k.word, k.score, k.rank, '', '' FROM keywords k JOIN documents d ON d.id = k.document_id
        UNION ALL SELECT 'count', COUNT(*), '', '', '', '', '' FROM numbers
        ORDER BY 1, 2, 3, 4, 5, 6, 7
        """,
        "SELECT d.path, t.words FROM document_terms t JOIN documents d ON d.id = t.document_id ORDER BY d.path",
        "SELECT word, df, printf('%.12f', idf) FROM idf ORDER BY word",
    ]

    /// Report-like documents built from the corpus reports: several reports a document, rotated,
    /// with every digit shifted by the document's number so that no two are alike.
    static func generateReports(in directory: URL, count: Int, reportsPerDocument: Int) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let reportsDir = CLI.repositoryRoot.appendingPathComponent("Corpus/reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: reportsDir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOf: reportsDir.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.count >= 3)
        for i in 0..<count {
            var body = ""
            for k in 0..<reportsPerDocument { body += texts[(i + k) % texts.count] + "\n" }
            let shifted = String(String.UnicodeScalarView(body.unicodeScalars.map { s -> Unicode.Scalar in
                guard s.value >= 0x30 && s.value <= 0x39 else { return s }
                return Unicode.Scalar(0x30 + (s.value - 0x30 + UInt32(i)) % 10) ?? s
            }))
            let text = "第\(i)号 某市\(2000 + i % 26)年政府工作报告\n" + shifted
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "report-%04d.txt", i)))
        }
        return count
    }

    /// The output of `sqlite3 DB QUERY`, trailing newline removed.
    static func sql(_ db: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", db, query]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    static func zip(_ entries: [(String, [UInt8])], at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, bytes) in entries { try add(name, bytes, to: archive) }
    }

    static func zipData(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in entries { try add(name, bytes, to: archive) }
        return [UInt8](archive.data ?? Data())
    }

    static func docx(_ text: String) throws -> [UInt8] {
        let paragraphs = text.split(separator: "\n").map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"w\"><w:body>\(paragraphs)</w:body></w:document>"
        return try zipData([("word/document.xml", Array(xml.utf8))])
    }

    private static func add(_ name: String, _ bytes: [UInt8], to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }
    }
}
