import Foundation
import Testing
import ZhLexicon
@testable import ZhExtract

@Suite struct KeywordIDFTests {
    func value(_ table: some InverseDocumentFrequencies, _ word: String) -> Float? { table.idf(word) }

    @Test func parsesTheTableFormat() throws {
        let text = "\u{FEFF}# comment\n港口 11.5\r\n\n  机场\t2.25  \n港口 7\n矿山 1e1\n单 +3\n"
        let table = try IDFTable(bytes: Array(text.utf8), name: "t.txt")
        #expect(table.count == 4)
        #expect(value(table, "港口") == 7)  // a later line wins
        #expect(value(table, "机场") == 2.25)
        #expect(value(table, "矿山") == 10)
        #expect(value(table, "单") == 3)
        #expect(value(table, "码头") == nil)
        #expect(table.defaultIDF == 7)  // the median of 7, 2.25, 10, 3
    }

    @Test(arguments: [
        ("港口 11.5\n机场 x\n", 2, "bad IDF value 'x'"),
        ("港口\n", 1, "expected 'word idf'"),
        ("港口 1 2\n", 1, "expected 'word idf'"),
        ("港口 -1\n", 1, "bad IDF value '-1'"),
        ("港口 nan\n", 1, "bad IDF value 'nan'"),
    ])
    func malformedLinesNameTheLine(text: String, line: Int, problem: String) {
        #expect(throws: IDFTableError(file: "t.txt", line: line, problem: problem)) {
            try IDFTable(bytes: Array(text.utf8), name: "t.txt")
        }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: IDFTableError(file: "t.txt", line: 1, problem: "invalid UTF-8")) {
            try IDFTable(bytes: [0xE6, 0xB8, 0x20, 0x31, 0x0A], name: "t.txt")
        }
    }

    @Test func missingFile() {
        #expect(throws: IDFTableError(file: "/nonexistent/idf.txt", line: 0, problem: "no such file")) {
            try IDFTable(contentsOf: "/nonexistent/idf.txt")
        }
    }

    @Test func everyWordOfALargeTableIsFoundWithItsValue() throws {
        var text = ""
        for i in 0..<20_000 { text += "词\(i)汇 \(i % 97).5\n" }
        text += "词7汇 1000\n"  // a repeat: the later line wins
        let table = try IDFTable(bytes: Array(text.utf8), name: "big")
        #expect(table.count == 20_000)
        for i in 0..<20_000 where i != 7 {
            #expect(value(table, "词\(i)汇") == Float(i % 97) + 0.5)
        }
        #expect(value(table, "词7汇") == 1000)
        #expect(value(table, "词20000汇") == nil)
        #expect(value(table, "") == nil)
        let empty = IDFTable(entries: [], name: "empty")
        #expect(empty.count == 0 && value(empty, "词") == nil)
    }

    @Test func wordsSharingAHashGroupAreAllFound() throws {
        // Collect 40 words whose hashes fall into one group: the group is sorted, not scanned.
        var byGroup: [UInt32: [String]] = [:]
        var crowded: [String] = []
        var i = 0
        while crowded.isEmpty {
            let word = "词\(i)"
            let g = Array(word.utf8).withUnsafeBufferPointer { IDFIndex.hash($0) } >> UInt32(32 - IDFIndex.groupBits)
            byGroup[g, default: []].append(word)
            if byGroup[g]?.count == 40 { crowded = byGroup[g] ?? [] }
            i += 1
        }
        var text = ""
        for (k, word) in crowded.enumerated() { text += "\(word) \(k)\n" }
        text += "\(crowded[3]) 99\n"
        let table = try IDFTable(bytes: Array(text.utf8), name: "crowded")
        #expect(table.count == 40)
        for (k, word) in crowded.enumerated() {
            #expect(value(table, word) == (k == 3 ? 99 : Float(k)))
        }
        #expect(value(table, "词-1") == nil)
    }

    @Test func medianOfManyValues() {
        let values = (0..<1001).map { Float(($0 * 7919) % 1001) }
        #expect(IDFTable.median(values) == 500)
        #expect(IDFTable.median([3, 3, 3, 1]) == 3)
    }

    @Test(.enabled(if: IDFSource.installedJiebaTable() != nil, "jieba's idf.txt is not installed"))
    func installedJiebaTableLoads() throws {
        let path = try #require(IDFSource.installedJiebaTable())
        let table = try IDFTable(contentsOf: path)
        #expect(table.count > 200_000)
        let common = try #require(value(table, "发展")), rare = try #require(value(table, "产业链"))
        #expect(common < rare)
        #expect(table.defaultIDF > 5 && table.defaultIDF < 14)
    }

    @Test func lexiconIDFGrowsWithRarity() throws {
        let lexicon = try #require(KeywordFixtures.lexicon)
        let idf = LexiconIDF(lexicon: lexicon)
        let de = try #require(value(idf, "的")), chain = try #require(value(idf, "产业链"))
        #expect(de < chain)
        #expect(de >= 0.5 && chain <= 14)
        #expect(value(idf, "𠀀𠀁𠀂") == nil)
        #expect(idf.defaultIDF > chain - 8 && idf.defaultIDF <= 14)
        #expect(LexiconIDF.idf(cost: 5) < LexiconIDF.idf(cost: 10))
    }

    @Test func chainedIDFAsksThePrimaryFirst() {
        let a = IDFTable(entries: [("港口", 1)], name: "a"), b = IDFTable(entries: [("港口", 9), ("机场", 4)], name: "b")
        let chained = ChainedIDF(a, then: b)
        #expect(value(chained, "港口") == 1)
        #expect(value(chained, "机场") == 4)
        #expect(value(chained, "码头") == nil)
        #expect(chained.defaultIDF == a.defaultIDF)
    }

    @Test func scalarTableFindsEveryInsertedWordAcrossGrowth() {
        var table = ScalarTable(capacity: 2)
        var words: [[Unicode.Scalar]] = []
        for i in 0..<5000 { words.append(Array("词\(i)汇".unicodeScalars)) }
        for (i, w) in words.enumerated() {
            let (id, inserted) = w.withUnsafeBufferPointer { table.insert($0) }
            #expect(inserted && id == Int32(i))
        }
        for (i, w) in words.enumerated() {
            #expect(w.withUnsafeBufferPointer { table.find($0) } == Int32(i))
            #expect(w.withUnsafeBufferPointer { table.insert($0).inserted } == false)
        }
        #expect(Array("词汇".unicodeScalars).withUnsafeBufferPointer { table.find($0) } == nil)
        #expect(table.string(42) == "词42汇")
        #expect(table.count == 5000)
    }
}
