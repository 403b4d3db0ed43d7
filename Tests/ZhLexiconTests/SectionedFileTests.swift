import Foundation
import Testing
@testable import ZhLexicon
import ZhTestSupport

@Suite struct SectionedFileTests {
    func sampleTrie() throws -> DoubleArrayTrie {
        let words = ["中国", "中国人", "人民", "人民币", "𠀀𠀁", "a", "ab"]
        return try DoubleArrayTrieBuilder.build(words.enumerated().map { (Array($0.element.unicodeScalars), UInt32($0.offset * 10)) })
    }

    func sampleBytes() throws -> [UInt8] {
        var writer = SectionedFileWriter(kind: "LEXI", keyCount: 7)
        try writer.add(tag: "RECS", bytes: Array(0..<37), alignment: 64)
        try sampleTrie().write(into: &writer)
        return writer.bytes(formatVersion: 3)
    }

    @Test func roundTripFromBytesAndFile() throws {
        let bytes = try sampleBytes()
        let fromBytes = try SectionedFile(bytes: bytes, expectedVersion: 3, expectedKind: "LEXI")
        #expect(fromBytes.kind == "LEXI")
        #expect(fromBytes.keyCount == 7)
        #expect(fromBytes.tags.first == "RECS")
        let recs = try #require(fromBytes.section("RECS"))
        #expect(Array(recs) == Array(0..<37))
        #expect(Int(bitPattern: recs.baseAddress) % 64 == 0)
        #expect(fromBytes.section("NONE") == nil)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhlex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sample.lex").path
        var writer = SectionedFileWriter(kind: "LEXI", keyCount: 7)
        try writer.add(tag: "RECS", bytes: Array(0..<37), alignment: 64)
        try sampleTrie().write(into: &writer)
        try writer.write(to: path, formatVersion: 3)
        let trie: DoubleArrayTrie
        do {
            let mapped = try SectionedFile(path: path, expectedVersion: 3)
            trie = try DoubleArrayTrie(file: mapped)
        }  // from here on only the trie keeps the mapping alive
        #expect(trie.checkInvariants())
        #expect(trie.exactMatch("人民币".unicodeScalars) == 30)
        #expect(trie.exactMatch("𠀀𠀁".unicodeScalars) == 40)
        #expect(trie.predictiveSearch("中".unicodeScalars, limit: 5).map(\.value) == [0, 10])
    }

    @Test func everyFlippedByteIsAnError() throws {
        let bytes = try sampleBytes()
        var rng = SeededRandom(seed: 42)
        for position in 0..<bytes.count {
            var corrupted = bytes
            corrupted[position] ^= UInt8.random(in: 1...255, using: &rng)
            #expect(throws: FormatError.self) {
                let f = try SectionedFile(bytes: corrupted, expectedVersion: 3)
                _ = try DoubleArrayTrie(file: f)
            }
        }
    }

    @Test func everyTruncationIsAnError() throws {
        let bytes = try sampleBytes()
        for length in 0..<bytes.count {
            #expect(throws: FormatError.self) {
                _ = try SectionedFile(bytes: Array(bytes.prefix(length)), expectedVersion: 3)
            }
        }
    }

    @Test func wrongMagicVersionKindAndMissingSections() throws {
        var bytes = try sampleBytes()
        #expect(throws: FormatError.wrongVersion(path: "<memory>", found: 3, expected: 4)) {
            _ = try SectionedFile(bytes: bytes, expectedVersion: 4)
        }
        #expect(throws: FormatError.wrongKind(path: "x.lex", found: "LEXI", expected: "POSX")) {
            _ = try SectionedFile(bytes: bytes, expectedVersion: 3, expectedKind: "POSX", name: "x.lex")
        }
        let file = try SectionedFile(bytes: bytes, expectedVersion: 3)
        #expect(throws: FormatError.missingSection(path: "<memory>", tag: "QINF")) {
            _ = try DoubleArrayTrie(file: file, sectionPrefix: "Q")
        }
        bytes[0] = UInt8(ascii: "X")
        #expect(throws: FormatError.badMagic(path: "<memory>")) { _ = try SectionedFile(bytes: bytes, expectedVersion: 3) }
        #expect(throws: FormatError.self) { _ = try SectionedFile(path: "/nonexistent/zh.lex", expectedVersion: 3) }
    }

    @Test func errorMessagesAreOneLineAndNameTheFile() {
        let errors: [FormatError] = [
            .truncated(path: "a.lex", expected: 48, actual: 3), .badMagic(path: "a.lex"),
            .wrongVersion(path: "a.lex", found: 1, expected: 2), .checksumMismatch(path: "a.lex", stored: 1, computed: 2),
            .sectionOutOfBounds(path: "a.lex", tag: "TUNI"), .missingSection(path: "a.lex", tag: "TUNI"),
        ]
        for e in errors {
            #expect(e.description.hasPrefix("a.lex: "))
            #expect(!e.description.contains("\n"))
        }
    }

    @Test func writerRejectsBadTags() throws {
        var writer = SectionedFileWriter()
        #expect(throws: FormatError.invalidTag("ABC")) { try writer.add(tag: "ABC", bytes: []) }
        #expect(throws: FormatError.invalidTag("中文ab")) { try writer.add(tag: "中文ab", bytes: []) }
        try writer.add(tag: "ABCD", bytes: [])
        #expect(throws: FormatError.duplicateSection(tag: "ABCD")) { try writer.add(tag: "ABCD", bytes: [1]) }
    }

    /// A file with a valid checksum but garbage arrays must load or fail cleanly, and
    /// queries on it must stay in bounds (no crash); answers may be nonsense.
    @Test func craftedArraysWithValidChecksumNeverCrash() throws {
        var rng = SeededRandom(seed: 99)
        let file = try SectionedFile(bytes: sampleBytes(), expectedVersion: 3)
        let text = Array("中国人民币𠀀𠀁ab".unicodeScalars)
        var loadedCount = 0
        for round in 0..<300 {
            var writer = SectionedFileWriter()
            for tag in file.tags where tag.hasPrefix("T") {
                var section = Array(try #require(file.section(tag)))
                if tag == "TINF" && round % 4 == 0 {
                    section[4 * Int.random(in: 0..<8, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                } else if tag == "TUNI" || tag == "TLAB" || (tag == "TPAG" && round % 3 == 0) {
                    for _ in 0..<max(1, section.count / 8) {
                        section[Int.random(in: 0..<section.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                    }
                }
                try writer.add(tag: tag, bytes: section)
            }
            guard let loaded = try? DoubleArrayTrie(file: SectionedFile(bytes: writer.bytes(formatVersion: 1), expectedVersion: 1))
            else { continue }
            loadedCount += 1
            _ = loaded.checkInvariants()
            _ = loaded.exactMatch("中国人".unicodeScalars)
            _ = loaded.predictiveSearch([Unicode.Scalar](), limit: 50)
            _ = loaded.predictiveSearch("中".unicodeScalars, limit: 50)
            text.withUnsafeBufferPointer { buf in
                for i in 0..<buf.count { loaded.forEachPrefix(in: buf, from: i, maxLength: 16) { _, _ in } }
            }
        }
        #expect(loadedCount > 100)  // most garbage loads (the checksum is valid) and is then queried
    }

    @Test func checksumSeesEveryByteAndTheLength() {
        var rng = SeededRandom(seed: 5)
        let data = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let h = ContentChecksum.hash(data)
        #expect(ContentChecksum.hash(data) == h)
        var seen = Set([h])
        for i in stride(from: 0, to: data.count, by: 7) {
            var d = data
            d[i] ^= 1
            seen.insert(ContentChecksum.hash(d))
        }
        #expect(seen.count == 1 + (data.count + 6) / 7)
        #expect(ContentChecksum.hash(data + [0]) != h)
        #expect(ContentChecksum.hash([]) != ContentChecksum.hash([0]))
    }
}
