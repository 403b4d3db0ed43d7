import Foundation
import Testing

/// End-to-end tests of `zhmine numbers` through the real binary.
@Suite struct NumbersCommandTests {
    func objects(_ r: CLI.Result) throws -> [[String: Any]] {
        try r.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func figuresWithUnitsQualifiersAndOriginalOffsets() throws {
        let text = "城镇新增就业１２００万人以上，经济增长**8%左右**，1.57亿元。"
        let r = try CLI.run(["numbers", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let o = try objects(r)
        #expect(o.count == 3)
        let original = Array(text.unicodeScalars)
        for record in o {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == record["text"] as? String)
        }
        #expect(o[0]["text"] as? String == "１２００万人以上")
        #expect(o[0]["unit"] as? String == "万人" && o[0]["qualifier"] as? String == "atLeast")
        #expect((o[0]["normalized"] as? [String: Any])?["value"] as? Int == 12_000_000)
        #expect(o[1]["qualifier"] as? String == "approx" && o[1]["unit"] as? String == "%")
        // Exact decimals: 1.57 stays 1.57 in the JSON text.
        #expect(r.text.contains("\"value\": 1.57,"))
    }

    @Test func csvOpensInExcel() throws {
        let r = try CLI.run(["numbers", "--format", "csv", "-"], stdin: Data("增长5%—6%".utf8))
        #expect(r.status == 0)
        #expect(Array(r.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(r.text.contains("\"5%—6%\""))
        #expect(r.text.contains("\"range\""))
    }

    @Test func jsonArrayOfTheSeed() throws {
        let r = try CLI.run(["numbers", "--format", "json", CLI.seedPath])
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(array.count >= 25)
        #expect(array.contains { $0["text"] as? String == "4400个" || ($0["text"] as? String)?.hasPrefix("4400") == true })
        #expect(!array.contains { ($0["text"] as? String) == "一谷三区" })
    }

    @Test func badInputIsOneLine() throws {
        let r = try CLI.run(["numbers", "/nonexistent.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: /nonexistent.txt: no such file\n")
    }
}
