import ZhSegment
import ZhText

/// People: a surname and one or two given characters in a role context — a byline
/// (记者 邓伟勇, 制图/王玺), a speaker heading (周琦(…局长)), a title after or before
/// the name (阳卫国市长, 市长阳卫国) — and three-character names the lexicon tags nr.
extension EntityRecognizer {
    func findPeople(_ scan: inout EntityScan) {
        let text = scan.text
        for i in scan.hanWordStarts() {
            // A title or byline word starting here, followed by names.
            let title = dictionaries.titles.longestMatch(startingAt: i, in: text)
            if title > 0 {
                namesAfterTitle(&scan, titleStart: i, titleEnd: i + title)
            }
            // A name starting here, followed by a title or a speaker heading's parenthesis.
            nameBeforeRole(&scan, at: i)
        }
        namesGluedToTitles(&scan)
    }

    /// One lexicon word made of a name and a title (习近平总书记): the name, when the lexicon
    /// knows it as a name or does not know it at all.
    private func namesGluedToTitles(_ scan: inout EntityScan) {
        let text = scan.text
        var lengths: [Int] = []
        for token in scan.tokens where token.count >= 4 && scan.isHan(Int(token.start)) {
            let s = Int(token.start), e = Int(token.end)
            dictionaries.titles.matches(endingAt: e, in: text, floor: s + 2, into: &lengths)
            for title in lengths {
                let nameEnd = e - title
                guard nameEnd - s >= 2, nameEnd - s <= 3, surnameLength(text, at: s, limit: nameEnd) > 0 else { continue }
                if let value = segmenter.lexicon.trie.exactMatch(text[s..<nameEnd]) {
                    let pos = Int(segmenter.lexicon.posCode(value))
                    guard pos < posClasses.count, posClasses[pos] == .person else { continue }
                } else if nameEnd - s != 3 {
                    continue
                }
                guard (s..<nameEnd).allSatisfy({ !CharClass.isFunctionChar(text[$0]) }) else { continue }
                scan.add(s, nameEnd, .person, rank: 4)
                break
            }
        }
    }

    /// `记者 邓伟勇 钟文涛`, `制图/王玺`, `市长阳卫国在…`.
    private func namesAfterTitle(_ scan: inout EntityScan, titleStart: Int, titleEnd: Int) {
        let text = scan.text
        var j = titleEnd
        var separated = false
        while j < text.count, CharClass.isSpace(text[j]) || text[j] == "/" || text[j] == ":" || text[j] == "|" {
            separated = true
            j += 1
        }
        let byline = isBylineTitle(text, titleStart..<titleEnd)
        if !separated && titleEnd - titleStart < 2 { return }
        // Names of ethnic-minority or foreign people written with a middle dot (买买提江·阿不都拉)
        // after any title: the dot makes the shape; no surname needed.
        if let end = dottedNameEnd(scan, from: j) {
            scan.add(j, end, .person, rank: 4)
            return
        }
        let firstName = j
        var found = 0
        while j < text.count, scan.isHan(j) {
            // The next byline word starts its own list (记者 张晓峰 通讯员 刘畅).
            if found > 0 && dictionaries.titles.longestMatch(startingAt: j, in: text) >= 2 { break }
            var runEnd = j
            while runEnd < text.count, scan.isHan(runEnd) { runEnd += 1 }
            let run = runEnd - j
            let lineBreakAfter = runEnd >= text.count || !scan.isHan(runEnd)
            var foundEnd: Int?
            var afterLeader = false
            // 记者薛原报道: the byline's 报道 is no part of the name.
            let reportWord = run >= 4 && text[runEnd - 2] == "报" && text[runEnd - 1] == "道" ? 2 : 0
            if (separated || byline) && run - reportWord >= 2 && run - reportWord <= 4 && (lineBreakAfter || reportWord > 0)
                && surnameLength(text, at: j, limit: runEnd) > 0 {
                // A whole run between separators: the name itself.
                foundEnd = runEnd - reportWord
            } else if let end = nameEnd(&scan, startingAt: j, limit: runEnd) {
                // Running text: the name must be followed by a stop or a verb.
                if end == runEnd || isAfterNameWord(scan, end) { foundEnd = end }
                // After a leader's title (市委书记周立新主持会议, 市长陈明远通报): a full three-character
                // name the segmenter ends where a new word of two or more characters starts.
                else if end - j == 3 || found > 0, isLeaderTitle(text, titleStart..<titleEnd), startsLongWord(scan, end),
                        !isCommonWord(scan, j..<end), isPlausibleName(scan, j..<end, strict: false) { foundEnd = end; afterLeader = true }
            }
            guard let end = foundEnd, isPlausibleName(scan, j..<end, strict: !(separated || byline || afterLeader)) else { break }
            scan.add(j, end, .person, rank: 4)
            found += 1
            // Further names of a byline, separated by spaces or 、; in running text after a
            // leader's title, names joined by 、 (副市长刘涛、赵敏出席).
            var k = end
            if !(byline || separated) {
                guard k < text.count, text[k] == "、", isLeaderTitle(text, titleStart..<titleEnd) else { break }
                j = k + 1
                continue
            }
            var sep = false
            while k < text.count, CharClass.isSpace(text[k]) || text[k] == "、" || text[k] == "," {
                sep = true
                k += 1
            }
            guard sep else { break }
            j = k
        }
        // Nothing of the shapes above: a transcribed foreign name closing the clause (总裁格奥尔基耶娃。).
        if found == 0, let end = transcribedNameEnd(scan, from: firstName) {
            scan.add(firstName, end, .person, rank: 4)
        }
    }

    /// The end of a name of two or more Han parts joined by a middle dot, starting at `j`: each part
    /// one to eight characters; the last ends at a non-Han character or where a verb or function
    /// word of two or more characters starts (…·吐尼亚孜|强调).
    func dottedNameEnd(_ scan: EntityScan, from j: Int) -> Int? {
        let text = scan.text
        guard scan.isHan(j), scan.isBoundary(j) else { return nil }
        var k = j
        var parts = 0
        while true {
            let s = k
            while scan.isHan(k), k - s < 24 { k += 1 }
            guard k > s else { return nil }
            parts += 1
            if k + 1 < text.count, Self.isNameDot(text[k]), scan.isHan(k + 1) {
                guard k - s <= 8 else { return nil }
                k += 1
                continue
            }
            if parts >= 2 {
                // Running text after the last part: cut where an ordinary word starts.
                var cut = s + 1
                while cut < min(k, s + 9), !(scan.isBoundary(cut) && startsVerbWord(scan, cut, offset: cut - s)) { cut += 1 }
                if cut < min(k, s + 9) { k = cut } else if k - s > 8 || scan.isHan(k) { return nil }
            }
            break
        }
        guard parts >= 2, k - j <= 20, !CharClass.isFunctionChar(text[j]) else { return nil }
        return k
    }

    /// An ordinary word (主持会议, 讲话) or a preposition or speech verb (在, 对, 说) two characters or
    /// more into the part starts at `i`: the transcribed name ended. (不, 都 occur inside such names: 阿不都….)
    /// A foreign name transcribed without a dot that closes the clause after a title
    /// (总裁格奥尔基耶娃。): it starts with a word of two or more characters the lexicon tags as a
    /// name (格奥尔基), then only name words or single characters, three to seven in all, up to punctuation.
    private func transcribedNameEnd(_ scan: EntityScan, from j: Int) -> Int? {
        guard scan.isBoundary(j), let first = scan.token(at: j), Int(scan.tokens[first].start) == j,
              scan.tokens[first].count >= 2, scan.classes[first] == .person, !isCommonWord(scan, j..<Int(scan.tokens[first].end)) else { return nil }
        var k = j
        while scan.isHan(k), k - j <= 7 { k += 1 }
        guard k - j >= 3, k - j <= 7, scan.isBoundary(k) else { return nil }
        var i = j
        while i < k {
            guard let t = scan.token(at: i) else { return nil }
            let token = scan.tokens[t]
            if token.count >= 2 { guard scan.classes[t] == .person else { return nil } }
            else if CharClass.isFunctionChar(scan.text[i]) { return nil }
            i = Int(token.end)
        }
        return i == k ? k : nil
    }

    private func startsVerbWord(_ scan: EntityScan, _ i: Int, offset: Int) -> Bool {
        guard let t = scan.token(at: i) else { return false }
        let token = scan.tokens[t]
        if token.count == 1 { return offset >= 2 && Self.namePartEnders.contains(scan.text[i]) }
        let r = i..<Int(token.end)
        guard offset >= 2 else { return false }
        if isCommonWord(scan, r) { return true }
        // A longer word the lexicon knows (主持会议) that is no name.
        return token.count >= 3 && scan.classes[t] != .person && scan.classes[t] != .place && scan.classes[t] != .unknown
            && segmenter.lexicon.trie.exactMatch(scan.text[r]) != nil
    }

    static let namePartEnders: Set<Unicode.Scalar> = ["在", "的", "和", "与", "对", "向", "为", "就", "同", "是", "说", "称", "有", "将", "均", "及"]


    /// `阳卫国市长`, `周琦(株洲高新区产业发展局局长)`.
    private func nameBeforeRole(_ scan: inout EntityScan, at i: Int) {
        let text = scan.text
        let sur = surnameLength(text, at: i, limit: text.count)
        guard sur > 0 else { return }
        // Speaker heading: a short run at the start of a line (after markup), then "(…title…)".
        if isLineStart(text, i) {
            var end = i
            while end < text.count, scan.isHan(end) { end += 1 }
            if end - i >= 2, end - i <= 4, end < text.count, text[end] == "(", parenthesisHasTitle(text, from: end + 1),
               isPlausibleName(scan, i..<end, strict: false) {
                scan.add(i, end, .person, rank: 4)
                return
            }
        }
        // Name, then title.
        for given in [2, 1] {
            let end = i + sur + given
            guard end < text.count, (i + sur..<end).allSatisfy({ scan.isHan($0) }), scan.isBoundary(end) else { continue }
            let title = dictionaries.titles.longestMatch(startingAt: end, in: text)
            guard title >= 2, !isBylineTitle(text, end..<(end + title)), isPlausibleName(scan, i..<end) else { continue }
            // 陆港|管委会主任: a name never ends in a head character.
            if dictionaries.facilityHeads.contains((end - 1)..<end, in: text) || dictionaries.organizationHeads.contains((end - 1)..<end, in: text) { continue }
            guard dictionaries.regions.longestMatch(startingAt: i, in: text, limit: end) == 0 else { continue }
            scan.add(i, end, .person, rank: 4)
            return
        }
    }

    // MARK: - Helpers

    func surnameLength(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int) -> Int {
        let n = dictionaries.surnames.longestMatch(startingAt: i, in: text, limit: min(limit, i + 2))
        return n
    }

    /// Surname + one or two given characters ending at a token boundary (three preferred).
    private func nameEnd(_ scan: inout EntityScan, startingAt j: Int, limit: Int) -> Int? {
        let sur = surnameLength(scan.text, at: j, limit: limit)
        guard sur > 0 else { return nil }
        for given in [2, 1] where j + sur + given <= limit && scan.isBoundary(j + sur + given) {
            return j + sur + given
        }
        return nil
    }

    /// A verb or function word after a name in running text (表示, 在, 说).
    private func isAfterNameWord(_ scan: EntityScan, _ i: Int) -> Bool {
        guard let t = scan.token(at: i) else { return true }
        switch scan.classes[t] {
        case .verb, .function, .punctuation: return true
        default: return false
        }
    }

    /// No function characters, no common word swallowing the name's edges.
    /// `strict` (running text) also rejects common words inside the name; bylines and
    /// speaker headings only need the name to be whole words without function characters.
    private func isPlausibleName(_ scan: EntityScan, _ r: Range<Int>, strict: Bool = true) -> Bool {
        guard r.count >= 2, r.count <= 4 else { return false }
        for i in r {
            let c = scan.text[i]
            if !CharClass.isHan(c) || CharClass.isFunctionChar(c) { return false }
        }
        guard scan.isBoundary(r.lowerBound) else { return false }
        // A multi-character common word inside the name (党委, 社区) rules it out.
        var i = r.lowerBound
        while i < r.upperBound {
            guard let t = scan.token(at: i) else { return false }
            let token = scan.tokens[t]
            if token.count >= 2 {
                if Int(token.end) > r.upperBound { return false }
                if !strict { i = Int(token.end); continue }
                switch scan.classes[t] {
                case .person, .place, .unknown, .proper: break
                default:
                    if !isStrongName(scan, t) { return false }
                }
            }
            i = Int(token.end)
        }
        return true
    }

    /// Titles of office holders (市长, 市委书记, 副主任): running text names the holder right after them.
    private func isLeaderTitle(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        let last = text[r.upperBound - 1], previous = text[r.upperBound - 2]
        if last == "长" || last == "席" { return true }                 // 市长, 局长, 主席
        if previous == "书" && last == "记" { return true }            // 书记
        if previous == "主" && last == "任" { return true }            // 主任
        return false
    }

    /// Whether a word of two or more Han characters starts at `i` (a token boundary).
    private func startsLongWord(_ scan: EntityScan, _ i: Int) -> Bool {
        guard scan.isBoundary(i), scan.isHan(i), let t = scan.token(at: i) else { return false }
        return Int(scan.tokens[t].start) == i && scan.tokens[t].count >= 2
    }

    private func isBylineTitle(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        Self.bylineTitles.contains(r, in: text)
    }

    /// Titles of news bylines and captions, after which names follow separated by spaces (记者 刘晓岚 钟文涛).
    static let bylineTitles = ScalarWordSet(["记者", "本报记者", "特约记者", "见习记者", "全媒体记者", "融媒体记者", "摄影记者",
                                             "通讯员", "特约通讯员", "实习生", "摄影", "摄", "图", "文", "图/文", "制图", "编辑",
                                             "责任编辑", "责编", "编审", "校对", "撰稿", "撰文", "作者", "供图", "主持人", "评论员"])

    private func isLineStart(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            let c = text[k]
            if c == "\n" { return true }
            if c == "*" || c == "#" || c == "-" || CharClass.isSpace(c) || c == ">" { k -= 1; continue }
            return false
        }
        return true
    }

    private func parenthesisHasTitle(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Bool {
        var k = start
        while k < text.count, k < start + 40, text[k] != ")", text[k] != "\n" {
            if dictionaries.titles.longestMatch(startingAt: k, in: text) >= 2 { return true }
            k += 1
        }
        return false
    }
}

// MARK: - Rule speakerBeforeVerb

extension EntityRecognizer {
    /// `宋嘉和作政府工作报告`, `郑雅琴表示`, `李强在报告中说`: a surname and one or two given characters
    /// after a stop or a title, right before a speech or report verb. The segmenter often glues the
    /// name to a one-character verb (宋嘉和作), so the name may end inside a token, but it must start
    /// at one, contain no function character, no place and no common word.
    func findSpeakers(_ scan: inout EntityScan) {
        let text = scan.text
        for i in scan.hanWordStarts() where i + 3 <= text.count && opensSpeaker(scan, i) {
            let sur = surnameLength(text, at: i, limit: text.count)
            guard sur > 0, dictionaries.regions.longestMatch(startingAt: i, in: text) == 0 else { continue }
            for given in [2, 1] {
                let end = i + sur + given
                // 和 ends given names often (宋嘉和): allowed last, never inside.
                guard end < text.count, (i..<end).allSatisfy({ scan.isHan($0) && (!CharClass.isFunctionChar(text[$0]) || $0 == end - 1 && text[$0] == "和" && given == 2) }),
                      Self.speakerVerbs.longestMatch(startingAt: end, in: text) > 0,
                      isSpeakerName(scan, i..<end) else { continue }
                scan.add(i, end, rule: .speakerBeforeVerb)
                break
            }
        }
    }

    /// A stop, a line start, a quote or a title word right before `i`.
    private func opensSpeaker(_ scan: EntityScan, _ i: Int) -> Bool {
        guard i > 0, let t = scan.token(at: i - 1) else { return true }
        if !scan.isHan(i - 1) { return true }
        let token = scan.tokens[t]
        return dictionaries.titles.contains(Int(token.start)..<Int(token.end), in: scan.text)
    }

    /// Tokens inside the name are names or unknown to the lexicon; a token running past its end is
    /// unknown or a name (宋嘉和作), never a known ordinary word (高新区).
    private func isSpeakerName(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            guard let t = scan.token(at: k) else { return false }
            let token = scan.tokens[t]
            let c = scan.classes[t]
            if Int(token.end) > r.upperBound {
                guard c == .person || c == .unknown else { return false }
            } else if token.count >= 2, c != .person, c != .unknown {
                // A rare word inside (振南, 振华) may be the given name; a place or a common word is not.
                let w = Int(token.start)..<Int(token.end)
                guard !dictionaries.regions.contains(w, in: scan.text), !isCommonWord(scan, w) else { return false }
            }
            k = Int(token.end)
        }
        // The name itself is no ordinary word (马上, 高度).
        if let value = segmenter.lexicon.trie.exactMatch(scan.text[r]) {
            let pos = Int(segmenter.lexicon.posCode(value))
            return pos < posClasses.count && posClasses[pos] == .person
        }
        return true
    }

    /// Verbs a speaker or reporter is named before.
    static let speakerVerbs = ScalarWordSet(["说", "表示", "强调", "指出", "认为", "介绍", "作", "主持", "会见", "会谈", "出席",
                                             "提出", "要求", "称", "坦言", "建议", "透露", "回忆", "告诉", "答", "代表", "在"])
}

extension EntityRecognizer {
    /// A person followed by a speech or report verb ends there: a longer organisation or facility
    /// that starts with the name runs through the verb (李强作政府|工作报告 is no organisation).
    func dropNamesThroughSpeakers(_ scan: inout EntityScan) {
        let text = scan.text
        var cuts: [Int32: Int32] = [:]
        for c in scan.candidates where c.type == .person && Self.speakerVerbs.longestMatch(startingAt: Int(c.end), in: text) > 0 {
            cuts[c.start] = max(cuts[c.start] ?? 0, c.end)
        }
        guard !cuts.isEmpty else { return }
        scan.candidates.removeAll { c in
            guard c.type != .person, let end = cuts[c.start] else { return false }
            return c.end > end
        }
    }
}
