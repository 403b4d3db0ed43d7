import Foundation

extension Panel {
    /// Chooses a cell's target and actual, judges them and says how.
    struct RowBuilder {
        let documents: [PanelDocument]
        let judge: PlanJudge

        init(documents: [PanelDocument], judge: PlanJudge) {
            self.documents = documents
            self.judge = judge
            genres = documents.map(\.genre)
            years = documents.map(\.year)
        }

        /// Each document's genre and year, read by the sorts without copying its ``PanelDocument``.
        private let genres: [PanelSourceGenre]
        private let years: [Int?]

        func row(cell: Cell, label: String, candidates: Candidates) -> PanelRow {
            var notes: [String] = []
            let target = chooseTarget(candidates.targets, year: cell.year, notes: &notes)
            let (actual, others, disagreement) = chooseActual(candidates.actuals, target: target, year: cell.year, notes: &notes)
            var row = PanelRow(jurisdiction: cell.jurisdiction, indicator: cell.indicator, label: label, year: cell.year,
                               target: target, actual: actual, otherActuals: others, disagreement: disagreement,
                               notSet: candidates.notSet, status: .noTarget, notes: [])
            if let target {
                if let actual {
                    if let judgement = judge.judge(targets: [target.record], actuals: [actual.record]).first, let met = judgement.met {
                        row.status = met ? .met : .missed
                        notes.insert(judgement.rule, at: 0)
                        if let converted = conversion(from: actual.record.unit, to: target.record.unit) { notes.append(converted) }
                    } else {
                        row.status = .noActual
                        notes.append("the actual cannot be judged against the target (change words or units not comparable)")
                    }
                } else {
                    row.status = .noActual
                    notes.insert("no document states the achieved figure for \(cell.year)", at: 0)
                }
                if let notSet = candidates.notSet {
                    notes.append("a clause says no target was set (\(describe(notSet))), but a target is stated: the target is kept")
                }
            } else if let notSet = candidates.notSet {
                row.status = .notSet
                notes.insert("not-set: \(describe(notSet)) says no target was set", at: 0)
            } else {
                row.status = .noTarget
                notes.insert("no document sets a target for \(cell.year)", at: 0)
            }
            row.notes = notes
            return row
        }

        /// The target stated by a document of the row's year (its work report), first in the text;
        /// other documents' different statements are noted.
        func chooseTarget(_ targets: [PanelFigure], year: Int, notes: inout [String]) -> PanelFigure? {
            // Positions are sorted, not figures (a figure holds a dozen strings to retain on every move).
            let ordered = targets.indices.sorted { i, j in
                let a = targets[i].document, b = targets[j].document
                let sa = years[a] == year, sb = years[b] == year
                if sa != sb { return sa }
                let ga = genres[a], gb = genres[b]
                if ga != gb { return ga == .workReport }
                if a != b { return a < b }
                return targets[i].record.start < targets[j].record.start
            }
            guard let first = ordered.first else { return nil }
            let chosen = targets[first]
            if let other = ordered.dropFirst().first(where: {
                targets[$0].record.value != chosen.record.value || targets[$0].record.qualifier != chosen.record.qualifier
            }) {
                notes.append("another target statement differs: \(describe(targets[other])); the first statement of the \(year) report is used")
            }
            return chosen
        }

        /// One actual per document (its first statement whose unit converts to the target's), the
        /// most authoritative source first; the rest kept, and whether any disagrees.
        func chooseActual(_ actuals: [PanelFigure], target: PanelFigure?, year: Int,
                          notes: inout [String]) -> (PanelFigure?, [PanelFigure], Bool) {
            var factors = UnitFactors()
            let usable = actuals.indices.filter { i in
                guard let target else { return true }
                return factors.factor(from: actuals[i].record.unit, to: target.record.unit) != nil
            }
            let ordered = usable.sorted { i, j in
                let a = actuals[i].document, b = actuals[j].document
                let ga = genres[a], gb = genres[b]
                if ga != gb { return ga < gb }
                let na = abs((years[a] ?? 9999) - (year + 1)), nb = abs((years[b] ?? 9999) - (year + 1))
                if na != nb { return na < nb }
                if a != b { return a < b }
                return actuals[i].record.start < actuals[j].record.start
            }
            var seen = Set<Int>()
            let perDocument = ordered.filter { seen.insert(actuals[$0].document).inserted }.map { actuals[$0] }
            guard let chosen = perDocument.first else { return (nil, [], false) }
            let others = Array(perDocument.dropFirst())
            var disagreement = false
            var source = "actual from the \(documents[chosen.document].genre.name) \(documents[chosen.document].path)"
            for other in others {
                let agrees = Self.agree(chosen.record, other.record, factor: factors.factor(from: other.record.unit, to: chosen.record.unit))
                if !agrees { disagreement = true }
                let verb = agrees ? "agrees" : "DISAGREES: \(describe(other))"
                source += "; preferred over the \(documents[other.document].genre.name) \(documents[other.document].path), which \(verb)"
            }
            notes.append(source)
            return (chosen, others, disagreement)
        }

        /// Rule `agree`, after converting `b` into `a`'s unit.
        static func agree(_ a: TargetRecord, _ b: TargetRecord) -> Bool {
            agree(a, b, factor: PlanUnits.factor(from: b.unit, to: a.unit))
        }

        /// Rule `agree` with the factor from `b`'s unit to `a`'s (nil: not convertible).
        static func agree(_ a: TargetRecord, _ b: TargetRecord, factor: Decimal?) -> Bool {
            guard let va = a.value, let vb = b.value, let factor else { return false }
            // The same value in the same unit differs by nothing: no precision to work out (and
            // the same stored value is the same Decimal, compared without normalising either).
            if a.unit == b.unit, identical(va, vb) { return true }
            let x = va.diffMidpoint, y = vb.diffScaled(by: factor).diffMidpoint
            // A precision is at most 1 (``precision(_:)``), so a difference beyond half of max(1, factor)
            // disagrees whatever the digits written: no precision to work out either.
            let d = x - y
            if (d < 0 ? -d : d) * 2 > (factor > 1 ? factor : 1) { return false }
            return PanelRules.agree(x, precisionA: precision(va.diffMidpoint), y, precisionB: precision(vb.diffMidpoint) * factor)
        }

        /// Values with the same bits (the archive reader hands out one Decimal per stored value) are
        /// equal; other values are compared by ``agree(_:_:factor:)``'s arithmetic.
        static func identical(_ a: QuantityValue, _ b: QuantityValue) -> Bool {
            func same(_ x: Decimal, _ y: Decimal) -> Bool {
                withUnsafeBytes(of: x) { p in withUnsafeBytes(of: y) { q in p.elementsEqual(q) } }
            }
            switch (a, b) {
            case let (.number(x), .number(y)): return same(x, y)
            case let (.range(x1, x2), .range(y1, y2)): return same(x1, y1) && same(x2, y2)
            default: return false
            }
        }

        /// ``PlanUnits/factor(from:to:)`` once per pair of units met in a cell (few: folding a unit
        /// builds strings).
        struct UnitFactors {
            private var known: [(from: String?, to: String?, factor: Decimal?)] = []

            mutating func factor(from: String?, to: String?) -> Decimal? {
                if let hit = known.first(where: { $0.from == from && $0.to == to }) { return hit.factor }
                let factor = PlanUnits.factor(from: from, to: to)
                known.append((from, to, factor))
                return factor
            }
        }

        /// The unit of the last written digit (134.9 → 0.1, 1349084 → 1; at most 1: 1200 → 1).
        static func precision(_ d: Decimal) -> Decimal {
            // Without trailing zeros, a decimal's exponent is the place of its last written digit (at most 12 places).
            var value = d
            NSDecimalCompact(&value)
            return PlanUnits.power10(min(0, max(-12, Int(value.exponent))))
        }

        func conversion(from: String?, to: String?) -> String? {
            guard let factor = PlanUnits.factor(from: from, to: to), factor != 1 else { return nil }
            return "actual converted from \(from ?? "-") to \(to ?? "-") (× \(factor))"
        }

        func describe(_ figure: PanelFigure) -> String {
            "«\(figure.record.sentence)» in \(documents[figure.document].path)"
        }
    }
}
