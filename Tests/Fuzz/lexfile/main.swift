// Harness: the compiled lexicon file — SectionedFile(bytes:), DoubleArrayTrie(file:),
// Lexicon(file:) and a Segmenter over whatever loads.
// Input: one mode byte, then the file. Mode bit 0: write the correct checksum (and bit 1:
// the correct length) into the header first, so mutations reach the section parsers
// instead of stopping at the checksum; bit 2: open as a bare trie file rather than a
// lexicon. Invariant: a file is rejected with a one-line error, or every query on what
// it accepted stays in bounds (AddressSanitizer) and segmentation still tiles the text.
// With ZHMINE_FUZZ_SEED_DIR set, the harness writes its seed files there and exits.
import ZhLexicon
import ZhSegment
import ZhText
#if canImport(Glibc)
import Glibc
#endif

let probe: [Unicode.Scalar] = Array("株洲市地区生产总值增长8.5%，规模以上工业增加值abc\u{20000}𠀁中国人民".unicodeScalars)

@_cdecl("LLVMFuzzerInitialize")
public func fuzzLexFileInit(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    if let dir = getenv("ZHMINE_FUZZ_SEED_DIR") {
        LexFileSeeds.write(to: String(cString: dir))
        exit(0)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let mode = input.takeByte()
    var bytes = input.rest
    if mode & 2 != 0, bytes.count >= 24 { LexFileSeeds.put64(UInt64(bytes.count), at: 16, in: &bytes) }
    if mode & 1 != 0, bytes.count >= 16 {
        let sum = bytes.withUnsafeBytes { ContentChecksum.hash(UnsafeRawBufferPointer(rebasing: $0[16...])) }
        LexFileSeeds.put64(sum, at: 8, in: &bytes)
    }
    let asTrie = mode & 4 != 0
    let version = asTrie ? DoubleArrayTrie.formatVersion : Lexicon.formatVersion
    let file: SectionedFile
    do {
        file = try SectionedFile(bytes: bytes, expectedVersion: version)
    } catch {
        fuzzRequire(!error.description.isEmpty && !error.description.contains("\n"), "error message \(error.description)")
        return 0
    }
    for tag in file.tags { _ = file.section(tag)?.count }
    if asTrie {
        if let trie = try? DoubleArrayTrie(file: file) { queryTrie(trie) }
        return 0
    }
    guard let lexicon = try? Lexicon(file: file) else {
        if let trie = try? DoubleArrayTrie(file: file) { queryTrie(trie) }
        return 0
    }
    queryTrie(lexicon.trie)
    for v in lexicon.trie.predictiveSearch([Unicode.Scalar](), limit: 64).map(\.value) + [0, 1, 1000, UInt32.max] {
        _ = lexicon.cost(v)
        _ = lexicon.entry(v)
        _ = lexicon.isForced(v)
        let code = lexicon.posCode(v)
        fuzzRequire(Int(code) < max(lexicon.posNames.count, 1) || code == 0, "POS code \(code) beyond the names")
    }
    for s in probe { _ = lexicon.characterFreedom(s) }
    _ = lexicon.lookup("株洲")
    let segmenter = Segmenter(lexicon: lexicon)
    for mode in [SegmentationMode.accurate, .search, .full] {
        let tokens = segmenter.segment(probe, mode: mode)
        for t in tokens {
            FuzzText.requireInBounds(t.range, count: probe.count, "token")
            fuzzRequire(t.count > 0, "empty token")
            _ = segmenter.posName(t.pos)
        }
        if mode == .accurate { FuzzText.requireTiling(tokens.map(\.range), count: probe.count, "token") }
    }
    return 0
}

func queryTrie(_ trie: DoubleArrayTrie) {
    _ = trie.checkInvariants()
    _ = trie.exactMatch(probe[0..<2])
    _ = trie.exactMatch(probe)
    probe.withUnsafeBufferPointer { buffer in
        for start in 0..<buffer.count {
            trie.forEachPrefix(in: buffer, from: start, maxLength: 16) { length, _ in
                fuzzRequire(length >= 1 && length <= 16 && start + length <= buffer.count, "prefix length \(length) at \(start)")
            }
        }
    }
    for r in trie.predictiveSearch(probe.prefix(1), limit: 32) { _ = trie.exactMatch(r.key) }
    _ = trie.predictiveSearch([Unicode.Scalar](), limit: 32)
}

/// The seed files: a small lexicon and bare tries in both encodings, each with its mode byte.
enum LexFileSeeds {
    static let words = ["株洲", "株洲市", "地区生产总值", "增长", "规模以上工业增加值", "中国", "中国人", "人民", "市",
                        "工业", "增加值", "规模", "以上", "abc", "\u{20000}", "𠀁中", "发展", "经济", "推动"]

    static func write(to dir: String) {
        let listPath = dir + "/.words.txt"
        let list = words.enumerated().map { "\($0.element) \(100 + $0.offset * 37) \($0.offset % 3 == 0 ? "ns" : "n")" }
        save(Array((list.joined(separator: "\n") + "\n").utf8), to: listPath)
        defer { unlink(listPath) }
        let entries = words.enumerated().map { (key: Array($0.element.unicodeScalars), value: UInt32($0.offset)) }
        do {
            let lexicon = try LexiconBuilder(sources: LexiconSources(icu: false, jiebaDictionary: listPath)).build()
            save([0x03] + lexicon, to: dir + "/lexicon-fixed")
            save([0x00] + lexicon, to: dir + "/lexicon-raw")
            for (name, encoding) in [("dense", TrieKeyEncoding.denseScalars), ("utf8", .utf8)] {
                let trie = try DoubleArrayTrieBuilder.build(entries, encoding: encoding)
                var writer = SectionedFileWriter(kind: "TRIE", keyCount: trie.count)
                try trie.write(into: &writer)
                save([0x07] + writer.bytes(formatVersion: DoubleArrayTrie.formatVersion), to: dir + "/trie-\(name)")
            }
        } catch {
            fputs("seed generation failed: \(error)\n", stderr)
            exit(1)
        }
    }

    static func save(_ bytes: [UInt8], to path: String) {
        guard let f = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
    }

    static func put64(_ v: UInt64, at offset: Int, in bytes: inout [UInt8]) {
        for i in 0..<8 { bytes[offset + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
    }
}
