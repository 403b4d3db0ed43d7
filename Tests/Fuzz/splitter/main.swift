// Harness: SentenceSplitter — sentences, clauses and lines.
// Input: UTF-8 text. Invariants: spans are in bounds, non-empty, ordered and disjoint,
// never start or end with white space; clauses of a sentence lie inside it; lines tile
// the text between line terminators.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzInput(data, size).restAsScalars
    let splitter = SentenceSplitter()
    let sentences = splitter.sentences(in: text)
    checkSpans(sentences, in: text, within: 0..<text.count, "sentence")
    for s in sentences {
        checkSpans(splitter.clauses(in: text, range: s.range), in: text, within: s.range, "clause")
    }
    checkSpans(splitter.clauses(in: text), in: text, within: 0..<text.count, "clause")
    var position = 0
    for line in splitter.lines(in: text) {
        fuzzRequire(line.start >= position && line.start <= line.end && line.end <= text.count, "line \(line.range)")
        for i in line.range { fuzzRequire(text[i].value != 0x0A && text[i].value != 0x0D, "line break inside a line") }
        position = line.end
    }
    return 0
}

func checkSpans(_ spans: [TextSpan], in text: [Unicode.Scalar], within range: Range<Int>, _ what: String) {
    var position = range.lowerBound
    for s in spans {
        fuzzRequire(s.start >= position && s.start < s.end && s.end <= range.upperBound,
                    "\(what) \(s.range) after \(position) within \(range)")
        fuzzRequire(!SentenceSplitter.isSpace(text[s.start]) && !SentenceSplitter.isSpace(text[s.end - 1]),
                    "\(what) \(s.range) has surrounding white space")
        position = s.end
    }
}
