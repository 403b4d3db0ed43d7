import ZhSegment
import ZhText

extension EntityRecognizer {
    /// The recogniser's token stream of an analysed document — its tokens plus a token (POS 0) for
    /// every line feed, as its own segmentation makes them line by line — without segmenting again.
    ///
    /// nil (the recogniser segments the text itself) when the document has no segmenter, or breaks
    /// lines with something besides a line feed (CR, U+2028, U+2029, U+0085): the recogniser cuts
    /// lines at line feeds only, so there its white-space tokens differ from the document's.
    func lineTokens(of analyzed: AnalyzedText) -> [Token]? {
        guard analyzed.segmenter != nil else { return nil }
        let text = analyzed.scalars
        let lines = analyzed.lines
        // Every line but the last ends at a terminator; all must be line feeds.
        for line in lines where line.end < text.count && text[line.end] != "\n" { return nil }
        let tokens = analyzed.tokens
        var result: [Token] = []
        result.reserveCapacity(tokens.count + lines.count)
        var next = 0
        for line in lines {
            while next < tokens.count, Int(tokens[next].start) < line.end {
                result.append(tokens[next])
                next += 1
            }
            if line.end < text.count { result.append(Token(start: Int32(line.end), end: Int32(line.end + 1), pos: 0)) }
        }
        result.append(contentsOf: tokens[next...])
        return result
    }
}
