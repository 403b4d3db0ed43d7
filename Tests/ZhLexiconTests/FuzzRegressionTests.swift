import Foundation
import Testing
@testable import ZhLexicon

/// Inputs that made the `lexfile` fuzz harness fail (Tests/Fuzz/regressions/lexfile/), replayed the
/// way the harness reads them: a mode byte (bit 0: write the correct checksum, bit 1: the correct
/// length, bit 2: open as a bare trie), then the file.
@Suite struct FuzzRegressionTests {
    static let directory = String(#filePath.dropLast("Tests/ZhLexiconTests/FuzzRegressionTests.swift".count))
        + "Tests/Fuzz/regressions/lexfile"

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The file bytes after the harness's header fix-ups.
    static func prepared(_ input: [UInt8]) -> (bytes: [UInt8], asTrie: Bool) {
        guard let mode = input.first else { return ([], false) }
        var bytes = Array(input.dropFirst())
        func put64(_ v: UInt64, at offset: Int) {
            for i in 0..<8 { bytes[offset + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
        }
        if mode & 2 != 0, bytes.count >= 24 { put64(UInt64(bytes.count), at: 16) }
        if mode & 1 != 0, bytes.count >= 16 {
            put64(bytes.withUnsafeBytes { ContentChecksum.hash(UnsafeRawBufferPointer(rebasing: $0[16...])) }, at: 8)
        }
        return (bytes, mode & 4 != 0)
    }

    /// The offset of section `tag`, read from the section table.
    static func sectionOffset(_ tag: String, in bytes: [UInt8]) -> Int? {
        let count = Int(bytes[40]) | Int(bytes[41]) << 8
        for i in 0..<count {
            let at = SectionedLayout.headerSize + i * SectionedLayout.entrySize
            guard bytes[at..<at + 4].elementsEqual(tag.utf8) else { continue }
            return (0..<8).reduce(0) { $0 | Int(bytes[at + 8 + $1]) << (8 * $1) }
        }
        return nil
    }

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs().count >= 2)
    }

    /// Every input is rejected with a one-line error, or everything it loads answers queries
    /// (without reading out of bounds: such reads crash the test process).
    @Test(arguments: inputs())
    func replayedInputIsRejectedOrQueriesStayInBounds(name: String) throws {
        let input = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.directory + "/" + name)))
        let (bytes, asTrie) = Self.prepared(input)
        let version = asTrie ? DoubleArrayTrie.formatVersion : Lexicon.formatVersion
        let file: SectionedFile
        do {
            file = try SectionedFile(bytes: bytes, expectedVersion: version)
        } catch {
            #expect(!error.description.contains("\n") && error.description.hasPrefix("<memory>: "), "\(error)")
            return
        }
        guard let trie = try? DoubleArrayTrie(file: file) else { return }
        let probe = Array("株洲市地区生产总值增长8.5%abc\u{20000}".unicodeScalars)
        _ = trie.checkInvariants()
        _ = trie.predictiveSearch([Unicode.Scalar](), limit: 32)
        probe.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                trie.forEachPrefix(in: buffer, from: start, maxLength: 16) { length, _ in
                    #expect(length >= 1 && start + length <= buffer.count)
                }
            }
        }
        if let lexicon = try? Lexicon(file: file) {
            for r in lexicon.trie.predictiveSearch([Unicode.Scalar](), limit: 32) {
                _ = lexicon.entry(r.value)
                #expect(Int(lexicon.posCode(r.value)) < max(1, lexicon.posNames.count))
            }
        }
    }

    /// Found by fuzzing: an alphabet entry that is not a Unicode scalar (0xFFFFFFFF) made the
    /// invariant check index the page table far out of bounds. It must report a broken trie.
    @Test func nonScalarAlphabetEntryFailsTheInvariantCheck() throws {
        var writer = SectionedFileWriter(kind: "TRIE")
        let trie = try DoubleArrayTrieBuilder.build([(Array("株洲".unicodeScalars), 1), (Array("中国".unicodeScalars), 2)])
        try trie.write(into: &writer)
        var bytes = writer.bytes(formatVersion: DoubleArrayTrie.formatVersion)
        // Overwrite the first alphabet scalar (section TALP) with 0xFFFFFFFF and fix the checksum.
        let alpOffset = try #require(Self.sectionOffset("TALP", in: bytes))
        for i in 0..<4 { bytes[alpOffset + i] = 0xFF }
        let (fixed, _) = Self.prepared([0x01] + bytes)
        let corrupted = try DoubleArrayTrie(file: SectionedFile(bytes: fixed, expectedVersion: DoubleArrayTrie.formatVersion))
        #expect(corrupted.checkInvariants() == false)
        #expect(corrupted.exactMatch("株洲".unicodeScalars) == nil || corrupted.exactMatch("株洲".unicodeScalars) == 1)
    }

    /// Found by fuzzing: a section tag with a line feed in it went verbatim into the message.
    @Test func invalidTagIsEscapedInTheMessage() throws {
        var writer = SectionedFileWriter(kind: "TRIE")
        try writer.add(tag: "ABCD", bytes: [1, 2, 3])
        var bytes = writer.bytes(formatVersion: 1)
        bytes[SectionedLayout.headerSize + 1] = 0x0A  // the tag's second byte
        let (fixed, _) = Self.prepared([0x01] + bytes)
        #expect(throws: FormatError.malformedSection(path: "<memory>", tag: "A\\x0ACD", reason: "invalid tag")) {
            _ = try SectionedFile(bytes: fixed, expectedVersion: 1)
        }
    }
}
