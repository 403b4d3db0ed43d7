import Testing
@testable import ZhLexicon

@Suite struct WordListFileTests {
    @Test func parsesJiebaFormatVariants() throws {
        let text = "# comment\n\n株洲 3000 ns\n长株潭新城 force ns\n高新区 n\n单字\r\n\u{FEFF}x 5\n"
        let entries = try WordListFile.parse(Array(text.utf8), name: "user.txt")
        #expect(entries.map(\.word) == ["株洲", "长株潭新城", "高新区", "单字", "\u{FEFF}x"])
        #expect(entries[0].frequency == 3000 && entries[0].pos == "ns" && !entries[0].forced && entries[0].line == 3)
        #expect(entries[1].forced && entries[1].frequency == nil && entries[1].pos == "ns")
        #expect(entries[2].pos == "n" && entries[2].frequency == nil)
        #expect(entries[3].line == 6)
    }

    @Test func aLeadingBOMIsIgnored() throws {
        let entries = try WordListFile.parse([0xEF, 0xBB, 0xBF] + Array("株洲 10 ns\n".utf8), name: "bom.txt")
        #expect(entries.map(\.word) == ["株洲"])
    }

    @Test(arguments: [
        ("a 1 n extra\n", 1, "expected 'word [freq|force] [pos]', found 4 fields"),
        ("ok 1\nbad x1 n\n", 2, "bad frequency 'x1' (want a non-negative integer or 'force')"),
        ("ok 1\n\nw 12 n-1\n", 3, "bad POS tag 'n-1'"),
        ("w -5\n", 1, "bad frequency '-5' (want a non-negative integer or 'force')"),
    ])
    func malformedLinesNameFileAndLine(text: String, line: Int, problem: String) {
        #expect(throws: WordListError(file: "d.txt", line: line, problem: problem)) {
            try WordListFile.parse(Array(text.utf8), name: "d.txt")
        }
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() {
        let bytes = Array("a 1\n".utf8) + [0xE4, 0x20, 0x31, 0x0A]
        #expect(throws: WordListError(file: "bad.txt", line: 2, problem: "invalid UTF-8")) {
            try WordListFile.parse(bytes, name: "bad.txt")
        }
    }
}
