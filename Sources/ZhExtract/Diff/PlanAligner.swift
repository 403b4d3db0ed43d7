import Foundation

/// Pairs the targets of two reports: candidates by key, kind, unit and change word; the closest
/// candidates first; rows in reading order. Used by ``PlanDiff``.
struct PlanAligner: Sendable {
    let options: PlanDiff.Options
    let oldYear: String?
    let newYear: String?

    /// One target with what alignment needs to know about it.
    struct Item {
        let record: TargetRecord
        let index: Int
        let explanation: PlanIndicatorNormalizer.Explanation
        let stripped: String
        let unit: String?
        let change: PlanChangeClass
        let section: PlanSectionType?
        let isPlanYear: Bool
    }

    struct Candidate {
        let old: Int
        let new: Int
        let score: Int
        let reasons: [String]
        let distance: Double
    }

    func align(old oldRecords: [TargetRecord], new newRecords: [TargetRecord]) -> [PlanDiffPair] {
        let olds = items(oldRecords, planYear: oldYear)
        let news = items(newRecords, planYear: newYear)
        var candidates: [Candidate] = []
        var blocked: [Int: [(Int, String)]] = [:]      // old index → (new index, why)
        var blockedNew: [Int: [(Int, String)]] = [:]   // new index → (old index, why)
        var newByKey: [String: [Int]] = [:]
        for n in news { newByKey[n.explanation.key, default: []].append(n.index) }
        for o in olds {
            for j in newByKey[o.explanation.key] ?? [] {
                let n = news[j]
                if let why = incompatibility(o, n) {
                    blocked[o.index, default: []].append((j, why))
                    blockedNew[j, default: []].append((o.index, why))
                } else {
                    candidates.append(candidate(o, n, oldCount: olds.count, newCount: news.count))
                }
            }
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            return ($0.old, $0.new) < ($1.old, $1.new)
        }
        var oldPartner = [Int?](repeating: nil, count: olds.count)
        var newPartner = [Int?](repeating: nil, count: news.count)
        var chosen: [Int: Candidate] = [:]
        for c in candidates where oldPartner[c.old] == nil && newPartner[c.new] == nil {
            oldPartner[c.old] = c.new
            newPartner[c.new] = c.old
            chosen[c.old] = c
        }
        var oldCandidates = [[Int]](repeating: [], count: olds.count)   // old index → new indices
        var newCandidates = [[Int]](repeating: [], count: news.count)   // new index → old indices
        for c in candidates {
            oldCandidates[c.old].append(c.new)
            newCandidates[c.new].append(c.old)
        }

        func pairRow(_ i: Int, _ j: Int) -> PlanDiffPair {
            let o = olds[i], n = news[j]
            var notes = alignmentNotes(o, n)
            if let c = chosen[i], oldCandidates[i].count > 1 || newCandidates[j].count > 1 {
                let count = max(oldCandidates[i].count, newCandidates[j].count)
                let why = c.reasons.isEmpty ? "nearest in reading order" : c.reasons.joined(separator: ", ")
                notes.append("closest of \(count) possible pairings (\(why))")
            }
            return PlanComparison.compare(old: o.record, new: n.record, key: o.explanation.key,
                                          section: o.section ?? n.section, notes: notes)
        }

        func droppedRow(_ i: Int) -> PlanDiffPair {
            let o = olds[i]
            var notes: [String] = []
            for (j, why) in blocked[i] ?? [] {
                notes.append("not paired with \(label(newYear, "new")) “\(news[j].record.sentence)”: \(why)")
            }
            for j in oldCandidates[i] {
                if let other = newPartner[j] {
                    notes.append("\(label(newYear, "new")) “\(news[j].record.sentence)” paired with the closer “\(olds[other].record.sentence)”")
                }
            }
            return PlanDiffPair(status: .dropped, key: o.explanation.key, old: o.record, new: nil, delta: nil,
                                unit: o.record.unit, deltaUnit: PlanUnits.deltaUnit(o.record.unit), section: o.section,
                                notes: notes)
        }

        func addedRow(_ j: Int) -> PlanDiffPair {
            let n = news[j]
            var notes: [String] = []
            for (i, why) in blockedNew[j] ?? [] {
                notes.append("not paired with \(label(oldYear, "old")) “\(olds[i].record.sentence)”: \(why)")
            }
            for i in newCandidates[j] {
                if let other = oldPartner[i] {
                    notes.append("\(label(oldYear, "old")) “\(olds[i].record.sentence)” paired with the closer “\(news[other].record.sentence)”")
                }
            }
            return PlanDiffPair(status: .added, key: n.explanation.key, old: nil, new: n.record, delta: nil,
                                unit: n.record.unit, deltaUnit: PlanUnits.deltaUnit(n.record.unit), section: n.section,
                                notes: notes)
        }

        // Reading order: the new report's order, with each dropped target placed before the first
        // row whose old partner comes after it.
        var rows: [PlanDiffPair] = []
        var nextOld = 0
        func flushDropped(before limit: Int) {
            while nextOld < limit {
                if oldPartner[nextOld] == nil { rows.append(droppedRow(nextOld)) }
                nextOld += 1
            }
        }
        // For every new position, the old index of the next paired new record at or after it.
        var nextPairedOld = [Int](repeating: olds.count, count: news.count + 1)
        if !news.isEmpty {
            for j in stride(from: news.count - 1, through: 0, by: -1) {
                nextPairedOld[j] = newPartner[j] ?? nextPairedOld[j + 1]
            }
        }
        for j in news.indices {
            flushDropped(before: nextPairedOld[j])
            if let i = newPartner[j] {
                rows.append(pairRow(i, j))
                nextOld = max(nextOld, i + 1)
            } else {
                rows.append(addedRow(j))
            }
        }
        // `nextOld` only grows and every step emits the unpaired targets below it, so each dropped
        // target appears exactly once, also when pairs cross.
        flushDropped(before: olds.count)
        return rows
    }

    // MARK: - Pieces

    private func items(_ records: [TargetRecord], planYear: String?) -> [Item] {
        records.enumerated().map { index, r in
            let explanation = options.normalizer.explain(r.indicator)
            let folded = PlanIndicatorNormalizer.fold(r.indicator)
            let stripped = PlanIndicatorNormalizer.string(folded[PlanIndicatorNormalizer.scopeLength(folded)...])
            return Item(record: r, index: index, explanation: explanation, stripped: stripped,
                        unit: PlanUnits.fold(r.unit), change: PlanChangeClass.classify(r.change),
                        section: PlanSectionType.classify(r.section),
                        isPlanYear: planYear != nil && r.year == planYear)
        }
    }

    /// Why two targets with the same key must not pair; nil when they may.
    private func incompatibility(_ o: Item, _ n: Item) -> String? {
        let oRelative = o.record.value == nil, nRelative = n.record.value == nil
        if oRelative != nRelative {
            return oRelative ? "a relative target (no figure) vs a figure in \(n.unit ?? "no unit")"
                             : "a figure in \(o.unit ?? "no unit") vs a relative target (no figure)"
        }
        if !oRelative, PlanUnits.factor(from: n.unit, to: o.unit) == nil {
            return "unit \(o.unit ?? "none") vs \(n.unit ?? "none")"
        }
        if !o.change.isComparable(with: n.change) {
            return "\(o.record.change ?? "-") (\(describe(o.change))) vs \(n.record.change ?? "-") (\(describe(n.change)))"
        }
        return nil
    }

    private func describe(_ c: PlanChangeClass) -> String {
        switch c {
        case .change: return "a change"
        case .addition: return "an addition"
        case .level: return "a level"
        case .action: return "an action"
        case .unspecified: return "unstated"
        }
    }

    private func candidate(_ o: Item, _ n: Item, oldCount: Int, newCount: Int) -> Candidate {
        var score = 0
        var reasons: [String] = []
        if o.unit == n.unit { score += 8; reasons.append("same unit") }
        if let a = o.section, let b = n.section, a == b { score += 4; reasons.append("same section type") }
        if let a = o.record.change, let b = n.record.change, a == b { score += 2; reasons.append("same change word") }
        if o.isPlanYear == n.isPlanYear { score += 2; if o.isPlanYear { reasons.append("both for the plan year") } }
        if o.stripped == n.stripped { score += 1; reasons.append("same wording") }
        let po = oldCount > 1 ? Double(o.index) / Double(oldCount - 1) : 0
        let pn = newCount > 1 ? Double(n.index) / Double(newCount - 1) : 0
        return Candidate(old: o.index, new: n.index, score: score, reasons: reasons, distance: abs(po - pn))
    }

    private func alignmentNotes(_ o: Item, _ n: Item) -> [String] {
        var notes: [String] = []
        if o.stripped != n.stripped {
            notes.append("synonyms: \(PlanIndicatorNormalizer.foldedString(o.record.indicator)) = \(PlanIndicatorNormalizer.foldedString(n.record.indicator))")
        }
        let scope = o.explanation.scopeWords + n.explanation.scopeWords.filter { !o.explanation.scopeWords.contains($0) }
        if !scope.isEmpty {
            notes.append("scope word\(scope.count > 1 ? "s" : "") \(scope.joined(separator: ", ")) ignored")
        }
        if o.unit != n.unit, let f = PlanUnits.factor(from: n.unit, to: o.unit) {
            notes.append("\(n.unit ?? "") converted to \(o.unit ?? "") (× \(f))")
        }
        return notes
    }

    private func label(_ year: String?, _ fallback: String) -> String {
        year ?? fallback
    }
}
