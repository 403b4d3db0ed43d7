import ZhSegment
import ZhText

extension EntityRecognizer {
    /// The recogniser's token stream of an analysed document, made from the document's tokens
    /// without segmenting again: exactly what its own segmentation gives, which cuts lines at line
    /// feeds only and adds a token (POS 0) for each.
    ///
    /// The document's tokens are per line, a line ending at any terminator (LF, CR LF, CR, U+2028,
    /// U+2029, U+0085). Inside one of the recogniser's lines, a terminator other than LF is white space
    /// like any other: it becomes a white-space token, joined to white space just before or after it
    /// (`增长 \r\n` → `增长`, ` \r`, LF token). nil (the recogniser segments the text itself) when the
    /// document has no segmenter.
    func lineTokens(of analyzed: AnalyzedText) -> [Token]? {
        guard let segmenter = analyzed.segmenter else { return nil }
        let text = analyzed.scalars
        let lines = analyzed.lines
        let tokens = analyzed.tokens
        var result: [Token] = []
        result.reserveCapacity(tokens.count + lines.count)
        // Whether the last token is white space that the next white space joins (not a LF token).
        var openSpace = false
        var spacePOS: UInt8?
        func appendSpace(_ t: Token) {
            if openSpace, let last = result.last, last.end == t.start {
                result[result.count - 1].end = t.end
            } else {
                result.append(t)
            }
            openSpace = true
        }
        var next = 0
        for line in lines {
            while next < tokens.count, Int(tokens[next].start) < line.end {
                let t = tokens[next]
                next += 1
                if text[Int(t.start)].properties.isWhitespace {
                    appendSpace(t)
                } else {
                    result.append(t)
                    openSpace = false
                }
            }
            guard line.end < text.count else { continue }
            var p = line.end
            if text[p] != "\n" {
                // The POS of a white-space atom, from the segmenter itself (one scalar).
                let pos = spacePOS ?? segmenter.segment([text[p]]).first?.pos ?? 0
                spacePOS = pos
                appendSpace(Token(start: Int32(p), end: Int32(p + 1), pos: pos))
                guard text[p] == "\r", p + 1 < text.count, text[p + 1] == "\n" else { continue }
                p += 1
            }
            result.append(Token(start: Int32(p), end: Int32(p + 1), pos: 0))
            openSpace = false
        }
        result.append(contentsOf: tokens[next...])
        return result
    }
}
