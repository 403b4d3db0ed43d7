import ZhSegment
import ZhText

/// Edges of names built by walking back from a head word: a one-character word that introduces a
/// source or an agent (据, 经, 由, 讯 of 本报讯, 原 "former"), or a two-character word that joins a
/// partner (会同, 联合, 协同), is no part of the name that follows it.
///
/// ```swift
/// // 经海口市中级人民法院一审 → 海口市中级人民法院/organization, not 经海口市中级人民法院
/// // 生态环境部会同水利部印发 → 水利部/organization, not 会同水利部
/// ```
extension EntityRecognizer {
    /// Moves the start of organisations, places and facilities past a leading word of
    /// ``leadingMarks`` (one character) or ``leadingPartnerWords`` (two), when the segmenter made it
    /// a word of its own and at least two characters remain.
    func trimLeadingMarks(_ scan: inout EntityScan) {
        let text = scan.text
        for k in scan.candidates.indices {
            let c = scan.candidates[k]
            guard c.type == .organization || c.type == .place || c.type == .facility, c.count >= 3 else { continue }
            let s = Int(c.start)
            guard let t = scan.token(at: s) else { continue }
            let width = scan.tokens[t].count
            let leading = width == 1 ? Self.leadingMarks.contains(text[s])
                : width == 2 && c.count >= 4 && Self.leadingPartnerWords.contains(s..<(s + 2), in: text)
            if leading { scan.candidates[k].start += Int32(width) }
        }
    }

    /// One-character words before a name that introduce a source, an agent or a former name.
    static let leadingMarks: Set<Unicode.Scalar> = ["据", "经", "由", "讯", "原", "在", "从", "向", "对", "将", "把", "被", "给", "于",
                                                    "同", "与", "及", "受"]
    /// Two-character verbs that join a partner to an action (X会同Y印发, 联合Y开展): no part of Y.
    static let leadingPartnerWords = ScalarWordSet(["会同", "联合", "协同", "携手", "联同"])
}
