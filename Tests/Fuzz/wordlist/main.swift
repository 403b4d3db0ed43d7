// Harness: WordListFile.parse — the text dictionary format (`word [freq|force] [pos]` lines).
// Input: a word-list file's bytes. Invariants: an error names a line of the file; entries
// come in line order with non-empty words free of white space; the parsed words build a
// trie in which every word finds the value of its last occurrence.
import ZhLexicon

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordList(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    let entries: [WordListEntry]
    do {
        entries = try WordListFile.parse(bytes, name: "fuzz.txt")
    } catch let error as WordListError {
        fuzzRequire(error.line >= 1 && error.line <= lineCount, "error line \(error.line) of \(lineCount)")
        fuzzRequire(error.description.hasPrefix("fuzz.txt:\(error.line): "), "message \(error.description)")
        return 0
    } catch {
        fuzzRequire(false, "unexpected error type \(error)")
        return 0
    }
    var lastLine = 0
    for e in entries {
        fuzzRequire(e.line > lastLine && e.line <= lineCount, "entry line \(e.line) after \(lastLine)")
        lastLine = e.line
        fuzzRequire(!e.word.isEmpty, "empty word on line \(e.line)")
        fuzzRequire(!e.word.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D },
                    "white space in word on line \(e.line)")
        fuzzRequire((e.frequency ?? 0) >= 0, "negative frequency")
        fuzzRequire(!(e.forced && e.frequency != nil), "forced with a frequency")
    }
    // The parsed words as trie keys (what the lexicon build does with them).
    let keyed = entries.enumerated().map { (key: Array($0.element.word.unicodeScalars), value: UInt32($0.offset)) }
    guard let trie = try? DoubleArrayTrieBuilder.build(keyed) else {
        fuzzRequire(false, "trie build failed on parsed words")
        return 0
    }
    var last: [[Unicode.Scalar]: UInt32] = [:]
    for k in keyed { last[k.key] = k.value }
    fuzzRequire(trie.count == last.count, "trie has \(trie.count) keys, expected \(last.count)")
    for (key, value) in last {
        fuzzRequire(trie.exactMatch(key) == value, "lookup of a parsed word failed")
    }
    return 0
}
