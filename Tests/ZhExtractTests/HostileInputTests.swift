import Testing
@testable import ZhExtract

/// Hostile input for the number recogniser: deep nesting, endless numerals, figures beyond
/// any representable value. Results must stay in bounds, ordered, and overflow must be marked.
@Suite struct HostileNumberTests {
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
