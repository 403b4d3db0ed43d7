import Foundation
import Testing
@testable import ZhText
import ZhTestSupport

@Suite struct TextDecoderTests {
    let seed = Fixtures.seed

    @Test func seedIsNonTrivial() {
        #expect(seed.unicodeScalars.count > 3000)
    }

    @Test func utf16WithBOMRoundTrips() throws {
        for (encoding, bom) in [(TextEncoding.utf16LE, [UInt8(0xFF), 0xFE]), (.utf16BE, [0xFE, 0xFF])] {
            let bytes = bom + (try TextEncoder.encode(seed, as: encoding))
            let text = try TextDecoder().decode(bytes)
            #expect(text.encoding == encoding)
            #expect(text.hadByteOrderMark)
            #expect(text.string == seed)
        }
    }

    @Test func utf8WithBOMRoundTrips() throws {
        let text = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array(seed.utf8))
        #expect(text.encoding == .utf8)
        #expect(text.string == seed)
    }

    @Test func gb18030RoundTripsAndIsDetected() throws {
        let bytes = try TextEncoder.encode(seed, as: .gb18030)
        #expect(bytes != Array(seed.utf8))
        let text = try TextDecoder().decode(bytes)
        #expect(text.encoding == .gb18030)
        #expect(text.string == seed)
    }

    /// Traditional text keeping only characters Big5 can encode (ICU's Simplified-Traditional
    /// produces a few, such as 〇 and variant forms, that Big5 lacks).
    static func big5Traditional(_ text: String) -> String {
        let traditional = ChineseScript.traditional(text)
        var kept = String.UnicodeScalarView()
        for s in traditional.unicodeScalars where (try? TextEncoder.encode(String(s), as: .big5)) != nil {
            kept.append(s)
        }
        return String(kept)
    }

    @Test func big5OfTraditionalSeedRoundTripsAndIsDetected() throws {
        let traditional = Self.big5Traditional(seed)
        #expect(traditional.unicodeScalars.count > seed.unicodeScalars.count * 9 / 10)
        #expect(traditional != seed)
        let bytes = try TextEncoder.encode(traditional, as: .big5)
        let text = try TextDecoder().decode(bytes)
        #expect(text.encoding == .big5)
        #expect(text.string == traditional)
    }

    /// Detection on paragraphs of a few hundred characters, each paragraph of the seed on its own.
    @Test func detectionPicksTheRightEncodingForParagraphs() throws {
        let paragraphs = seed.split(separator: "\n").map(String.init).filter { $0.unicodeScalars.count >= 100 }
        #expect(paragraphs.count >= 8)
        for paragraph in paragraphs {
            let gb = try TextEncoder.encode(paragraph, as: .gb18030)
            #expect(try TextDecoder().decode(gb).encoding == .gb18030)
            let big5 = try TextEncoder.encode(Self.big5Traditional(paragraph), as: .big5)
            #expect(try TextDecoder().decode(big5).encoding == .big5)
            #expect(try TextDecoder().decode(Array(paragraph.utf8)).encoding == .utf8)
        }
    }

    @Test func invalidUTF8NamesTheFirstBadByte() {
        var bytes = Array("经济增长".utf8)
        bytes.insert(0xFF, at: 6)
        #expect(throws: TextDecodingError.invalidBytes(encoding: .utf8, offset: 6)) {
            try TextDecoder().decode(bytes, encoding: .utf8)
        }
    }

    @Test func truncatedUTF8IsAnErrorNotMojibake() {
        let bytes = Array("abc".utf8) + [0xE4, 0xB8]
        #expect(throws: TextDecodingError.invalidBytes(encoding: .utf8, offset: 3)) {
            try TextDecoder().decode(bytes)
        }
        // A long UTF-8 text cut in the middle of a character.
        let cut = Array(Array(seed.utf8).dropLast(1))
        #expect(throws: TextDecodingError.self) { try TextDecoder().decode(cut) }
    }

    @Test func corruptedUTF8ByteInTheMiddleIsReported() {
        var bytes = Array(seed.utf8)
        let position = bytes.count / 2
        // Break the middle of the file: a lone continuation byte after a lead byte's sequence.
        bytes[position] = 0xC0
        #expect(throws: TextDecodingError.self) { try TextDecoder().decode(bytes) }
    }

    @Test func lossyDecodingSubstitutesAndCounts() throws {
        let bytes = Array("增长".utf8) + [0xFF] + Array("5%".utf8) + [0xC3]
        let text = try TextDecoder(lossy: true).decode(bytes, encoding: .utf8)
        #expect(text.string == "增长\u{FFFD}5%\u{FFFD}")
        #expect(text.substitutions == 2)
        #expect(text.firstInvalidOffset == 6)
    }

    @Test func invalidGB18030NamesTheOffset() {
        let bytes = Array("ab".utf8) + [0x81, 0x20]
        #expect(throws: TextDecodingError.invalidBytes(encoding: .gb18030, offset: 2)) {
            try TextDecoder().decode(bytes, encoding: .gb18030)
        }
    }

    @Test func binaryFilesAreRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: TextDecodingError.self) { try TextDecoder().decode(png) }
    }

    /// Random high-bit bytes without any control byte "decode" in GB18030 (into private-use
    /// characters) and often in Big5: detection must still refuse them (a fuzzing finding).
    @Test func randomHighBytesAreNotDetectedAsText() {
        var rng = SeededRandom(seed: 42)
        // (A few dozen random bytes can be indistinguishable from rare characters; hundreds cannot.)
        for length in [512, 4096, 65536] {
            // Leads and trails in 0x81–0xFE: every pair is a valid GB18030 two-byte code.
            let bytes = (0..<length).map { _ in UInt8.random(in: 0x81...0xFE, using: &rng) }
            let decodes = bytes.withUnsafeBufferPointer { (try? ICUConversion.decode($0, charset: "GB18030", lossy: false)) != nil }
            #expect(decodes)
            #expect(throws: TextDecodingError.self) { try TextDecoder().decode(bytes) }
        }
        // A real GBK paragraph still decodes.
        let gbk = (try? TextEncoder.encode("经济增长，国内生产总值增长百分之五左右。", as: .gb18030)) ?? []
        #expect((try? TextDecoder().decode(gbk))?.encoding == .gb18030)
    }

    @Test func emptyInputIsEmptyText() throws {
        let text = try TextDecoder().decode([])
        #expect(text.scalars.isEmpty)
    }

    @Test func gbkEncodingNameIsGB18030() {
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "utf-16") == .utf16LE)
        #expect(TextEncoding(name: "latin1") == nil)
    }
}
