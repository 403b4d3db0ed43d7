import Foundation
import Testing

/// End-to-end tests of `zhmine entities` through the real binary.
@Suite struct EntitiesCommandTests {
    let seedText = (try? String(contentsOf: URL(fileURLWithPath: CLI.seedPath), encoding: .utf8)) ?? ""

    func objects(_ r: CLI.Result) throws -> [[String: Any]] {
        try r.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test(.enabled(if: CLI.hasJieba, CLI.jiebaSkipMessage))
    func jsonLinesSliceTheOriginalAndKeepMarkupOut() throws {
        let r = try CLI.run(["entities", CLI.seedPath])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try objects(r)
        #expect(records.count > 60)
        let original = Array(seedText.unicodeScalars)
        for record in records {
            let text = try #require(record["text"] as? String)
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == text)
            #expect(!text.contains("*") && !text.contains("“") && !text.contains("”"))
            #expect(["person", "place", "organization", "facility", "program"].contains(record["type"] as? String ?? ""))
        }
        let pairs = Set(records.map { "\($0["text"] as? String ?? "")/\($0["type"] as? String ?? "")" })
        #expect(pairs.contains("株洲高新区产业发展局/organization"))
        #expect(pairs.contains("邓伟勇/person"))
        #expect(pairs.contains("鹊桥工程/program"))
        #expect(pairs.contains("3+5+2/program"))
    }

    @Test func jsonAndCSVCarryTheSameRecords() throws {
        let jsonl = try CLI.run(["entities", CLI.seedPath])
        let json = try CLI.run(["entities", "--format", "json", CLI.seedPath])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(array.count == jsonl.lines.count)
        let csv = try CLI.run(["entities", "--format", "csv", CLI.seedPath])
        #expect(csv.status == 0)
        #expect(csv.stdout.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = csv.text.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.first?.contains("\"text\",\"type\",\"start\",\"end\"") == true)
        #expect(rows.count == jsonl.lines.count + 1)
    }

    @Test func uniqueCountsDistinctEntities() throws {
        let all = try objects(try CLI.run(["entities", CLI.seedPath]))
        let r = try CLI.run(["entities", "--unique", CLI.seedPath])
        #expect(r.status == 0)
        let unique = try objects(r)
        let counts = unique.compactMap { $0["count"] as? Int }
        #expect(counts.count == unique.count)
        #expect(counts.reduce(0, +) == all.count)
        #expect(counts == counts.sorted(by: >))
        let zhuzhou = unique.first { $0["text"] as? String == "株洲" && $0["type"] as? String == "place" }
        #expect((zhuzhou?["count"] as? Int ?? 0) >= 5)
        #expect(Set(unique.map { "\($0["text"] ?? "")/\($0["type"] ?? "")" }).count == unique.count)
    }

    @Test func stdinInGB18030GivesOriginalOffsets() throws {
        let text = "株洲日报记者 邓伟勇\n推动吉衡高铁、吉邵高速等项目前期工作。\n"
        let gb = try TextCommandTests.iconv(Data(text.utf8), to: "GB18030")
        let r = try CLI.run(["entities", "-"], stdin: gb)
        #expect(r.status == 0, "\(r.stderr)")
        let records = try objects(r)
        let original = Array(text.unicodeScalars)
        #expect(records.contains { $0["text"] as? String == "吉衡高铁" && $0["type"] as? String == "facility" })
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == record["text"] as? String)
        }
    }

    @Test func badInputGivesOneLineErrors() throws {
        let missing = try CLI.run(["entities", "/nonexistent/report.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("zhmine: /nonexistent/report.txt: "))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stdout.isEmpty)

        let invalid = try CLI.run(["entities", "--encoding", "utf8", "-"], stdin: Data([0x41, 0xFF, 0xFE, 0x42]))
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("zhmine: <stdin>: "))
        #expect(invalid.stderr.split(separator: "\n").count == 1)

        let format = try CLI.run(["entities", "--format", "xml", CLI.seedPath])
        #expect(format.status != 0)
        #expect(format.stdout.isEmpty)
    }

    @Test func emptyInputGivesEmptyOutputs() throws {
        #expect(try CLI.run(["entities", "-"], stdin: Data()).stdout.isEmpty)
        let json = try CLI.run(["entities", "--format", "json", "-"], stdin: Data())
        #expect(json.status == 0)
        #expect(json.text == "[]\n")
    }
}
