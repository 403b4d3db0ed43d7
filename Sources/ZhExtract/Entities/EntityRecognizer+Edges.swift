import ZhSegment
import ZhText

/// Edges of names built by walking back from a head word: a one-character word that introduces a
/// source or an agent (据, 经, 由, 讯 of 本报讯, 原 "former") is no part of the name that follows it.
///
/// ```swift
/// // 经海口市中级人民法院一审 → 海口市中级人民法院/organization, not 经海口市中级人民法院
/// ```
extension EntityRecognizer {
    /// Moves the start of organisations, places and facilities past a leading one-character word
    /// of ``leadingMarks``, when at least two characters remain.
    func trimLeadingMarks(_ scan: inout EntityScan) {
        let text = scan.text
        for k in scan.candidates.indices {
            let c = scan.candidates[k]
            guard c.type == .organization || c.type == .place || c.type == .facility, c.count >= 3 else { continue }
            let s = Int(c.start)
            guard Self.leadingMarks.contains(text[s]), let t = scan.token(at: s), scan.tokens[t].count == 1 else { continue }
            scan.candidates[k].start += 1
        }
    }

    /// One-character words before a name that introduce a source, an agent or a former name.
    static let leadingMarks: Set<Unicode.Scalar> = ["据", "经", "由", "讯", "原", "在", "从", "向", "对", "将", "把", "被", "给", "于"]
}
