import ZhSegment

/// Rules `abbreviatedPlace` and `team`: places named by their one-character abbreviation where the
/// text makes the reading sure (中美关系, 访华, 在京), and national or city teams (中国队, 印尼女队).
extension EntityRecognizer {
    /// `中美|关系`, `中日韩|合作`: two to four abbreviations of countries (`country-abbreviations.txt`),
    /// each a place, or `川渝|合作`, `京津|两地` of provinces (`place-abbreviations.txt`), one region,
    /// starting a word, ending where a word ends, before a word of relations; `访华`, `来京`, `驻港`:
    /// one abbreviation right after a travel or residence verb, ending a word; `中方`, `美方`: a
    /// country's side in talks (one word).
    func findAbbreviatedPlaces(_ scan: inout EntityScan) {
        let text = scan.text
        let provinces = dictionaries.placeAbbreviations, countries = dictionaries.countryAbbreviations
        var i = 0
        while i < text.count {
            guard scan.isHan(i), provinces.contains(i..<(i + 1), in: text) || countries.contains(i..<(i + 1), in: text) else { i += 1; continue }
            var e = i + 1
            var country = countries.contains(i..<(i + 1), in: text)
            while e < text.count, e - i < 4 {
                let isCountry = countries.contains(e..<(e + 1), in: text)
                guard isCountry || provinces.contains(e..<(e + 1), in: text) else { break }
                country = country || isCountry
                e += 1
            }
            // The run may take the first character of the next word (中美加|强: 加 abbreviates a
            // country too): the pair ends at the longest end before a relation word.
            var pairEnd = e
            while pairEnd > i + 2, !isAbbreviationPair(scan, i, pairEnd) { pairEnd -= 1 }
            if pairEnd - i >= 2, isAbbreviationPair(scan, i, pairEnd) {
                e = pairEnd
                country = (i..<e).contains { countries.contains($0..<($0 + 1), in: text) }
                // Countries side by side are each a place (中|美 关系); provinces make one region (川渝 合作).
                if country {
                    for k in i..<e { scan.add(k, k + 1, rule: .abbreviatedPlace) }
                } else {
                    scan.add(i, e, rule: .abbreviatedPlace)
                    scan.notePlace(i, e)
                }
            } else if e - i == 1, i > 0, Self.travelVerbs.contains(text[i - 1]), Self.destinations.contains(text[i]), scan.isBoundary(i + 1),
                      let t = scan.token(at: i - 1), Int(scan.tokens[t].start) == i - 1 {
                scan.add(i, i + 1, rule: .abbreviatedPlace)
            } else if e - i == 1, i + 1 < text.count, text[i + 1] == "方", text[i] == "中" || Self.destinations.contains(text[i]),
                      let t = scan.token(at: i), Int(scan.tokens[t].start) == i, scan.tokens[t].count == 2 {
                // 中方, 美方: the side of a country in talks.
                scan.add(i, i + 1, rule: .abbreviatedPlace)
            }
            i = e
        }
    }

    /// Abbreviations `i..<e` starting a word, before a relation word that starts a word or ends one
    /// word with them (中美关系 is one word of the lexicon).
    private func isAbbreviationPair(_ scan: EntityScan, _ i: Int, _ e: Int) -> Bool {
        guard scan.isBoundary(i) else { return false }
        let relation = Self.relationWords.longestMatch(startingAt: e, in: scan.text)
        guard relation > 0 else { return false }
        if scan.isBoundary(e) { return true }
        guard let t = scan.token(at: i) else { return false }
        return Int(scan.tokens[t].start) == i && Int(scan.tokens[t].end) == e + relation
    }

    /// `中国队`, `巴西国家队`, `印尼女队`: a place of the gazetteer (or a team's abbreviation pair)
    /// right before a team word, ending where a word ends.
    func findTeams(_ scan: inout EntityScan) {
        let text = scan.text
        for s in scan.hanWordStarts() {
            let n = dictionaries.regions.longestMatch(startingAt: s, in: text)
            guard n >= 2 else { continue }
            let team = Self.teamWords.longestMatch(startingAt: s + n, in: text)
            guard team > 0, scan.isBoundary(s + n + team) || !scan.isHan(s + n + team) else { continue }
            scan.add(s, s + n + team, rule: .team)
        }
    }

    /// Words of relations between countries or regions after a pair of abbreviations.
    static let relationWords = ScalarWordSet(["关系", "两国", "三国", "四国", "双方", "三方", "合作", "友好", "贸易", "经贸", "会谈",
                                              "会晤", "首脑", "元首", "领导人", "边境", "建交", "联合", "战略", "伙伴", "之间", "两军",
                                              "外长", "峰会", "对话", "协议", "协定", "条约", "友谊", "交流", "两地", "三地", "两省",
                                              "三省", "两市", "双边", "争端", "谈判", "磋商", "高层", "加强", "和平", "各方"])
    /// One-character verbs of travel and residence before an abbreviation (访华, 来京, 驻港, 在沪).
    static let travelVerbs: Set<Unicode.Scalar> = ["访", "来", "抵", "离", "赴", "返", "驻", "旅", "在", "进", "对", "援"]
    /// The abbreviations read as a place after such a verb alone (新, 中, 青 are too often other words there).
    static let destinations: Set<Unicode.Scalar> = ["华", "京", "沪", "港", "澳", "台", "美", "日", "俄", "英", "法", "德", "韩"]
    /// Team words after a place (中国队, 印尼女队, 巴西国家队).
    static let teamWords = ScalarWordSet(["队", "男队", "女队", "国家队", "男篮", "女篮", "男排", "女排", "男足", "女足", "代表队", "代表团"])
}
