import ZhSegment
import ZhText

/// Closed classes of organisation names, each from its list in Dictionaries/:
/// - rule `organ` (organs.txt): organs of party and state, bare or scoped by 省/市/县/区
///   (党中央, 国务院办公厅, 省委, 市政府, 区人大常委会), at a word start;
/// - rule `media` (media.txt): national media (新华社, 人民日报, 央视新闻, 澎湃新闻), with an app or
///   site after them (央视新闻客户端, 人民日报海外版);
/// - rule `congress`: a people's congress by its session, longest form (安徽省第十四届人民代表大会,
///   十四届全国人大, 市十八届人大): an ordinal 届 and/or 全国 before 人民代表大会/人大, a place or a
///   one-character scope before that; the session (四次会议) is not part of it.
extension EntityRecognizer {
    func findOrgansMediaAndCongresses(_ scan: inout EntityScan) {
        let text = scan.text
        for i in scan.hanWordStarts() {
            let organ = dictionaries.organs.longestMatch(startingAt: i, in: text)
            // 市人大|代表, 省政协|委员: a deputy's or member's role, no mention of the organ.
            if organ > 0, endsName(scan, i + organ), Self.organMemberWords.longestMatch(startingAt: i + organ, in: text) == 0 {
                scan.add(i, i + organ, rule: .organ)
            }
            var media = dictionaries.media.longestMatch(startingAt: i, in: text)
            if media > 0 {
                media += Self.mediaOutlets.longestMatch(startingAt: i + media, in: text)
                if endsName(scan, i + media) { scan.add(i, i + media, rule: .media) }
            }
        }
        findCongresses(&scan)
    }

    /// Whether a name ending at `end` stands as a word: the text or a token ends there, or a
    /// title follows inside the same word (省委|书记, 市人大常委会|主任).
    private func endsName(_ scan: EntityScan, _ end: Int) -> Bool {
        end >= scan.count || scan.isBoundary(end) || !scan.isHan(end)
            || dictionaries.titles.longestMatch(startingAt: end, in: scan.text) > 0
    }

    private func findCongresses(_ scan: inout EntityScan) {
        let text = scan.text
        var i = 0
        while i + 2 <= text.count {
            defer { i += 1 }
            let body = Self.congressBodies.longestMatch(startingAt: i, in: text)
            guard body > 0 else { continue }
            var end = i + body
            end += Self.congressStandingCommittees.longestMatch(startingAt: end, in: text)
            if Self.congressNonNames.longestMatch(startingAt: i + body, in: text) > 0 { continue }  // 人民代表大会制度
            var start = i
            var national = false, ordinal = false
            if start >= 2, text[start - 2] == "全", text[start - 1] == "国" { start -= 2; national = true }
            // 第?十四届
            if start >= 2, text[start - 1] == "届" {
                var k = start - 1
                while k > 0, Self.isOrdinalDigit(text[k - 1]) { k -= 1 }
                if k < start - 1 {
                    ordinal = true
                    start = k
                    if start > 0, text[start - 1] == "第" { start -= 1 }
                }
            }
            guard ordinal || national else { continue }
            if !national, start >= 2, text[start - 2] == "全", text[start - 1] == "国" { start -= 2 }
            // The place or one-character scope it belongs to (安徽省, 市).
            let place = dictionaries.regions.longestMatch(endingAt: start, in: text, floor: max(0, start - 12))
            if place > 0 {
                start -= place
            } else if start > 0, Self.congressScopes.contains(text[start - 1]), isHardStop(scan, before: start - 1) {
                start -= 1
            }
            scan.add(start, end, rule: .congress)
            i = end - 1
        }
    }

    @inline(__always) static func isOrdinalDigit(_ c: Unicode.Scalar) -> Bool {
        CharClass.isDigit(c) || "一二三四五六七八九十百零〇两".unicodeScalars.contains(c)
    }

    /// What follows a media name inside the same name (its app, site or edition).
    static let mediaOutlets = ScalarWordSet(["新闻客户端", "客户端", "APP", "App", "网", "海外版", "微信公众号", "微博"])
    /// Words after an organ that make it a person's role (市人大代表, 全国政协委员).
    static let organMemberWords = ScalarWordSet(["代表", "委员"])
    static let congressBodies = ScalarWordSet(["人民代表大会", "人大"])
    static let congressStandingCommittees = ScalarWordSet(["常务委员会", "常委会"])
    static let congressNonNames = ScalarWordSet(["制度", "代表", "工作"])
    static let congressScopes: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州"]
}
