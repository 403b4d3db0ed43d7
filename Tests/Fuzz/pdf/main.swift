// Harness: PDFText (poppler through the CPDF shim) and Reflow over what it returns.
// Input: the bytes of a file (seeds: PDFs typeset by PDFWriter; the fuzzer mutates their objects,
// streams and cross-reference table). Invariants: reading either returns text with a non-blank
// scalar and no C0 control but tab, line feed and form feed, or throws a PDFReadError with a
// non-empty one-line message; the page and text bounds hold; the reflowed text's offset map
// passes checkInvariants(), counts the decoded text, and maps every non-newline scalar back to
// the same scalar.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let reader = PDFText(maxPages: 50, maxTextBytes: 1 << 20)
    let text: DecodedText
    do {
        text = try reader.text(of: bytes)
    } catch {
        fuzzRequire(!error.description.isEmpty && !error.description.contains("\n"), "message \(error)")
        if case let .tooManyPages(n, limit) = error { fuzzRequire(n > limit, "page bound \(n) \(limit)") }
        return 0
    }
    fuzzRequire(text.scalars.contains { !SentenceSplitter.isSpace($0) }, "text without a non-blank scalar")
    fuzzRequire(!text.scalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\u{0C}" }, "control character")
    let r = text.reflowed()
    fuzzRequire(r.offsets.checkInvariants(), "reflow map invariants fail")
    fuzzRequire(r.offsets.count == r.scalars.count && r.offsets.originalCount == text.scalars.count, "reflow map counts")
    for (i, c) in r.scalars.enumerated() where c != "\n" && c != " " {
        let o = r.offsets.originalRange(i..<(i + 1))
        fuzzRequire(o.count == 1 && text.scalars[o.lowerBound] == c, "reflowed scalar \(i) maps to \(o)")
    }
    return 0
}
