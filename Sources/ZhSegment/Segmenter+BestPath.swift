import ZhLexicon

extension Segmenter {
    /// Minimum-cost path over the DAG of lexicon words of the Han run `range`.
    ///
    /// The run's scalars are first turned into trie labels, once each (``DoubleArrayTrie/label(_:into:)``).
    /// Then one forward pass relaxes the DAG as it is discovered: from every reachable position
    /// i, one trie walk lists the words that start there, shortest first (common-prefix search),
    /// and each word of length k relaxes `best[i + k]` with `best[i] + cost(word)`. The walk's
    /// first step tells whether the character at i is a word of its own; if not, an edge of
    /// length one at ``Lexicon/unknownCost`` relaxes `best[i + 1]`, so every position stays
    /// reachable. Back pointers then give the path, emitted in order. Forced words (user
    /// dictionaries) block every boundary inside them. The buffers live in `scratch`.
    func segmentHan(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                    into tokens: inout [Token], scratch: inout SegmenterScratch) {
        let n = range.count
        let s = range.lowerBound
        if n == 1 {
            let value = lexicon.trie.exactMatch(CollectionOfOne(text[s]))
            tokens.append(Token(start: Int32(s), end: Int32(s + 1), pos: value.map { lexicon.posCode($0) } ?? unknownPOS))
            return
        }
        scratch.reserve(n)
        let useBlocked = hasForcedWords && markForcedWords(text, range, scratch: &scratch)
        let blocked = useBlocked ? scratch.blocked : []
        let unknownCost = lexicon.unknownCost
        let trie = lexicon.trie
        let maxLength = maxWordLength
        scratch.labels.withUnsafeMutableBufferPointer { labelBuffer in
            guard let labelBase = labelBuffer.baseAddress else { return }
            trie.label(UnsafeBufferPointer(rebasing: text[range]), into: labelBase)
            let labels = UnsafeBufferPointer(start: labelBase, count: n)
            scratch.best.withUnsafeMutableBufferPointer { best in
                scratch.back.withUnsafeMutableBufferPointer { back in
                    scratch.value.withUnsafeMutableBufferPointer { value in
                        best[0] = 0
                        for i in 1...n { best[i] = .infinity }
                        for i in 0..<n {
                            let base = best[i]
                            if base == .infinity { continue }
                            var single = false
                            trie.forEachPrefix(labels: labels, from: i, maxLength: maxLength) { length, v in
                                let j = i &+ length
                                if useBlocked && blocked[j] { return }
                                if length == 1 { single = true }
                                let c = base + lexicon.cost(v)
                                if c < best[j] {
                                    best[j] = c
                                    back[j] = Int32(truncatingIfNeeded: i)
                                    value[j] = v
                                }
                            }
                            if !single && !(useBlocked && blocked[i + 1]) {
                                let c = base + unknownCost
                                if c < best[i + 1] {
                                    best[i + 1] = c
                                    back[i + 1] = Int32(truncatingIfNeeded: i)
                                    value[i + 1] = UInt32.max
                                }
                            }
                        }
                    }
                }
            }
        }
        // Walk back, appending the path last word first, then put it in order in place.
        let first = tokens.count
        var j = n
        while j > 0 {
            let i = Int(scratch.back[j])
            let v = scratch.value[j]
            let pos = v == UInt32.max ? unknownPOS : lexicon.posCode(v)
            tokens.append(Token(start: Int32(s + i), end: Int32(s + j), pos: pos))
            if i >= j { break }  // cannot happen; guards a corrupted back pointer
            j = i
        }
        tokens[first...].reverse()
        if let model = unknownWords {
            model.merge(text, tokens: &tokens, from: first, unknownPOS: unknownPOS, lexicon: lexicon)
        }
    }

    /// Marks the positions strictly inside forced words (leftmost-longest occurrences).
    /// Returns false when the run has none.
    func markForcedWords(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                         scratch: inout SegmenterScratch) -> Bool {
        let n = range.count
        var any = false
        var i = 0
        var blocked = scratch.blocked
        scratch.blocked = []
        if blocked.count < n + 1 { blocked = [Bool](repeating: false, count: max(n + 1, 256)) }
        for k in 0...n { blocked[k] = false }
        while i < n {
            var longest = 0
            lexicon.trie.forEachPrefix(in: text, from: range.lowerBound + i, maxLength: min(n - i, maxWordLength)) { length, v in
                if lexicon.isForced(v) { longest = length }
            }
            if longest > 1 {
                for k in (i + 1)..<(i + longest) { blocked[k] = true }
                any = true
                i += longest
            } else {
                i += 1
            }
        }
        scratch.blocked = blocked
        return any
    }
}
