import Foundation
import ZhText

/// What the extractor reads around one figure: indicator, change verb, reference and bound.
struct FigureReading {
    var quantity: Quantity
    var indicator: String
    var change: String?
    var reference: String?
    var qualifier: Qualifier
    /// 分别 before the verb: the clause's figures go to the indicators listed before it, in order.
    var respectively = false
    /// 均 before the verb: one figure for several indicators.
    var each = false
    /// The indicator came from nowhere in this clause and should be inherited.
    var needsIndicator: Bool { indicator.unicodeScalars.count < 2 }
}

extension TargetRun {
    mutating func process(_ clause: TargetClause, _ qs: [Quantity]) {
        var readings: [FigureReading] = []
        var from = clause.range.lowerBound
        for q in qs {
            guard isFigure(q, clause: clause) else { continue }
            readings.append(read(q, from: from, clause: clause))
            from = q.span.upperBound
        }
        if readings.isEmpty {
            relativeTarget(in: clause)
            return
        }
        distribute(&readings, clause: clause)
        for r in readings { emit(r, clause: clause) }
    }

    // MARK: - Which figures count

    /// Whether a recognised quantity is a figure a report commits to or reports (not a date, rank, count in a name …).
    func isFigure(_ q: Quantity, clause: TargetClause) -> Bool {
        guard q.value != nil else { return false }
        switch q.kind {
        case .amount, .percent, .percentagePoint, .multiple: break
        default: return false
        }
        guard let unit = q.unit, !unit.isEmpty else { return false }
        let base = Self.baseUnit(unit)
        if TargetCues.identifierUnits.contains(base) || TargetCues.identifierUnits.contains(unit) { return false }
        let lower = clause.range.lowerBound
        let before = skipMarkupBackward(q.span.lowerBound, lower)
        if before > lower {
            let c = s[before - 1]
            if c == "第" || c == "每" || c == "前" || c == "/" { return false }
        }
        // Inside quotation marks or a title: a slogan or a name (“稳企12条”, 《…3年行动计划》).
        if insideQuotes(q.span.lowerBound, lower: clause.paragraphStart) { return false }
        // Followed by 大/强 or a second numeral part of a name (十大工程, 500强).
        let after = skipMarkupForward(q.span.upperBound, clause.range.upperBound)
        if after < clause.range.upperBound, s[after] == "大" || s[after] == "强" { return false }
        // 6000亿元台阶, 超千亿元产业集群: a threshold inside a name.
        if q.span.upperBound < clause.range.upperBound, TargetCues.modifiedNouns.longestMatch(startingAt: q.span.upperBound, in: s, upper: clause.range.upperBound) != nil,
           base == "元" || base == "美元" || base == "%" || base == "人" { return false }
        // 过10亿元的项目5个 / 5000万元以上的企业30家: a threshold describing what a later figure counts.
        // Also 10亿元以上制造业项目20个: an amount with 以上 directly before a noun, when a count follows in the clause.
        if after < clause.range.upperBound, s[after] == "的" || (q.qualifier == .atLeast && isHan(s[after])),
           let later = nextQuantity(from: after, before: clause.range.upperBound), later.value != nil,
           later.kind == .amount, base == "元" || base == "美元" || base == "%" || base == "亩" || base == "平方米" {
            return false
        }
        // 十二届十二次全会: a session number.
        if TargetCues.sessionWords.longestMatch(startingAt: after, in: s, upper: clause.range.upperBound) != nil { return false }
        // 会议应到代表420名，实到398名: the attendance of a meeting, no figure of the report.
        if base == "名" || base == "人", TargetCues.attendanceWords.occurs(in: s, range: lower..<q.span.lowerBound) { return false }
        // A figure that opens its clause counts a subject ("22条新兴及优势产业链蓬勃发展"), it is not a figure of one.
        if before == lower, q.qualifier == .exact { return false }
        let verb = verbBefore(q, lower: lower)
        // Durations and ages: only when a verb sets them (提高到12.2年, 达到243天).
        if TargetCues.timeUnits.contains(base) || TargetCues.timeUnits.contains(unit) {
            guard let v = verb, !["为", "用", "超"].contains(v.text) else { return false }
        }
        // Small Chinese-numeral counts are list counts (三大攻坚战, 七项工作) unless a verb creates them.
        if q.kind == .amount, TargetCues.countUnits.contains(base) || base == "方面",
           !isDigit(s[q.numberSpan.lowerBound]), case let .number(v)? = q.value, v <= 10, q.qualifier == .exact {
            guard let v = verb, TargetCues.countCreationVerbs.longestMatch(endingAt: v.range.upperBound, in: s, lower: v.range.lowerBound) != nil else {
                return false
            }
        }
        // The baseline of 从A提高到B.
        if isBaseline(q, clause: clause) { return false }
        return true
    }

    static func baseUnit(_ unit: String) -> String {
        var scalars = Substring(unit)
        while let f = scalars.first, "万亿千百十".contains(f), scalars.count > 1 { scalars = scalars.dropFirst() }
        return String(scalars)
    }

    /// Inside a title (《…》) or a short quotation (“稳企12条”): a name or a slogan. A long quotation is speech,
    /// and the figures in it count (“我们今年的目标是新签约项目不少于40个……”).
    func insideQuotes(_ i: Int, lower: Int) -> Bool {
        var open: Int?, title = 0
        // A name is short: look back over a bounded window only (titles 《…》 can be long, quotations ≤ 16).
        var k = max(lower, i - 80)
        while k < i {
            switch s[k] {
            case "“", "「": open = k
            case "”", "」": open = nil
            case "《": title += 1
            case "》": title = max(0, title - 1)
            default: break
            }
            k += 1
        }
        if title > 0 { return true }
        guard let o = open else { return false }
        var close = i
        while close < s.count, close - o <= Self.longestName, s[close] != "”", s[close] != "」", s[close] != "\n" { close += 1 }
        return close < s.count && close - o <= Self.longestName && (s[close] == "”" || s[close] == "」")
    }

    /// Longest quotation that is still a name or slogan rather than speech.
    static let longestName = 16

    /// 从A提高到B / 由A增加到B: A is a baseline, not a record.
    func isBaseline(_ q: Quantity, clause: TargetClause) -> Bool {
        var a = skipMarkupForward(q.span.upperBound, clause.range.upperBound)
        guard a < clause.range.upperBound else { return false }
        if s[a] == "的" { a += 1 }
        guard TargetCues.toLevelVerbs.longestMatch(startingAt: a, in: s, upper: clause.range.upperBound) != nil
            || TargetCues.changeVerbs.longestMatch(startingAt: a, in: s, upper: clause.range.upperBound).map({ n in
                let w = ScalarString.make(s, a..<a + n)
                return w.hasSuffix("到") || w.hasSuffix("至")
            }) == true
        else { return false }
        var k = q.span.lowerBound - 1
        let limit = max(clause.range.lowerBound, q.span.lowerBound - 16)
        while k >= limit {
            if s[k] == "从" || s[k] == "由" { return true }
            k -= 1
        }
        return false
    }

    // MARK: - Verb before a figure

    struct Verb {
        var text: String
        var range: Range<Int>
    }

    /// The change verb right before a figure (looking through markup, 每人每月, and 2020年的).
    func verbBefore(_ q: Quantity, lower: Int) -> Verb? {
        var e = skipMarkupBackward(q.span.lowerBound, lower)
        // 到2020年的541列 / 提高到每人每年640元
        if e > lower, s[e - 1] == "的", let y = quantityEnding(at: e - 1), y.kind == .year {
            e = skipMarkupBackward(y.span.lowerBound, lower)
        }
        if let n = Self.perUnit.longestMatch(endingAt: e, in: s, lower: lower) { e -= n }
        e = skipMarkupBackward(e, lower)
        guard let n = TargetCues.changeVerbs.longestMatch(endingAt: e, in: s, lower: lower) else { return nil }
        return Verb(text: ScalarString.make(s, (e - n)..<e), range: (e - n)..<e)
    }

    // MARK: - Reading one figure

    func read(_ q: Quantity, from: Int, clause: TargetClause) -> FigureReading {
        let lower = from
        var reading = FigureReading(quantity: q, indicator: "", change: nil, reference: nil,
                                    qualifier: q.qualifier)
        var bodyEnd = skipMarkupBackward(q.span.lowerBound, lower)
        // A bound word the recogniser took into the figure (突破900家, 超过60%, 不低于80%) is also its change verb.
        let inner = skipMarkupBackward(q.numberSpan.lowerBound, q.span.lowerBound)
        if inner > q.span.lowerBound, let n = TargetCues.changeVerbs.longestMatch(endingAt: inner, in: s, lower: q.span.lowerBound), n >= 2 {
            reading.change = ScalarString.make(s, (inner - n)..<inner)
        }
        if q.unit == "番" { reading.change = "翻" }
        if let v = verbBefore(q, lower: lower) {
            reading.change = v.text
            bodyEnd = v.range.lowerBound
            if reading.qualifier == .exact {
                if TargetCues.atLeastVerbs.longestMatch(endingAt: v.range.upperBound, in: s, lower: v.range.lowerBound) == v.text.unicodeScalars.count {
                    reading.qualifier = .atLeast
                } else if TargetCues.atMostVerbs.longestMatch(endingAt: v.range.upperBound, in: s, lower: v.range.lowerBound) == v.text.unicodeScalars.count {
                    reading.qualifier = .atMost
                }
            }
        }
        // 比全国高0.8个百分点: a gap to a reference.
        if let gap = comparisonGap(before: bodyEnd, lower: lower) {
            reading.change = gap.change
            reading.reference = gap.reference
            bodyEnd = gap.bodyEnd
        } else if let base = comparedYear(before: bodyEnd, lower: lower) {
            // 单位地区生产总值能耗比2020年下降14%: the year compared with is the reference, not part of the indicator.
            reading.reference = base.reference
            bodyEnd = base.bodyEnd
        }
        // Adverbs between the indicator and the verb: 分别, 均, 实际, 年均 …
        var adverbsEnd = bodyEnd
        while true {
            let e = skipMarkupBackward(adverbsEnd, lower)
            guard let n = Self.adverbs.longestMatch(endingAt: e, in: s, lower: lower) else { break }
            let w = ScalarString.make(s, (e - n)..<e)
            if w == "分别" { reading.respectively = true }
            if w == "均" || w == "都" { reading.each = true }
            if w == "年均" || w == "累计", let c = reading.change { reading.change = w + c }
            adverbsEnd = e - n
        }
        // V + N个(以上) + object: the object is what is counted (新开通2条以上国际班列线路).
        if reading.change != nil, bodyEnd == verbBefore(q, lower: lower)?.range.lowerBound,
           let unit = q.unit, TargetCues.countUnits.contains(Self.baseUnit(unit)), let object = object(after: q, clause: clause) {
            reading.indicator = object
            var dummy = reading
            _ = clean(lower..<adverbsEnd, reading: &dummy)
            if reading.change == nil { reading.change = dummy.change }
            return reading
        }
        var body = lower..<adverbsEnd
        body = cutBaseline(body)
        let cleaned = clean(body, reading: &reading)
        body = cleaned.range
        // 为预算的101.2% / 完成调整预算的97.5%: an execution rate of the indicator named before it.
        let rateEnd = skipMarkupBackward(adverbsEnd, lower)
        if q.unit == "%", !body.isEmpty, rateEnd > body.upperBound, s[rateEnd - 1] == "的", Self.planBases.contains(string(body)) {
            var a = lower
            while a < rateEnd, !isHan(s[a]) { a += 1 }
            reading.change = string(a..<rateEnd)
            reading.indicator = ""
            return reading
        }
        // 固定资产投资完成全年目标的52%: the indicator and its execution rate in one clause.
        if q.unit == "%", rateEnd > body.upperBound, s[rateEnd - 1] == "的",
           let n = Self.planBaseWords.longestMatch(endingAt: body.upperBound, in: s, lower: body.lowerBound),
           let v = Self.rateVerbs.longestMatch(endingAt: body.upperBound - n, in: s, lower: body.lowerBound), body.count - n - v >= 2 {
            reading.change = string(body.upperBound - n - v..<rateEnd)
            reading.indicator = Self.unquoted(string(body.lowerBound..<body.upperBound - n - v))
            return reading
        }
        if cleaned.comparison || startsMilestone(body) {
            // 成为全国首个突破5000亿元的县级市: a milestone of the subject named before, not an indicator of its own.
            reading.indicator = ""
        } else if cleaned.enumeration || body.isEmpty || isListCount(body) {
            reading.indicator = object(after: q, clause: clause) ?? (cleaned.enumeration ? string(body) : "")
        } else if TargetCues.changeVerbs.longestMatch(startingAt: body.lowerBound, in: s, upper: body.upperBound) == body.count {
            // Only a verb is left (完成投资6000亿元 → 完成): the indicator is elsewhere.
            if reading.change == nil || reading.change == "为" { reading.change = string(body) }
            reading.indicator = object(after: q, clause: clause) ?? ""
        } else {
            reading.indicator = Self.unquoted(string(body))
        }
        return reading
    }

    /// "比全国高" / "较上年低" right before a figure: the change (高于/低于), the reference, and where the indicator ends.
    func comparisonGap(before e: Int, lower: Int) -> (change: String, reference: String?, bodyEnd: Int)? {
        guard e - 2 >= lower else { return nil }
        let change: String
        switch s[e - 1] {
        case "高", "快", "多": change = "高于"
        case "低", "慢", "少": change = "低于"
        default: return nil
        }
        var k = e - 2
        while k >= lower, e - k <= 12 {
            if s[k] == "比" || s[k] == "较" {
                let reference = string((k + 1)..<(e - 1))
                let isLastYear = reference == "上年" || reference == "去年" || reference.isEmpty
                return (change, isLastYear ? nil : reference, k)
            }
            if s[k] == "，" || s[k] == "," || s[k] == "、" { return nil }
            k -= 1
        }
        return nil
    }

    /// "比2020年" / "较2005年" / "在2020年(的)基础上" right before the change verb: the base year and where the
    /// indicator ends.
    func comparedYear(before e: Int, lower: Int) -> (reference: String, bodyEnd: Int)? {
        var e = skipMarkupBackward(e, lower)
        var basis = false
        if let n = Self.basisWords.longestMatch(endingAt: e, in: s, lower: lower) {
            e -= n
            basis = true
        }
        guard let y = quantityEnding(at: e), y.span.upperBound == e, y.kind == .year, y.span.lowerBound - 1 > lower else { return nil }
        let k = y.span.lowerBound - 1
        guard basis ? s[k] == "在" || s[k] == "以" : s[k] == "比" || s[k] == "较" else { return nil }
        return (string(y.span), k)
    }

    static let basisWords = ScalarWordSet(["基础上", "的基础上", "水平上", "的水平上"])

    /// 成为…首个 / 成为…第一个: the figure after it is a milestone reached by the subject before it.
    func startsMilestone(_ body: Range<Int>) -> Bool {
        guard body.count > 3, s[body.lowerBound] == "成", s[body.lowerBound + 1] == "为" else { return false }
        return Self.milestoneWords.occurs(in: s, range: body)
    }

    static let milestoneWords = ScalarWordSet(["首个", "第一个", "首家", "唯一"])

    /// Bound changes after which a leading act verb is dropped from the indicator.
    static let boundChanges: Set<String> = ["超过", "突破", "不低于", "不少于", "达到", "超", "逾"]
    static let leadingActs = ScalarWordSet(["完成", "实现", "累计完成", "累计实现"])

    /// What an execution rate is measured against: 为预算的, 完成调整预算的, 完成年度计划的.
    static let planBases: Set<String> = ["预算", "调整预算", "年度预算", "预算数", "调整预算数", "年初预算", "年度计划", "计划", "年度目标", "目标任务",
                                          "全年目标", "全年计划", "年度目标任务", "全年目标任务", "全年预算"]
    static let planBaseWords = ScalarWordSet(Array(planBases))
    /// Verbs of an execution rate: 完成全年目标的, 为预算的, 占年度计划的.
    static let rateVerbs = ScalarWordSet(["完成", "为", "占", "达到", "达"])

    static let perUnit = ScalarWordSet(["每人每月", "每人每年", "每人每天", "每人", "每年", "每月", "平均"])

    static let adverbs = ScalarWordSet([
        "分别", "均", "都", "再", "实际", "同比", "年均", "累计", "全年", "平均", "总计", "合计", "共计", "共", "已", "一共", "拟按",
        "按", "拟", "将", "预计", "还", "也", "又", "先", "比上年", "较上年", "同口径", "名义", "可比价", "力争", "年末", "稳步",
        "持续", "进一步", "继续", "有望", "预期", "全部", "全面", "基本", "始终", "一直", "连年", "常年", "首次",
    ])

    /// 十方面 / 三类 / 两批: a list count standing where an indicator would, before the figure that is counted.
    func isListCount(_ body: Range<Int>) -> Bool {
        guard body.count >= 2, body.count <= 4 else { return false }
        var k = body.lowerBound
        while k < body.upperBound, NumeralScalars.chineseDigit(s[k]) != nil || s[k] == "十" { k += 1 }
        guard k > body.lowerBound, k < body.upperBound else { return false }
        let rest = string(k..<body.upperBound)
        return ["方面", "类", "批", "大", "项", "个方面"].contains(rest)
    }

    /// Drops a baseline 从A (从3.52%提高到4%: the body before 从).
    func cutBaseline(_ body: Range<Int>) -> Range<Int> {
        var k = body.upperBound - 1
        while k >= body.lowerBound {
            if s[k] == "从" || s[k] == "由" {
                // Only when a figure follows inside the body.
                if nextQuantity(from: k + 1, before: body.upperBound) != nil {
                    return body.lowerBound..<k
                }
            }
            k -= 1
        }
        return body
    }

    /// The noun phrase after a figure: 新增3个以上**千亿产业集群**, 等55个**微亮化项目**.
    func object(after q: Quantity, clause: TargetClause) -> String? {
        var a = skipMarkupForward(q.span.upperBound, clause.range.upperBound)
        var b = clause.range.upperBound
        // A grade inside the object (10个**两千亿元级**先进制造业集群, 3个百万吨级港口) does not end it.
        var from = a
        while let next = nextQuantity(from: from, before: b), next.span.upperBound < b, s[next.span.upperBound] == "级" {
            from = next.span.upperBound
        }
        if let next = nextQuantity(from: from, before: b), !(next.unit.map { TargetCues.timeUnits.contains(Self.baseUnit($0)) } ?? false) {
            b = next.span.lowerBound
        }
        while a < b, s[a] == "的" { a += 1 }
        // An age or time scope belongs to the object: 300万名**65岁以上**老年人.
        if let scope = nextQuantity(from: a, before: a + 1), let u = scope.unit, TargetCues.timeUnits.contains(Self.baseUnit(u)) {
            if let (k, _) = TargetCues.objectEnds.firstMatch(in: s, range: scope.span.upperBound..<b) { b = k }
            return Self.objectText(string(a..<b))
        }
        guard a < b, isHan(s[a]) || s[a] == "“" || s[a] == "\"" else { return nil }
        if let (k, _) = TargetCues.objectEnds.firstMatch(in: s, range: (a + 1)..<b) { b = k }
        while b > a + 2, let n = Self.adverbs.longestMatch(endingAt: b, in: s, lower: a + 2) { b -= n }
        return Self.objectText(string(a..<b))
    }

    static func objectText(_ raw: String) -> String? {
        let text = unquoted(raw)
        return text.unicodeScalars.count >= 2 ? text : nil
    }

    static func unquoted(_ t: String) -> String {
        if t.hasPrefix("“"), t.hasSuffix("”"), t.count > 2, !t.dropFirst().dropLast().contains("“") { return String(t.dropFirst().dropLast()) }
        return t
    }

    /// A change verb of two or more characters at `a`, or 新 + one (新筹集, 新认定, 新打造).
    func leadingVerb(at a: Int, upper b: Int) -> Int? {
        if let n = TargetCues.changeVerbs.longestMatch(startingAt: a, in: s, upper: b), n >= 2 { return n }
        if s[a] == "新", a + 1 < b, let n = TargetCues.changeVerbs.longestMatch(startingAt: a + 1, in: s, upper: b), n >= 2 { return n + 1 }
        return nil
    }

    struct CleanedBody {
        var range: Range<Int>
        var comparison = false
        var enumeration = false
    }

    /// Strips scope, time, modality and leading verbs from the start and noise from the end of an indicator.
    func clean(_ body: Range<Int>, reading: inout FigureReading) -> CleanedBody {
        var a = body.lowerBound, b = body.upperBound
        var result = CleanedBody(range: body)
        var progress = true
        while progress && a < b {
            progress = false
            let a0 = a
            a = skipMarkupForward(a, b)
            if a < b, s[a] == "、" || s[a] == "和" && a + 1 < b && !isHan(s[a + 1]) { a += 1 }
            if let n = TargetCues.comparisonStarts.longestMatch(startingAt: a, in: s, upper: b) {
                _ = n
                result.comparison = true
                if let v = TargetCues.comparisonVerbs.longestMatch(startingAt: a, in: s, upper: b) {
                    reading.change = reading.change ?? ScalarString.make(s, a..<a + v)
                    reading.reference = string((a + v)..<b)
                }
                result.range = b..<b
                return result
            }
            if let v = TargetCues.comparisonVerbs.longestMatch(startingAt: a, in: s, upper: b) {
                result.comparison = true
                reading.change = ScalarString.make(s, a..<a + v)
                let ref = string((a + v)..<b)
                reading.reference = ref.isEmpty ? nil : ref
                result.range = b..<b
                return result
            }
            // A year, 到2025年, 在2020年, 连续N年, 五年累计.
            if let y = nextQuantity(from: a, before: a + 2), y.span.upperBound <= b,
               y.kind == .year || y.kind == .planPeriod || y.kind == .date || (y.unit.map { TargetCues.timeUnits.contains(Self.baseUnit($0)) } ?? false),
               y.span.lowerBound == a || s[a] == "到" || s[a] == "在" || s[a] == "于" || s[a] == "连" {
                a = y.span.upperBound
                if a < b, s[a] == "末" || s[a] == "底" || s[a] == "内" || s[a] == "来" || s[a] == "时" { a += 1 }
                progress = true
                continue
            }
            if let n = TargetCues.leadingNoise.longestMatch(startingAt: a, in: s, upper: b) ?? Self.perUnit.longestMatch(startingAt: a, in: s, upper: b) {
                a += n
                progress = true
                continue
            }
            // 完成固定资产投资超过30万亿元 / 实现地区生产总值突破…: the bound is the change, the verb before the noun no
            // part of the indicator.
            if let c = reading.change, Self.boundChanges.contains(c), let n = Self.leadingActs.longestMatch(startingAt: a, in: s, upper: b), a + n + 2 <= b {
                a += n
                progress = true
                continue
            }
            if TargetCues.adverbsBeforeVerb.contains(s[a]), a + 1 < b,
               TargetCues.changeVerbs.longestMatch(startingAt: a + 1, in: s, upper: b).map({ $0 >= 2 }) == true {
                a += 1
                progress = true
                continue
            }
            if reading.change == nil || reading.change == "为", let n = leadingVerb(at: a, upper: b), a + n < b {
                var change = ScalarString.make(s, a..<a + n)
                a += n
                // Chained verbs, as written: 新建、改扩建 / 建设改造 / 新建和改造提升.
                while a < b {
                    let joined = s[a] == "、" || s[a] == "和" || s[a] == "及"
                    let v = joined ? a + 1 : a
                    guard let m = TargetCues.changeVerbs.longestMatch(startingAt: v, in: s, upper: b), m >= 2, v + m < b else { break }
                    change += ScalarString.make(s, a..<v + m)
                    a = v + m
                }
                reading.change = change
                progress = true
                continue
            }
            if a != a0 { progress = true }
        }
        // Trailing noise.
        var trimming = true
        while trimming && b > a {
            trimming = false
            b = skipMarkupBackward(b, a)
            if b > a, s[b - 1] == "的" || s[b - 1] == "、" || s[b - 1] == "和" && b - 1 > a && s[b - 2] == "、" { b -= 1; trimming = true; continue }
            if let n = Self.adverbs.longestMatch(endingAt: b, in: s, lower: a) { b -= n; trimming = true; continue }
            // A duration after the indicator (粮食总产量连续多年, 连续5年): how long, not what.
            if b - a > 4, s[b - 1] == "年" {
                var k = b - 2
                while k > a, isDigit(s[k]) || NumeralScalars.chineseDigit(s[k]) != nil || s[k] == "十" || s[k] == "多" { k -= 1 }
                if k < b - 2, k - 1 > a + 1, s[k] == "续", s[k - 1] == "连" { b = k - 1; trimming = true; continue }
            }
            // A modal before the verb or comparison (人均地区生产总值要比2025年翻一番), not 主要/重要/需要/纲要.
            if b - 3 >= a, s[b - 1] == "要", !"主重需必纲摘提概只".unicodeScalars.contains(s[b - 2]) { b -= 1; trimming = true; continue }
            if b - 2 >= a, s[b - 2] == "等", s[b - 1] == "等" { b -= 2; result.enumeration = true; trimming = true; continue }
            if b - 1 >= a, s[b - 1] == "等" { b -= 1; result.enumeration = true; trimming = true; continue }
        }
        // Keep an opening quote whose closing one is in the indicator: “三类500强”企业项目.
        if a > body.lowerBound, s[a - 1] == "“", b > a, (a..<b).contains(where: { s[$0] == "”" }), !(a..<b).contains(where: { s[$0] == "“" }) {
            a -= 1
        }
        result.range = a..<max(a, b)
        return result
    }
}

