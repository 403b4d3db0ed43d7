import ZhText

/// Key phrases: two adjacent content words (modifier + head noun) that recur together
/// in the document become one candidate (产业 + 集群 → 产业集群 when the document says it
/// again and again), as if the lexicon had the phrase.
extension KeywordDocument {
    /// A pair is a phrase when it occurs at least this often …
    static let phraseMinimumCount: Int32 = 2
    /// … and makes up at least this share of its rarer word's occurrences.
    static let phraseMinimumShare = 0.3
    /// Longest phrase in scalars.
    static let phraseMaximumLength = 10

    mutating func mergePhrases(_ text: UnsafeBufferPointer<Unicode.Scalar>, extractor: KeywordExtractor) {
        let counts = counts()
        // Which words may take part: Han only, two characters or more, not a general stop word.
        var modifier = [Bool](repeating: false, count: words.count)
        var head = [Bool](repeating: false, count: words.count)
        for w in 0..<words.count {
            let id = Int32(w)
            guard words.length(id) >= 2 else { continue }
            let (han, stop) = words.withKey(id) { key in
                (key.allSatisfy { CharClass.isHan($0) }, extractor.stopWords.kind(of: key))
            }
            // No stop word of either list: 发展 + 园区, 创新平台 + 建设 are no phrases.
            guard han, stop == nil else { continue }
            modifier[w] = extractor.phraseModifierPOS[Int(wordPOS[w])]
            head[w] = extractor.phraseHeadPOS[Int(wordPOS[w])]
        }
        // Count adjacent pairs (sorted packed keys: no hashing).
        var pairs: [UInt64] = []
        for i in 0..<max(0, stream.count - 1) {
            let a = stream[i], b = stream[i + 1]
            guard a >= 0, b >= 0, a != b, modifier[Int(a)], head[Int(b)], ends[i] == starts[i + 1],
                  ends[i + 1] - starts[i] <= Self.phraseMaximumLength else { continue }
            pairs.append(UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)))
        }
        guard !pairs.isEmpty else { return }
        pairs.sort()
        var accepted: [UInt64: Int32] = [:]
        var i = 0
        while i < pairs.count {
            var j = i
            while j < pairs.count, pairs[j] == pairs[i] { j += 1 }
            let n = Int32(j - i)
            let a = Int(pairs[i] >> 32), b = Int(pairs[i] & 0xFFFF_FFFF)
            if n >= Self.phraseMinimumCount, Double(n) >= Self.phraseMinimumShare * Double(min(counts[a], counts[b])) {
                accepted[pairs[i]] = n
            }
            i = j
        }
        guard !accepted.isEmpty else { return }
        // Merge from the left; where two accepted pairs overlap (a b c), the more frequent wins.
        func pairCount(_ i: Int) -> Int32 {
            guard i + 1 < stream.count, stream[i] >= 0, stream[i + 1] >= 0,
                  modifier[Int(stream[i])], head[Int(stream[i + 1])] else { return 0 }
            return accepted[UInt64(UInt32(stream[i])) << 32 | UInt64(UInt32(stream[i + 1]))] ?? 0
        }
        var newStream: [Int32] = [], newStarts: [Int32] = [], newEnds: [Int32] = []
        newStream.reserveCapacity(stream.count)
        newStarts.reserveCapacity(stream.count)
        newEnds.reserveCapacity(stream.count)
        i = 0
        while i < stream.count {
            let a = stream[i]
            let here = pairCount(i)
            if here > 0, pairCount(i + 1) <= here {
                let span = UnsafeBufferPointer(rebasing: text[Int(starts[i])..<Int(ends[i + 1])])
                let (id, inserted) = words.insert(span)
                if inserted {
                    wordPOS.append(wordPOS[Int(stream[i + 1])])
                    parts[id] = (a, stream[i + 1])
                }
                newStream.append(id)
                newStarts.append(starts[i])
                newEnds.append(ends[i + 1])
                i += 2
            } else {
                newStream.append(a)
                newStarts.append(starts[i])
                newEnds.append(ends[i])
                i += 1
            }
        }
        stream = newStream
        starts = newStarts
        ends = newEnds
    }
}
