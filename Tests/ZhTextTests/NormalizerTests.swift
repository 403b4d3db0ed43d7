import Testing
@testable import ZhText
import ZhTestSupport

@Suite struct NormalizerTests {
    @Test func fullWidthFoldsToHalfWidth() {
        let n = Normalizer().normalize("增长８．５％，ＧＤＰ达到１２３４亿元")
        #expect(String(scalars: n.scalars) == "增长8.5%,GDP达到1234亿元")
        // Every normalised scalar maps back to exactly one original scalar here.
        #expect(n.offsets.originalRange(2..<6) == 2..<6)
    }

    @Test func unchangedTextHasTheIdentityMap() {
        let n = Normalizer().normalize("经济增长8%左右。")
        #expect(n.offsets.isIdentity)
    }

    @Test func circledListNumbersAreKept() {
        let n = Normalizer().normalize("①2021年完成⑴项")
        #expect(String(scalars: n.scalars) == "①2021年完成⑴项")
    }

    @Test func expansionsMapToTheirSource() {
        // ㍿ (U+337F) expands to four characters under NFKC.
        let original = Array("A㍿B".unicodeScalars)
        let n = Normalizer().normalize(original)
        #expect(String(scalars: n.scalars) == "A株式会社B")
        #expect(n.offsets.originalRange(1..<5) == 1..<2)
        #expect(n.offsets.originalRange(5..<6) == 2..<3)
        #expect(n.offsets.checkInvariants())
    }

    @Test func traditionalToSimplifiedKnownPairs() {
        #expect(ChineseScript.simplified("經濟增長") == "经济增长")
        #expect(ChineseScript.simplified("發展") == "发展")
        let n = Normalizer(simplify: true).normalize("國內生產總值增長５％")
        #expect(String(scalars: n.scalars) == "国内生产总值增长5%")
    }

    @Test func pinyin() {
        #expect(ChineseScript.pinyin("株洲", tones: false) == "zhu zhou")
        #expect(ChineseScript.pinyin("株洲").contains("zhū"))
    }

    /// Property: for random mixes of full-width, half-width, Traditional, Simplified and
    /// decomposed text, slicing the original by each normalised scalar's mapped range gives
    /// back source text whose normalisation contains that scalar.
    @Test(arguments: [false, true])
    func offsetMapSlicesTheOriginal(simplify: Bool) {
        let alphabet: [String] = ["８", "８．５％", "8.5%", "ＡＢ", "ab", "經濟", "经济", "發展", "发展", "。", "，", "　",
                                  "e\u{301}", "é", "㍿", "①", "ﾃﾞ", "𠀀", "**", "\n", "增长", "%", "（", "）"]
        var rng = SeededRandom(seed: simplify ? 7 : 11)
        let normalizer = Normalizer(simplify: simplify)
        for _ in 0..<300 {
            let count = Int.random(in: 0...12, using: &rng)
            let pieces = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let original = Array(pieces.joined().unicodeScalars)
            let n = normalizer.normalize(original)
            #expect(n.offsets.checkInvariants())
            #expect(n.offsets.count == n.scalars.count)
            #expect(n.offsets.originalCount == original.count)
            for i in 0..<n.scalars.count {
                let r = n.offsets.originalRange(i..<(i + 1))
                #expect(!r.isEmpty && r.upperBound <= original.count)
                let source = Array(original[r])
                let renormalized = normalizer.normalize(source).scalars
                #expect(renormalized.contains(n.scalars[i]), "scalar \(i) of \(String(scalars: original))")
            }
            // The whole normalised text maps to the whole original.
            if !n.scalars.isEmpty {
                #expect(n.offsets.originalRange(0..<n.scalars.count) == 0..<original.count)
            }
        }
    }
}

/// The start-up shortcuts of NFKC (a partly lazy inert table, a table of lone full-width
/// foldings) give ICU's answers over the whole BMP.
@Suite struct NormalizerTablesTests {
    @Test func inertTableAgreesWithICUOverTheBMP() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            if InertTable.shared.isInert(s) != InertTable.icuIsInert(v) { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "first disagreements: \(wrong.prefix(8).map { String($0, radix: 16) })")
    }

    @Test func loneScalarFoldingsAgreeWithICU() {
        for block in SingleFold.blocks {
            for v in block {
                guard let s = Unicode.Scalar(v), !Normalizer.keepAsIs(s) else { continue }
                let icu = ICUNormalization.nfkc([s][...])
                let viaTable = Normalizer().normalize([Unicode.Scalar(0x6C49)!, s, Unicode.Scalar(0x6C49)!]).scalars
                #expect(Array(viaTable.dropFirst().dropLast()) == icu, "U+\(String(v, radix: 16))")
            }
        }
    }
}
