import ZhText
import ZhSegment

/// One candidate span over the normalised text.
struct Candidate: Sendable, Equatable {
    var start: Int32
    var end: Int32
    var type: EntityType
    /// Breaks ties between equally long overlapping candidates (higher wins).
    var rank: UInt8
    /// The named rule that produced it (nil for rules not yet named in ``EntityRule``).
    var rule: EntityRule? = nil
    var count: Int { Int(end - start) }
}

/// A token's coarse class, from its POS tag (and its characters for atoms).
enum TokenClass: UInt8, Sendable {
    case place, person, organization, proper, noun, verb, adjective, number, latin, function, punctuation, unknown, other

    init(posName: String) {
        switch posName {
        case "ns", "nsf": self = .place
        case "nr", "nrfg", "nrt", "nr1", "nr2": self = .person
        case "nt": self = .organization
        case "nz", "j": self = .proper
        case "n", "ng", "nl", "vn", "an", "s", "b", "l", "i": self = .noun
        case "v", "vd", "vg", "vi", "vq", "vl": self = .verb
        case "a", "ad", "ag", "al", "z", "zg": self = .adjective
        case "m", "mq", "q", "t", "tg": self = .number
        case "eng": self = .latin
        case "x": self = .punctuation
        case "": self = .other
        default: self = .function  // u, uj, ul, p, c, d, r, f, k, h, e, o, y …
        }
    }
}

/// The text, its tokens and the candidates found so far.
struct EntityScan {
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let tokens: [Token]
    var classes: [TokenClass]
    /// For each scalar, the index of the token containing it.
    let tokenOf: [Int32]
    var candidates: [Candidate] = []
    /// Start of the longest place found so far, by end position.
    var placeStarts: [Int: Int] = [:]
    /// Start of the longest facility found so far, by end position.
    var facilityStarts: [Int: Int] = [:]

    init(text: UnsafeBufferPointer<Unicode.Scalar>, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        self.classes = [TokenClass](repeating: .other, count: tokens.count)
        var tokenOf = [Int32](repeating: -1, count: text.count)
        for (k, t) in tokens.enumerated() {
            for i in Int(t.start)..<Int(t.end) where i < tokenOf.count { tokenOf[i] = Int32(k) }
        }
        self.tokenOf = tokenOf
    }

    var count: Int { text.count }

    /// Whether a token starts (or the text ends) at `i`.
    @inline(__always) func isBoundary(_ i: Int) -> Bool {
        if i <= 0 || i >= text.count { return true }
        let t = tokenOf[i]
        return t < 0 || Int(tokens[Int(t)].start) == i
    }

    @inline(__always) func token(at i: Int) -> Int? {
        guard i >= 0, i < text.count, tokenOf[i] >= 0 else { return nil }
        return Int(tokenOf[i])
    }

    @inline(__always) func isHan(_ i: Int) -> Bool { i >= 0 && i < text.count && CharClass.isHan(text[i]) }

    /// Positions where a Han word starts (a token boundary on a Han character), in text order.
    func hanWordStarts() -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(tokens.count)
        for t in tokens where CharClass.isHan(text[Int(t.start)]) { starts.append(Int(t.start)) }
        return starts
    }

    /// Adds a candidate of a named rule, with the rule's type and declared rank.
    mutating func add(_ start: Int, _ end: Int, rule: EntityRule) {
        add(start, end, rule.type, rank: rule.rank, rule: rule)
    }

    mutating func add(_ start: Int, _ end: Int, _ type: EntityType, rank: UInt8, rule: EntityRule? = nil) {
        var start = start
        // 第十四届中国国际进口博览会: the name starts after the ordinal's 届.
        while start + 1 < end, start >= 0, text[start] == "届" { start += 1 }
        guard start >= 0, end <= text.count, start < end else { return }
        candidates.append(Candidate(start: Int32(start), end: Int32(end), type: type, rank: rank, rule: rule))
    }

    /// Longest first (then higher rank, then earlier), keeping candidates that do not overlap.
    func resolve() -> [Candidate] {
        let order = candidates.sorted {
            if $0.count != $1.count { return $0.count > $1.count }
            if $0.rank != $1.rank { return $0.rank > $1.rank }
            return $0.start < $1.start
        }
        var taken = [Bool](repeating: false, count: text.count)
        var kept: [Candidate] = []
        for c in order {
            let r = Int(c.start)..<Int(c.end)
            if r.contains(where: { taken[$0] }) { continue }
            for i in r { taken[i] = true }
            kept.append(c)
        }
        return kept.sorted { $0.start < $1.start }
    }
}

/// Character classes of the entity rules beside the shared ones of ZhText.
extension CharClass {
    /// Characters that never belong to a personal name or a proper-name modifier
    /// (particles, prepositions, conjunctions, pronouns, measure words).
    static func isFunctionChar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "的", "了", "和", "与", "及", "等", "在", "是", "将", "为", "把", "被", "对", "向", "从", "也", "都", "就",
             "又", "而", "并", "其", "这", "那", "个", "各", "每", "该", "此", "或", "以", "于", "至", "到", "由",
             "让", "使", "给", "着", "过", "要", "已", "还", "再", "更", "最", "很", "不", "没", "所", "我", "你", "他",
             "她", "们", "年", "月", "日", "上", "下", "中", "内", "外", "前", "后", "里", "去", "来", "有", "好":
            return true
        default:
            return false
        }
    }
}
