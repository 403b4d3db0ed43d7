import ZhLexicon
import ZhSegment
import ZhText

/// One document as the extractor sees it: its distinct words (interned, no `String`
/// per token) and the token stream of word ids, line by line.
struct KeywordDocument {
    /// Stream markers: a token that can never be a keyword, and a line break.
    static let other: Int32 = -1
    static let lineBreak: Int32 = -2

    var words: ScalarTable
    /// Per word: POS code of its first occurrence.
    var wordPOS: [UInt8] = []
    /// Per word: the two words a key phrase joins (nil for ordinary words).
    var parts: [Int32: (Int32, Int32)] = [:]
    /// Quoted names joined from several tokens (“一谷三区”).
    var named = Set<Int32>()
    /// Per stream position: word id or a marker, and the token's span in the normalised text.
    var stream: [Int32] = []
    var starts: [Int32] = []
    var ends: [Int32] = []

    init(capacity: Int) {
        words = ScalarTable(capacity: max(64, capacity / 4))
        stream.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    /// Reads every line that is not furniture and interns its plausible words; `segmentLine`
    /// appends the tokens of a line (its span and its scalars) with offsets into the line.
    mutating func read(_ text: UnsafeBufferPointer<Unicode.Scalar>, lines: [TextSpan], extractor: KeywordExtractor,
                       segmentLine: (TextSpan, UnsafeBufferPointer<Unicode.Scalar>, inout [Token]) -> Void) {
        var tokens: [Token] = []
        for line in lines where !line.isEmpty {
            tokens.removeAll(keepingCapacity: true)
            segmentLine(line, UnsafeBufferPointer(rebasing: text[line.range]), &tokens)
            if isFurniture(text, line, tokens, extractor) { continue }
            var k = 0
            while k < tokens.count {
                let t = tokens[k]
                k += 1
                let span = UnsafeBufferPointer(rebasing: text[(line.start + Int(t.start))..<(line.start + Int(t.end))])
                guard let first = span.first, !SentenceSplitter.isSpace(first) else { continue }
                var id = Self.other
                if Self.isPlausibleWord(span) {
                    let (wordID, inserted) = words.insert(span)
                    if inserted { wordPOS.append(t.pos) }
                    id = wordID
                }
                stream.append(id)
                starts.append(Int32(line.start) + t.start)
                ends.append(Int32(line.start) + t.end)
                // A quoted name the segmenter split (“一谷三区” → 一 / 谷 / 三区): one word.
                if span.count == 1, let close = Self.closingQuote(first),
                   let end = quotedName(text, line, tokens, after: k - 1, close: close) {
                    let inner = UnsafeBufferPointer(rebasing: text[(line.start + Int(tokens[k].start))..<(line.start + Int(tokens[end - 1].end))])
                    let (wordID, inserted) = words.insert(inner)
                    if inserted { wordPOS.append(extractor.namePOS ?? tokens[end - 1].pos) }
                    named.insert(wordID)
                    stream.append(wordID)
                    starts.append(Int32(line.start) + tokens[k].start)
                    ends.append(Int32(line.start) + tokens[end - 1].end)
                    k = end
                }
            }
            stream.append(Self.lineBreak)
            starts.append(Int32(line.end))
            ends.append(Int32(line.end))
        }
    }

    /// The closing mark of an opening quotation mark.
    static func closingQuote(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x201C: return "\u{201D}"  // “ ”
        case 0x300C: return "\u{300D}"  // 「 」
        case 0x300E: return "\u{300F}"  // 『 』
        default: return nil
        }
    }

    /// When the tokens after the opening quote at `open` are a short name — two or more
    /// tokens, 2 … 10 characters, Han with ASCII letters or digits (“民生100”), at least two
    /// Han — followed by `close`: the index of the closing quote's token.
    func quotedName(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ line: TextSpan, _ tokens: [Token],
                    after open: Int, close: Unicode.Scalar) -> Int? {
        var j = open + 1
        var length = 0, han = 0
        while j < tokens.count {
            let t = tokens[j]
            let s = line.start + Int(t.start), e = line.start + Int(t.end)
            if e - s == 1, text[s] == close { break }
            for i in s..<e {
                let v = text[i].value
                if CharClass.isHan(v) { han += 1 } else if !(CharClass.isDigit(text[i]) || CharClass.isLatin(text[i])) {
                    return nil
                }
            }
            length += e - s
            if length > Self.quotedNameMaximumLength { return nil }
            j += 1
        }
        guard j < tokens.count, j - open - 1 >= 2, length >= 2, han >= 2 else { return nil }
        return j
    }

    static let quotedNameMaximumLength = 10

    /// Occurrences of every word in the stream.
    func counts() -> [Int32] {
        var counts = [Int32](repeating: 0, count: words.count)
        for id in stream where id >= 0 { counts[Int(id)] += 1 }
        return counts
    }

    /// Word ids that may be keywords, in order of first occurrence.
    func candidates(extractor: KeywordExtractor) -> [Int32] {
        let options = extractor.options
        let minimumLength = options.allowSingle ? 1 : 2
        var result: [Int32] = []
        for w in 0..<words.count {
            let id = Int32(w)
            guard words.length(id) >= minimumLength else { continue }
            guard extractor.allowedPOS[Int(wordPOS[w])] else { continue }
            let stop = words.withKey(id) { extractor.stopWords.kind(of: $0) }
            if stop == .general || (stop == .boilerplate && !options.keepBoilerplate) { continue }
            result.append(id)
        }
        return result
    }

    /// TF-IDF: count / (occurrences of all candidates) × idf. A key phrase the background
    /// lacks gets the larger idf of its two words (a phrase is at most as common as its
    /// rarer word).
    func tfidf(_ candidates: [Int32], idf: any InverseDocumentFrequencies) -> [Double] {
        let counts = counts()
        let total = max(1, candidates.reduce(0) { $0 + Int(counts[Int($1)]) })
        func value(_ id: Int32) -> Float {
            if let v = words.withKey(id, { idf.idf(of: $0) }) { return v }
            if let (a, b) = parts[id] { return max(value(a), value(b)) }
            return idf.defaultIDF
        }
        return candidates.map { Double(counts[Int($0)]) / Double(total) * Double(value($0)) }
    }

    /// The best `count` candidates: weight, then occurrences, then first occurrence.
    func top(_ candidates: [Int32], weights: [Double], count: Int, posName: (UInt8) -> String) -> [Keyword] {
        let counts = counts()
        let order = candidates.indices.filter { counts[Int(candidates[$0])] > 0 }.sorted { a, b in
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            let ca = counts[Int(candidates[a])], cb = counts[Int(candidates[b])]
            if ca != cb { return ca > cb }
            return candidates[a] < candidates[b]
        }
        return order.prefix(max(0, count)).map { i in
            let id = candidates[i]
            return Keyword(word: words.string(id), weight: weights[i], count: Int(counts[Int(id)]),
                           pos: posName(wordPOS[Int(id)]), isPhrase: parts[id] != nil || named.contains(id))
        }
    }

    // MARK: - Filters

    /// Han characters, or ASCII letters and digits with at least one letter (GDP, 5G):
    /// never punctuation, markup, pure numbers or mixed scripts with symbols.
    static func isPlausibleWord(_ span: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var hasHan = false, hasLetter = false
        for s in span {
            if CharClass.isHan(s) {
                hasHan = true
            } else if CharClass.isLatin(s) {
                hasLetter = true
            } else if !CharClass.isDigit(s) {
                return false
            }
        }
        if hasHan, isCountedSet(span) { return false }
        return hasHan || hasLetter
    }

    /// A Chinese numeral and one counting character: 十大, 三项, 两个, 五类 (the heading of a
    /// list, not its topic). Numeral-only names such as 十四五 stay.
    static func isCountedSet(_ span: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard span.count >= 2, let last = span.last, countingCharacters.contains(last) else { return false }
        return span.dropLast().allSatisfy { chineseNumerals.contains($0) }
    }

    // Short lists: a linear scan beats hashing.
    static let chineseNumerals = Array("一二三四五六七八九十百千万亿两〇零几".unicodeScalars)
    static let countingCharacters = Array("大个项类条批次种件年倍点".unicodeScalars)

    /// Markdown emphasis, heading and quote marks, list dashes, and white space.
    static func isMarkupOrSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return SentenceSplitter.isSpace(s) || v == 0x2A || v == 0x23 || v == 0x3E || v == 0x2D || v == 0x5F
    }

    /// A short line with a byline or caption cue, or a line that is one stop word.
    func isFurniture(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ line: TextSpan, _ tokens: [Token],
                     _ extractor: KeywordExtractor) -> Bool {
        // Markup at most doubles a short line (**…**, # …): longer lines are text.
        guard line.end - line.start <= 2 * KeywordExtractor.furnitureLineLength else { return false }
        var length = 0
        for i in line.range {
            if !Self.isMarkupOrSpace(text[i]) { length += 1 }
        }
        guard length <= KeywordExtractor.furnitureLineLength else { return false }
        // The whole line is one stop word the segmenter split (报告点击 → 报告 / 点击).
        var first = line.start, last = line.end
        while first < last, Self.isMarkupOrSpace(text[first]) { first += 1 }
        while last > first, Self.isMarkupOrSpace(text[last - 1]) { last -= 1 }
        if first < last, extractor.stopWords.kind(of: UnsafeBufferPointer(rebasing: text[first..<last])) == .general {
            return true
        }
        for t in tokens where t.count <= 4 {
            let span = UnsafeBufferPointer(rebasing: text[(line.start + Int(t.start))..<(line.start + Int(t.end))])
            if extractor.furnitureCues.find(span) != nil { return true }
        }
        return false
    }
}
