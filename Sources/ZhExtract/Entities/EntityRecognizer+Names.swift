import ZhSegment
import ZhText

/// Shared tests on tokens: is a token part of a proper name, where does a name run start.
extension EntityRecognizer {
    /// A token that reads as (part of) a proper name on its own: tagged place, person,
    /// organisation or proper noun, unknown to the lexicon, in the gazetteer, or a rare noun.
    func isStrongName(_ scan: EntityScan, _ t: Int) -> Bool {
        let token = scan.tokens[t]
        guard token.count >= 2, scan.isHan(Int(token.start)) else { return false }
        switch scan.classes[t] {
        case .place, .person, .organization, .proper, .unknown, .noun:
            // Tags alone are unreliable (力争/nz, 新建/ns): a common word is no name.
            let r = Int(token.start)..<Int(token.end)
            if dictionaries.regions.contains(r, in: scan.text) { return true }
            // A head or title word is never the name part (高铁, 广场, 书记).
            if dictionaries.facilityHeads.contains(r, in: scan.text) || dictionaries.organizationHeads.contains(r, in: scan.text)
                || dictionaries.titles.contains(r, in: scan.text) { return false }
            if token.count > 3 && scan.classes[t] == .noun { return false }
            // A verbal noun (优化, 提升) names an activity, however rare the lexicon finds it.
            if isVerbalNoun(scan, t) { return false }
            guard let value = segmenter.lexicon.trie.exactMatch(scan.text[r]) else { return true }
            return segmenter.lexicon.cost(value) >= rareNounCost
        default:
            return false
        }
    }

    /// A one-character Han token that may belong to an abbreviated name (吉, 衡, 响, 田).
    func isSingleNamePiece(_ scan: EntityScan, _ t: Int) -> Bool {
        let token = scan.tokens[t]
        guard token.count == 1 else { return false }
        let c = scan.text[Int(token.start)]
        return CharClass.isHan(c) && !CharClass.isFunctionChar(c) && !Self.placePrepositions.contains(c)
    }

    /// Whether the token before position `i` ends a name run: line start, punctuation,
    /// non-Han, a function word, or a word of two or more characters that is not a name.
    func isHardStop(_ scan: EntityScan, before i: Int) -> Bool {
        guard i > 0, let t = scan.token(at: i - 1) else { return true }
        let token = scan.tokens[t]
        if !scan.isHan(Int(token.start)) { return true }
        if token.count == 1 { return CharClass.isFunctionChar(scan.text[Int(token.start)]) }
        return !isStrongName(scan, t)
    }

    /// The start of the proper-name run that ends at token boundary `end` (nil when none):
    /// strong name tokens, or two to four single characters; at most `maxLength` characters.
    /// With `verbsEndRun` (before a one-character head) a one-character verb ends the run
    /// (衢州两市|跨|山: 跨 is no part of a mountain's name).
    func nameRunStart(_ scan: EntityScan, endingAt end: Int, maxLength: Int = 6, verbsEndRun: Bool = false) -> Int? {
        guard end > 0, scan.isBoundary(end), var t = scan.token(at: end - 1) else { return nil }
        var start = end
        var strongStart: Int?
        var singles = 0
        while true {
            let token = scan.tokens[t]
            let s = Int(token.start)
            if end - s > maxLength { break }
            if isStrongName(scan, t) {
                strongStart = s
                start = s
            } else if isSingleNamePiece(scan, t) {
                if verbsEndRun && strongStart == nil && scan.classes[t] == .verb { break }
                if strongStart != nil {
                    // One leading single after a name, only when nothing precedes it and it is no verb.
                    if scan.classes[t] != .verb && isHardStop(scan, before: s) { start = s }
                    break
                }
                singles += 1
                start = s
            } else {
                break
            }
            if t == 0 { break }
            t -= 1
        }
        guard start < end else { return nil }
        if strongStart == nil {
            guard singles >= 2, singles <= 4, isHardStop(scan, before: start) else { return nil }
        }
        return start
    }
}

extension EntityRecognizer {
    /// Nouns at least this costly (rare) count as names (黄花, 天府, 长征).
    var rareNounCost: Float { 10.9 }
}

extension EntityRecognizer {
    /// Adds the other occurrences of found programmes (three or more characters) and people,
    /// at word boundaries; returns whether any were added.
    func propagateNames(_ found: [Candidate], _ scan: inout EntityScan) -> Bool {
        var names: [String: EntityType] = [:]
        // A one-character person (江|主席) is a surname, not a name to look for elsewhere.
        for c in found where c.type == .program && c.count >= 3 || c.type == .person && c.count >= 2 {
            let r = Int(c.start)..<Int(c.end)
            guard r.allSatisfy({ scan.isHan($0) || CharClass.isDigit(scan.text[$0]) || scan.text[$0] == "+" }) else { continue }
            names[String(String.UnicodeScalarView(scan.text[r]))] = c.type
        }
        guard !names.isEmpty else { return false }
        let set = ScalarWordSet(names.keys)
        var taken = [Bool](repeating: false, count: scan.count)
        for c in found { for i in Int(c.start)..<Int(c.end) { taken[i] = true } }
        var added = false
        var i = 0
        while i < scan.count {
            let n = taken[i] || !scan.isBoundary(i) ? 0 : set.longestMatch(startingAt: i, in: scan.text)
            guard n > 0, scan.isBoundary(i + n), !(i..<(i + n)).contains(where: { taken[$0] }) else {
                i += 1
                continue
            }
            let key = String(String.UnicodeScalarView(scan.text[i..<(i + n)]))
            if let type = names[key] {
                scan.add(i, i + n, type, rank: 1)
                added = true
            }
            i += n
        }
        return added
    }
}
