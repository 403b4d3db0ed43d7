import ZhSegment
import ZhText

/// Places: gazetteer words at token boundaries (株洲, 株洲市, 长株潭), typed facility when
/// the region is a zone or a transport line (株洲高新区, 西部陆海新通道); and townships,
/// villages and communities by suffix (梓山镇, 潭头村, 袁家湾社区).
extension EntityRecognizer {
    func findGazetteerPlaces(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count {
            let s = Int(scan.tokens[t].start)
            guard scan.isHan(s) else { continue }
            var n = dictionaries.regions.longestMatch(startingAt: s, in: text)
            // Strategy names in the gazetteer (京津冀协同发展) fall back to their place (京津冀),
            // even inside the word; otherwise a place must end where a word ends.
            // A region glued to a kind word inside one lexicon word (中亚国家, 东南亚地区): the region.
            let tokenEnd = Int(scan.tokens[t].end)
            var insideGeneric = n >= 2 && s + n < tokenEnd && Self.regionKindWords.contains((s + n)..<tokenEnd, in: text)
            while n >= 2 && (isGenericRegion(text, s..<(s + n)) || !(scan.isBoundary(s + n) || insideGeneric)) {
                if isGenericRegion(text, s..<(s + n)) && s + n == Int(scan.tokens[t].end) { insideGeneric = true }
                n = dictionaries.regions.longestMatch(startingAt: s, in: text, limit: s + n - 1)
            }
            // International organisations (东盟, 上海合作组织), before places of the same form.
            let body = dictionaries.worldOrganizations.longestMatch(startingAt: s, in: text)
            if body >= 2, scan.isBoundary(s + body) || Self.regionKindWords.contains((s + body)..<max(s + body, Int(scan.tokens[t].end)), in: text) {
                scan.add(s, s + body, .organization, rank: 5)
            }
            guard n >= 2 else { continue }
            let e = s + n
            scan.add(s, e, gazetteerType(text, s..<e), rank: 4)
            scan.notePlace(s, e)
        }
    }

    func findSmallPlaces(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count {
            let e = Int(scan.tokens[t].end)
            guard scan.isHan(e - 1) else { continue }
            var suffix = dictionaries.placeSuffixes.longestMatch(endingAt: e, in: text, floor: max(0, e - 5))
            if suffix == 0, "河江湖".unicodeScalars.contains(text[e - 1]) { suffix = 1 }
            guard suffix > 0 else { continue }
            let hs = e - suffix
            // One word the lexicon tags as a place (or, wrongly, a person) name, ending in a
            // township or village suffix (江湾镇, 周庄镇).
            let ts = Int(scan.tokens[t].start)
            if scan.classes[t] == .place || (scan.classes[t] == .person && suffix == 1), hs - ts >= 2,
               suffix >= 2 || "镇乡村".unicodeScalars.contains(text[hs]),
               !isCommonWord(scan, ts..<e), !isCommonWord(scan, ts..<hs),  // 城中村 is a kind of place, not a name
               !dictionaries.facilityHeads.contains(hs..<e, in: text), !dictionaries.organizationHeads.contains(hs..<e, in: text) || suffix == 1 {
                scan.add(ts, e, .place, rank: 2)
                scan.notePlace(ts, e)
                continue
            }
            if suffix == 1 {
                switch text[hs] {
                case "镇", "乡", "村", "屯", "寨": break
                case "河", "江", "湖":  // rivers and lakes (靳江河, 圭塘河), never an ordinary word
                    if hs < 2 || isCommonWord(scan, (hs - 2)..<e) || text[hs - 1] == text[hs] { continue }
                default: continue
                }
            } else if dictionaries.facilityHeads.contains(hs..<e, in: text) || dictionaries.organizationHeads.contains(hs..<e, in: text) {
                continue
            }
            // A river with a one-character name (星江, 伊河) only where the text speaks of a river:
            // 沿 before it, or 两岸, 流域, 上游 … after it.
            if suffix == 1, "河江".unicodeScalars.contains(text[hs]), isRiverContext(scan, nameStart: hs - 1, end: e),
               scan.isBoundary(hs - 1), scan.token(at: hs - 1) != scan.token(at: hs), !isCommonWord(scan, (hs - 1)..<e),
               scan.isBoundary(e), scan.placeStart(endingAt: e) == nil,
               Self.placePrepositions.contains(text[max(0, hs - 2)]) || isHardStop(scan, before: hs - 1) {
                scan.add(hs - 1, e, .place, rank: 2)
                scan.notePlace(hs - 1, e)
                continue
            }
            // Communities are often named after a road, street or village (翠华路社区, 长安中路社区, 吉祥村社区).
            let community = suffix == 2 && text[hs] == "社" && text[hs + 1] == "区"
            let streetNamed = community && hs >= 3 && "路街巷村".unicodeScalars.contains(text[hs - 1])
            for length in streetNamed ? [4, 3, 2] : [3, 2] where hs - length >= 0 {
                let r = (hs - length)..<hs
                // Neither the whole nor the name part may be an ordinary word; one word for the whole
                // (护城河) is left to the other rules; two known words side by side (大江|大河) are no name.
                if isCommonWord(scan, r.lowerBound..<e) || isCommonWord(scan, r) { continue }
                if let first = scan.token(at: r.lowerBound) {
                    let head = scan.tokens[t], lead = scan.tokens[first]
                    if first == t { continue }
                    if lead.count >= 2, head.count >= 2, Int(lead.end) == Int(head.start), Int(head.start) < hs,
                       segmenter.lexicon.trie.exactMatch(text[Int(lead.start)..<Int(lead.end)]) != nil,
                       segmenter.lexicon.trie.exactMatch(text[Int(head.start)..<Int(head.end)]) != nil { continue }
                }
                guard isNameSpan(scan, r), isHardStopOrPlace(scan, before: r.lowerBound),
                      !r.contains(where: { "县镇村乡市省区州".unicodeScalars.contains(text[$0]) && !(streetNamed && $0 == hs - 1) })
                else { continue }
                scan.add(r.lowerBound, e, .place, rank: 2)
                scan.notePlace(r.lowerBound, e)
                break
            }
        }
    }

    /// Communities named after a road or street found as a facility (长安中路 + 社区, 兴善寺东街 + 社区).
    func findRoadCommunities(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count {
            let token = scan.tokens[t]
            let s = Int(token.start), e = Int(token.end)
            guard e - s == 2, s > 0, text[s] == "社", text[s + 1] == "区", let road = scan.facilityStart(endingAt: s),
                  "路街巷道".unicodeScalars.contains(text[s - 1]) else { continue }
            scan.add(road, e, .place, rank: 2)
            scan.notePlace(road, e)
        }
    }

    /// Han characters, no function characters, starting at a token boundary; whole words
    /// inside must be names; a word running past the end must be a name-like word (山镇).
    func isNameSpan(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        guard scan.isBoundary(r.lowerBound) else { return false }
        for i in r where !scan.isHan(i) || CharClass.isFunctionChar(scan.text[i]) { return false }
        var i = r.lowerBound
        var singles = 0
        while i < r.upperBound {
            guard let t = scan.token(at: i) else { return false }
            let token = scan.tokens[t]
            if Int(token.end) > r.upperBound {
                switch scan.classes[t] {
                case .place, .proper, .unknown, .person: break
                case .noun where !isCommonWord(scan, Int(token.start)..<Int(token.end)): break  // 沩 + 水河
                default: return false
                }
            } else if token.count >= 2 {
                if !isStrongName(scan, t) { return false }
            } else {
                singles += 1
                // 沿|星江: a one-character verb or a preposition of place is no part of the name.
                if scan.classes[t] == .verb || Self.placePrepositions.contains(scan.text[Int(token.start)]) { return false }
            }
            i = Int(token.end)
        }
        return true
    }

    private func isRiverContext(_ scan: EntityScan, nameStart: Int, end: Int) -> Bool {
        guard nameStart >= 0, scan.isHan(nameStart), !CharClass.isFunctionChar(scan.text[nameStart]) else { return false }
        if nameStart > 0, scan.text[nameStart - 1] == "沿", let t = scan.token(at: nameStart - 1), scan.tokens[t].count == 1 { return true }
        return Self.riverContext.longestMatch(startingAt: end, in: scan.text) > 0
    }

    /// Kind words the lexicon glues to a region (中亚国家, 拉美地区).
    static let regionKindWords = ScalarWordSet(["国家", "地区", "各国", "国家和地区", "沿线", "沿线国家"])

    /// Prepositions of place that start a phrase before a name (沿星江, 朝东).
    static let placePrepositions: Set<Unicode.Scalar> = ["沿", "往", "朝"]

    /// Words that follow a river's name (星江两岸, 伊河流域).
    static let riverContext = ScalarWordSet(["两岸", "沿岸", "沿线", "流域", "上游", "中游", "下游", "干流", "支流", "水系",
                                             "水质", "河道", "河段", "江段", "综合治理", "治理"])

    private func isHardStopOrPlace(_ scan: EntityScan, before i: Int) -> Bool {
        isHardStop(scan, before: i) || scan.placeStart(endingAt: i) != nil
    }

    /// Facility for zones and transport corridors in the gazetteer; place otherwise.
    private func gazetteerType(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> EntityType {
        let head = dictionaries.facilityHeads.longestMatch(endingAt: r.upperBound, in: text, floor: r.lowerBound + 1)
        guard head > 0 else { return .place }
        let h = (r.upperBound - head)..<r.upperBound
        // The gazetteer's new areas are national-level areas or districts (雄安新区, 浦东新区): places.
        if head == 2, text[h.lowerBound] == "新", text[h.lowerBound + 1] == "区" { return .place }
        // 赣州港 is a port, 香港 (one character before 港) a place.
        if head == 1 { return (text[h.lowerBound] == "港" || text[h.lowerBound] == "谷") && r.count >= 3 ? .facility : .place }
        return Self.regionHeads.contains(h, in: text) ? .place : .facility
    }

    /// Gazetteer words that name a kind of area rather than one place (中西部地区, 革命老区).
    private func isGenericRegion(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        if Self.genericRegions.contains(r, in: text) { return true }
        if r.count > 4, text[r.upperBound - 2] == "发", text[r.upperBound - 1] == "展" { return true }
        if r.count > 4, text[r.upperBound - 3] == "一", text[r.upperBound - 2] == "体", text[r.upperBound - 1] == "化" { return true }
        if r.count > 2, text[r.upperBound - 2] == "地", text[r.upperBound - 1] == "区" {
            return !dictionaries.regions.contains(r.lowerBound..<(r.upperBound - 2), in: text)
        }
        return false
    }

    /// Region words that end in a facility head but name areas (长江经济带, 长株潭都市圈).
    static let regionHeads = ScalarWordSet(["经济带", "城市带", "都市圈", "经济圈", "城市群", "生活圈", "走廊", "流域"])
    /// Area kinds in the gazetteer that are not names of one place.
    static let genericRegions = ScalarWordSet([
        "全国各地", "革命老区", "老区", "苏区", "老工业基地", "自由贸易试验区", "自贸试验区", "祖国大陆",
        "东中西部", "港澳台", "台港澳", "海峡两岸", "民族地区", "边疆地区", "脱贫地区", "欠发达地区", "资源型地区",
    ])
}

extension EntityScan {
    /// Remembers a place span so that longer names can be built on it (梓山镇 + 潭头村 + 党支部).
    mutating func notePlace(_ start: Int, _ end: Int) {
        if let old = placeStarts[end], old <= start { return }
        placeStarts[end] = start
    }

    func placeStart(endingAt end: Int) -> Int? { placeStarts[end] }

    mutating func noteFacility(_ start: Int, _ end: Int) {
        if let old = facilityStarts[end], old <= start { return }
        facilityStarts[end] = start
    }

    func facilityStart(endingAt end: Int) -> Int? { facilityStarts[end] }
}
