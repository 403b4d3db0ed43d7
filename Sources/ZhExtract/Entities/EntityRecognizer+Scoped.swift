import ZhSegment
import ZhText

/// Rule `scopedInstitution`: an institution a text names by the level of government that runs it
/// rather than by a place — a lone 市/区/县/省 starting the phrase, then ordinary nouns, then a head
/// word of two or more characters: 市妇女儿童活动中心, 区文化艺术中心, 县人民医院.
extension EntityRecognizer {
    func findScopedInstitutions(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count where scan.tokens[t].count == 1 {
            let s = Int(scan.tokens[t].start)
            guard Self.scopeChars.contains(text[s]), isHardStop(scan, before: s) || isStop(scan, before: s) else { continue }
            // Nouns (no verbs, no function words) up to ten characters, keeping the longest head end.
            var k = t + 1
            var best: (end: Int, type: EntityType)?
            while k < scan.tokens.count {
                let token = scan.tokens[k]
                let ts = Int(token.start), te = Int(token.end)
                guard te - s <= 11, scan.isHan(ts), token.count >= 2 else { break }
                let c = scan.classes[k]
                guard c == .noun || c == .unknown || c == .proper || c == .place || c == .organization else { break }
                let facility = dictionaries.facilityHeads.longestMatch(endingAt: te, in: text, floor: s + 3)
                let organization = dictionaries.organizationHeads.longestMatch(endingAt: te, in: text, floor: s + 3)
                if max(facility, organization) >= 2 {
                    best = (te, facility >= organization ? .facility : .organization)
                }
                k += 1
            }
            guard let found = best, found.end - s >= 5 else { continue }
            scan.add(s, found.end, rule: found.type == .facility ? .scopedFacility : .scopedOrganization)
        }
    }

    /// Rule `placedInstitution`: a school or hospital a text names by its place and a descriptive
    /// word — a named place ending in 市/县/区/省, one or two nouns or adjectives (at most six
    /// characters, none that makes a category: 公立, 重点, 基层), then a school or hospital head:
    /// 柳州市工人医院, 哈尔滨市儿童医院, 德清县高级中学. Without the descriptive word the head rules
    /// find the name already (长沙市第一医院 through the ordinal).
    func findPlacedInstitutions(_ scan: inout EntityScan) {
        let text = scan.text
        for t in 0..<scan.tokens.count where scan.classes[t] == .place && scan.tokens[t].count >= 3 {
            let s = Int(scan.tokens[t].start), placeEnd = Int(scan.tokens[t].end)
            guard Self.scopeChars.contains(text[placeEnd - 1]) else { continue }
            var k = t + 1
            while k < scan.tokens.count, k - t <= 3 {
                let token = scan.tokens[k]
                let ts = Int(token.start), te = Int(token.end)
                guard scan.isHan(ts), te - placeEnd <= 8 else { break }
                let head = Self.schoolAndHospitalHeads.longestMatch(endingAt: te, in: text, floor: placeEnd + 1)
                if head >= 2, te - head > placeEnd, !Self.categoryModifiers.contains(placeEnd..<(te - head), in: text),
                   scan.isBoundary(te - head) || token.count > head {
                    scan.add(s, te, rule: .placedInstitution)
                    break
                }
                let c = scan.classes[k]
                guard c == .noun || c == .adjective || c == .unknown, !Self.categoryModifiers.contains(ts..<te, in: text) else { break }
                k += 1
            }
        }
    }

    /// Punctuation, a line start or a one-character function word before `i`.
    func isStop(_ scan: EntityScan, before i: Int) -> Bool {
        guard i > 0, let t = scan.token(at: i - 1) else { return true }
        return !scan.isHan(i - 1) || (scan.tokens[t].count == 1 && CharClass.isFunctionChar(scan.text[i - 1]))
    }

    /// Levels of government that name an institution they run (市妇女儿童活动中心).
    static let scopeChars: Set<Unicode.Scalar> = ["市", "区", "县", "省"]
    /// Heads of schools and hospitals (``findPlacedInstitutions``).
    static let schoolAndHospitalHeads = ScalarWordSet(["医院", "中学", "小学", "学校", "幼儿园", "卫生院", "专业学校", "技工学校", "职业学校"])
    /// Words before a head that make a category, not a name (公立医院, 重点中学, 基层医院).
    static let categoryModifiers = ScalarWordSet(["公立", "民营", "私立", "三甲", "三级", "二级", "一级", "基层", "定点", "各级", "重点",
                                                  "优质", "新建", "现有", "全部", "所有", "示范", "标准化", "薄弱", "乡镇", "社区",
                                                  "县级", "市级", "省级", "城区", "农村", "公办", "民办", "普通", "各类", "一批"])
}
