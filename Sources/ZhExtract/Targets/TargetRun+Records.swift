import Foundation
import ZhText

extension TargetRun {
    // MARK: - 分别, 均 and inherited indicators

    /// Gives every reading an indicator: 分别/均 lists, the object after the figure, or the clause before.
    mutating func distribute(_ readings: inout [FigureReading], clause: TargetClause) {
        guard let first = readings.first else { return }
        // 分别: A、B分别增长x、y — later figures share the first one's verb and take the listed indicators in order.
        if first.respectively, readings.count >= 2, readings.dropFirst().allSatisfy({ $0.needsIndicator }) {
            var parts = Self.listedIndicators(first.indicator, count: readings.count)
            if parts.count != readings.count {
                parts = first.needsIndicator ? inheritedIndicators(count: readings.count, clause: clause) : []
            }
            for i in readings.indices {
                if i < parts.count { readings[i].indicator = parts[i] } else if readings[i].needsIndicator { readings[i].indicator = first.indicator }
                if readings[i].change == nil { readings[i].change = first.change }
            }
        }
        // 均: X、Y均增长z — one figure for each listed (or preceding) indicator.
        if readings.count == 1, first.each {
            var parts = Self.listedIndicators(first.indicator, count: nil)
            if first.needsIndicator { parts = inheritedIndicators(count: 2, clause: clause, sameSentenceOnly: true) }
            if parts.count >= 2 {
                readings = parts.map { var r = first; r.indicator = $0; return r }
            }
        }
        for i in readings.indices where readings[i].needsIndicator {
            if i > 0, !readings[i - 1].needsIndicator {
                readings[i].indicator = readings[i - 1].indicator
            } else {
                readings[i].indicator = inheritedIndicator(clause: clause) ?? readings[i].indicator
            }
        }
        // 占一般公共预算收入的比重为68.2% / 占年度计划的112.6%: a share takes the subject named before it.
        for i in readings.indices where Self.isSubjectlessShare(readings[i].indicator) {
            let subject = i > 0 && !Self.isSubjectlessShare(readings[i - 1].indicator) ? readings[i - 1].indicator : inheritedIndicator(clause: clause)
            if let subject, subject.unicodeScalars.count >= 2, !subject.contains("占") {
                readings[i].indicator = subject + readings[i].indicator
            }
        }
    }

    /// An indicator that starts with 占 (占…比重, 占年度计划, 占比) and so lacks the subject whose share it is; not 占地/占用.
    static func isSubjectlessShare(_ indicator: String) -> Bool {
        var it = indicator.unicodeScalars.makeIterator()
        guard it.next() == "占", let second = it.next() else { return false }
        return second != "地" && second != "用"
    }

    /// 城镇、农村居民人均可支配收入 → [城镇居民人均可支配收入, 农村居民人均可支配收入]; 城乡居民… likewise.
    static func listedIndicators(_ indicator: String, count: Int?) -> [String] {
        let scalars = Array(indicator.unicodeScalars)
        if scalars.count > 2, scalars[0] == "城", scalars[1] == "乡", count == nil || count == 2 {
            let rest = String(String.UnicodeScalarView(scalars[2...]))
            return ["城镇" + rest, "农村" + rest]
        }
        let parts = indicator.split(whereSeparator: { $0 == "、" || $0 == "和" || $0 == "及" || $0 == "与" }).map(String.init)
        guard parts.count >= 2, count == nil || parts.count == count, let last = parts.last else { return [] }
        let lastScalars = Array(last.unicodeScalars)
        return parts.map { part in
            let p = Array(part.unicodeScalars)
            if part != last, p.count <= 2, lastScalars.count > p.count {
                return part + String(String.UnicodeScalarView(lastScalars[p.count...]))
            }
            return part
        }
    }

    /// The indicators of the last `count` records of this sentence (or paragraph), in order.
    func inheritedIndicators(count: Int, clause: TargetClause, sameSentenceOnly: Bool = false) -> [String] {
        var found: [String] = []
        for h in history.reversed() {
            guard h.paragraph == clause.paragraph else { break }
            if sameSentenceOnly && h.sentence != clause.sentenceStart { break }
            if !found.contains(h.indicator) { found.append(h.indicator) }
            if found.count == count { break }
        }
        return found.count == count ? found.reversed() : []
    }

    /// The indicator a clause without one takes: the last record of its sentence, else the clause before, else the paragraph's last.
    func inheritedIndicator(clause: TargetClause) -> String? {
        let sameSentence = history.last.flatMap { h in h.paragraph == clause.paragraph && h.sentence == clause.sentenceStart ? h.indicator : nil }
        if let h = sameSentence, lastClauseHadQuantities { return h }
        if clause.range.lowerBound > clause.sentenceStart {
            // The clause before, in the same sentence, without figures: 地区生产总值迈上万亿元台阶，2020年达到…
            var k = clause.range.lowerBound - 1
            while k > clause.sentenceStart, s[k] == "，" || s[k] == "," || s[k] == "；" || s[k] == ";" || SentenceSplitter.isSpace(s[k]) { k -= 1 }
            // "海上风电装机容量：到2025年达到…": a line that opens with an indicator name and a colon.
            let colon = (s[k] == "：" || s[k] == ":") && k > clause.sentenceStart
            if colon { k -= 1 }
            var a = k
            while a > clause.sentenceStart, !(s[a - 1] == "，" || s[a - 1] == "," || s[a - 1] == "；" || s[a - 1] == ";" || s[a - 1] == "：" || s[a - 1] == ":") { a -= 1 }
            let opensLine = a == clause.paragraphStart
            a = skipListMarker(a, k + 1)
            if a < k + 1, !isMethodNote(a..<(k + 1)) {
                var dummy = FigureReading(quantity: Quantity(span: 0..<0, numberSpan: 0..<0, value: nil, unit: nil, qualifier: .exact, normalized: nil, kind: .amount),
                                          indicator: "", change: nil, reference: nil, qualifier: .exact)
                var body = clean(a..<(k + 1), reading: &dummy).range
                // The label is a name as a whole (既有建筑节能改造面积, 规模以上工业单位增加值能耗): no verb cut.
                if colon, opensLine, body.count >= 2, body.count <= 24, let last = body.last.map({ s[$0] }),
                   TargetCues.indicatorHeads.contains(last), nextQuantity(from: body.lowerBound, before: body.upperBound) == nil {
                    return string(body)
                }
                // Up to its first change verb or figure: 高新技术企业数量实现倍增 → 高新技术企业数量.
                var e = body.lowerBound
                while e < body.upperBound {
                    if TargetCues.changeVerbs.longestMatch(startingAt: e, in: s, upper: body.upperBound).map({ $0 >= 2 }) == true { break }
                    if isDigit(s[e]) { break }
                    e += 1
                }
                // …经费继续压减 → …经费 (the adverb before the verb goes with it).
                while e > body.lowerBound + 2, let n = Self.adverbs.longestMatch(endingAt: e, in: s, lower: body.lowerBound + 2) { e -= n }
                body = body.lowerBound..<e
                let text = string(body)
                if text.unicodeScalars.count >= 2 { return text }
            }
        }
        if let h = sameSentence { return h }
        if let h = history.last, h.paragraph == clause.paragraph { return h.indicator }
        return nil
    }

    /// A clause that says how a figure is computed or viewed, not what it measures: 按不变价格计算, 按常住人口计算,
    /// 扣除价格因素, 分产业看, 从结构上看.
    func isMethodNote(_ r: Range<Int>) -> Bool {
        let text = string(r)
        if text.hasPrefix("按"), text.hasSuffix("计算") || text.hasSuffix("计") || text.hasSuffix("核算") { return true }
        if text.hasPrefix("扣除") { return true }
        if text.hasSuffix("看"), text.hasPrefix("分") || text.hasPrefix("从") || text.hasPrefix("按") { return true }
        return false
    }

    // MARK: - Relative targets

    /// 增长高于经济增长 (atLeast), 低于全省平均水平 (atMost), 与经济增长(基本)同步 (exact/approx): records without a value.
    mutating func relativeTarget(in clause: TargetClause) {
        let r = clause.range
        if let (k, n) = TargetCues.synchronous.firstMatch(in: s, range: r) {
            // X增长(与|和|同)Y(基本)同步
            let approx = n == 4
            var connector: Int?
            var i = k - 1
            while i > r.lowerBound {
                if s[i] == "与" || s[i] == "和" || s[i] == "同" { connector = i; break }
                i -= 1
            }
            guard let c = connector else { return }
            var reading = FigureReading(quantity: Quantity(span: k..<k, numberSpan: k..<k, value: nil, unit: nil, qualifier: .exact, normalized: nil, kind: .amount),
                                        indicator: "", change: nil, reference: nil, qualifier: approx ? .approx : .exact)
            let left = clean(r.lowerBound..<c, reading: &reading).range
            var (indicator, change) = Self.splitGrowth(string(left))
            if reading.change != nil && change == nil { change = reading.change }
            let reference = string(c + 1..<k)
            guard indicator.unicodeScalars.count >= 2, Self.isReference(reference) else { return }
            reading.indicator = indicator
            reading.change = change
            reading.reference = reference
            emit(reading, clause: clause, relative: true)
            return
        }
        for (list, qualifier) in [(TargetCues.relativeAbove, Qualifier.atLeast), (TargetCues.relativeBelow, .atMost)] {
            guard let (k, n) = list.firstMatch(in: s, range: r) else { continue }
            let reference = string((k + n)..<r.upperBound)
            guard Self.isReference(reference) else { continue }
            var reading = FigureReading(quantity: Quantity(span: k..<k, numberSpan: k..<k, value: nil, unit: nil, qualifier: .exact, normalized: nil, kind: .amount),
                                        indicator: "", change: nil, reference: reference, qualifier: qualifier)
            let left = clean(r.lowerBound..<k, reading: &reading).range
            let (indicator, change) = Self.splitGrowth(string(left))
            guard indicator.unicodeScalars.count >= 2 else { continue }
            reading.indicator = indicator
            reading.change = change ?? String(String.UnicodeScalarView(s[k..<k + n]))
            reading.reference = reference
            emit(reading, clause: clause, relative: true)
            return
        }
    }

    static let upperBoundWords = ScalarWordSet(["以内", "以下", "之内", "内"])

    /// "城乡居民人均可支配收入增长" → ("城乡居民人均可支配收入", "增长").
    static func splitGrowth(_ text: String) -> (String, String?) {
        for verb in ["增长", "增速", "增幅", "涨幅"] where text.hasSuffix(verb) && text.count > verb.count {
            return (String(text.dropLast(verb.count)), verb == "增速" || verb == "增幅" ? "增长" : verb)
        }
        return (text, nil)
    }

    /// What a relative target can be measured against: 经济增长, 全省平均水平, 地区生产总值增长, GDP增长.
    static func isReference(_ text: String) -> Bool {
        guard text.unicodeScalars.count >= 2, text.unicodeScalars.count <= 16 else { return false }
        return text.hasSuffix("增长") || text.hasSuffix("增速") || text.hasSuffix("水平") || text.hasSuffix("平均")
            || text.hasSuffix("幅度") || text.hasSuffix("速度") || text.hasSuffix("平均值")
    }

    // MARK: - Emitting

    mutating func emit(_ reading: FigureReading, clause: TargetClause, relative: Bool = false) {
        // A figure nothing names (比上年提高3.2个百分点 with no clause before) is not a record anyone can use.
        guard !reading.needsIndicator else { return }
        let q = reading.quantity
        let position = relative ? clause.range.lowerBound : q.span.lowerBound
        let time = timeContext(at: position, clause: clause, change: reading.change)
        var value: QuantityValue?
        var unit: String?
        var qualifier = reading.qualifier
        if !relative, let v = q.value {
            switch v {
            case let .number(d): value = .number(d)
            case let .range(lo, hi): value = .range(lo, hi); qualifier = .range
            }
            unit = q.unit
            // An achieved figure "控制在5.3%" states the level reached: exact, unless the text bounds it (控制在5.5%以内).
            if time.kind == .actual, qualifier == .atMost, reading.change == "控制在",
               !Self.upperBoundWords.occurs(in: s, range: q.numberSpan.upperBound..<min(s.count, q.span.upperBound + 3)) {
                qualifier = .exact
            }
        }
        let record = sentenceRecord(kind: time.kind, indicator: reading.indicator, change: reading.change, value: value,
                                    unit: unit, qualifier: qualifier, reference: reading.reference, year: time.year,
                                    clause: clause, explanation: time.explanation)
        records.append(record)
        if reading.indicator.unicodeScalars.count >= 2 {
            history.append((reading.indicator, clause.paragraph, clause.sentenceStart))
        }
    }
}
