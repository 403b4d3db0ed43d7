import Testing
import ZhText
@testable import ZhSegment

/// Hostile input for the atom scanner and the segmenter: deep nesting, huge runs of one
/// kind of scalar, nothing but numerals. Tokens must still tile the text exactly.
/// Speed on these inputs is measured by `zhmine-bench limits`, not asserted here.
@Suite struct HostileSegmentationTests {
    static func requireTiling(_ ranges: [Range<Int>], count: Int) {
        var position = 0
        var ok = true
        for r in ranges {
            if r.lowerBound != position || r.isEmpty { ok = false; break }
            position = r.upperBound
        }
        #expect(ok && position == count, "ranges do not tile 0..<\(count)")
    }

    static let nested: [Unicode.Scalar] = {
        var text: [Unicode.Scalar] = []
        for _ in 0..<100_000 { text += ["“", "《", "（"] }
        text += Array("株洲市地区生产总值增长8.5%。".unicodeScalars)
        for _ in 0..<100_000 { text += ["）", "》", "”"] }
        return text
    }()

    /// Runs of one scalar kind, 200 000 scalars each.
    static let runs: [[Unicode.Scalar]] = [
        Array(repeating: "8", count: 200_000),
        Array(repeating: "万", count: 200_000),
        Array(repeating: "第", count: 200_000),
        Array(String(repeating: "一二三四五六七八九十百千万亿", count: 15_000).unicodeScalars),
        Array(String(repeating: "1,2", count: 70_000).unicodeScalars),
        Array(String(repeating: "a-", count: 100_000).unicodeScalars),
        Array(("http://" + String(repeating: "a.", count: 100_000)).unicodeScalars),
        Array(String(repeating: "x@y.", count: 50_000).unicodeScalars),
        Array(repeating: "\u{20000}", count: 200_000),
        Array(repeating: "-", count: 200_000),
    ]

    @Test func atomsTileDeepNestingAndLongRuns() {
        for text in [Self.nested] + Self.runs {
            Self.requireTiling(AtomScanner().atoms(of: text).map(\.range), count: text.count)
        }
    }

    @Test func segmenterTilesDeepNestingAndLongRuns() throws {
        let segmenter = try #require(SharedLexicon.segmenter)
        for text in [Self.nested] + Self.runs {
            Self.requireTiling(segmenter.segment(text).map(\.range), count: text.count)
        }
        let words = segmenter.segment(Self.nested).map { String(String.UnicodeScalarView(Self.nested[$0.range])) }
        #expect(words.contains("株洲市") || words.contains("株洲"))
        #expect(words.contains("8.5%"))
    }

    @Test func segmenterTilesAMegabyteLineWithoutPunctuation() throws {
        let segmenter = try #require(SharedLexicon.segmenter)
        let unit = Normalizer().normalize("推动经济高质量发展株洲市地区生产总值增长规模以上工业增加值").scalars
        var text: [Unicode.Scalar] = []
        while text.count < 400_000 { text += unit }
        let tokens = segmenter.segment(text)
        Self.requireTiling(tokens.map(\.range), count: text.count)
        #expect(tokens.count > text.count / 6)
    }
}
