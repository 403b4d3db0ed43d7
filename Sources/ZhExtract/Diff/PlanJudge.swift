import Foundation

/// Judges the older report's targets against the actual figures of the newer report. Used by ``PlanDiff``.
///
/// An actual judges a target when it has the same key, a unit that is the same or converts, a
/// comparable change word and the same year (a missing year on either side is accepted; a period
/// target 2021-2025 is judged by an actual for 2025). Of several, the closest is taken (same unit,
/// same year, same change word, first written).
///
/// Rules, with the actual taken in the target's direction (下降3.5% against 增长10% is −3.5):
/// - `atLeast`, `exact`: met when actual ≥ target;
/// - `atMost`: met when actual ≤ target;
/// - `approx`: met when actual ≥ target − tolerance (``PlanDiff/Options``);
/// - `range` lo—hi: met when actual ≥ lo.
/// For indicators where lower is better (失业率, 能耗, 排放, 浓度 …) stated as a level, `exact` and
/// `approx` are ceilings (actual ≤ target, ≤ target + tolerance) and a range is met at ≤ hi.
/// Consumer and producer price guides (居民消费价格, CPI, PPI) are shown but not judged: a price
/// target is an upper guide, and undershooting it is not a success; with
/// ``PlanDiff/Options/priceGuidesAsCeilings`` (the panel) they are judged as ceilings.
struct PlanJudge: Sendable {
    let options: PlanDiff.Options

    func judge(targets: [TargetRecord], actuals: [TargetRecord]) -> [PlanJudgement] {
        var byKey: [String: [Int]] = [:]
        let actualKeys = actuals.map { options.normalizer.key($0.indicator) }
        for (i, k) in actualKeys.enumerated() { byKey[k, default: []].append(i) }
        var out: [PlanJudgement] = []
        for target in targets {
            guard let targetValue = target.value else { continue }
            let key = options.normalizer.key(target.indicator)
            let targetChange = PlanChangeClass.classify(target.change)
            var best: (score: Int, index: Int)?
            for i in byKey[key] ?? [] {
                let a = actuals[i]
                guard a.value != nil, PlanUnits.factor(from: a.unit, to: target.unit) != nil,
                      targetChange.isComparable(with: PlanChangeClass.classify(a.change)),
                      yearMatches(target: target.year, actual: a.year) else { continue }
                var score = 0
                if PlanUnits.fold(a.unit) == PlanUnits.fold(target.unit) { score += 4 }
                if a.year != nil && a.year == target.year { score += 2 }
                if a.change != nil && a.change == target.change { score += 1 }
                if best == nil || score > (best?.score ?? 0) { best = (score, i) }
            }
            guard let index = best?.index, let actualValue = actuals[index].value else { continue }
            out.append(evaluate(key: key, target: target, targetValue: targetValue, actual: actuals[index],
                                actualValue: actualValue))
        }
        return out
    }

    // MARK: - Pieces

    private func evaluate(key: String, target: TargetRecord, targetValue: QuantityValue, actual: TargetRecord,
                          actualValue: QuantityValue) -> PlanJudgement {
        let factor = PlanUnits.factor(from: actual.unit, to: target.unit) ?? 1
        let value = actualValue.diffScaled(by: factor).diffMidpoint
        let targetChange = PlanChangeClass.classify(target.change), actualChange = PlanChangeClass.classify(actual.change)
        // The actual in the target's direction: a decline counts negative against a growth target,
        // and a larger decline counts more against a decline target.
        var directed = value
        var signNote = ""
        if case .change = targetChange, case .change = actualChange, targetChange.sign != actualChange.sign {
            directed = -value
            signNote = " (\(actual.change ?? "") \(value) counts as \(directed))"
        }
        func result(_ met: Bool?, _ rule: String) -> PlanJudgement {
            PlanJudgement(key: key, target: target, actual: actual, met: met, actualInTargetTerms: directed,
                          rule: rule + signNote)
        }
        let priceGuide = Self.isPriceGuide(key) || Self.isPriceGuide(target.indicator)
        if priceGuide && !options.priceGuidesAsCeilings {
            return result(nil, "price guide: shown, not judged")
        }
        let (lo, hi) = targetValue.diffBounds
        var ceiling = target.qualifier == .atMost
        if priceGuide {
            // A price guide judged as a ceiling: the actual must not exceed it (undershooting is not a miss).
            if target.qualifier != .atLeast { ceiling = true }
        } else if case .change(sign: -1) = targetChange {
            // 下降3% is a floor on the decline whatever the indicator.
        } else if Self.lowerIsBetter(key) || Self.lowerIsBetter(target.indicator) {
            if target.qualifier != .atLeast { ceiling = true }
        }
        let qualifier: Qualifier = lo != hi ? .range : target.qualifier
        switch qualifier {
        case .exact, .atLeast:
            return ceiling ? result(directed <= lo, "\(qualifier.rawValue), lower is better: met when the actual is at most \(lo)")
                           : result(directed >= lo, "\(qualifier.rawValue): met when the actual is at least \(lo)")
        case .atMost:
            return result(directed <= hi, "atMost: met when the actual is at most \(hi)")
        case .approx:
            let tolerance = self.tolerance(unit: target.unit, target: lo)
            if ceiling {
                return result(directed <= lo + tolerance, "approx, lower is better: met when the actual is at most \(lo + tolerance) (\(lo) + \(tolerance))")
            }
            return result(directed >= lo - tolerance, "approx: met when the actual is at least \(lo - tolerance) (\(lo) - \(tolerance))")
        case .range:
            return ceiling ? result(directed <= hi, "range, lower is better: met when the actual is at most \(hi)")
                           : result(directed >= lo, "range: met when the actual reaches \(lo)")
        }
    }

    private func tolerance(unit: String?, target: Decimal) -> Decimal {
        if PlanUnits.isRate(unit) { return options.approxPointTolerance }
        let t = target < 0 ? -target : target
        return t * options.approxRelativeTolerance
    }

    private func yearMatches(target: String?, actual: String?) -> Bool {
        guard let target, let actual else { return true }
        if target == actual { return true }
        // A period target (2021-2025) is judged by its last year.
        if let dash = target.lastIndex(where: { $0 == "-" || $0 == "—" || $0 == "–" }) {
            return String(target[target.index(after: dash)...]) == actual
        }
        return false
    }

    static func isPriceGuide(_ indicator: String) -> Bool { priceGuides.occurs(in: indicator) }

    static func lowerIsBetter(_ indicator: String) -> Bool {
        !higherIsBetter.occurs(in: indicator) && lowerIsBetterWords.occurs(in: indicator)
    }

    static let priceGuides = PlanWordList(["消费价格", "CPI", "物价", "出厂价格", "PPI"])
    static let higherIsBetter = PlanWordList(["减排", "消除", "下降率", "降低率"])
    static let lowerIsBetterWords = PlanWordList(["失业率", "能耗", "排放", "浓度", "劣V类", "死亡", "发生率", "负债率", "债务",
                                                  "赤字", "用水量", "能源消费总量", "碳强度"])
}
