import Foundation

extension Panel {
    /// Chooses a cell's target and actual, judges them and says how.
    struct RowBuilder {
        let documents: [PanelDocument]
        let judge: PlanJudge

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
            let ordered = targets.sorted { a, b in
                let sa = documents[a.document].year == year, sb = documents[b.document].year == year
                if sa != sb { return sa }
                let ga = documents[a.document].genre, gb = documents[b.document].genre
                if ga != gb { return ga == .workReport }
                if a.document != b.document { return a.document < b.document }
                return a.record.start < b.record.start
            }
            guard let chosen = ordered.first else { return nil }
            if let other = ordered.dropFirst().first(where: { $0.record.value != chosen.record.value || $0.record.qualifier != chosen.record.qualifier }) {
                notes.append("another target statement differs: \(describe(other)); the first statement of the \(year) report is used")
            }
            return chosen
        }

        /// One actual per document (its first statement whose unit converts to the target's), the
        /// most authoritative source first; the rest kept, and whether any disagrees.
        func chooseActual(_ actuals: [PanelFigure], target: PanelFigure?, year: Int,
                          notes: inout [String]) -> (PanelFigure?, [PanelFigure], Bool) {
            let usable = actuals.filter { a in
                guard let target else { return true }
                return PlanUnits.factor(from: a.record.unit, to: target.record.unit) != nil
            }
            let ordered = usable.sorted { a, b in
                let da = documents[a.document], db = documents[b.document]
                if da.genre != db.genre { return da.genre < db.genre }
                let na = abs((da.year ?? 9999) - (year + 1)), nb = abs((db.year ?? 9999) - (year + 1))
                if na != nb { return na < nb }
                if a.document != b.document { return a.document < b.document }
                return a.record.start < b.record.start
            }
            var seen = Set<Int>()
            let perDocument = ordered.filter { seen.insert($0.document).inserted }
            guard let chosen = perDocument.first else { return (nil, [], false) }
            let others = Array(perDocument.dropFirst())
            var disagreement = false
            var source = "actual from the \(documents[chosen.document].genre.name) \(documents[chosen.document].path)"
            for other in others {
                let agrees = Self.agree(chosen.record, other.record)
                if !agrees { disagreement = true }
                let verb = agrees ? "agrees" : "DISAGREES: \(describe(other))"
                source += "; preferred over the \(documents[other.document].genre.name) \(documents[other.document].path), which \(verb)"
            }
            notes.append(source)
            return (chosen, others, disagreement)
        }

        /// Rule `agree`, after converting `b` into `a`'s unit.
        static func agree(_ a: TargetRecord, _ b: TargetRecord) -> Bool {
            guard let va = a.value, let vb = b.value, let factor = PlanUnits.factor(from: b.unit, to: a.unit) else { return false }
            let x = va.diffMidpoint, y = vb.diffScaled(by: factor).diffMidpoint
            return PanelRules.agree(x, precisionA: precision(va.diffMidpoint), y, precisionB: precision(vb.diffMidpoint) * factor)
        }

        /// The unit of the last written digit (134.9 → 0.1, 1349084 → 1).
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
