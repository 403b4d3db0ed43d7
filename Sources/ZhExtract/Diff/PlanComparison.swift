import Foundation

/// Status and delta of two paired targets. Used by ``PlanDiff``.
///
/// Figures compare as written when both state a change in the same direction (下降3% → 下降2.5% is
/// `lowered` by 0.5: the stated decline is smaller), and signed when the directions differ
/// (增长2% → 下降1% is `lowered` by 3). Ranges compare by their midpoints; a range and a number
/// with the same midpoint are `requalified`.
enum PlanComparison {
    static func compare(old: TargetRecord, new: TargetRecord, key: String, section: PlanSectionType?,
                        notes: [String]) -> PlanDiffPair {
        var notes = notes
        let unit = old.unit
        let deltaUnit = PlanUnits.deltaUnit(old.unit)
        func row(_ status: PlanDiffStatus, _ delta: Decimal?) -> PlanDiffPair {
            PlanDiffPair(status: status, key: key, old: old, new: new, delta: delta, unit: unit, deltaUnit: deltaUnit,
                         section: section, notes: notes)
        }
        let qualifierNote = "qualifier \(old.qualifier.rawValue) → \(new.qualifier.rawValue)"

        guard let oldValue = old.value, let rawNew = new.value else {
            // Relative targets (增长与经济增长同步): compare reference and qualifier.
            let sameReference = fold(old.reference) == fold(new.reference)
            if !sameReference { notes.append("reference \(old.reference ?? "-") → \(new.reference ?? "-")") }
            if old.qualifier != new.qualifier { notes.append(qualifierNote) }
            return row(sameReference && old.qualifier == new.qualifier ? .unchanged : .requalified, nil)
        }
        let factor = PlanUnits.factor(from: new.unit, to: old.unit) ?? 1
        let newValue = rawNew.diffScaled(by: factor)

        let oldChange = PlanChangeClass.classify(old.change), newChange = PlanChangeClass.classify(new.change)
        var oldSign = Decimal(1), newSign = Decimal(1)
        if case let .change(a) = oldChange, case let .change(b) = newChange, a != b {
            oldSign = Decimal(a)
            newSign = Decimal(b)
            notes.append("\(old.change ?? "") → \(new.change ?? ""): compared as signed changes")
        }
        let delta = newValue.diffMidpoint * newSign - oldValue.diffMidpoint * oldSign

        if oldValue.diffSameShape(as: newValue) && delta == 0 && oldSign == newSign {
            if old.qualifier == new.qualifier { return row(.unchanged, 0) }
            notes.append(qualifierNote)
            return row(.requalified, 0)
        }
        if old.qualifier != new.qualifier { notes.append(qualifierNote) }
        if delta == 0 {
            notes.append("same midpoint, \(oldValue.diffText) → \(newValue.diffText)")
            return row(.requalified, 0)
        }
        return row(delta > 0 ? .raised : .lowered, delta)
    }

    private static func fold(_ s: String?) -> String? {
        s.map(PlanIndicatorNormalizer.foldedString)
    }
}

extension QuantityValue {
    /// The number, or the midpoint of a range.
    var diffMidpoint: Decimal {
        switch self {
        case let .number(d): return d
        case let .range(lo, hi): return (lo + hi) / 2
        }
    }

    /// Lower and upper bound (both the number for a single value).
    var diffBounds: (Decimal, Decimal) {
        switch self {
        case let .number(d): return (d, d)
        case let .range(lo, hi): return (lo, hi)
        }
    }

    func diffScaled(by factor: Decimal) -> QuantityValue {
        if factor == 1 { return self }
        switch self {
        case let .number(d): return .number(d * factor)
        case let .range(lo, hi): return .range(lo * factor, hi * factor)
        }
    }

    func diffSameShape(as other: QuantityValue) -> Bool {
        switch (self, other) {
        case let (.number(a), .number(b)): return a == b
        case let (.range(a, b), .range(c, d)): return a == c && b == d
        default: return false
        }
    }

    var diffText: String {
        switch self {
        case let .number(d): return "\(d)"
        case let .range(lo, hi): return "\(lo)—\(hi)"
        }
    }
}
