import ZhLexicon

/// Merges runs of single characters that the lexicon does not use as words of their own.
///
/// An out-of-vocabulary word (a new term, a given name) comes out of the best path as a
/// run of single characters. Whether a character stands alone in text is measured from
/// the lexicon itself (``Lexicon/characterFreedom(_:)``: the share of a character's
/// probability mass that is the character as a word rather than inside longer words).
/// A character whose share is below `threshold` is a bound morpheme (泽, 琦, 鹊);
/// consecutive single-character tokens that are all bound morphemes are merged into one
/// unknown word of at most `maxLength` characters. Free characters (的, 在, 和, 是) are
/// never merged.
///
/// ```swift
/// let model = UnknownWordModel()
/// model.isBound("泽", in: lexicon)   // true
/// ```
public struct UnknownWordModel: Sendable {
    /// Freedom (0…255) below which a character is a bound morpheme.
    public var threshold: UInt8
    public var maxLength: Int

    public init(threshold: UInt8 = 13, maxLength: Int = 4) {
        self.threshold = threshold
        self.maxLength = maxLength
    }

    @inline(__always)
    public func isBound(_ c: Unicode.Scalar, in lexicon: Lexicon) -> Bool {
        lexicon.characterFreedom(c) < threshold
    }

    /// Merges maximal runs of ≥ 2 single-character tokens made of bound morphemes in `tokens[first...]`.
    func merge(_ text: UnsafeBufferPointer<Unicode.Scalar>, tokens: inout [Token], from first: Int, unknownPOS: UInt8,
               lexicon: Lexicon) {
        @inline(__always) func isBound(_ c: Unicode.Scalar) -> Bool { lexicon.characterFreedom(c) < threshold }
        var i = first
        var out = first
        while i < tokens.count {
            let t = tokens[i]
            if t.count == 1 && isBound(text[Int(t.start)]) {
                var j = i + 1
                while j < tokens.count, j - i < maxLength, tokens[j].count == 1, isBound(text[Int(tokens[j].start)]) { j += 1 }
                if j - i >= 2 {
                    tokens[out] = Token(start: t.start, end: tokens[j - 1].end, pos: unknownPOS)
                    out += 1
                    i = j
                    continue
                }
            }
            tokens[out] = t
            out += 1
            i += 1
        }
        tokens.removeSubrange(out...)
    }
}
