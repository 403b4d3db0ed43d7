import Foundation
import Testing
@testable import ZhLexicon
import ZhTestSupport

/// Differential tests: the trie must answer exactly like a Dictionary oracle.
@Suite struct DoubleArrayTrieDifferentialTests {
    struct Config: CustomTestStringConvertible, Sendable {
        var name: String
        var encoding: TrieKeyEncoding
        var scheme: DenseLabelScheme = .standard
        var alphabet: String  // tiny, mixed, wide
        var keys: Int
        var maxLength: Int
        var testDescription: String { name }
    }

    static let configs: [Config] = [
        Config(name: "dense tiny", encoding: .denseScalars, alphabet: "tiny", keys: 600, maxLength: 7),
        Config(name: "utf8 tiny", encoding: .utf8, alphabet: "tiny", keys: 600, maxLength: 7),
        Config(name: "dense mixed", encoding: .denseScalars, alphabet: "mixed", keys: 4000, maxLength: 6),
        Config(name: "utf8 mixed", encoding: .utf8, alphabet: "mixed", keys: 4000, maxLength: 6),
        Config(name: "dense mixed escaped", encoding: .denseScalars, scheme: .init(singleLimit: 20, loRange: 7), alphabet: "mixed", keys: 3000, maxLength: 6),
        Config(name: "dense wide", encoding: .denseScalars, alphabet: "wide", keys: 3000, maxLength: 5),
        Config(name: "dense wide escaped", encoding: .denseScalars, scheme: .init(singleLimit: 3, loRange: 1000), alphabet: "wide", keys: 2000, maxLength: 5),
        Config(name: "utf8 wide", encoding: .utf8, alphabet: "wide", keys: 3000, maxLength: 5),
    ]

    @Test(arguments: configs)
    func matchesDictionaryOracle(_ config: Config) throws {
        var rng = SeededRandom(seed: 0xC0FFEE ^ UInt64(config.keys) ^ UInt64(config.scheme.singleLimit))
        let alphabet: [Unicode.Scalar]
        switch config.alphabet {
        case "tiny": alphabet = TestAlphabet.tiny
        case "mixed": alphabet = TestAlphabet.mixed
        default: alphabet = TestAlphabet.wide(&rng, count: 1500)
        }
        var entries: [(key: [Unicode.Scalar], value: UInt32)] = []
        var oracle: [[UInt32]: UInt32] = [:]
        for i in 0..<config.keys {
            // Every tenth entry repeats an earlier key with a new value: the last must win.
            let key = i % 10 == 9 && !entries.isEmpty
                ? entries[Int.random(in: 0..<entries.count, using: &rng)].key
                : randomKey(alphabet, maxLength: config.maxLength, &rng)
            let value = UInt32.random(in: 0...UInt32.max, using: &rng)
            entries.append((key, value))
            oracle[key.values] = value
        }
        let trie = try DoubleArrayTrieBuilder.build(entries, encoding: config.encoding, scheme: config.scheme)
        #expect(trie.checkInvariants())
        #expect(trie.count == oracle.count)
        try checkAgainstOracle(trie, oracle, alphabet: alphabet, maxLength: config.maxLength, rng: &rng)

        // The same answers after a round trip through the container.
        var writer = SectionedFileWriter(kind: "TEST")
        try writer.add(tag: "XTRA", bytes: [1, 2, 3])
        try trie.write(into: &writer, sectionPrefix: "Q")
        let file = try SectionedFile(bytes: writer.bytes(formatVersion: 9), expectedVersion: 9)
        let loaded = try DoubleArrayTrie(file: file, sectionPrefix: "Q")
        #expect(loaded.checkInvariants())
        #expect(loaded.byteSize == trie.byteSize)
        try checkAgainstOracle(loaded, oracle, alphabet: alphabet, maxLength: config.maxLength, rng: &rng)
    }

    func checkAgainstOracle(_ trie: DoubleArrayTrie, _ oracle: [[UInt32]: UInt32], alphabet: [Unicode.Scalar],
                            maxLength: Int, rng: inout SeededRandom) throws {
        // Exact match: every key, and random queries (mostly absent), some with foreign scalars.
        for (key, value) in oracle {
            #expect(trie.exactMatch(key.compactMap(Unicode.Scalar.init)) == value)
        }
        let foreign: [Unicode.Scalar] = ["\u{3000}", "Q", "\u{2A6D6}", "\u{0}"]
        for i in 0..<3000 {
            var q = randomKey(alphabet, maxLength: maxLength + 2, &rng)
            if i % 7 == 0 { q.insert(foreign[i % foreign.count], at: Int.random(in: 0...q.count, using: &rng)) }
            #expect(trie.exactMatch(q) == oracle[q.values])
        }
        #expect(trie.exactMatch([Unicode.Scalar]()) == nil)

        // Common-prefix search over a random text, at every position, three API variants.
        var text = (0..<400).flatMap { _ in randomKey(alphabet, maxLength: 3, &rng) }
        text.insert(contentsOf: foreign, at: 50)
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
        let values = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { lengths.deallocate(); values.deallocate() }
        text.withUnsafeBufferPointer { buf in
            for start in 0..<buf.count {
                var expected: [(Int, UInt32)] = []
                for len in 1...min(maxLength + 1, buf.count - start) {
                    if let v = oracle[Array(buf[start..<start + len]).values] { expected.append((len, v)) }
                }
                var got: [(Int, UInt32)] = []
                trie.forEachPrefix(in: buf, from: start, maxLength: 64) { got.append(($0, $1)) }
                #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1))

                var limited: [Int] = []
                trie.forEachPrefix(in: buf, from: start, maxLength: 2) { len, _ in limited.append(len) }
                #expect(limited == expected.map(\.0).filter { $0 <= 2 })

                let n = trie.commonPrefixSearch(in: buf, from: start, lengths: lengths, values: values, capacity: 64)
                #expect(n == expected.count)
                #expect((0..<n).map { Int(lengths[$0]) } == expected.map(\.0))
                #expect((0..<n).map { values[$0] } == expected.map(\.1))
                let one = trie.commonPrefixSearch(in: buf, from: start, lengths: lengths, values: values, capacity: 1)
                #expect(one == min(1, expected.count))
                if one == 1 { #expect(Int(lengths[0]) == expected[0].0) }
            }
            var calls = 0
            trie.forEachPrefix(in: buf, from: -1, maxLength: 8) { _, _ in calls += 1 }
            trie.forEachPrefix(in: buf, from: buf.count, maxLength: 8) { _, _ in calls += 1 }
            trie.forEachPrefix(in: buf, from: 0, maxLength: 0) { _, _ in calls += 1 }
            #expect(calls == 0)
        }

        // Predictive search: random prefixes (some keys, some not), and the empty prefix.
        let sortedKeys = oracle.keys.sorted(by: scalarLess)
        var prefixes: [[Unicode.Scalar]] = [[]]
        for _ in 0..<40 { prefixes.append(randomKey(alphabet, maxLength: 2, &rng)) }
        for _ in 0..<20 {
            if let k = sortedKeys.randomElement(using: &rng) { prefixes.append(Array(k.prefix(2)).compactMap(Unicode.Scalar.init)) }
        }
        for prefix in prefixes {
            let p = prefix.values
            let expected = sortedKeys.filter { $0.starts(with: p) }
            for limit in [1, 5, 100_000] {
                let got = trie.predictiveSearch(prefix, limit: limit)
                #expect(got.map { $0.key.values } == Array(expected.prefix(limit)))
                #expect(got.allSatisfy { oracle[$0.key.values] == $0.value })
            }
        }
        #expect(trie.predictiveSearch([Unicode.Scalar](), limit: 0).isEmpty)
    }
}

@Suite struct DoubleArrayTrieEdgeCaseTests {
    func keys(_ words: [String]) -> [(key: [Unicode.Scalar], value: UInt32)] {
        words.enumerated().map { (Array($0.element.unicodeScalars), UInt32($0.offset)) }
    }

    @Test(arguments: [TrieKeyEncoding.denseScalars, .utf8])
    func emptyKeySet(_ encoding: TrieKeyEncoding) throws {
        let trie = try DoubleArrayTrieBuilder.build([], encoding: encoding)
        #expect(trie.checkInvariants())
        #expect(trie.count == 0)
        #expect(trie.exactMatch("中".unicodeScalars) == nil)
        #expect(trie.predictiveSearch([Unicode.Scalar](), limit: 10).isEmpty)
        let text = Array("中国".unicodeScalars)
        var calls = 0
        text.withUnsafeBufferPointer { trie.forEachPrefix(in: $0, from: 0, maxLength: 4) { _, _ in calls += 1 } }
        #expect(calls == 0)
    }

    @Test(arguments: [TrieKeyEncoding.denseScalars, .utf8])
    func oneKey(_ encoding: TrieKeyEncoding) throws {
        let trie = try DoubleArrayTrieBuilder.build(keys(["𠀀中"]), encoding: encoding)
        #expect(trie.checkInvariants())
        #expect(trie.count == 1)
        #expect(trie.exactMatch("𠀀中".unicodeScalars) == 0)
        #expect(trie.exactMatch("𠀀".unicodeScalars) == nil)
        #expect(trie.exactMatch("𠀀中中".unicodeScalars) == nil)
        #expect(trie.predictiveSearch("𠀀".unicodeScalars, limit: 3).map { String(String.UnicodeScalarView($0.key)) } == ["𠀀中"])
    }

    @Test(arguments: [TrieKeyEncoding.denseScalars, .utf8])
    func nestedPrefixes(_ encoding: TrieKeyEncoding) throws {
        let words = ["中", "中华", "中华人民", "中华人民共和国", "华", "人民"]
        let trie = try DoubleArrayTrieBuilder.build(keys(words), encoding: encoding)
        #expect(trie.checkInvariants())
        let text = Array("中华人民共和国成立".unicodeScalars)
        var found: [String] = []
        text.withUnsafeBufferPointer { buf in
            trie.forEachPrefix(in: buf, from: 0, maxLength: 16) { len, value in
                found.append(String(String.UnicodeScalarView(text[0..<len])) + "=\(value)")
            }
        }
        #expect(found == ["中=0", "中华=1", "中华人民=2", "中华人民共和国=3"])
        let predicted = trie.predictiveSearch("中华".unicodeScalars, limit: 10).map(\.value)
        #expect(predicted == [1, 2, 3])
    }

    @Test func emptyKeyIsRejected() {
        #expect(throws: TrieBuildError.emptyKey(index: 1)) {
            try DoubleArrayTrieBuilder.build([(Array("a".unicodeScalars), 1), ([], 2)])
        }
    }

    @Test func lastDuplicateWins() throws {
        let trie = try DoubleArrayTrieBuilder.build([(Array("国家".unicodeScalars), 1), (Array("国".unicodeScalars), 5),
                                                     (Array("国家".unicodeScalars), 2)])
        #expect(trie.count == 2)
        #expect(trie.exactMatch("国家".unicodeScalars) == 2)
    }

    @Test func denseNeedsFewerUnitsThanUTF8ForChineseKeys() throws {
        var rng = SeededRandom(seed: 7)
        let cjk = (0x4E00..<0x4E00 + 2000).compactMap(Unicode.Scalar.init)
        let entries = (0..<3000).map { (key: randomKey(cjk, maxLength: 4, &rng), value: UInt32($0)) }
        let dense = try DoubleArrayTrieBuilder.build(entries, encoding: .denseScalars)
        let utf8 = try DoubleArrayTrieBuilder.build(entries, encoding: .utf8)
        #expect(dense.unitCount < utf8.unitCount)
    }
}

@Suite struct DoubleArrayTrieOptionsTests {
    let entries: [(key: [Unicode.Scalar], value: UInt32)] = ["北京", "北京市", "南京", "𠀀"].enumerated().map {
        (Array($0.element.unicodeScalars), UInt32($0.offset))
    }

    @Test func explicitLabelRangesGiveTheSameAnswers() throws {
        for (single, low) in [(1, 1), (2, 3), (32765, 32765)] {
            let trie = try DoubleArrayTrieBuilder.build(entries, singleLabels: single, lowLabels: low)
            #expect(trie.checkInvariants())
            #expect(entries.allSatisfy { trie.exactMatch($0.key) == $0.value })
            #expect(trie.predictiveSearch("北".unicodeScalars, limit: 9).map(\.value) == [0, 1])
        }
    }

    @Test func invalidLabelRangesAreRejected() {
        #expect(throws: TrieBuildError.invalidLabelRanges(single: 0, low: 5)) {
            try DoubleArrayTrieBuilder.build(entries, singleLabels: 0, lowLabels: 5)
        }
        #expect(throws: TrieBuildError.invalidLabelRanges(single: 5, low: 40000)) {
            try DoubleArrayTrieBuilder.build(entries, singleLabels: 5, lowLabels: 40000)
        }
    }

    @Test func sectionPrefixMustMakeValidTags() throws {
        let trie = try DoubleArrayTrieBuilder.build(entries)
        var writer = SectionedFileWriter()
        #expect(throws: FormatError.self) { try trie.write(into: &writer, sectionPrefix: "TT") }
    }

    /// One immutable trie shared by concurrent tasks answers every task the same.
    @Test func concurrentQueriesAgree() async throws {
        let trie = try DoubleArrayTrieBuilder.build(entries)
        let text = Array("我在北京市和南京𠀀".unicodeScalars)
        let results = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var lengths: [Int] = []
                    for _ in 0..<200 {
                        lengths.removeAll()
                        text.withUnsafeBufferPointer { buf in
                            for i in 0..<buf.count { trie.forEachPrefix(in: buf, from: i, maxLength: 8) { len, _ in lengths.append(len) } }
                        }
                    }
                    return lengths
                }
            }
            var all: [[Int]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0 == [2, 3, 2, 1] })
    }
}
