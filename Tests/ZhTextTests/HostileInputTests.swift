import Testing
@testable import ZhText

/// Input that archives really contain or that an attacker could craft: deep bracket and
/// quote nesting, one enormous line, nothing but line breaks, binary junk. Every entry point
/// must answer (no recursion blow-up, no crash) with well-formed spans and offset maps.
/// Speed on these inputs is measured by `zhmine-bench limits`, not asserted here.
@Suite struct HostileInputTests {
    /// 100 000 levels of “《（ around a figure, then the closers.
    static let nested: [Unicode.Scalar] = {
        let depth = 100_000
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(depth * 6 + 8)
        for _ in 0..<depth { text += ["“", "《", "（"] }
        text += Array("增长8%。".unicodeScalars)
        for _ in 0..<depth { text += ["）", "》", "”"] }
        return text
    }()

    @Test func deepNestingSplitsIntoOneSentenceWithItsClosers() {
        let text = Self.nested
        let sentences = SentenceSplitter().sentences(in: text)
        // The terminator absorbs every closer after it: one sentence, the whole text.
        #expect(sentences == [TextSpan(start: 0, end: text.count)])
        let clauses = SentenceSplitter().clauses(in: text)
        #expect(clauses.first?.start == 0 && clauses.last?.end == text.count)
    }

    @Test func deepNestingNormalisesWithAValidMap() {
        // Full-width brackets fold to ASCII under NFKC: every scalar changes, lengths stay.
        let n = Normalizer(simplify: true).normalize(Self.nested)
        #expect(n.scalars.count == Self.nested.count)
        #expect(n.offsets.checkInvariants())
        #expect(n.scalars.first == "“" && n.scalars[2] == "(")
        #expect(n.offsets.originalRange(0..<n.scalars.count) == 0..<Self.nested.count)
    }

    @Test func oneLineOfTwoMillionScalarsWithoutPunctuation() {
        let unit = Array("推动经济高质量发展株洲市地区生产总值增长".unicodeScalars)
        var text: [Unicode.Scalar] = []
        while text.count < 2_000_000 { text += unit }
        #expect(SentenceSplitter().sentences(in: text) == [TextSpan(start: 0, end: text.count)])
        #expect(SentenceSplitter().lines(in: text) == [TextSpan(start: 0, end: text.count)])
        let n = Normalizer().normalize(text)
        #expect(n.offsets.isIdentity && n.scalars.count == text.count)
    }

    @Test func onlyLineBreaksGiveNoSentences() {
        let text = [Unicode.Scalar](repeating: "\n", count: 200_000) + [Unicode.Scalar](repeating: "\r", count: 10)
        #expect(SentenceSplitter().sentences(in: text).isEmpty)
        #expect(SentenceSplitter().lines(in: text).count == 200_010)
    }

    @Test func manyEmphasisMarkersAfterTerminators() {
        var text: [Unicode.Scalar] = []
        for _ in 0..<50_000 { text += Array("**8%**。**".unicodeScalars) }
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(!sentences.isEmpty && sentences.last?.end == text.count)
        for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func binaryJunkIsRefusedWithAnOffset() {
        var bytes = Array("经济增长".utf8)
        bytes += [0x00, 0x01, 0x02] + [UInt8](repeating: 0xFF, count: 1 << 20)
        #expect(throws: TextDecodingError.self) { try TextDecoder().decode(bytes) }
        let lossy = try? TextDecoder(lossy: true, rejectBinary: false).decode(bytes)
        #expect(lossy?.firstInvalidOffset != nil && (lossy?.substitutions ?? 0) > 0)
    }

    @Test func oneMegabyteOfBytesValidInNoEncodingIsUndetectable() {
        // 0x81 0x7F: a lead byte with a trail byte that UTF-8, GB18030 and Big5 all refuse.
        let bytes = (0..<(1 << 20)).map { $0 % 2 == 0 ? UInt8(0x81) : UInt8(0x7F) }
        var error: TextDecodingError?
        do { _ = try TextDecoder().decode(bytes) } catch let e { error = e }
        #expect(error == .undetectable(utf8Offset: 0, gb18030Offset: 0, big5Offset: 0))
        let lossy = try? TextDecoder(lossy: true, rejectBinary: false).decode(bytes)
        #expect(lossy?.scalars.count == bytes.count && lossy?.substitutions == bytes.count / 2)
    }
}
