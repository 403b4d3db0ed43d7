import Foundation
import Testing
import ZhLexicon
import ZhSegment
import ZhText
@testable import ZhExtract

@Suite(.enabled(if: JiebaDictionary.isInstalledWithIDF, JiebaDictionary.skipMessageIDF))
struct KeywordExtractorTests {
    let stop = StopWords.project()

    func make(idf: (any InverseDocumentFrequencies)? = nil, _ configure: (inout KeywordOptions) -> Void = { _ in }) throws -> KeywordExtractor {
        try #require(try KeywordFixtures.extractor(idf: idf, configure))
    }

    // MARK: What is never a keyword, on every document of the corpus, for both methods.

    @Test(arguments: KeywordMethod.allCases)
    func neverPunctuationNumbersSingleCharactersOrStopWords(method: KeywordMethod) throws {
        let extractor = try make { $0.method = method; $0.top = 60 }
        #expect(stop.count > 900)
        #expect(KeywordFixtures.corpusFiles.count >= 2)
        for path in KeywordFixtures.corpusFiles {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let keywords = extractor.keywords(in: text)
            #expect(keywords.count >= 20, "\(path)")
            for k in keywords {
                #expect(k.word.unicodeScalars.count >= 2, "\(k.word) in \(path)")
                #expect(!k.word.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }, "\(k.word) in \(path)")
                #expect(k.word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) }, "\(k.word) in \(path)")
                #expect(stop.kind(of: k.word) == nil, "stop word \(k.word) in \(path)")
                #expect(k.count >= 1)
            }
            let weights = keywords.map(\.weight)
            #expect(weights == weights.sorted(by: >))
        }
    }

    @Test func boilerplateOnlyWhenKept() throws {
        let text = String(repeating: "推进城市更新，推进老旧小区改造，推进管网建设。", count: 4)
        #expect(stop.kind(of: "推进") == .boilerplate)
        let without = try make { $0.pos = ["n", "v", "vn"] }.keywords(in: text).map(\.word)
        let with = try make { $0.pos = ["n", "v", "vn"]; $0.keepBoilerplate = true }.keywords(in: text).map(\.word)
        #expect(!without.contains("推进"))
        #expect(with.contains("推进"))
    }

    @Test func singleCharactersOnlyWhenAllowed() throws {
        let text = String(repeating: "煤、油、气保供稳价，煤电联营。", count: 5)
        let extractor = try make { $0.pos = ["n", "ng"] }
        #expect(extractor.keywords(in: text).allSatisfy { $0.word.unicodeScalars.count >= 2 })
        let single = try make { $0.pos = ["n", "ng"]; $0.allowSingle = true }.keywords(in: text)
        #expect(single.contains { $0.word.unicodeScalars.count == 1 })
    }

    // MARK: Document furniture

    @Test func shortBylineLinesAreNotCounted() throws {
        let body = "湘江新区加快建设智能制造产业园，智能制造企业达到一百家。\n"
        let byline = "湘江晚报记者 王小明 通讯员 李华\n"
        let long = "湘江晚报记者在湘江新区的智能制造产业园看到，湘江晚报的读者们都在关注这里的变化。\n"
        let extractor = try make { $0.top = 50; $0.pos = ["n", "nt", "nz", "ns", "nr"] }
        let furniture = extractor.keywords(in: String(repeating: body + byline, count: 3)).map(\.word)
        #expect(!furniture.contains { $0.contains("晚报") || $0 == "王小明" || $0 == "李华" }, "\(furniture)")
        // The same words in a sentence of text are counted.
        let text = extractor.keywords(in: String(repeating: body + long, count: 3)).map(\.word)
        #expect(text.contains { $0.contains("晚报") }, "\(text)")
    }

    @Test func linesThatAreOneStopWordAreSkipped() throws {
        #expect(stop.kind(of: "报告点击") == .general)
        let text = String(repeating: "**报告点击**\n\n连线场外\n\n城市轨道交通线网加密，轨道交通客运量增长。\n", count: 4)
        let words = try make { $0.top = 50; $0.phrases = false }.keywords(in: text).map(\.word)
        for part in ["报告", "点击", "连线", "场外"] { #expect(!words.contains(part), "\(words)") }
        #expect(words.contains("轨道交通"))
    }

    @Test func countedSetsAreNotKeywordsButNumeralNamesAre() {
        func plausible(_ s: String) -> Bool {
            Array(s.unicodeScalars).withUnsafeBufferPointer { KeywordDocument.isPlausibleWord($0) }
        }
        #expect(!plausible("十大"))
        #expect(!plausible("三项"))
        #expect(!plausible("2021"))
        #expect(!plausible("**"))
        #expect(!plausible("8.5%"))
        #expect(plausible("十四五"))
        #expect(plausible("三高四新"))
        #expect(plausible("GDP"))
        #expect(plausible("5G"))
    }

    // MARK: Scoring

    @Test func tfidfFollowsTheBackground() throws {
        let text = String(repeating: "港口吞吐量增长，机场旅客吞吐量增长。港口和机场同步扩容。", count: 3)
        let portRare = IDFTable(entries: [("港口", 12), ("机场", 2)], name: "a")
        let airportRare = IDFTable(entries: [("港口", 2), ("机场", 12)], name: "b")
        func rank(_ idf: IDFTable, _ word: String) throws -> Int {
            let words = try make(idf: idf).keywords(in: text).map(\.word)
            return try #require(words.firstIndex(of: word), "\(words)")
        }
        #expect(try rank(portRare, "港口") < rank(portRare, "机场"))
        #expect(try rank(airportRare, "机场") < rank(airportRare, "港口"))
    }

    @Test func tfidfWeightIsShareTimesIDF() throws {
        let text = "港口港口机场。"
        let idf = IDFTable(entries: [("港口", 3), ("机场", 6)], name: "t")
        let keywords = try make(idf: idf).keywords(in: text)
        #expect(keywords.count == 2)
        let byWord = Dictionary(uniqueKeysWithValues: keywords.map { ($0.word, $0) })
        #expect(byWord["港口"]?.count == 2)
        #expect(byWord["机场"]?.count == 1)
        #expect(abs((byWord["港口"]?.weight ?? 0) - 2.0 / 3 * 3) < 1e-9)
        #expect(abs((byWord["机场"]?.weight ?? 0) - 1.0 / 3 * 6) < 1e-9)
    }

    @Test func textrankRanksTheHubFirst() throws {
        let text = "铁路连接港口。铁路连接机场。铁路连接园区。铁路连接矿山。铁路连接码头。"
        let keywords = try make { $0.method = .textrank }.keywords(in: text)
        #expect(keywords.first?.word == "铁路")
        #expect(keywords.first?.weight == 1)
        #expect(keywords.allSatisfy { $0.weight > 0 && $0.weight <= 1 })
        #expect(keywords.count >= 5)
    }

    @Test func textrankDoesNotLinkAcrossLines() throws {
        // Two lines: 港口 and 机场 never share a line, so both are isolated and tie.
        let keywords = try make { $0.method = .textrank }.keywords(in: "港口\n机场\n")
        #expect(keywords.count == 2)
        #expect(keywords.allSatisfy { $0.weight == 1 })
    }

    // MARK: Key phrases

    @Test func recurringNounPairsBecomePhrases() throws {
        let segmenter = try #require(KeywordFixtures.segmenter)
        let phrase = "园区物流"
        let scalars = Array(phrase.unicodeScalars)
        try #require(segmenter.segment(scalars).count == 2, "the test needs a pair the lexicon splits")
        let text = String(repeating: "发展园区物流，园区物流降本增效。", count: 3)
        let with = try make().keywords(in: text)
        let found = try #require(with.first { $0.word == phrase })
        #expect(found.isPhrase)
        #expect(found.count == 6)
        // 发展 (boilerplate) recurs before 园区 three times, yet never leads a phrase.
        #expect(!with.contains { $0.word.hasPrefix("发展") }, "\(with.map(\.word))")
        let without = try make { $0.phrases = false }.keywords(in: text)
        #expect(!without.contains { $0.isPhrase || $0.word == phrase })
        #expect(without.contains { $0.word == "物流" })
    }

    @Test func aPairSeenOnceIsNoPhrase() throws {
        let text = "发展园区物流。园区建设和物流体系。园区面积。物流成本。"
        #expect(try make().keywords(in: text).allSatisfy { !$0.isPhrase })
    }

    // MARK: Quoted names

    @Test func quotedNamesTheSegmenterSplitsStayWhole() throws {
        let segmenter = try #require(KeywordFixtures.segmenter)
        try #require(segmenter.segment(Array("一谷三区".unicodeScalars)).count >= 2, "the test needs a split name")
        let text = "加快“一谷三区”建设，“民生100”工程全面完成。“一谷三区”取得突破。「智改数转」步伐加快。"
        let keywords = try make { $0.top = 50 }.keywords(in: text)
        let name = try #require(keywords.first { $0.word == "一谷三区" }, "\(keywords.map(\.word))")
        #expect(name.count == 2 && name.isPhrase && name.pos == "nz")
        #expect(keywords.contains { $0.word == "民生100" })
        #expect(keywords.contains { $0.word == "智改数转" })
        // Only nouns asked for: the name (nz) is left out.
        #expect(try make { $0.pos = ["n"] }.keywords(in: text).allSatisfy { $0.word != "一谷三区" })
    }

    @Test func longOrUnclosedQuotationsAreNotNames() throws {
        let text = "坚持“以人民为中心的发展思想不动摇”。推进“一谷三区建设\n一谷三区”。"
        let words = try make { $0.top = 50 }.keywords(in: text).map(\.word)
        #expect(!words.contains("以人民为中心的发展思想不动摇"), "\(words)")
        #expect(!words.contains("一谷三区建设"))
        #expect(!words.contains("一谷三区"), "\(words)")
    }

    // MARK: Edges

    @Test func emptyAndContentFreeTexts() throws {
        let extractor = try make()
        #expect(extractor.keywords(in: "").isEmpty)
        #expect(extractor.keywords(in: "123 4.5% ，。！**## --").isEmpty)
        #expect(try make { $0.method = .textrank }.keywords(in: "的了，。").isEmpty)
    }

    @Test func topLimitsAndFullWidthIsNormalised() throws {
        let text = String(repeating: "ＧＤＰ增长，ＧＤＰ总量、港口、机场、园区、矿山、码头、铁路。", count: 2)
        let keywords = try make { $0.top = 3 }.keywords(in: text)
        #expect(keywords.count == 3)
        #expect(keywords.first?.word == "GDP")
    }
}
