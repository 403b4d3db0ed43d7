import ZhSegment
import ZhText

/// Rule `scoredName`: a person found in running text without a fixed shape. Every surname
/// (`surnames.txt`, single or compound) at a word start opens a candidate of one or two given
/// characters; the candidate is scored and kept when the score reaches ``PersonScore/threshold``.
///
/// The score (a log-odds, higher is more name-like) adds:
/// - each given character's odds of being in a given name rather than in ordinary words
///   (``ZhLexicon/Lexicon/givenNameOdds(_:)``, from the lexicon's person-tagged words);
/// - the lexicon's word for the span: a person-tagged word raises it, an ordinary word (高度,
///   金融, 方面) lowers it by how common the word is; a common word as the given part (先生,
///   质量) too; a known word running from inside the span past its end rules it out;
/// - context: a title or byline word before or after (市长, 记者, 总统, 同志, 先生), a speech verb
///   after (说, 表示, 指出), a list around it (、, 和, 与, 等), the shape of a subject (opening a
///   clause before a verb or function word: 卢亮以…, 宋心莲被…).
///
/// ```swift
/// // 会上，王佳琪、李晓梅等同志发言。 → 王佳琪/person, 李晓梅/person (rule scoredName)
/// ```
extension EntityRecognizer {
    func findScoredNames(_ scan: inout EntityScan) {
        let text = scan.text
        for i in scan.hanWordStarts() {
            let sur = surnameLength(text, at: i, limit: text.count)
            guard sur > 0, !CharClass.isFunctionChar(text[i]) || sur == 2 else { continue }
            // A place that starts here (黄山, 江西) is no surname.
            let region = dictionaries.regions.longestMatch(startingAt: i, in: text)
            if region >= 2, scan.isBoundary(i + region) { continue }
            var best: (end: Int, score: Float)?
            for given in 1...2 {
                let end = i + sur + given
                guard end <= text.count, let score = personScore(scan, start: i, surname: sur, end: end) else { continue }
                if best == nil || score > best!.score { best = (end, score) }
            }
            guard let found = best, found.score >= PersonScore.threshold else { continue }
            scan.add(i, found.end, rule: .scoredName)
        }
    }

    /// The score of `start..<end` as surname + given name, nil when the shape rules it out.
    func personScore(_ scan: EntityScan, start: Int, surname: Int, end: Int) -> Float? {
        let text = scan.text
        let lexicon = segmenter.lexicon
        let given = end - start - surname
        var score: Float = given == 1 ? -PersonScore.shortName : 0
        // A rare three-character word the lexicon tags as a person may hold a function character
        // (周恩来, 金大中); elsewhere a function character ends a given name.
        let taggedWhole = given == 2 && isRarePersonWord(text[start..<end])
        for k in (start + surname)..<end {
            let c = text[k]
            guard CharClass.isHan(c), taggedWhole || !CharClass.isFunctionChar(c), !Self.numeralChars.contains(c) else { return nil }
            let odds = lexicon.givenNameOdds(c)
            guard odds > 0 else { return nil }
            score += (Float(odds) - 128) / 16
        }
        // 双浦镇, 越王楼, 大雁塔: a place suffix or a head character ends no given name.
        if Self.placeSuffixChars.contains(text[end - 1]) || dictionaries.facilityHeads.contains((end - 1)..<end, in: text)
            || dictionaries.organizationHeads.contains((end - 1)..<end, in: text) { return nil }
        // Tokens: a known word running from inside the span past its end rules it out
        // (王|国家, 高|速公路).
        var k = start
        while k < end {
            guard let t = scan.token(at: k) else { return nil }
            let token = scan.tokens[t]
            let te = Int(token.end)
            if te > end {
                guard scan.classes[t] == .person || scan.classes[t] == .unknown else { return nil }
            }
            k = te
        }
        // The span as a word: an ordinary word (高潮, 许可证) is no name. The sources also tag some
        // frequent ordinary words as names (卫星, 文明 are nr): a frequent two-character name word
        // needs a cue; a three-character one is a name (邓小平, 周恩来 when tagged so).
        if let value = lexicon.trie.exactMatch(text[start..<end]) {
            let pos = Int(lexicon.posCode(value))
            guard pos < posClasses.count, posClasses[pos] == .person else { return nil }
            if given == 2 { score += PersonScore.taggedName }
            else if lexicon.cost(value) < rareNounCost { score -= PersonScore.ordinaryWord }
        }
        // The given part as an ordinary word (阵雨, 先生, 质量), the more so the more frequent.
        if given >= 2, let value = lexicon.trie.exactMatch(text[(start + surname)..<end]) {
            let pos = Int(lexicon.posCode(value))
            if !(pos < posClasses.count && posClasses[pos] == .person) {
                score -= PersonScore.givenWord + max(0, PersonScore.commonCost - lexicon.cost(value)) * PersonScore.perCost
            }
        }
        // A name-like single character glued on either side (麦克阿|瑟, 亚斯特|任布斯|基): the span is
        // a piece of a longer transcribed name.
        if isNamePieceToken(scan, at: start - 1) || isNamePieceToken(scan, at: end) { return nil }
        score += personContext(scan, start: start, end: end) + subjectCue(scan, start: start, end: end)
        return score
    }

    /// Whether `span` is a rare word (cost at least ``rareNounCost``) the lexicon tags as a person.
    private func isRarePersonWord(_ span: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard let value = segmenter.lexicon.trie.exactMatch(span) else { return false }
        let pos = Int(segmenter.lexicon.posCode(value))
        return pos < posClasses.count && posClasses[pos] == .person && segmenter.lexicon.cost(value) >= rareNounCost
    }

    /// A one-character Han token at `i` that is no function word, no verb and likely in names.
    private func isNamePieceToken(_ scan: EntityScan, at i: Int) -> Bool {
        guard scan.isHan(i), let t = scan.token(at: i), scan.tokens[t].count == 1 else { return false }
        let c = scan.text[i]
        guard !CharClass.isFunctionChar(c), !Self.nameListMarks.contains(c), scan.classes[t] != .verb, scan.classes[t] != .function else { return false }
        return segmenter.lexicon.givenNameOdds(c) >= PersonScore.pieceOdds
    }

    /// The shape of a subject: the candidate opens a clause (text start or punctuation before) and a
    /// verb or a function word follows (卢亮以…提出, 宋心莲被…拘留, 郑全军又安排): ``PersonScore/subject``.
    /// (A verb after a name in mid-clause was tried too: it cost more precision than it gained.)
    private func subjectCue(_ scan: EntityScan, start: Int, end: Int) -> Float {
        guard start == 0 || !(scan.isHan(start - 1) || CharClass.isDigit(scan.text[start - 1]) || CharClass.isLatin(scan.text[start - 1])),
              scan.isBoundary(end), let t = scan.token(at: end), scan.classes[t] == .verb || scan.classes[t] == .function else { return 0 }
        return PersonScore.subject
    }

    /// Context cues around a name candidate: titles and byline words, speech verbs, lists.
    func personContext(_ scan: EntityScan, start: Int, end: Int) -> Float {
        let text = scan.text
        var cue: Float = 0
        // Before: a title (市长, 记者, 总统) or a list separator.
        if dictionaries.titles.longestMatch(endingAt: start, in: text, floor: max(0, start - 8)) >= 1 {
            cue += PersonScore.title
        } else if start > 0, Self.nameListMarks.contains(text[start - 1]) {
            cue += PersonScore.list
        }
        // After: a title or honorific (同志, 先生), a speech verb, a list separator.
        if end < text.count {
            if dictionaries.titles.longestMatch(startingAt: end, in: text) >= 2 {
                cue += PersonScore.title
            } else if Self.speakerVerbs.longestMatch(startingAt: end, in: text) >= 2 || Self.speechVerbChars.contains(text[end]) {
                cue += PersonScore.verb
            } else if Self.nameListMarks.contains(text[end]) {
                cue += PersonScore.list
            }
        }
        return cue
    }

    /// Marks between names in a list (张三、李四; 张三和李四; 张三等).
    static let nameListMarks: Set<Unicode.Scalar> = ["、", "和", "与", "及", "等"]
    /// Characters of administrative and small places that end a place name, never a given name.
    static let placeSuffixChars: Set<Unicode.Scalar> = ["镇", "乡", "村", "县", "市", "省", "区", "州", "路", "街"]
    /// Numerals that make counts, not given names (三战三捷; 一 does occur in names: 邵一夫).
    static let numeralChars: Set<Unicode.Scalar> = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两", "几"]
    /// Verbs of going to or being in a place, before a place name (抵达, 访问, 位于).
    static let placeVerbs = ScalarWordSet(["抵达", "到达", "访问", "前往", "来自", "位于", "途经", "飞抵", "前来"])
    /// One-character speech verbs after a name (张三说).
    static let speechVerbChars: Set<Unicode.Scalar> = ["说", "称", "讲", "问", "答", "笑"]
}

/// Weights of the person score (``EntityRecognizer/personScore``), in log-odds units.
enum PersonScore {
    /// Keep a candidate scoring at least this.
    static let threshold: Float = 2.5
    /// The span is a rare three-character word the lexicon tags as a name.
    static let taggedName: Float = 1.5
    /// The span is a frequent two-character word tagged as a name (卫星/nr).
    static let ordinaryWord: Float = 3
    /// The given part loses `perCost` for each unit of cost below `commonCost` (more frequent).
    static let commonCost: Float = 12
    static let perCost: Float = 0.5
    /// A title, byline word or honorific before or after.
    static let title: Float = 3
    /// A speech verb after.
    static let verb: Float = 2.5
    /// Opening a clause before a verb or function word (``EntityRecognizer/subjectCue``).
    static let subject: Float = 2
    /// A list separator before or after.
    static let list: Float = 1
    /// A transcribed name: mean character odds plus cues at least this.
    static let transcribed: Float = 1.5
    /// The given part is an ordinary word (阵雨).
    static let givenWord: Float = 1.5
    /// A single character this name-like (odds byte; 128 + 16 = e¹) next to a candidate makes it a piece.
    static let pieceOdds: UInt8 = 144
    /// A one-character given name carries less evidence.
    static let shortName: Float = 1.5
}

// MARK: - Rules transcribedName and dottedName

extension EntityRecognizer {
    /// Rule `transcribedName`: a word the lexicon tags as a person that does not start with a
    /// surname — a transcribed foreign name (克林顿, 基里延科, 内塔尼亚胡) — when it is rare (the
    /// sources tag frequent ordinary words as names too), not a place or an organisation of the
    /// lists, every character at least as likely in given names as in words, and next to a title or
    /// a speech verb.
    func findTranscribedNames(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count where scan.classes[t] == .person {
            let token = scan.tokens[t]
            let s = Int(token.start), e = Int(token.end)
            guard e - s >= 2, e - s <= 6, scan.isHan(s), surnameLength(text, at: s, limit: e) == 0 else { continue }
            guard !dictionaries.regions.contains(s..<e, in: text), !dictionaries.worldOrganizations.contains(s..<e, in: text),
                  let value = segmenter.lexicon.trie.exactMatch(text[s..<e]), segmenter.lexicon.cost(value) >= rareNounCost
            else { continue }
            var odds: Float = 0
            var ok = true
            for k in s..<e {
                // Every character at least as likely in names as in words (not 努力, 抚育).
                let o = segmenter.lexicon.givenNameOdds(text[k])
                if o < 128 || CharClass.isFunctionChar(text[k]) { ok = false; break }
                odds += (Float(o) - 128) / 16
            }
            guard ok else { continue }
            // A transcribed place the sources tag as a name (在科索沃, 抵达卡拉奇) is no person.
            if s > 0, Self.placePrepositions.contains(text[s - 1]) || Self.travelVerbs.contains(text[s - 1])
                || Self.placeVerbs.longestMatch(endingAt: s, in: text, floor: max(0, s - 2)) > 0 { continue }
            let cue = personContext(scan, start: s, end: e)
            guard cue >= PersonScore.verb, odds / Float(e - s) + cue >= PersonScore.transcribed else { continue }
            scan.add(s, e, rule: .transcribedName)
        }
    }

    /// Middle dots between the parts of a transcribed name (·, ・, •, ‧), tested without hashing.
    @inline(__always) static func isNameDot(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0xB7, 0x30FB, 0x2022, 0x2027: return true; default: return false }
    }

    /// Rule `dottedName`: a foreign or minority name written with a middle dot anywhere in running
    /// text (莉萨·科斯马斯, 维姆·杜伊森贝赫): the first part runs back from the dot over name words and
    /// single characters (at most six, never through a function character or an ordinary word), the
    /// last is cut where an ordinary word starts.
    func findDottedNames(_ scan: inout EntityScan) {
        let text = scan.text
        var i = 1
        while i + 1 < text.count {
            defer { i += 1 }
            guard Self.isNameDot(text[i]), scan.isHan(i - 1), scan.isHan(i + 1) else { continue }
            // Walk back over tokens that may belong to the name.
            var start = i
            while start > 0, i - start < 6, let t = scan.token(at: start - 1), scan.isHan(start - 1) {
                let token = scan.tokens[t]
                let ts = Int(token.start)
                if token.count == 1 {
                    // 黑人|詹姆斯, 聚集在|乔治: a character rare in names ends the walk.
                    if CharClass.isFunctionChar(text[ts]) || segmenter.lexicon.givenNameOdds(text[ts]) < 128 { break }
                } else if !(scan.classes[t] == .person || scan.classes[t] == .unknown) || isCommonWord(scan, ts..<Int(token.end)) {
                    break
                }
                if i - ts > 6 { break }
                start = ts
            }
            // A title right before the first part is no part of it (研究员|莉萨).
            while start < i, dictionaries.titles.longestMatch(startingAt: start, in: text, limit: i) >= 2 {
                start += dictionaries.titles.longestMatch(startingAt: start, in: text, limit: i)
            }
            guard start < i, let end = dottedNameEnd(scan, from: start) else { continue }
            scan.add(start, end, rule: .dottedName)
            i = end
        }
    }
}
