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

    /// Punctuation, a line start or a one-character function word before `i`.
    private func isStop(_ scan: EntityScan, before i: Int) -> Bool {
        guard i > 0, let t = scan.token(at: i - 1) else { return true }
        return !scan.isHan(i - 1) || (scan.tokens[t].count == 1 && CharClass.isFunctionChar(scan.text[i - 1]))
    }

    /// Levels of government that name an institution they run (市妇女儿童活动中心).
    static let scopeChars: Set<Unicode.Scalar> = ["市", "区", "县", "省"]
}
