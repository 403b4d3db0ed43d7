import ZhSegment
import ZhText

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
            // A head glued to the document it issues (政府|工作报告 in a title line).
            let issuer = dictionaries.organizationHeads.longestMatch(startingAt: s, in: text, limit: e)
            if issuer >= 2, Self.documentWords.contains((s + issuer)..<e, in: text) { ends.append(s + issuer) }
            // A head that starts a longer word right after a place (温州 机场旅客吞吐量, 紫阳 大道北|延):
            // the name ends with the head when the rest is a word or a direction of extension.
            if e - s >= 3, scan.placeStart(endingAt: s) != nil {
                let head = dictionaries.facilityHeads.longestMatch(startingAt: s, in: text, limit: e - 1)
                if head >= 2, !Self.genericFacilityHeads.contains(s..<(s + head), in: text), !Self.lineHeads.contains(s..<(s + head), in: text),
                   isRestOfGluedHead(scan, (s + head)..<e) {
                    ends.append(s + head)
                }
            }
            let company = Self.companyHeads.longestMatch(endingAt: e, in: text, floor: s)
            if company > 0, let start = companyNameStart(scan, headStart: e - company) {
                scan.add(start, e, .organization, rank: 4)
                continue
            }
            for end in ends { headedName(&scan, endingAt: end) }
            // National institutions are named without a place (国务院, 全国政协, 中国共产党).
            // Central organs and international bodies the lexicon knows as organisations (财政部, 新华社,
            // 世界贸易组织): a word ending in one of their heads, standing on its own.
            if scan.classes[t] == .organization, e - s >= 3,
               Self.nationalAnchors.contains(s..<(s + 2), in: text)
                || text[s] == "国" && dictionaries.organizationHeads.longestMatch(endingAt: e, in: text, floor: s + 1) > 0  // 国务院, not 国际经贸
                || isStandaloneOrgan(scan, t) {
                scan.add(s, e, .organization, rank: 3)
            }
        }
    }

    /// A word tagged organisation that ends in the head of a central organ or international body
    /// (部, 署, 总局, 社, 组织, 兵团 …), is no ordinary word part (党支部, 俱乐部) and stands after a stop.
    private func isStandaloneOrgan(_ scan: EntityScan, _ t: Int) -> Bool {
        let token = scan.tokens[t]
        let s = Int(token.start), e = Int(token.end)
        let head = Self.organHeads.longestMatch(endingAt: e, in: scan.text, floor: s + 2)
        guard head > 0, Self.organNonNames.longestMatch(endingAt: e, in: scan.text, floor: s) == 0 else { return false }
        guard (s..<e).allSatisfy({ scan.isHan($0) }) else { return false }
        return isHardStop(scan, before: s) || scan.placeStart(endingAt: s) != nil
    }

    private func headedName(_ scan: inout EntityScan, endingAt e: Int) {
        let text = scan.text
        let org = dictionaries.organizationHeads.longestMatch(endingAt: e, in: text)
        let fac = dictionaries.facilityHeads.longestMatch(endingAt: e, in: text)
        let event = Self.eventHeads.longestMatch(endingAt: e, in: text)
        let region = Self.regionHeads.longestMatch(endingAt: e, in: text)
        var best: (length: Int, type: EntityType)?
        func consider(_ length: Int, _ type: EntityType) {
            guard length > 0 else { return }
            if let b = best, length < b.length { return }
            // The same word heads both kinds: 站 is a facility, 电厂 and 中心 an organisation.
            if let b = best, length == b.length, !(length == 1 && type == .facility) { return }
            best = (length, type)
        }
        consider(event, .program)
        consider(org, .organization)
        consider(fac, .facility)
        consider(region, .place)
        guard var (head, type) = best else { return }
        // A one-character organisation head closing a word the lexicon tags as a person is part of the
        // name (基里延科 is no 科, a section); roads and temples keep theirs (白云路, 白马寺).
        if head == 1, type == .organization, let t = scan.token(at: e - 1), scan.classes[t] == .person, scan.tokens[t].count >= 3,
           Int(scan.tokens[t].end) == e { return }
        var hs = e - head
        // Try the longest head first, then shorter ones of the same family that leave a name.
        for _ in 0..<2 {
            if let start = nameStart(scan, headStart: hs, headLength: head, type: type), type == .program || !followsQuantity(text, start) {
                if type == .facility && (Self.naturalHeads.contains(hs..<e, in: text) || Self.regionHeads.contains(hs..<e, in: text)) {
                    type = .place
                }
                scan.add(start, e, type, rank: 3)
                if type == .facility { scan.noteFacility(start, e) }
                return
            }
            guard head > 1 else { return }
            // A shorter head inside the longer one (示范区 → 区 is not tried; 国际机场 → 机场).
            let set: ScalarWordSet
            switch type {
            case .organization: set = dictionaries.organizationHeads
            case .facility: set = dictionaries.facilityHeads
            case .place: set = Self.regionHeads
            default: set = Self.eventHeads
            }
            var shorter = 0
            for l in stride(from: head - 1, through: 2, by: -1) where set.contains((e - l)..<e, in: text) { shorter = l; break }
            guard shorter > 0 else { return }
            head = shorter
            hs = e - head
        }
    }

    /// Where the name before a head word starts (nil when there is no name).
    private func nameStart(_ scan: EntityScan, headStart hs: Int, headLength: Int, type: EntityType) -> Int? {
        let text = scan.text
        guard hs > 0, scan.isHan(hs - 1) || text[hs - 1] == ")" || CharClass.isDigit(text[hs - 1]) else { return nil }
        let head = hs..<(hs + headLength)
        let weak = type == .organization && Self.industryHeads.contains(head, in: text)
        let generic = (type == .facility && Self.genericFacilityHeads.contains(head, in: text))
            || (type == .organization && Self.genericOrganizationHeads.contains(head, in: text))
        // No head right after a title (阳卫国市长所作: 所 is no head here).
        if scan.isBoundary(hs), let t = scan.token(at: hs - 1),
           dictionaries.titles.contains(Int(scan.tokens[t].start)..<hs, in: text) { return nil }
        if weak {
            // Company endings (重工, 科技) only after a brand name the lexicon does not know as a word (中信 重工).
            guard scan.isBoundary(hs), let t = scan.token(at: hs - 1), scan.classes[t] == .proper || scan.classes[t] == .unknown,
                  isStrongName(scan, t), scan.placeStart(endingAt: hs) == nil else { return nil }
            return Int(scan.tokens[t].start)
        }
        var pos = hs
        var anchor: Int?
        if !scan.isBoundary(hs) {
            // The head ends a longer word: that word must be a name (白马寺, 浏阳河, 科技局), not a common
            // word (干部, 发电厂), and leave at least two characters before a one-character head.
            guard let t = scan.token(at: hs) else { return nil }
            let ts = Int(scan.tokens[t].start)
            if headLength == 1 && hs - ts < 2 { return nil }
            if headLength == 1 && (isCommonWord(scan, (hs - 1)..<(hs + 1)) || dictionaries.regions.contains(ts..<(hs + 1), in: text)) {
                return nil  // 干部, 株洲: the head character belongs to an ordinary word or a place name
            }
            var nameStart = ts
            if type == .program {
                // 第十四届中国国际进口博览会: the name starts after 届.
                if text[ts] == "届" { nameStart = ts + 1 }
                if nameStart >= hs || isCommonWord(scan, nameStart..<hs) { return nil }
                anchor = nameStart
                pos = nameStart
            } else {
                switch scan.classes[t] {
                case .organization:
                    // A full institution name the lexicon knows (华中科技大学), or an institution word
                    // whose owner stands further left (市 + 科技局).
                    if headLength >= 2, hs - ts >= 2, scan.tokens[t].count >= 4,
                       !isCommonWord(scan, ts..<hs) || dictionaries.regions.contains(ts..<hs, in: text) {
                        anchor = ts
                    }
                    pos = ts
                case .noun where !isStrongName(scan, t) || headLength < 2:
                    // A descriptive word holding the head (临空经济示范区): look left for the name.
                    if generic || headLength < 2 { return nil }
                    pos = ts
                case .proper where headLength == 1 && type == .organization && administrativePrefix(scan, endingAt: ts) != nil:
                    return administrativePrefix(scan, endingAt: ts)  // 市 + 经信局: an abbreviated department
                case .place, .proper, .unknown, .person, .noun:
                    if generic { return nil }
                    // One-character heads inside a word only in words tagged as places or names
                    // (浏阳河, 白马寺), not in proper nouns of other kinds (护城河).
                    if headLength == 1 && scan.classes[t] != .place && scan.classes[t] != .person && scan.classes[t] != .unknown {
                        return nil
                    }
                    anchor = ts
                    pos = ts
                default:
                    return nil
                }
            }
        }
        if type == .program && anchor == nil && pos == hs, scan.isBoundary(hs) {
            // An event needs a name right before its head (中非 经贸 博览会 is found through extendLeft).
            if let t = scan.token(at: hs - 1), isCommonWord(scan, Int(scan.tokens[t].start)..<hs), scan.placeStart(endingAt: hs) == nil,
               extendLeftPeek(scan, hs) == nil { return nil }
        }
        if anchor == nil && pos == hs, type != .program, let o = ordinalStart(scan, endingAt: hs) {
            // An institution numbered within its owner: 西安市 第八十三 中学, 西安交通大学 第一 附属医院.
            if let p = scan.placeStart(endingAt: o) { return p }
            if let t = scan.token(at: o - 1), scan.classes[t] == .organization, scan.tokens[t].count >= 4, isStrongName(scan, t) {
                return Int(scan.tokens[t].start)
            }
        }
        if anchor == nil && pos == hs {
            if type == .organization, let f = scan.facilityStart(endingAt: hs) {
                return f  // the body running a zone or facility (赣州国际陆港 + 管委会)
            } else if let p = scan.placeStart(endingAt: hs) {
                anchor = p
                pos = p
            } else if type == .organization, let a = administrativePrefix(scan, endingAt: hs) {
                return a  // 会同 | 省 + 发展改革委: the department of the province, not of a place named before it
            } else if scan.isBoundary(hs), !generic, let r = nameRunStart(scan, endingAt: hs, maxLength: 5, verbsEndRun: headLength == 1) {
                anchor = r
                pos = r
            } else if generic {
                // Category heads (公园, 学校, 集群) only right after a place or a person-like name.
                guard scan.isBoundary(hs), let t = scan.token(at: hs - 1), scan.classes[t] == .place || scan.classes[t] == .person,
                      isStrongName(scan, t) else { return nil }
                anchor = Int(scan.tokens[t].start)
                pos = anchor!
            } else if headLength == 1 && type != .organization {
                return nil
            } else if headLength == 1 && type == .organization {
                // 局 alone needs a department word before it (市 + 科技 + 局), or an abbreviation
                // right after an administrative prefix (省 + 经信 + 厅).
                guard let t = scan.token(at: hs - 1) else { return nil }
                let ts = Int(scan.tokens[t].start)
                let abbreviation = scan.classes[t] == .proper && ts > 0 && "省市县区".unicodeScalars.contains(text[ts - 1])
                    && scan.tokens[t].count >= 2 && scan.isBoundary(ts) && isHardStop(scan, before: ts - 1)
                guard scan.classes[t] == .noun || scan.classes[t] == .organization || abbreviation else { return nil }
                if abbreviation { return ts - 1 }
            }
        }
        if let a = anchor, a == pos, let p = scan.placeStart(endingAt: pos) { anchor = p; pos = p }
        let line = Self.lineHeads.contains(head, in: text)
        if generic {
            guard let a = anchor, !(line && isRoute(text, a)) else { return nil }
            return a
        }
        pos = extendLeft(scan, from: pos, headStart: hs, type: type, anchor: &anchor)
        guard let start = anchor, start < hs, !(line && isRoute(text, start)) else { return nil }
        return start
    }

    /// 中 abbreviating China before abbreviated partner countries, in a line's name (中|吉乌铁路, 中|老铁路):
    /// one character 中 right before a word the lexicon does not know or tags as a name.
    private func isChinaAbbreviation(_ scan: EntityScan, _ t: Int, before pos: Int) -> Bool {
        guard scan.tokens[t].count == 1, scan.text[Int(scan.tokens[t].start)] == "中", let next = scan.token(at: pos) else { return false }
        switch scan.classes[next] {
        case .unknown, .proper, .place: return !isCommonWord(scan, Int(scan.tokens[next].start)..<Int(scan.tokens[next].end))
        default: return false
        }
    }

    /// The start of an ordinal word (第一, 第八十三) ending at token boundary `end`, or nil.
    private func ordinalStart(_ scan: EntityScan, endingAt end: Int) -> Int? {
        guard scan.isBoundary(end), let t = scan.token(at: end - 1), Int(scan.tokens[t].end) == end, scan.tokens[t].count >= 2 else { return nil }
        let s = Int(scan.tokens[t].start)
        guard scan.text[s] == "第", ((s + 1)..<end).allSatisfy({ ChineseNumeral.isDigit(scan.text[$0]) || CharClass.isDigit(scan.text[$0]) }) else { return nil }
        return s
    }

    /// Company names before 有限公司 and its kin: the words back to a stop (a verb or function
    /// word of two or more characters, punctuation), or back to the place that starts the name
    /// (引进 | 西安 秦 创智 造 科技 有限公司); at least one name word inside.
    func companyNameStart(_ scan: EntityScan, headStart hs: Int) -> Int? {
        let text = scan.text
        var pos = hs
        if !scan.isBoundary(hs), let t = scan.token(at: hs) { pos = Int(scan.tokens[t].start) }  // 科技有限公司 as one word
        var start: Int?
        var hasName = false, sawPlace = false
        while pos > 0, hs - pos < 16 {
            if let p = scan.placeStart(endingAt: pos) {
                pos = p
                start = p
                hasName = true
                sawPlace = true
                continue
            }
            if sawPlace {
                // The name starts with its place (陕西 雁塔 城市更新 投资 有限公司), or with a brand right
                // before it that follows punctuation or a conjunction (、东风 柳州 汽车 有限公司).
                if let b = brandStart(scan, beforePlace: pos) { start = b }
                break
            }
            guard scan.isHan(pos - 1), let t = scan.token(at: pos - 1), Int(scan.tokens[t].end) == pos else { break }
            let token = scan.tokens[t]
            let ts = Int(token.start)
            if token.count == 1 {
                if CharClass.isFunctionChar(text[ts]) { break }
            } else {
                switch scan.classes[t] {
                case .place, .person, .proper, .unknown, .organization: hasName = true
                case .noun: if isStrongName(scan, t) { hasName = true }
                default: if isStrongName(scan, t) { hasName = true }
                }
                if !isStrongName(scan, t) && scan.classes[t] != .noun { break }
            }
            pos = ts
            start = ts
        }
        guard hasName, let s = start, hs - s >= 2 else { return nil }
        return s
    }

    /// A company's brand before the place that starts its registered name: one or two words of
    /// two or more characters (nouns, names, places; no verbs; four characters at most) with
    /// punctuation, a line start or a one-character conjunction before them (、东风|柳州汽车有限公司,
    /// 和中国航发|哈尔滨东安发动机有限公司); nil when anything else stands there (加快|长沙…).
    private func brandStart(_ scan: EntityScan, beforePlace p: Int) -> Int? {
        let text = scan.text
        var pos = p
        for _ in 0..<2 {
            guard pos > 0, scan.isHan(pos - 1), let t = scan.token(at: pos - 1), Int(scan.tokens[t].end) == pos,
                  scan.tokens[t].count >= 2, p - Int(scan.tokens[t].start) <= 4 else { break }
            switch scan.classes[t] {
            case .noun, .proper, .unknown, .place, .organization: break
            default: return nil
            }
            if Self.nonModifiers.contains(Int(scan.tokens[t].start)..<pos, in: text)
                || Self.categoryModifiers.contains(Int(scan.tokens[t].start)..<pos, in: text) { return nil }
            pos = Int(scan.tokens[t].start)
            if isStop(scan, before: pos) { return pos }  // punctuation, a line start or a conjunction
        }
        return nil
    }

    /// Whether extending left from a head finds any name (without committing to it).
    private func extendLeftPeek(_ scan: EntityScan, _ hs: Int) -> Int? {
        var anchor: Int?
        _ = extendLeft(scan, from: hs, headStart: hs, type: .program, anchor: &anchor)
        return anchor
    }

    /// Walks left over descriptive nouns to the leftmost place or name; returns where it stopped.
    private func extendLeft(_ scan: EntityScan, from start: Int, headStart hs: Int, type: EntityType, anchor: inout Int?) -> Int {
        let text = scan.text
        let maxSpan = 16
        var pos = start
        var lastWasNoun = false
        var atEdge = false  // a leading single character was taken: only a road code may follow
        while pos > 0, hs - pos < maxSpan {
            if atEdge && !CharClass.isDigit(text[pos - 1]) { break }
            if let p = scan.placeStart(endingAt: pos) {
                anchor = p
                pos = p
                lastWasNoun = true
                continue
            }
            let c = text[pos - 1]
            if c == ")", let open = openParen(text, before: pos - 1), let inner = scan.placeStart(endingAt: pos - 1), inner == open + 1 {
                pos = open  // 中国(湖南)自由贸易试验区
                continue
            }
            if (c == "-" || c == "—" || c == "–") && anchor == pos { pos -= 1; continue }  // 赣州-东莞产业合作示范区, 中国—亚欧博览会
            // A road or line number (G4京港澳高速, 地铁3号线).
            if CharClass.isDigit(c), anchor == nil || anchor == pos, let t = scan.token(at: pos - 1) {
                let ts = Int(scan.tokens[t].start)
                if CharClass.isLatin(text[ts]) {  // G4, S20
                    anchor = ts
                    pos = ts
                    break
                }
                if pos == hs, type == .facility, let vehicle = scan.token(at: ts - 1),
                   Self.lineVehicles.contains(Int(scan.tokens[vehicle].start)..<ts, in: text) {
                    anchor = Int(scan.tokens[vehicle].start)
                    pos = anchor!
                    continue
                }
                break
            }
            guard scan.isHan(pos - 1), let t = scan.token(at: pos - 1) else { break }
            let token = scan.tokens[t]
            let ts = Int(token.start)
            if Int(token.end) != pos { break }
            // A modifier that is itself a head or a title ends the name (红旗广场|地下通道, 赣州东站|综合交通枢纽),
            // unless it is a region of the gazetteer (自由贸易试验区 + 长沙 + 片区).
            if token.count >= 2, !dictionaries.regions.contains(ts..<pos, in: text), dictionaries.facilityHeads.longestMatch(endingAt: pos, in: text, floor: ts) >= 2
                || dictionaries.titles.contains(ts..<pos, in: text) {
                break
            }
            if token.count == 1 && (c == "和" || c == "与") && type == .organization && lastWasNoun && anchor == nil {
                pos -= 1
                lastWasNoun = false
                continue
            }
            if token.count == 1, "市省县区州".unicodeScalars.contains(c), type == .organization, anchor == nil,
               isHardStop(scan, before: pos - 1) {
                anchor = pos - 1
                break
            }
            if scan.classes[t] == .organization && type == .organization && anchor == nil {
                pos = ts  // an institution word inside a longer name (市 + 科技局)
                lastWasNoun = true
                continue
            }
            if type == .organization, Self.nationalAnchors.contains(ts..<pos, in: text) {
                if anchor == nil || anchor == pos { anchor = ts }
                break
            }
            if isStrongName(scan, t) && (anchor == nil || anchor == pos || scan.classes[t] != .noun) {
                // Past descriptive nouns, only a proper name extends further (not 高标准 + 建设 + 合肥…).
                anchor = ts
                pos = ts
                lastWasNoun = true
                continue
            }
            // One more character of a name (京 + 港澳, 成 + 自宜), at the edge of the text run.
            if anchor == pos, isSingleNamePiece(scan, t) || isChinaAbbreviation(scan, t, before: pos), scan.classes[t] != .verb, isHardStop(scan, before: ts) {
                anchor = ts
                pos = ts
                atEdge = true
                continue
            }
            // Descriptive nouns only before a name has been found (株洲高新区 + 产业发展 + 局).
            // Past a name already found, a verbal noun (建设, 发展) ends it: 库姆塔格沙漠边缘|建设|防沙带.
            if token.count >= 2, scan.classes[t] == .noun, anchor == nil || !isVerbalNoun(scan, t), !Self.nonModifiers.contains(ts..<pos, in: text) {
                pos = ts
                lastWasNoun = true
                continue
            }
            break
        }
        return pos
    }

    /// A one-character administrative prefix (省, 市, 县, 区, 州) standing alone right before `end`;
    /// with the place before it when the two make a gazetteer name (浙江 + 省).
    private func administrativePrefix(_ scan: EntityScan, endingAt end: Int) -> Int? {
        guard end > 0, scan.isBoundary(end), let t = scan.token(at: end - 1), scan.tokens[t].count == 1,
              "省市县区州".unicodeScalars.contains(scan.text[end - 1]) else { return nil }
        if let p = scan.placeStart(endingAt: end - 1), dictionaries.regions.contains(p..<end, in: scan.text) { return p }
        return end - 1
    }

    /// A name never starts inside a quantity (30万|吨级原油码头): right after a digit, or after
    /// 万/千/百/亿 that follows one.
    private func followsQuantity(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> Bool {
        guard start > 0, CharClass.isHan(text[start]) else { return false }
        let c = text[start - 1]
        if CharClass.isDigit(c) { return true }
        return start > 1 && "万千百亿".unicodeScalars.contains(c) && CharClass.isDigit(text[start - 2])
    }

    /// What may follow a head inside one lexicon word: a word of two or more characters
    /// (机场|旅客吞吐量) or one direction character (大道|北 延).
    private func isRestOfGluedHead(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        if r.count == 1 { return "东南西北".unicodeScalars.contains(scan.text[r.lowerBound]) }
        return r.count >= 2 && segmenter.lexicon.trie.exactMatch(scan.text[r]) != nil
    }

    /// A route between two places (韶山至井冈山铁路) is described, not named.
    private func isRoute(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> Bool {
        start > 0 && (text[start - 1] == "至" || text[start - 1] == "到")
    }

    /// A word the lexicon knows as an ordinary (cheap) word, not a name (干部, 高峰).
    func isCommonWord(_ scan: EntityScan, _ r: Range<Int>) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= scan.count else { return false }
        guard let value = segmenter.lexicon.trie.exactMatch(scan.text[r]) else { return false }
        return segmenter.lexicon.cost(value) < rareNounCost
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

    /// Legal forms that end a company's registered name.
    static let companyHeads = ScalarWordSet(["有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "股份公司", "集团股份有限公司"])
    /// Heads of central organs and international bodies (see ``isStandaloneOrgan``).
    static let organHeads = ScalarWordSet(["部", "署", "总署", "总局", "社", "通讯社", "组织", "兵团", "银行", "委员会", "联盟", "联合会"])
    /// Words ending in such a head that are kinds, not names (党支部, 俱乐部, 合作社).
    static let organNonNames = ScalarWordSet(["支部", "总部", "干部", "俱乐部", "指挥部", "本部", "分部", "内部", "外部", "全部",
                                              "合作社", "旅行社", "出版社", "报社", "杂志社", "社区", "党组织", "基层组织",
                                              "团组织", "商业银行", "村委会", "居委会"])

    /// Heads of named events, typed programme (中国洛阳牡丹文化节, 中非经贸博览会).
    static let eventHeads = ScalarWordSet(["博览会", "交易会", "洽谈会", "展览会", "文化节", "旅游节", "艺术节", "音乐节",
                                           "电影节", "美食节", "论坛", "峰会", "运动会", "博鳌论坛"])
    /// Facility heads that name natural features, typed place (浏阳河, 巢湖); mountains (老君山) stay facilities.
    static let naturalHeads = ScalarWordSet(["江", "河", "湖", "海", "岛", "洲", "湾", "岭", "峰", "水系"])
    /// Company-name endings that are also ordinary words (科技, 制造): only right after a brand name.
    static let industryHeads = ScalarWordSet(["科技", "制造", "能源", "电力", "化工", "电子", "新材料", "生物", "医药", "食品",
                                              "实业", "置业", "地产", "机械", "企业", "工厂", "控股", "药业", "酒业", "化学"])
    /// Facility heads that are category words (集群, 公园, 学校): only right after a name.
    static let genericFacilityHeads = ScalarWordSet(["轨道交通", "集群", "产业集群", "基地", "产业基地", "生产基地", "公园", "游园",
                                                     "口袋公园", "中小学", "学校", "幼儿园", "医院", "市场", "中心", "通道",
                                                     "快速通道", "景区", "高速公路", "公路", "城市公园", "园区"])
    /// Heads of lines between places: after 至/到 they describe a route (韶山至井冈山铁路), not a name.
    static let lineHeads = ScalarWordSet(["铁路", "高铁", "高速铁路", "城际铁路", "城际", "高速", "高速公路", "公路", "快速路",
                                          "快速通道", "通道", "线", "干线", "专线", "支线", "国道", "省道", "轻轨"])
    /// Organisation heads that are category words (学校, 医院): only right after a place or name.
    static let genericOrganizationHeads = ScalarWordSet(["学校", "中小学", "小学", "中学", "幼儿园", "医院", "企业", "工厂",
                                                         "合作社", "家庭农场", "中心", "实验室", "重点实验室", "基金",
                                                         "卫生院", "乡镇卫生院", "卫生室", "村卫生室", "卫生服务中心"])
    /// Documents an institution issues, glued to its name by the segmenter (人民|政府工作报告).
    static let documentWords = ScalarWordSet(["工作报告", "报告", "工作要点", "公报", "文件"])
    /// Vehicles of numbered lines (地铁3号线).
    static let lineVehicles = ScalarWordSet(["地铁", "轨道交通", "轻轨", "有轨电车", "公交", "城际"])
    /// Organisation prefixes that need no place (全国政协, 中央网信办, 国家发展改革委).
    static let nationalAnchors = ScalarWordSet(["全国", "中央", "国家", "中共", "中国"])
    /// Nouns that never modify a named head (they start generic phrases: 各类 …).
    static let nonModifiers = ScalarWordSet(["全市", "全省", "全县", "全区", "全国", "我市", "我省", "本市", "各类", "各级", "重点", "主要"])
}
