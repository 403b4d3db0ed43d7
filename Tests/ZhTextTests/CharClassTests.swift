import Testing
@testable import ZhText

/// The one table of scalar classes: its Han ranges against Unicode's own Unified_Ideograph
/// property, its boundaries, and the small closed sets (full stops, white space) exactly.
@Suite struct CharClassTests {
    static func scalars(_ flag: CharClass.Flags, below limit: UInt32 = 0x10000) -> Set<UInt32> {
        Set((0..<limit).filter { CharClass.flags($0).contains(flag) })
    }

    @Test func everyUnifiedIdeographIsHanIncludingExtensionsBeyondTheBMP() {
        var missing: [UInt32] = []
        for v in UInt32(0)...0x3FFFF {
            guard let s = Unicode.Scalar(v), s.properties.isUnifiedIdeograph else { continue }
            if !CharClass.isHan(s) { missing.append(v) }
        }
        #expect(missing.isEmpty, "not Han: \(missing.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func hanInTheBMPIsAUnifiedOrCompatibilityIdeographOrIdeographicZero() {
        for v in Self.scalars(.han) {
            let s = Unicode.Scalar(v)!
            #expect(s.properties.isUnifiedIdeograph || (0xF900...0xFAFF).contains(v) || v == 0x3007,
                    "U+\(String(v, radix: 16)) is Han in the table only")
        }
    }

    @Test(arguments: [
        (0x33FF, false), (0x3400, true), (0x4DBF, true), (0x4DC0, false),  // Extension A; ䷀ hexagrams after it
        (0x4DFF, false), (0x4E00, true), (0x9FFF, true), (0xA000, false),  // URO; Yi after it
        (0xF8FF, false), (0xF900, true), (0xFAFF, true), (0xFB00, false),  // compatibility ideographs
        (0x1FFFF, false), (0x20000, true), (0x20BB7, true), (0x2A6DF, true), (0x2B740, true),  // B, C, D
        (0x2F800, true), (0x30000, true), (0x3134A, true), (0x3FFFD, true), (0x40000, false),  // compat supplement, G
        (0x3007, true), (0x3006, false), (0x3002, false), (0x61, false),
    ] as [(UInt32, Bool)])
    func hanBoundaries(scalar: UInt32, isHan: Bool) {
        #expect(CharClass.isHan(scalar) == isHan, "U+\(String(scalar, radix: 16))")
        #expect(CharClass.isHan(Unicode.Scalar(scalar)!) == isHan)
    }

    @Test func commonHanIsTheUnifiedBlockAndIdeographicZero() {
        #expect(Self.scalars(.commonHan) == Set(0x4E00...0x9FFF).union([0x3007]))
        #expect(!CharClass.isCommonHan("\u{3400}") && !CharClass.isCommonHan("\u{F900}") && !CharClass.isCommonHan("\u{20000}"))
        #expect(CharClass.flags(0x2F800).contains(.compatibilityIdeograph) && !CharClass.flags(0x2FA20).contains(.compatibilityIdeograph))
    }

    @Test func digitsAndLettersOfBothWidths() {
        #expect(Self.scalars(.asciiDigit) == Set(0x30...0x39))
        #expect(Self.scalars(.fullWidthDigit) == Set(0xFF10...0xFF19))
        #expect(Self.scalars(.asciiLetter) == Set(0x41...0x5A).union(0x61...0x7A))
        #expect(Self.scalars(.fullWidthLetter) == Set(0xFF21...0xFF3A).union(0xFF41...0xFF5A))
        #expect(CharClass.isAnyDigit("８") && !CharClass.isDigit("８") && CharClass.isAnyLatin("Ｇ") && !CharClass.isLatin("Ｇ"))
        // Full-width forms are what NFKC folds to ASCII.
        for v in Self.scalars(.fullWidthDigit).union(Self.scalars(.fullWidthLetter)) {
            let folded = String(Unicode.Scalar(v)!).precomposedStringWithCompatibilityMappingForTest
            #expect(folded.unicodeScalars.count == 1 && folded.unicodeScalars.first!.value == v - 0xFEE0)
        }
    }

    /// The predicates spell their rows as comparisons for speed: they must say what the table says.
    @Test func everyFastPathAgreesWithTheTableOnPlanesZeroToThree() {
        var disagreements: [String] = []
        for v in UInt32(0)...0x3FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let f = CharClass.flags(v)
            let checks: [(String, Bool, Bool)] = [
                ("isHan", CharClass.isHan(s), f.contains(.han)),
                ("isHan(UInt32)", CharClass.isHan(v), f.contains(.han)),
                ("isCommonHan", CharClass.isCommonHan(s), f.contains(.commonHan)),
                ("isDigit", CharClass.isDigit(s), f.contains(.asciiDigit)),
                ("isAnyDigit", CharClass.isAnyDigit(s), !f.isDisjoint(with: [.asciiDigit, .fullWidthDigit])),
                ("isLatin", CharClass.isLatin(s), f.contains(.asciiLetter)),
                ("isAnyLatin", CharClass.isAnyLatin(s), !f.isDisjoint(with: [.asciiLetter, .fullWidthLetter])),
                ("isInlineSpace", CharClass.isInlineSpace(s), f.contains(.inlineSpace)),
                ("isWhitespace", CharClass.isWhitespace(s), f.contains(.whitespace)),
                ("isFullStop", CharClass.isFullStop(s), f.contains(.fullStop)),
                ("isSentenceTerminator", CharClass.isSentenceTerminator(s), !f.isDisjoint(with: [.fullStop, .semicolon])),
                ("isWide", CharClass.isWide(s), f.contains(.wide)),
            ]
            for (name, fast, table) in checks where fast != table { disagreements.append("\(name) U+\(String(v, radix: 16))") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(8))")
    }

    @Test func sentenceMarksAndSpacesAreExactlyTheseSets() {
        #expect(Self.scalars(.fullStop) == Set("。！？!?…｡".unicodeScalars.map(\.value)))
        #expect(Self.scalars(.semicolon) == Set("；;".unicodeScalars.map(\.value)))
        #expect(CharClass.isSentenceTerminator("；") && !CharClass.isFullStop("；") && !CharClass.isSentenceTerminator("，"))
        #expect(Self.scalars(.whitespace) == Set([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x3000, 0xFEFF, 0x2028, 0x2029]))
        #expect(Self.scalars(.inlineSpace) == Set([0x20, 0xA0, 0x3000]))
        #expect(CharClass.isSpace("\t") && !CharClass.isInlineSpace("\t") && !CharClass.isSpace("\n"))
    }

    @Test func wideIsHanKanaHangulAndFullWidthForms() {
        for s in "经𠮷かカ한，。ＡＧ０￥〇😀".unicodeScalars { #expect(CharClass.isWide(s), "\(s)") }
        for s in "aZ9 ,.%é€\u{FF61}".unicodeScalars { #expect(!CharClass.isWide(s), "\(s)") }
    }

    @Test func astralScalarsOutsideEveryRowHaveNoClass() {
        #expect(CharClass.flags(0x1F600) == .wide && CharClass.flags(0x10FFFF).isEmpty && CharClass.flags(0x40000).isEmpty)
    }
}

private extension String {
    /// NFKC through ICU, as the normaliser applies it.
    var precomposedStringWithCompatibilityMappingForTest: String {
        String(scalars: Normalizer().normalize(self).scalars)
    }
}
