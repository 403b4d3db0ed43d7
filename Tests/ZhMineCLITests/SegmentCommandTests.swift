import Foundation
import Testing

/// End-to-end tests of `zhmine segment` and `zhmine dict` through the real binary.
@Suite struct SegmentCommandTests {
    @Test func oneOutputLinePerInputLine() throws {
        let text = "规模以上工业增加值增长8.5%。\n\n新建城区道路停车位4400个\n"
        let r = try CLI.run(["segment", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "规模以上工业增加值 增长 8.5% 。")
        #expect(lines[1] == "")
        #expect(lines[2].hasSuffix("4400 个"))
    }

    @Test func jsonlOffsetsPointIntoTheFullWidthOriginal() throws {
        let text = "经济增长８．５％\n株洲"
        let r = try CLI.run(["segment", "--format", "jsonl", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        let original = Array(text.unicodeScalars)
        var tokens: [String] = []
        for line in r.lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == o["text"] as? String)
            tokens.append(o["text"] as? String ?? "")
        }
        #expect(tokens.contains("８．５％"))
        #expect(tokens.last == "株洲")
    }

    @Test(.enabled(if: CLI.hasJieba, CLI.jiebaSkipMessage))
    func posTags() throws {
        let r = try CLI.run(["segment", "--pos", "-"], stdin: Data("株洲增长8%".utf8))
        #expect(r.text == "株洲/ns 增长/v 8%/m\n")
    }

    @Test func anICUOnlyLexiconWarnsOnceOnStderr() throws {
        let r = try CLI.run(["segment", "--no-jieba", "-"], stdin: Data("株洲增长8%\n".utf8))
        #expect(r.status == 0 && !r.text.isEmpty)
        #expect(r.stderr.components(separatedBy: "without jieba's dict.txt").count == 2, "\(r.stderr)")
        let withJieba = try CLI.run(["segment", "-"], stdin: Data("株洲增长8%\n".utf8))
        #expect(withJieba.stderr.contains("without jieba's dict.txt") == !CLI.hasJieba)
    }

    @Test func userDictionaryForcesAWord() throws {
        let dir = try CLI.temporaryDirectory()
        let dict = dir.appendingPathComponent("user.txt")
        try "东部先进制造业发展带 force\n".write(to: dict, atomically: true, encoding: .utf8)
        let r = try CLI.run(["segment", "--dict", dict.path, "-"], stdin: Data("打造长株潭东部先进制造业发展带".utf8))
        #expect(r.status == 0)
        #expect(r.text.contains(" 东部先进制造业发展带"))
    }

    @Test func gb18030InputSegmentsLikeUTF8() throws {
        let utf8 = try CLI.run(["segment", CLI.seedPath])
        let gb = try TextCommandTests.iconv(try Data(contentsOf: URL(fileURLWithPath: CLI.seedPath)), to: "GB18030")
        let r = try CLI.run(["segment", "-"], stdin: gb)
        #expect(r.status == 0)
        #expect(r.stdout == utf8.stdout)
    }

    @Test func jobsGiveTheSameOutputInOrder() throws {
        // Corpus reports repeated past two batches of 256 KiB chunks (--jobs 2: 8 chunks a batch),
        // each copy numbered, so that chunks out of order or lost would show.
        let reports = try FileManager.default.contentsOfDirectory(atPath: CLI.repositoryRoot.appendingPathComponent("Corpus/reports").path)
            .sorted().map { try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("Corpus/reports/\($0)"), encoding: .utf8) }
        func document(copies: Int) -> String {
            (0..<copies).map { "第\($0)份\n" + reports.joined(separator: "\n") + "\n" }.joined()
        }
        let dir = try CLI.temporaryDirectory()
        let big = dir.appendingPathComponent("big.txt"), small = dir.appendingPathComponent("small.txt")
        let text = document(copies: 72)
        try text.write(to: big, atomically: true, encoding: .utf8)
        try document(copies: 10).write(to: small, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 8 * (1 << 18))
        let one = try CLI.run(["segment", big.path])
        let two = try CLI.run(["segment", "--jobs", "2", big.path])
        let three = try CLI.run(["segment", "--jobs", "3", big.path])
        #expect(one.status == 0 && two.status == 0 && three.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(two.stdout == one.stdout)
        #expect(three.stdout == one.stdout)
        #expect(two.text.split(separator: "\n", omittingEmptySubsequences: false).count
            == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        // jsonl offsets are document offsets: the same whichever thread segments a chunk.
        let jsonOne = try CLI.run(["segment", "--format", "jsonl", small.path])
        let jsonTwo = try CLI.run(["segment", "--format", "jsonl", "--jobs", "2", small.path])
        #expect(jsonOne.status == 0 && !jsonOne.stdout.isEmpty)
        #expect(jsonTwo.stdout == jsonOne.stdout)
        let zero = try CLI.run(["segment", "--jobs", "0", small.path])
        #expect(zero.status != 0)
    }

    @Test func dictStatsShowsTheSources() throws {
        let r = try CLI.run(["dict", "stats"])
        #expect(r.status == 0)
        #expect(r.text.contains("icu "))
        #expect(r.text.contains("project:regions.txt"))
        let lookup = try CLI.run(["dict", "lookup", "株洲", "规模以上工业增加值"])
        #expect(lookup.text.contains("株洲\tcost"))
        #expect(!lookup.text.contains("not in the lexicon"))
    }

    @Test func badDictionaryLineNamesFileAndLine() throws {
        let dir = try CLI.temporaryDirectory()
        let dict = dir.appendingPathComponent("bad.txt")
        try "好词 10 n\n坏词 ten n\n".write(to: dict, atomically: true, encoding: .utf8)
        let r = try CLI.run(["segment", "--dict", dict.path, "-"], stdin: Data("测试".utf8))
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: \(dict.path):2: bad frequency 'ten' (want a non-negative integer or 'force')\n")
    }
}
