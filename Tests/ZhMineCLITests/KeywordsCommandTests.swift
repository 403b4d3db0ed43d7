import Foundation
import Testing

/// End-to-end tests of `zhmine keywords` through the real binary.
@Suite struct KeywordsCommandTests {
    static let ports = String(repeating: "港口吞吐量增长，机场旅客吞吐量增长。港口和机场同步扩容。\n", count: 3)

    func objects(_ r: CLI.Result) throws -> [[String: Any]] {
        try r.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test(arguments: ["tfidf", "textrank"])
    func jsonLinesHaveWordWeightCount(method: String) throws {
        let r = try CLI.run(["keywords", "--method", method, CLI.seedPath])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try objects(r)
        #expect(records.count == 20)
        var previous = Double.infinity
        for object in records {
            #expect(Set(object.keys) == ["word", "weight", "count"])
            let word = try #require(object["word"] as? String)
            let weight = try #require(object["weight"] as? Double)
            let count = try #require(object["count"] as? Int)
            #expect(word.unicodeScalars.count >= 2 && count >= 1 && weight > 0 && weight <= previous)
            previous = weight
            // Page furniture and numbers never make it (jieba's TF-IDF lists 关键词, 点击, 100).
            #expect(!["关键词", "点击", "报告点击", "连线场外", "制图", "记者", "100"].contains(word))
            #expect(!word.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 })
        }
    }

    @Test(.enabled(if: CLI.hasJieba, CLI.jiebaSkipMessage))
    func textFormatAndTop() throws {
        let r = try CLI.run(["keywords", "--top", "3", "--format", "text", "-"], stdin: Data(Self.ports.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 3)
        for line in r.lines {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 3)
            #expect(Double(fields[1]) != nil && Int(fields[2]) != nil)
        }
    }

    @Test func csvHasAHeader() throws {
        let r = try CLI.run(["keywords", "--format", "csv", "--top", "2", "-"], stdin: Data(Self.ports.utf8))
        #expect(r.status == 0)
        #expect(r.text.hasPrefix("\u{FEFF}\"word\",\"weight\",\"count\"\r\n"))
        #expect(r.text.split(separator: "\r\n").count == 3)
    }

    @Test func jsonArray() throws {
        let r = try CLI.run(["keywords", "--format", "json", "-"], stdin: Data(Self.ports.utf8))
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(!array.isEmpty)
    }

    @Test(.enabled(if: CLI.hasJieba, CLI.jiebaSkipMessage))
    func anIDFTableDecidesTheOrder() throws {
        let dir = try CLI.temporaryDirectory()
        func first(_ table: String) throws -> String? {
            let file = dir.appendingPathComponent("idf-\(UUID().uuidString).txt")
            try Data(table.utf8).write(to: file)
            let r = try CLI.run(["keywords", "--idf", file.path, "--format", "text", "-"], stdin: Data(Self.ports.utf8))
            #expect(r.status == 0, "\(r.stderr)")
            return r.lines.first?.split(separator: "\t").first.map(String.init)
        }
        #expect(try first("港口 14\n机场 1\n吞吐量 1\n旅客 1\n") == "港口")
        #expect(try first("港口 1\n机场 14\n吞吐量 1\n旅客 1\n") == "机场")
    }

    @Test func posFilter() throws {
        let text = "株洲推进轨道交通建设，株洲发展轨道交通产业。\n"
        let r = try CLI.run(["keywords", "--pos", "ns", "--format", "text", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        #expect(r.lines.map { $0.split(separator: "\t").first.map(String.init) } == ["株洲"])
    }

    func words(_ arguments: [String], _ text: String) throws -> [String] {
        let r = try CLI.run(["keywords", "--format", "text", "--top", "50"] + arguments + ["-"], stdin: Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        return r.lines.compactMap { $0.split(separator: "\t").first.map(String.init) }
    }

    @Test(.enabled(if: CLI.hasJieba, CLI.jiebaSkipMessage))
    func boilerplateSingleCharactersAndPhrasesFollowTheirFlags() throws {
        let text = String(repeating: "推进园区物流建设，园区物流降本增效，煤、油、气保供。\n", count: 3)
        let plain = try words([], text)
        #expect(!plain.contains("推进") && plain.allSatisfy { $0.unicodeScalars.count >= 2 })
        #expect(plain.contains("园区物流"))
        #expect(try words(["--keep-boilerplate", "--pos", "n,v,vn"], text).contains("推进"))
        #expect(try words(["--allow-single", "--pos", "n"], text).contains { $0.unicodeScalars.count == 1 })
        let noPhrases = try words(["--no-phrases"], text)
        #expect(!noPhrases.contains("园区物流") && noPhrases.contains("物流"))
    }

    @Test func lexiconIDFAndOutFile() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("k.jsonl")
        let r = try CLI.run(["keywords", "--lexicon-idf", "--out", out.path, CLI.seedPath])
        #expect(r.status == 0 && r.stdout.isEmpty)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 20)
    }

    // MARK: Bad input: one line, non-zero exit.

    @Test func missingIDFTable() throws {
        let r = try CLI.run(["keywords", "--idf", "/nonexistent/idf.txt", CLI.seedPath])
        #expect(r.status == 1)
        #expect(r.diagnostics == "zhmine: /nonexistent/idf.txt: no such file\n")
    }

    @Test func malformedIDFTable() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.txt")
        try Data("港口 3\n机场 many\n".utf8).write(to: file)
        let r = try CLI.run(["keywords", "--idf", file.path, CLI.seedPath])
        #expect(r.status == 1)
        #expect(r.diagnostics == "zhmine: \(file.path):2: bad IDF value 'many'\n")
    }

    @Test func missingDocument() throws {
        let r = try CLI.run(["keywords", "/nonexistent/report.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: /nonexistent/report.txt: no such file\n")
    }

    @Test(arguments: [["--top", "0"], ["--method", "lda"], ["--pos", ","], ["--idf", "x", "--lexicon-idf"]])
    func badOptionsAreUsageErrors(options: [String]) throws {
        let r = try CLI.run(["keywords"] + options + [CLI.seedPath])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test func emptyInputGivesNoRecords() throws {
        let r = try CLI.run(["keywords", "-"], stdin: Data())
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }
}
