import ZhLexicon
import ZhText

extension Segmenter {
    /// Search mode: before each token of three or more characters, every shorter
    /// lexicon word of two or more characters inside it (in order of position).
    func expandForSearch(_ text: UnsafeBufferPointer<Unicode.Scalar>, from first: Int, tokens: inout [Token]) {
        let words = Array(tokens[first...])
        tokens.removeSubrange(first...)
        for token in words {
            if token.count >= 3 {
                let s = Int(token.start), e = Int(token.end)
                for i in s..<e {
                    lexicon.trie.forEachPrefix(in: text, from: i, maxLength: min(e - i, maxWordLength)) { length, v in
                        if length >= 2 && !(i == s && length == token.count) {
                            tokens.append(Token(start: Int32(i), end: Int32(i + length), pos: lexicon.posCode(v)))
                        }
                    }
                }
            }
            tokens.append(token)
        }
    }

    /// Full mode: every lexicon word of two or more characters at every position; a
    /// character no such word covers is a token of its own.
    func fullHan(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into tokens: inout [Token]) {
        var coveredUntil = range.lowerBound
        for i in range {
            var found = false
            lexicon.trie.forEachPrefix(in: text, from: i, maxLength: min(range.upperBound - i, maxWordLength)) { length, v in
                if length >= 2 {
                    tokens.append(Token(start: Int32(i), end: Int32(i + length), pos: lexicon.posCode(v)))
                    coveredUntil = max(coveredUntil, i + length)
                    found = true
                }
            }
            if !found && i >= coveredUntil {
                let v = lexicon.trie.exactMatch(CollectionOfOne(text[i]))
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), pos: v.map { lexicon.posCode($0) } ?? unknownPOS))
            }
        }
    }

    /// ICU mode: ICU's BreakIterator boundaries; whitespace runs are tokens like any other.
    func segmentWithICU(_ text: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout [Token]) {
        guard let icuBreaker = icu.value, !text.isEmpty else {
            if !text.isEmpty { tokens.append(Token(start: 0, end: Int32(text.count), pos: unknownPOS)) }
            return
        }
        let boundaries = icuBreaker.boundaries(in: Array(text))
        for k in 1..<boundaries.count where boundaries[k] > boundaries[k - 1] {
            let s = boundaries[k - 1], e = boundaries[k]
            let v = lexicon.trie.exactMatch(text[s..<e])
            tokens.append(Token(start: Int32(s), end: Int32(e), pos: v.map { lexicon.posCode($0) } ?? unknownPOS))
        }
    }
}
