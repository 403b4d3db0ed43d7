import Testing
@testable import ZhText

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return SentenceSplitter().sentences(in: scalars).map { String(scalars: scalars[$0.range]) }
    }

    @Test func splitsAtTerminatorsAndLineBreaks() {
        #expect(sentences("经济增长**8%左右**。固定资产投资增长9%！\n城镇调查失业率5.5%左右") ==
                ["经济增长**8%左右**。", "固定资产投资增长9%！", "城镇调查失业率5.5%左右"])
    }

    @Test func closingQuotesAndEmphasisStayWithTheSentence() {
        #expect(sentences("他说：“要加快发展。”然后离开。") == ["他说：“要加快发展。”", "然后离开。"])
        #expect(sentences("**建设20个长者餐厅。**下一句") == ["**建设20个长者餐厅。**", "下一句"])
    }

    @Test func markdownListAndHeadingMarkersStayInTheSpans() {
        #expect(sentences("# 2021:奋力开好局\n- 新增3个以上千亿产业集群\n\n") == ["# 2021:奋力开好局", "- 新增3个以上千亿产业集群"])
    }

    @Test func clausesSplitAtCommasButNotInsideNumbers() {
        let s = Array("收入1,234.5亿元,增长8%、9%;时间10:30".unicodeScalars)
        let clauses = SentenceSplitter().clauses(in: s).map { String(scalars: s[$0.range]) }
        #expect(clauses == ["收入1,234.5亿元,", "增长8%、", "9%;", "时间10:30"])
    }

    /// The seed: every sentence is a non-empty slice of the original, in order, and the
    /// target statements of its main-targets paragraph are separate sentences or clauses.
    @Test func seedSentencesAreOrderedSlices() {
        let scalars = Array(Fixtures.seed.unicodeScalars)
        let spans = SentenceSplitter().sentences(in: scalars)
        #expect(spans.count > 80)
        var last = 0
        for span in spans {
            #expect(span.start >= last && span.end > span.start)
            last = span.end
            let text = String(scalars: scalars[span.range])
            #expect(!text.contains("\n"))
            #expect(text.first != " " && text.last != " ")
        }
        let texts = spans.map { String(scalars: scalars[$0.range]) }
        #expect(texts.contains("- 新增3个以上千亿产业集群"))
        #expect(texts.contains("城镇调查失业率**低于**全省平均水平,城乡居民人均可支配收入增长**高于**经济增长。"))
        #expect(texts.contains("**2021年经济社会发展的主要预期目标**"))
        #expect(texts.contains("建设**20**个“长者餐厅”,解决留守老人、孤寡老人的吃饭问题;"))
    }

    @Test func linesIncludeEmptyOnes() {
        let s = Array("a\r\n\nb".unicodeScalars)
        #expect(SentenceSplitter().lines(in: s) == [TextSpan(start: 0, end: 1), TextSpan(start: 3, end: 3), TextSpan(start: 4, end: 5)])
    }

    @Test func aMegabyteLineWithoutPunctuationIsOneSentence() {
        let s = [Unicode.Scalar](repeating: "中", count: 1 << 20)
        #expect(SentenceSplitter().sentences(in: s) == [TextSpan(start: 0, end: 1 << 20)])
    }
}
