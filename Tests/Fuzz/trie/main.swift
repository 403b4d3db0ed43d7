// Harness: DoubleArrayTrieBuilder.build and every query of the built trie, in both encodings.
// Input: one choice byte, then UTF-8 text whose lines are the keys. Invariants: the trie's
// own checkInvariants(); exact match finds the last value of each key and nothing else;
// prefix walks report exactly the keys that are prefixes; predictive search returns keys
// in order; a write/read round trip through SectionedFile answers the same.
import ZhLexicon

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTrie(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let encoding: TrieKeyEncoding = input.takeBool() ? .utf8 : .denseScalars
    let text = input.restAsScalars
    let keys = text.split(separator: "\n").map(Array.init)
    let entries = keys.enumerated().map { (key: $0.element, value: UInt32($0.offset)) }
    let trie: DoubleArrayTrie
    do {
        trie = try DoubleArrayTrieBuilder.build(entries, encoding: encoding)
    } catch {
        fuzzRequire(false, "build failed: \(error)")
        return 0
    }
    var expected: [[Unicode.Scalar]: UInt32] = [:]
    for e in entries { expected[e.key] = e.value }
    fuzzRequire(trie.checkInvariants(), "trie invariants fail (\(encoding))")
    fuzzRequire(trie.count == expected.count, "count \(trie.count) vs \(expected.count)")
    for (key, value) in expected {
        fuzzRequire(trie.exactMatch(key) == value, "exact match of a key")
        if key.count > 1 {
            let shorter = Array(key.dropLast())
            fuzzRequire(trie.exactMatch(shorter) == expected[shorter], "exact match of a key's prefix")
        }
    }
    fuzzRequire(trie.exactMatch([Unicode.Scalar]()) == nil, "empty key matched")
    // Prefix walks over the text itself (newlines included), from every position.
    var lengths = [Int32](repeating: 0, count: 4)
    var values = [UInt32](repeating: 0, count: 4)
    text.withUnsafeBufferPointer { buffer in
        for start in 0..<min(buffer.count, 64) {
            var found: [(Int, UInt32)] = []
            trie.forEachPrefix(in: buffer, from: start, maxLength: 40) { length, value in found.append((length, value)) }
            var last = 0
            for (length, value) in found {
                fuzzRequire(length > last && length <= 40 && start + length <= buffer.count, "prefix length \(length)")
                last = length
                fuzzRequire(expected[Array(buffer[start..<start + length])] == value, "prefix is not a key with that value")
            }
            var longest = 0
            for (key, _) in expected where key.count <= 40 && start + key.count <= buffer.count && key.elementsEqual(buffer[start..<start + key.count]) {
                longest += 1
            }
            fuzzRequire(found.count == longest, "found \(found.count) prefixes, expected \(longest)")
            let n = lengths.withUnsafeMutableBufferPointer { l in
                values.withUnsafeMutableBufferPointer { v in
                    guard let lp = l.baseAddress, let vp = v.baseAddress else { return 0 }
                    return trie.commonPrefixSearch(in: buffer, from: start, lengths: lp, values: vp, capacity: 4)
                }
            }
            fuzzRequire(n <= 4, "capacity exceeded")
        }
        trie.forEachPrefix(in: buffer, from: buffer.count, maxLength: 4) { _, _ in fuzzRequire(false, "walk past the end") }
        trie.forEachPrefix(in: buffer, from: -1, maxLength: 4) { _, _ in fuzzRequire(false, "walk before the start") }
    }
    let all = trie.predictiveSearch([Unicode.Scalar](), limit: 1000)
    fuzzRequire(all.count == min(1000, expected.count), "predictive found \(all.count) of \(expected.count)")
    for k in 1..<max(1, all.count) {
        fuzzRequire(all[k - 1].key.lexicographicallyPrecedes(all[k].key) { $0.value < $1.value }, "predictive order")
    }
    for r in all { fuzzRequire(expected[r.key] == r.value, "predictive result is not a key") }
    if let first = keys.first {
        for r in trie.predictiveSearch(first.prefix(1), limit: 50) {
            fuzzRequire(r.key.first == first.first && expected[r.key] == r.value, "predictive result outside its prefix")
        }
    }
    // Round trip through the file format.
    var writer = SectionedFileWriter(kind: "TRIE", keyCount: trie.count)
    do {
        try trie.write(into: &writer)
        let file = try SectionedFile(bytes: writer.bytes(formatVersion: DoubleArrayTrie.formatVersion),
                                     expectedVersion: DoubleArrayTrie.formatVersion, expectedKind: "TRIE")
        let again = try DoubleArrayTrie(file: file)
        for (key, value) in expected { fuzzRequire(again.exactMatch(key) == value, "round trip lost a key") }
    } catch {
        fuzzRequire(false, "round trip failed: \(error)")
    }
    return 0
}
