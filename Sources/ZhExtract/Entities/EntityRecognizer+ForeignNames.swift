import ZhSegment
import ZhText

/// Rules `surnameWithTitle` and `transliteratedName`: people named by a surname and a form of
/// address (江主席, 李先生, 胡老 — the surname alone is the name), and transcribed foreign names
/// in running text without a title or a speech verb (内塔尼亚胡和穆巴拉克就…交换了意见).
///
/// ```swift
/// // 江主席指出 → 江/person (surnameWithTitle); 基里延科和涅姆佐夫 → 基里延科/person, 涅姆佐夫/person
/// ```
extension EntityRecognizer {
    /// Rule `surnameWithTitle`: a single surname that is its own word (or one word with the title)
    /// right before a title of `titles.txt` or a form of address (``honorifics``), the title ending a word: the surname
    /// is the name. Person candidates from the surname through the title (李先生, 胡老) are dropped.
    func findSurnamesWithTitles(_ scan: inout EntityScan) {
        let text = scan.text
        var found: [(start: Int32, titleEnd: Int32)] = []
        for i in scan.hanWordStarts() where i + 1 < text.count {
            guard surnameLength(text, at: i, limit: i + 1) == 1, !CharClass.isFunctionChar(text[i]),
                  let t = scan.token(at: i) else { continue }
            var title = dictionaries.titles.longestMatch(startingAt: i + 1, in: text)
            if title == 0 { title = Self.honorifics.longestMatch(startingAt: i + 1, in: text) }
            let end = i + 1 + title
            // The surname is a word of its own, or one person word with the title (陈老师/nr); 黄河长 is 黄河|长.
            guard title > 0, scan.isBoundary(end) else { continue }
            if scan.tokens[t].count == 1 {
                // Nor the start of an ordinary two-character word (蓝天, 全国, 养老).
                if let value = segmenter.lexicon.trie.exactMatch(text[i..<(i + 2)]), !isPersonWord(value) { continue }
            } else if !(Int(scan.tokens[t].end) == end && scan.classes[t] == .person)
                        || title == 1 && Self.honorifics.longestMatch(startingAt: i + 1, in: text) == 0 {
                // One word with a one-character byline title is an ordinary word (蓝图 is nr in the sources).
                continue
            }
            // Before: a stop, a function word or a verb (由江主席, 寄给陈老师); not a count (五任县长)
            // nor another name-like word (左金文, 胡锦|涛|主席).
            if i > 0, scan.isHan(i - 1), let p = scan.token(at: i - 1),
               !(scan.classes[p] == .function || scan.classes[p] == .verb || CharClass.isFunctionChar(text[i - 1])) { continue }
            scan.add(i, i + 1, rule: .surnameWithTitle)
            found.append((Int32(i), Int32(end)))
        }
        guard !found.isEmpty else { return }
        let ends = Dictionary(found.map { ($0.start, $0.titleEnd) }, uniquingKeysWith: max)
        scan.candidates.removeAll { c in
            guard c.type == .person, c.rule != .surnameWithTitle, let end = ends[c.start] else { return false }
            return c.end > c.start + 1 && c.end <= end
        }
    }

    /// Rule `transliteratedName`: three to eight characters of `transliteration-chars.txt` (two by a
    /// title or before a speech verb)
    /// starting and ending a word, made of one-character words and of words the lexicon tags as
    /// a person or does not know; not a place of the gazetteer at its start, not after a verb of
    /// going to or being in a place, not before a place suffix (卡拉奇|市).
    func findTransliteratedNames(_ scan: inout EntityScan) {
        let text = scan.text
        let chars = dictionaries.transliterationChars
        var i = 0
        while i < text.count {
            guard scan.isBoundary(i), scan.isHan(i), chars.contains(i..<(i + 1), in: text) else { i += 1; continue }
            var e = i
            while e < text.count, e - i < 8, chars.contains(e..<(e + 1), in: text) { e += 1 }
            // Cut back to a word end, then check the words inside.
            while e > i, !scan.isBoundary(e) { e -= 1 }
            defer { i = max(e, i + 1) }
            // Two characters (库克, 鲁宾) only by a title or before a speech verb.
            guard e - i >= 3 || e - i == 2 && personContext(scan, start: i, end: e) >= PersonScore.verb,
                  isTransliteration(scan, i..<e) else { continue }
            // A word of the lexicon is a person only when tagged so (科索沃, 尼古丁 are not).
            if let value = segmenter.lexicon.trie.exactMatch(text[i..<e]), !isPersonWord(value) { continue }
            if dictionaries.regions.longestMatch(startingAt: i, in: text) >= 2 || dictionaries.worldOrganizations.longestMatch(startingAt: i, in: text) >= 2 { continue }
            if i > 0, Self.placeMarks.contains(text[i - 1]) || Self.placeVerbs.longestMatch(endingAt: i, in: text, floor: max(0, i - 2)) > 0 { continue }
            if e < text.count, Self.placeSuffixChars.contains(text[e]) || dictionaries.placeSuffixes.longestMatch(startingAt: e, in: text) > 0
                || dictionaries.organizationHeads.longestMatch(startingAt: e, in: text) > 0
                || dictionaries.facilityHeads.longestMatch(startingAt: e, in: text) > 0 { continue }
            scan.add(i, e, rule: .transliteratedName)
        }
    }

    /// Whether a lexicon value is tagged as a person.
    func isPersonWord(_ value: UInt32) -> Bool {
        let pos = Int(segmenter.lexicon.posCode(value))
        return pos < posClasses.count && posClasses[pos] == .person
    }

    /// Whole words of a transcription: one-character words (not a function word), or words the
    /// lexicon tags as a person or leaves unknown; at least one one-character word or person word.
    private func isTransliteration(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            guard let t = scan.token(at: k) else { return false }
            let token = scan.tokens[t]
            if token.count == 1 {
                if CharClass.isFunctionChar(scan.text[k]) { return false }
            } else if !(scan.classes[t] == .person || scan.classes[t] == .unknown) {
                return false
            }
            k = Int(token.end)
        }
        return true
    }

    /// Forms of address after a surname that are not in `titles.txt` (胡老, 陈老师, 李大娘).
    static let honorifics = ScalarWordSet(["老", "老师", "小姐", "大娘", "大爷", "大妈", "大姐", "师傅"])
    /// Characters before a place, not a person (在卡拉奇, 赴德班, 于莫斯科).
    static let placeMarks: Set<Unicode.Scalar> = ["在", "于", "赴", "抵", "到", "往", "经", "自", "沿"]
}
