/// TextRank: PageRank over the undirected graph whose nodes are the candidate words and
/// whose edge weights count how often two candidates occur within `window` tokens of
/// each other in the same line (jieba's definition: every token, punctuation included,
/// takes a position; pairs at distance 1 … window − 1).
extension KeywordDocument {
    static let textRankMaxIterations = 100
    static let textRankTolerance = 1e-7

    func textrank(_ candidates: [Int32], window: Int, damping: Double) -> [Double] {
        let n = candidates.count
        guard n > 0 else { return [] }
        var node = [Int32](repeating: -1, count: words.count)
        for (i, id) in candidates.enumerated() { node[Int(id)] = Int32(i) }
        // Both directions of every co-occurrence as packed (from, to) keys; sorted, they
        // are the rows of a compressed adjacency matrix with run lengths as weights.
        var pairs: [UInt64] = []
        pairs.reserveCapacity(stream.count * 2)
        let span = max(2, window)
        for i in 0..<stream.count {
            let w = stream[i]
            guard w >= 0, node[Int(w)] >= 0 else { continue }
            let a = UInt64(UInt32(node[Int(w)]))
            var j = i + 1
            while j < min(stream.count, i + span) {
                let v = stream[j]
                if v == Self.lineBreak { break }
                if v >= 0, node[Int(v)] >= 0, v != w {
                    let b = UInt64(UInt32(node[Int(v)]))
                    pairs.append(a << 32 | b)
                    pairs.append(b << 32 | a)
                }
                j += 1
            }
        }
        pairs.sort()
        var rowStart = [Int](repeating: 0, count: n + 1)
        var neighbour: [Int32] = [], weight: [Double] = []
        var k = 0
        while k < pairs.count {
            var e = k
            while e < pairs.count, pairs[e] == pairs[k] { e += 1 }
            rowStart[Int(pairs[k] >> 32) + 1] += 1
            neighbour.append(Int32(pairs[k] & 0xFFFF_FFFF))
            weight.append(Double(e - k))
            k = e
        }
        for r in 0..<n { rowStart[r + 1] += rowStart[r] }
        var outWeight = [Double](repeating: 0, count: n)
        for r in 0..<n { for e in rowStart[r]..<rowStart[r + 1] { outWeight[r] += weight[e] } }
        // Power iteration; the graph is symmetric, so a row lists in- and out-edges alike.
        var score = [Double](repeating: 1.0 / Double(n), count: n)
        var next = score
        for _ in 0..<Self.textRankMaxIterations {
            var change = 0.0
            for r in 0..<n {
                var sum = 0.0
                for e in rowStart[r]..<rowStart[r + 1] {
                    let m = Int(neighbour[e])
                    sum += weight[e] / outWeight[m] * score[m]
                }
                next[r] = (1 - damping) + damping * sum
                change = max(change, abs(next[r] - score[r]))
            }
            swap(&score, &next)
            if change < Self.textRankTolerance { break }
        }
        let best = score.max() ?? 1
        return score.map { best > 0 ? $0 / best : 0 }
    }
}
