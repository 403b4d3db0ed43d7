import Testing
@testable import ZhExtract

/// Hostile input for the number recogniser, the target extractor and the entity recogniser:
/// deep nesting, endless numerals, figures beyond any representable value. Results must stay
/// in bounds, ordered, and overflow must be marked.
@Suite struct HostileNumberTests {
    /// 100 000 levels of “《（ around a target sentence naming a person and a place, then the closers.
    static let nested: [Unicode.Scalar] = {
        var text: [Unicode.Scalar] = []
        for _ in 0..<100_000 { text += ["“", "《", "（"] }
        text += Array("2021年株洲市地区生产总值增长8%左右，市长阳卫国表示".unicodeScalars)
        for _ in 0..<100_000 { text += ["）", "》", "”"] }
        return text
    }()

    /// 100 000 levels of “（ around the same sentence: a quotation is still read.
    static let quoted: [Unicode.Scalar] = {
        var text: [Unicode.Scalar] = []
        for _ in 0..<100_000 { text += ["“", "（"] }
        text += Array("2021年株洲市地区生产总值增长8%左右，市长阳卫国表示".unicodeScalars)
        for _ in 0..<100_000 { text += ["）", "”"] }
        return text
    }()

    @Test func targetsSurviveDeepNesting() throws {
        let text = Self.quoted
        let records = TargetExtractor().records(in: text)
        for r in records {
            try #require(r.start >= 0 && r.start < r.end && r.end <= text.count, "record outside the text")
            #expect(r.sentence == String(String.UnicodeScalarView(text[r.start..<r.end])))
        }
        // The one target inside the nesting is found, not lost in it.
        #expect(records.map(\.indicator) == ["株洲市地区生产总值"], "\(records.map(\.indicator))")
        #expect(records.first?.year == "2021" && records.first?.value == .number(8) && records.first?.end == 200_020)
        // Inside 《》 the same words are a title, not a target.
        #expect(TargetExtractor().records(in: Self.nested).isEmpty)
    }

    @Test func entitiesSurviveDeepNesting() throws {
        let text = Self.nested
        let recognizer = try #require(EntityTestSupport.recognizer)
        var position = 0
        let entities = recognizer.entities(in: text)
        for e in entities {
            try #require(e.start >= position && e.start < e.end && e.end <= text.count, "entity outside the text or out of order")
            #expect(e.text == String(String.UnicodeScalarView(text[e.start..<e.end])))
            position = e.end
        }
        // The place inside the nesting is found at its offset (300 000 openers + "2021年").
        #expect(entities.contains { $0.text == "株洲市" && $0.type == .place && $0.start == 300_005 }, "\(entities.map(\.text))")
    }

    /// The person after 市长 is a jieba-lexicon result: with ICU's dictionary alone 长阳 wins.
    @Test(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
    func personInsideDeepNesting() throws {
        let recognizer = try #require(EntityTestSupport.recognizer)
        let entities = recognizer.entities(in: Self.nested)
        #expect(entities.contains { $0.text == "阳卫国" && $0.type == .person }, "\(entities.map(\.text))")
    }

    @Test func deepNestingKeepsTheFigureInside() {
        var text: [Unicode.Scalar] = []
        for _ in 0..<100_000 { text += ["“", "《", "("] }
        text += Array("增长8.5%".unicodeScalars)
        for _ in 0..<100_000 { text += [")", "》", "”"] }
        let quantities = QuantityRecognizer().quantities(in: text)
        #expect(quantities.count == 1)
        #expect(quantities.first?.value == .number(8.5) && quantities.first?.unit == "%")
        #expect(quantities.first?.numberSpan == 300_002..<300_006)
    }

    @Test func endlessNumeralsAreMarkedNotWrapped() {
        for text in [String(repeating: "9", count: 200_000), String(repeating: "九", count: 100_000),
                     String(repeating: "亿", count: 50_000), "1" + String(repeating: "0", count: 60) + "亿元",
                     String(repeating: "1.", count: 50_000)] {
            let scalars = Array(text.unicodeScalars)
            var position = 0
            for q in QuantityRecognizer().quantities(in: scalars) {
                #expect(q.span.lowerBound >= position && q.span.upperBound <= scalars.count && !q.span.isEmpty)
                position = q.span.upperBound
                if case let .number(v)? = q.value { #expect(v.isFinite) }
                if q.value == nil { #expect(q.isOverflow || q.kind == .date) }
            }
        }
        #expect(NumberParser.parse(String(repeating: "9", count: 200_000).unicodeScalars) == nil)
        let huge = QuantityRecognizer().quantities(in: Array(("1" + String(repeating: "0", count: 60) + "亿元").unicodeScalars))
        #expect(huge.first?.isOverflow == true && huge.first?.value == nil)
    }
}
