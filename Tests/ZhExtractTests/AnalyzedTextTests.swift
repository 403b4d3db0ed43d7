import Foundation
import Testing
import ZhSegment
import ZhText
@testable import ZhExtract

/// One analysis per document: every extractor reads the same normalised text and tokens, and the
/// results are those of the extractors' own reading.
@Suite struct AnalyzedTextTests {
    /// The recogniser on the document's shared tokens (line feeds added) finds exactly what it finds
    /// segmenting the text itself, on every Corpus document; and the document was segmented once.
    @Test func entitiesOnSharedTokensEqualTheRecognisersOwn() throws {
        let segmenter = try #require(KeywordFixtures.segmenter, "the lexicon could not be loaded")
        let recognizer = EntityRecognizer(segmenter: segmenter)
        let files = KeywordFixtures.corpusFiles
        #expect(files.count >= 8)
        for file in files {
            let original = Array(try String(contentsOfFile: file, encoding: .utf8).unicodeScalars)
            let shared = AnalyzedText(original: original, name: file, segmenter: segmenter)
            let own = AnalyzedText(original: original, name: file)  // no segmenter: the recogniser segments
            let found = recognizer.entities(in: shared)
            #expect(!found.isEmpty, "\(file)")
            #expect(found == recognizer.entities(in: own), "\(file)")
            #expect(recognizer.lineTokens(of: shared) != nil, "\(file): line feeds only, so the tokens are shared")
            #expect(shared.segmentations == 1 && own.segmentations == 1, "\(file)")
        }
    }

    /// Targets, numbers, entities and keywords of one analysis: one segmentation, and the same
    /// results as each extractor's text entry point.
    @Test func everyExtractorOnOneAnalysisSegmentsOnce() throws {
        let segmenter = try #require(KeywordFixtures.segmenter, "the lexicon could not be loaded")
        let keywords = try #require(try KeywordFixtures.extractor())
        let recognizer = EntityRecognizer(segmenter: segmenter)
        let file = KeywordFixtures.corpusFiles[0]
        let original = Array(try String(contentsOfFile: file, encoding: .utf8).unicodeScalars)
        let analyzed = AnalyzedText(original: original, name: "zhuzhou-2021.txt", segmenter: segmenter)
        #expect(analyzed.segmentations == 0)  // nothing asked for tokens yet
        let targets = TargetExtractor().records(in: analyzed)
        let numbers = QuantityRecognizer().quantities(in: analyzed)
        #expect(analyzed.segmentations == 0)  // targets and numbers need no tokens
        let entities = recognizer.entities(in: analyzed)
        let top = keywords.keywords(in: analyzed)
        #expect(analyzed.segmentations == 1)
        #expect(analyzed.context.reportYear == 2021)
        #expect(targets.count > 20 && numbers.count > 30 && entities.count > 50 && top.count == 20)
        #expect(targets == TargetExtractor().records(in: original, doc: "zhuzhou-2021.txt"))
        #expect(numbers == QuantityRecognizer().quantities(in: Normalizer().normalize(original).scalars))
        #expect(entities == recognizer.entities(in: original))
        #expect(top == keywords.keywords(in: original))
    }

    /// Lines broken with CR LF, CR alone, U+2028, U+2029 or U+0085, with white space around the breaks:
    /// the recogniser cuts lines at line feeds only, so such a break is white space inside its line.
    /// Its token stream made from the shared tokens equals its own segmentation, token for token,
    /// and the document is segmented once.
    @Test func otherLineBreaksGiveTheRecognisersOwnTokens() throws {
        let segmenter = try #require(KeywordFixtures.segmenter, "the lexicon could not be loaded")
        let recognizer = EntityRecognizer(segmenter: segmenter)
        let report = try String(contentsOfFile: KeywordFixtures.corpusFiles[1], encoding: .utf8)
        let texts = [
            "株洲日报记者 邓伟勇\r\n加快“3+5+2”产业集群发展，长沙市人民政府。\r\n",
            "增长8% \r\n 就业\r\r\n\n邓伟勇\r 长沙市\u{2028}\u{2029}岳麓区\u{85}  \r\n\r",
            " \u{3000}\r\n",
            report.replacingOccurrences(of: "\n", with: "\r\n"),
            report.replacingOccurrences(of: "\n", with: " \r"),
            report.replacingOccurrences(of: "。", with: "。\u{2028}"),
        ]
        for (i, text) in texts.enumerated() {
            let scalars = Array(text.unicodeScalars)
            let analyzed = AnalyzedText(original: scalars, segmenter: segmenter)
            let shared = try #require(recognizer.lineTokens(of: analyzed))
            let own = analyzed.scalars.withUnsafeBufferPointer { recognizer.segment($0) }
            #expect(shared == own, "text \(i)")
            let found = recognizer.entities(in: analyzed)
            #expect(found == recognizer.entities(in: AnalyzedText(original: scalars)), "text \(i)")
            #expect(analyzed.segmentations == 1, "text \(i)")
        }
        let first = recognizer.entities(in: AnalyzedText(original: Array(texts[0].unicodeScalars), segmenter: segmenter))
        #expect(first.map(\.text).contains("邓伟勇"))
    }

    /// Offsets of the shared tokens are global into the normalised text, line terminators excluded.
    @Test func tokensAreGlobalAndSkipLineTerminators() throws {
        let segmenter = try #require(KeywordFixtures.segmenter, "the lexicon could not be loaded")
        let analyzed = AnalyzedText(original: Array("经济增长８％\n\n固定资产投资".unicodeScalars), segmenter: segmenter)
        #expect(String(String.UnicodeScalarView(analyzed.scalars)) == "经济增长8%\n\n固定资产投资")
        #expect(analyzed.lines.map(\.range) == [0..<6, 7..<7, 8..<14])
        let words = analyzed.tokens.map { String(String.UnicodeScalarView(analyzed.scalars[$0.range])) }
        #expect(words.joined() == "经济增长8%固定资产投资" && words.contains("8%"))
        #expect(!words.contains("\n") && analyzed.tokens.allSatisfy { $0.start < $0.end })
        #expect(analyzed.originalText(4..<6) == "８％")
        #expect(analyzed.sentences.count == 2)
    }
}
