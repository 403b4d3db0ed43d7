import Foundation
import Testing

/// End-to-end tests of `zhmine extract` through the real binary.
@Suite struct ExtractCommandTests {
    let seed = (try? Data(contentsOf: URL(fileURLWithPath: CLI.seedPath))) ?? Data()

    static func objects(_ r: CLI.Result) throws -> [[String: Any]] {
        try r.lines.map { line in try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) }
    }

    @Test func seedAsJSONLinesSlicesTheOriginalAndFindsTheMainTargets() throws {
        let r = try CLI.run(["extract", CLI.seedPath])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let records = try Self.objects(r)
        #expect(records.count >= 25)
        let original = Array(String(decoding: seed, as: UTF8.self).unicodeScalars)
        for o in records {
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == o["sentence"] as? String)
            #expect(o["doc"] as? String == CLI.seedPath)
            #expect(["target", "actual"].contains(o["kind"] as? String ?? ""))
        }
        // 规模以上工业增加值增长**8.5%** — the DESIGN.md example, markup kept in the sentence.
        let industry = try #require(records.first { $0["indicator"] as? String == "规模以上工业增加值" })
        #expect((industry["value"] as? NSNumber)?.doubleValue == 8.5)
        #expect(industry["unit"] as? String == "%")
        #expect(industry["year"] as? String == "2021")
        #expect(industry["sentence"] as? String == "规模以上工业增加值增长**8.5%**")
        #expect(industry["section"] as? String == "2021年经济社会发展的主要预期目标")
        // The relative target has a null value and a reference.
        let relative = try #require(records.first { $0["reference"] as? String == "经济增长" })
        #expect(relative["value"] is NSNull)
        #expect(relative["qualifier"] as? String == "atLeast")
    }

    @Test func jsonIsOneArrayWithTheSameRecords() throws {
        let lines = try CLI.run(["extract", CLI.seedPath])
        let r = try CLI.run(["extract", "--format", "json", CLI.seedPath])
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(array.count == lines.lines.count)
        #expect(array.first?["indicator"] as? String == (try Self.objects(lines)).first?["indicator"] as? String)
    }

    @Test func csvHasABOMAHeaderAndQuotedFields() throws {
        let r = try CLI.run(["extract", "--format", "csv", CLI.seedPath])
        #expect(r.status == 0)
        #expect(Array(r.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: r.stdout.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "\"doc\",\"kind\",\"indicator\",\"change\",\"value\",\"unit\",\"qualifier\",\"reference\",\"year\",\"section\",\"sentence\",\"start\",\"end\"")
        #expect(rows.count == (try CLI.run(["extract", CLI.seedPath])).lines.count + 1)
        #expect(rows.contains { $0.contains("\"规模以上工业增加值\"") && $0.contains("\"8.5\"") })
    }

    @Test func severalFilesCarryTheirDocNamesAndOutGoesToAFile() throws {
        let dir = try CLI.temporaryDirectory()
        let a = dir.appendingPathComponent("a-2024.txt"), b = dir.appendingPathComponent("b-2023.txt")
        try Data("二、2024年主要预期目标\n地区生产总值增长5%左右，城镇新增就业1200万人以上。\n".utf8).write(to: a)
        try Data("一、2022年工作回顾\n全年地区生产总值增长3.5%。\n二、2023年主要预期目标\n地区生产总值增长6%左右。\n".utf8).write(to: b)
        let out = dir.appendingPathComponent("records.jsonl")
        let r = try CLI.run(["extract", a.path, b.path, "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let lines = String(decoding: try Data(contentsOf: out), as: UTF8.self).split(separator: "\n")
        let records = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 4)
        #expect(records.filter { $0["doc"] as? String == a.path }.count == 2)
        let fromB = records.filter { $0["doc"] as? String == b.path }
        #expect(fromB.map { $0["kind"] as? String } == ["actual", "target"])
        #expect(fromB.map { $0["year"] as? String } == ["2022", "2023"])
    }

    @Test func gb18030FromStdinGivesTheSameRecords() throws {
        let gb = try TextCommandTests.iconv(seed, to: "GB18030")
        let r = try CLI.run(["extract", "-"], stdin: gb)
        #expect(r.status == 0)
        let utf8 = try CLI.run(["extract", CLI.seedPath])
        let strip: ([String: Any]) -> String = { o in "\(o["indicator"] ?? "")|\(o["value"] ?? "")|\(o["start"] ?? "")|\(o["sentence"] ?? "")" }
        #expect(try Self.objects(r).map(strip) == (try Self.objects(utf8)).map(strip))
    }

    @Test func missingFileIsAOneLineErrorAndNoOutput() throws {
        let r = try CLI.run(["extract", CLI.seedPath, "/nonexistent/report.txt"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "zhmine: /nonexistent/report.txt: no such file\n")
    }

    @Test func binaryInputIsAOneLineError() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("image.bin")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0x00, 0xFE]).write(to: file)
        let r = try CLI.run(["extract", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.hasPrefix("zhmine: \(file.path): "))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try CLI.run(["extract", "--format", "xml", CLI.seedPath])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test func emptyInputGivesNoRecords() throws {
        let r = try CLI.run(["extract", "-", "--format", "json"], stdin: Data())
        #expect(r.status == 0)
        #expect(r.text == "[]\n")
    }
}
