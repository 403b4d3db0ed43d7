import ZhSegment

/// Organisations, facilities and events: a head word (局, 市委, 日报, 大桥, 高铁, 示范区,
/// 博览会 …) after a place or proper name, with descriptive nouns in between
/// (株洲高新区 + 产业发展 + 局, 长沙 + 临空经济 + 示范区). One-character heads need the
/// name right before them (南塘 + 路); organisations may also start from an
/// administrative prefix (市 + 科技局).
extension EntityRecognizer {
    func findHeadedNames(_ scan: inout EntityScan) {
        let text = scan.text
        var ends: [Int] = []
        for t in 0..<scan.tokens.count {
            let token = scan.tokens[t]
            let s = Int(token.start), e = Int(token.end)
            guard scan.isHan(e - 1) else { continue }
            ends.removeAll(keepingCapacity: true)
            ends.append(e)
            // A head glued to a following title inside one word (局局长, 市委书记): the longest title.
            if e - s >= 3 && !dictionaries.titles.contains(s..<e, in: text) {
                for k in (s + 1)..<(e - 1) where dictionaries.titles.contains(k..<e, in: text) {
                    ends.append(k)
                    break
                }
            } else if e - s >= 4, scan.placeStart(endingAt: s) != nil {
                // A title word that starts with an organisation head, after a place (醴陵 市委书记).
                for k in (s + 2)..<(e - 1) where dictionaries.titles.contains(k..<e, in: text)
                    && dictionaries.organizationHeads.contains(s..<k, in: text) {
                    ends.append(k)
                    break
                }
            }
            for end in ends { headedName(&scan, endingAt: end) }
        }
    }

    private func headedName(_ scan: inout EntityScan, endingAt e: Int) {
        let text = scan.text
        let org = dictionaries.organizationHeads.longestMatch(endingAt: e, in: text)
        let fac = dictionaries.facilityHeads.longestMatch(endingAt: e, in: text)
        let event = Self.eventHeads.longestMatch(endingAt: e, in: text)
        var best: (length: Int, type: EntityType)?
        for (length, type) in [(event, EntityType.program), (org, .organization), (fac, .facility)] where length > 0 {
            if let b = best, length < b.length { continue }
            if let b = best, length == b.length {
                // The same word heads both kinds: 站 is a facility, 电厂 and 中心 an organisation.
                if !(length == 1 && type == .facility) { continue }
            }
            best = (length, type)
        }
        guard var (head, type) = best else { return }
        var hs = e - head
        // Try the longest head first, then shorter ones of the same family that leave a name.
        for _ in 0..<2 {
            if let start = nameStart(scan, headStart: hs, headLength: head, type: type) {
                if type == .facility && (Self.naturalHeads.contains(hs..<e, in: text) || Self.regionHeads.contains(hs..<e, in: text)) {
                    type = .place
                }
                scan.add(start, e, type, rank: 3)
                return
            }
            guard head > 1 else { return }
            // A shorter head inside the longer one (示范区 → 区 is not tried; 国际机场 → 机场).
            let set = type == .organization ? dictionaries.organizationHeads : type == .facility ? dictionaries.facilityHeads : Self.eventHeads
            var shorter = 0
            for l in stride(from: head - 1, through: 2, by: -1) where set.contains((e - l)..<e, in: text) { shorter = l; break }
            guard shorter > 0 else { return }
            head = shorter
            hs = e - head
        }
    }

    /// Where the name before a head word starts (nil when there is no name).
    private func nameStart(_ scan: EntityScan, headStart hs: Int, headLength: Int, type: EntityType) -> Int? {
        guard hs > 0, scan.isHan(hs - 1) || scan.text[hs - 1] == ")" else { return nil }
        // The head must begin a word, or sit at the end of a name-like word (科技局, 白马寺).
        if !scan.isBoundary(hs) {
            guard let t = scan.token(at: hs) else { return nil }
            switch scan.classes[t] {
            case .place, .proper, .organization, .unknown, .person: break
            default: if headLength < 2 { return nil }
            }
        }
        let maxSpan = 16
        var pos = hs
        var anchor: Int?
        // No head right after a title or another head (市长所, 广场地下通道 stops at 广场).
        if let t = scan.token(at: hs - 1), scan.isBoundary(hs) {
            let r = Int(scan.tokens[t].start)..<hs
            if dictionaries.titles.contains(r, in: scan.text) { return nil }
        }
        let weak = type == .organization && Self.industryHeads.contains(hs..<(hs + headLength), in: scan.text)
        let generic = type == .facility && Self.genericFacilityHeads.contains(hs..<(hs + headLength), in: scan.text)
        if weak {
            // Company endings (重工, 科技) only after a brand name the lexicon does not know as a word (中信 重工).
            guard scan.isBoundary(hs), let t = scan.token(at: hs - 1), scan.classes[t] == .proper || scan.classes[t] == .unknown,
                  isStrongName(scan, t) else { return nil }
        }
        // A name right before the head (南塘 路, 吉衡 高铁, 金锦 路).
        if !scan.isBoundary(hs), let t = scan.token(at: hs), scan.classes[t] != .organization,
           scan.classes[t] != .noun || isStrongName(scan, t) {
            anchor = Int(scan.tokens[t].start)  // one name-like word holding the head (浏阳河, 白马寺)
            pos = anchor!
            if let p = scan.placeStart(endingAt: pos) { anchor = p; pos = p }
        } else if let p = scan.placeStart(endingAt: hs) {
            if weak { return nil }  // 中国制造 is an industry, not a company
            anchor = p
            pos = p
        } else if scan.isBoundary(hs), let r = nameRunStart(scan, endingAt: hs, maxLength: 5) {
            anchor = r
            pos = r
        } else if headLength == 1 && type != .organization {
            return nil
        }
        if weak || generic {
            guard let a = anchor, !(a > 0 && (scan.text[a - 1] == "至" || scan.text[a - 1] == "到")) else { return nil }
            return a
        }
        if headLength == 1 && type == .organization && anchor == nil && scan.isBoundary(hs) {
            // 局 alone needs a name or a department word before it (科技 局 is fine: 市 + 科技 + 局).
            guard let t = scan.token(at: hs - 1), scan.classes[t] == .noun || scan.classes[t] == .organization else { return nil }
        }
        var lastWasNoun = false
        while pos > 0, hs - pos < maxSpan {
            if let p = scan.placeStart(endingAt: pos) {
                anchor = p
                pos = p
                lastWasNoun = true
                continue
            }
            let c = scan.text[pos - 1]
            if c == ")" , let open = openParen(scan.text, before: pos - 1), let inner = scan.placeStart(endingAt: pos - 1), inner == open + 1 {
                pos = open  // 中国(湖南)自由贸易试验区
                continue
            }
            if c == "-" && anchor == pos { pos -= 1; continue }  // 赣州-东莞产业合作示范区
            guard scan.isHan(pos - 1), let t = scan.token(at: pos - 1) else { break }
            let token = scan.tokens[t]
            let ts = max(Int(token.start), 0)
            // A modifier that is itself a head ends the name (红旗广场|地下通道, 赣州东站|综合交通枢纽).
            if Int(token.end) == pos, token.count >= 2,
               dictionaries.facilityHeads.longestMatch(endingAt: pos, in: scan.text, floor: ts) >= 2
                || dictionaries.titles.contains(ts..<pos, in: scan.text) {
                if anchor == nil || anchor! > pos { return nil }
                break
            }
            if token.count == 1 && (c == "和" || c == "与") && type == .organization && lastWasNoun {
                pos -= 1
                lastWasNoun = false
                continue
            }
            if token.count == 1, "市省县区州".unicodeScalars.contains(c), type == .organization, isHardStop(scan, before: pos - 1) {
                anchor = pos - 1
                break
            }
            if isStrongName(scan, t) {
                anchor = ts
                pos = ts
                lastWasNoun = true
                continue
            }
            if scan.classes[t] == .organization && type == .organization {
                pos = ts  // an institution word inside a longer name (市 + 科技局)
                lastWasNoun = true
                continue
            }
            if type == .organization, Self.nationalAnchors.contains(ts..<Int(token.end), in: scan.text) {
                anchor = ts
                break
            }
            if token.count >= 2 && scan.classes[t] == .noun && !Self.nonModifiers.contains(ts..<Int(token.end), in: scan.text) {
                pos = ts
                lastWasNoun = true
                continue
            }
            break
        }
        guard let start = anchor, start < hs else { return nil }
        // A route between two places (韶山至井冈山铁路) is described, not named.
        if start > 0, scan.text[start - 1] == "至" || scan.text[start - 1] == "到" { return nil }
        return start
    }

    private func openParen(_ text: UnsafeBufferPointer<Unicode.Scalar>, before close: Int) -> Int? {
        var k = close - 1
        while k >= 0, close - k <= 8 {
            if text[k] == "(" { return k }
            if !CharClass.isHan(text[k]) { return nil }
            k -= 1
        }
        return nil
    }

    /// Heads of named events, typed programme (中国洛阳牡丹文化节, 中非经贸博览会).
    static let eventHeads = ScalarWordSet(["博览会", "交易会", "洽谈会", "展览会", "文化节", "旅游节", "艺术节", "音乐节",
                                           "电影节", "美食节", "论坛", "峰会", "运动会", "博鳌论坛"])
    /// Facility heads that name natural features, typed place (浏阳河, 巢湖, 老君山 stays facility via 山? no: place).
    static let naturalHeads = ScalarWordSet(["江", "河", "湖", "海", "岛", "洲", "湾", "岭", "峰", "水系"])
    /// Company-name endings that are also ordinary words (科技, 制造): only right after a brand name.
    static let industryHeads = ScalarWordSet(["科技", "制造", "能源", "电力", "化工", "电子", "新材料", "生物", "医药", "食品",
                                              "实业", "置业", "地产", "机械", "企业", "工厂", "控股", "药业", "酒业"])
    /// Facility heads that are category words (集群, 公园, 学校): only right after a name.
    static let genericFacilityHeads = ScalarWordSet(["轨道交通", "集群", "产业集群", "基地", "产业基地", "生产基地", "公园", "游园",
                                                     "口袋公园", "中小学", "学校", "幼儿园", "医院", "市场", "中心", "通道",
                                                     "快速通道", "景区", "高速公路", "公路", "铁路", "城市公园", "园区"])
    /// Organisation prefixes that need no place (全国政协, 中央网信办, 国家发展改革委).
    static let nationalAnchors = ScalarWordSet(["全国", "中央", "国家", "中共"])
    /// Nouns that never modify a named head (they start generic phrases: 各类 …).
    static let nonModifiers = ScalarWordSet(["全市", "全省", "全县", "全区", "全国", "我市", "我省", "本市", "各类", "各级", "重点", "主要"])
}
