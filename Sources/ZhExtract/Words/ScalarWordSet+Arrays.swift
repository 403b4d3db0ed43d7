/// The same longest-match queries over a scalar array, for the target and document readers that
/// keep their text as `[Unicode.Scalar]`: `nil` where the buffer queries say 0. One word-set type
/// serves the entity heads, the target cues and the document's plan and period words.
///
/// ```swift
/// let verbs = ScalarWordSet(["提高", "提高到"])
/// verbs.longestMatch(endingAt: 5, in: Array("比重提高到12%".unicodeScalars))   // 3 (提高到)
/// ```
extension ScalarWordSet {
    /// Length of the longest word that ends right before `end` and starts at or after `lower`.
    func longestMatch(endingAt end: Int, in s: [Unicode.Scalar], lower: Int = 0) -> Int? {
        guard end > lower, end <= s.count else { return nil }
        let n = s.withUnsafeBufferPointer { longestMatch(endingAt: end, in: $0, floor: lower) }
        return n > 0 ? n : nil
    }

    /// Length of the longest word that starts at `start` and ends at or before `upper`.
    func longestMatch(startingAt start: Int, in s: [Unicode.Scalar], upper: Int) -> Int? {
        guard start >= 0, start < upper, start < s.count else { return nil }
        let n = s.withUnsafeBufferPointer { longestMatch(startingAt: start, in: $0, limit: upper) }
        return n > 0 ? n : nil
    }

    /// The first position in `range` where a word starts, and its length.
    func firstMatch(in s: [Unicode.Scalar], range: Range<Int>) -> (Int, Int)? {
        s.withUnsafeBufferPointer { buffer in
            var i = max(range.lowerBound, 0)
            let upper = min(range.upperBound, buffer.count)
            while i < upper {
                let n = longestMatch(startingAt: i, in: buffer, limit: upper)
                if n > 0 { return (i, n) }
                i += 1
            }
            return nil
        }
    }

    /// Whether any word occurs in `range`.
    func occurs(in s: [Unicode.Scalar], range: Range<Int>) -> Bool { firstMatch(in: s, range: range) != nil }
}
