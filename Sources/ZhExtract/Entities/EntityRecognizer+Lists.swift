import ZhSegment
import ZhText

/// Listed names: the members of a list closed by 等 and a category word name things of that
/// category (篁岭、江岭、李坑等景区 → facilities; 杰瑞集团、东方电子等企业 → organisations;
/// 观海路、港城西大街等主干道). Two members at least; each member is a whole run between
/// separators that is no ordinary word; the first one is cut from the words before it.
extension EntityRecognizer {
    func findListedNames(_ scan: inout EntityScan) {
        let text = scan.text
        var members: [Range<Int>] = []
        for t in 0..<scan.tokens.count {
            let token = scan.tokens[t]
            let s = Int(token.start)
            guard token.count == 1, text[s] == "等", s > 0, text[s - 1] != "、" else { continue }
            guard let type = listCategory(scan, after: s + 1) else { continue }
            members.removeAll(keepingCapacity: true)
            // Members right to left: Han runs separated by 、.
            var end = s
            var complete = true
            while true {
                var start = end
                while start > 0, scan.isHan(start - 1), end - start < Self.maxMemberLength { start -= 1 }
                guard start < end else { complete = false; break }
                let closed = start == 0 || text[start - 1] != "、"
                if closed {
                    // The first member: trim a leading verb or function word (推动|篁岭).
                    guard let first = firstMemberStart(scan, start: start, end: end) else { complete = false; break }
                    start = first
                }
                members.append(start..<end)
                if closed { break }
                end = start - 1
            }
            guard complete, members.count >= 2 else { continue }
            for m in members where isListedName(scan, m) && !hasTailAfterHeadedName(scan, m) {
                // The category names what the members are here: a port or scenic site listed as such
                // (阿拉山口、吉木乃等口岸; 赛里木湖等景区) is a facility even when it is also a place.
                scan.add(m.lowerBound, m.upperBound, type, rank: type == .facility ? 5 : 1)
                if type == .place { scan.notePlace(m.lowerBound, m.upperBound) }
            }
        }
    }

    /// The category after 等 (with an optional count: 等5家企业), or nil.
    private func listCategory(_ scan: EntityScan, after i: Int) -> EntityType? {
        let text = scan.text
        var k = i
        while k < text.count, CharClass.isDigit(text[k]) || ChineseNumeral.isDigit(text[k]) { k += 1 }
        if k > i {
            guard k < text.count, Self.listMeasures.contains(text[k]) else { return nil }
            k += 1
        }
        for (words, type) in Self.listCategories {
            let n = words.longestMatch(startingAt: k, in: text)
            if n > 0, scan.isBoundary(k + n) || k + n == text.count { return type }
        }
        return nil
    }

    /// Where the first member starts, walking left from its end: its last word, then name
    /// words and single characters, up to a word of two or more characters that is no name
    /// (推动|篁岭, 打通|观海路) or the start of the run; nil when that leaves no name.
    private func firstMemberStart(_ scan: EntityScan, start: Int, end: Int) -> Int? {
        guard let last = scan.token(at: end - 1), Int(scan.tokens[last].end) == end else { return nil }
        var i = Int(scan.tokens[last].start)
        while i > start, let t = scan.token(at: i - 1) {
            let token = scan.tokens[t]
            let ts = Int(token.start)
            guard ts >= start, end - ts <= 8 else { break }
            if token.count == 1 {
                guard !CharClass.isFunctionChar(scan.text[ts]) else { break }
            } else if !isStrongName(scan, t) {
                break
            }
            i = ts
        }
        guard i >= start, end - i >= 2 else { return nil }
        return i
    }

    /// A facility or organisation already found at the start of the member that ends before it: the
    /// rest is a description (迎春大街|东延), not part of a name (隋唐 + 洛阳城国家遗址公园 is kept).
    private func hasTailAfterHeadedName(_ scan: EntityScan, _ m: Range<Int>) -> Bool {
        scan.candidates.contains { c in
            (c.type == .facility || c.type == .organization) && Int(c.start) == m.lowerBound && Int(c.end) < m.upperBound
                && c.count >= 2
        }
    }

    /// Two or more Han characters, no function character, not an ordinary word, whole tokens.
    private func isListedName(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, scan.isBoundary(r.lowerBound), scan.isBoundary(r.upperBound) else { return false }
        for i in r where !scan.isHan(i) || CharClass.isFunctionChar(scan.text[i]) && !isInsideNameWord(scan, i) { return false }
        if isCommonWord(scan, r) { return false }
        // A member made of one ordinary word plus a generic noun is a kind, not a name (国有企业).
        if let t = scan.token(at: r.lowerBound), Int(scan.tokens[t].end) == r.upperBound, scan.classes[t] == .noun,
           !isStrongName(scan, t) { return false }
        return true
    }

    /// A character inside a word of three or more characters the lexicon tags as a name or does not
    /// know (那拉提): a function character there is part of the name.
    private func isInsideNameWord(_ scan: EntityScan, _ i: Int) -> Bool {
        guard let t = scan.token(at: i), scan.tokens[t].count >= 3 else { return false }
        switch scan.classes[t] {
        case .person, .place, .proper, .unknown: return true
        default: return false
        }
    }

    static let maxMemberLength = 16
    /// Measure words between 等 and the category (等5家企业, 等3个村).
    static let listMeasures: Set<Unicode.Scalar> = ["家", "个", "座", "处", "所", "条", "批", "项"]
    /// Category words after 等 and the type of the listed names.
    static let listCategories: [(ScalarWordSet, EntityType)] = [
        (ScalarWordSet(["景区", "景点", "风景区", "旅游景区", "园区", "产业园区", "工业园区", "开发区",
                        "主干道", "干道", "道路", "路段", "桥梁", "隧道", "铁路", "港口", "机场", "水库",
                        "口岸", "陆路口岸", "边境口岸", "车站", "站点", "公园", "场馆", "博物馆"]), .facility),
        (ScalarWordSet(["企业", "公司", "集团", "龙头企业", "重点企业", "高校", "院校", "医院", "单位", "部门", "银行"]), .organization),
        (ScalarWordSet(["村", "行政村", "乡镇", "街道", "社区", "县区", "县市区", "区县", "城市", "地市", "河流", "湖泊"]), .place),
    ]
}
