import Foundation
import Testing
import ZhExtract
import ZhLexicon
import ZhSegment
import ZhText
@testable import ZhArchive

/// Administrative divisions from regions.txt: full names, short forms mapped to them, regions left out.
@Suite struct JurisdictionNamesTests {
    @Test func sectionsHeadedByARegionAreJurisdictions() {
        let text = """
            # regions.txt — 说明（格式：词 词频 词性）
            # 内容：省、市、县。

            # 湖南省
            湖南省 10000 ns
            湖南 20000 ns
            株洲市 3000 ns
            株洲 3000 ns
            湘西土家族苗族自治州 3000 ns
            湘西州 3000 ns
            湘西 3000 ns
            攸县 800 ns
            # 国家、区域战略、城市群
            长株潭 5000 ns
            革命老区 3000 ns
            """
        let names = JurisdictionNames.parse(text)
        #expect(names["株洲"] == "株洲市")
        #expect(names["湘西"] == "湘西土家族苗族自治州")
        #expect(names["湘西州"] == "湘西土家族苗族自治州")
        #expect(names["湖南"] == "湖南省")
        #expect(names["攸县"] == "攸县")
        #expect(names["长株潭"] == nil)
        #expect(names["革命老区"] == nil)
    }

    @Test func theProjectListHasTheProvincesAndNoRegionalGroupings() {
        let names = JurisdictionNames.load()
        #expect(names.count > 3000)
        #expect(names["广东"] == "广东省")
        #expect(names["北京"] == "北京市")
        #expect(names["京津冀"] == nil)
        let context = DocumentContext(text: Array("# 2023:奋力打造革命老区高质量发展示范区\n赣州市政府工作报告解读".unicodeScalars),
                                      gazetteer: Gazetteer(names: names))
        #expect(context.jurisdiction == "赣州市")
    }
}

/// The jurisdiction of a document whose first lines name none: the region it names most.
@Suite struct MostMentionedRegionTests {
    @Test func theBatchPipelineStoresTheContextsJurisdiction() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Corpus/reports/ganzhou-2023-report-interpretation.txt")
        let scalars = Array(try String(contentsOf: path, encoding: .utf8).unicodeScalars)
        // Its first lines are a slogan title, a subtitle and a byline: the region comes from the body.
        let pipeline = DocumentPipeline(segmenter: Segmenter(lexicon: try LexiconStore().load()))
        let result = pipeline.process(SourceDocument(name: "g", text: DecodedText(scalars: scalars, encoding: .utf8)))
        #expect(result.metadata.jurisdiction == "赣州市")
        #expect(result.metadata.year == 2023)
    }
}

/// The distinct words a document contributes to the corpus IDF.
@Suite struct DistinctWordsTests {
    @Test func distinctLetterWordsOfTwoOrMoreScalarsSorted() throws {
        let segmenter = Segmenter(lexicon: try LexiconStore().load())
        let text = "经济增长8%，经济增长稳定。GDP增长，就业！就业 AI\n经济"
        let document = SourceDocument(name: "t", text: DecodedText(scalars: Array(text.unicodeScalars), encoding: .utf8))
        let prepared = AnalyzedText(document.text, name: document.name, segmenter: segmenter)
        let words = prepared.distinctWords()
        var expected = Set<String>()
        for t in prepared.tokens where t.count >= 2 {
            let scalars = Array(prepared.scalars[t.range])
            if scalars.allSatisfy(AnalyzedText.isWordScalar) { expected.insert(String(String.UnicodeScalarView(scalars))) }
        }
        #expect(words == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(words.contains("经济") && words.contains("就业") && words.contains("GDP"))
        #expect(!words.contains("8%") && Set(words).count == words.count)
    }
}

/// The pipeline hands its own tokens to the keyword extractor instead of segmenting again.
@Suite struct PipelineKeywordsTests {
    @Test func keywordsFromThePipelinesTokensEqualTheExtractorsOwn() throws {
        let segmenter = Segmenter(lexicon: try LexiconStore().load())
        let extractor = KeywordExtractor(segmenter: segmenter)
        let pipeline = DocumentPipeline(segmenter: segmenter, keywordExtractor: extractor)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let reports = root.appendingPathComponent("Corpus/reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 5)
        for name in names {
            // Full-width digits and a blank line in front: normalisation and line offsets matter.
            let text = "\n　２０２１年\n" + (try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8))
            let scalars = Array(text.unicodeScalars)
            let result = pipeline.process(SourceDocument(name: name, text: DecodedText(scalars: scalars, encoding: .utf8)))
            let own = extractor.keywords(in: scalars)
            #expect(own.count >= 10, "\(name)")
            #expect(result.keywords.map(\.word) == own.map(\.word), "\(name)")
            #expect(result.keywords.map(\.score) == own.map(\.weight), "\(name)")
        }
    }
}
