import ZhText

/// The time frame over a stretch of a document: whether the figures there are targets or achieved
/// figures, of which years, and the rule that opened it.
///
/// A frame is opened by a heading (一、2023年工作回顾, 二、2024年主要预期目标) or by a sentence that opens with
/// a time (过去一年，… / 这五年，… / 今年，… / 2025年，…) or names the plan (主要预期目标是, 建议今年…); it holds
/// over the following sentences and paragraphs until the next one opens. A news article's lead
/// "过去一年…" thus covers the "——地区生产总值增长6.2%" paragraphs after it.
/// ```swift
/// let c = DocumentContext(text: Array("2024年政府工作报告\n过去一年，全省经济回升向好。\n——地区生产总值增长5.2%。".unicodeScalars))
/// c.frames.inherited(at: 26).description   // "actual 2023 (review-opener at 11)"
/// ```
public struct TimeFrame: Sendable, Hashable, CustomStringConvertible {
    /// What the figures under a frame are.
    public enum Kind: String, Sendable, Hashable {
        case target, actual, mixed, none
    }

    public var kind: Kind
    /// The name of the rule that opened the frame (see ``TimeFrames/rules``).
    public var rule: String
    /// Offset of the cue that opened it.
    public var position: Int
    /// The years it is about, as a record writes them ("2023", "2018-2022"), when the cue names them.
    public var years: String?
    /// The time the cue names.
    var mark: TimeMark?

    public var description: String {
        kind == .none ? "none" : "\(kind.rawValue)\(years.map { " " + $0 } ?? "") (\(rule) at \(position))"
    }

    /// The kind of figure the frame makes, nil for `mixed` and `none`.
    var targetKind: TargetKind? {
        switch kind {
        case .actual: return .actual
        case .target: return .target
        default: return nil
        }
    }

    static let none = TimeFrame(kind: .none, rule: "none", position: -1, years: nil, mark: nil)
}

/// The frames of one document in text order; a paragraph inherits the last one opened before it.
///
/// ```swift
/// c.frames.all.map(\.rule)   // ["review-opener", "plan-cue", …]
/// ```
public struct TimeFrames: Sendable {
    /// A rule that opens a frame: its name, its cue, its scope and the kind it gives.
    public struct Rule: Sendable {
        public let name: String
        public let cue: String
        public let result: String
        /// The same for every rule: a frame lasts until the next one opens.
        public var scope: String { "until the next frame" }
    }

    /// The frame rules, in the order they are tried on a line: a heading first, then each sentence.
    public static let rules: [Rule] = [
        Rule(name: "heading-review", cue: "a heading or a short heading-like line with 回顾/过去/成就/一年来/五年来/执行情况…",
             result: "actual, the heading's year or period, else the five or ten years it counts (五年发展回眸), else the year before the report"),
        Rule(name: "heading-plan", cue: "a heading or a short heading-like line with 目标/安排/任务/今年/十四五…",
             result: "target, the heading's year or period (else the report year)"),
        Rule(name: "review-opener", cue: "a sentence opening with 过去一年/一年来/这一年/去年/过去五年/这五年/十年来, or a year before the report's (not a full date: 2026年1月20日 来源：…)",
             result: "actual, that time"),
        Rule(name: "review-verb", cue: "a first clause reviewing a past time: 报告回顾了过去一年的工作, 总结了2025年…",
             result: "actual, that time"),
        Rule(name: "plan-opener", cue: "a sentence opening with 今年/新的一年/明年/今后五年/未来五年, or the report's year or a later one",
             result: "target, that time"),
        Rule(name: "plan-cue", cue: "主要预期目标, 预期目标是, 主要目标是, 建议今年, 工作安排, 报告提出/报告明确/全会提出 anywhere in a sentence",
             result: "target, the year the sentence names (else the report year)"),
    ]

    /// Every frame opened in the document, in text order.
    public let all: [TimeFrame]

    /// The frame a paragraph starting at `offset` inherits: the last frame opened before it.
    public func inherited(at offset: Int) -> TimeFrame {
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].position < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? all[lo - 1] : .none
    }

    init(text s: [Unicode.Scalar], lines: [TextSpan], structure: DocumentStructure, reportYear ry: Int?, reviewedYear: Int?,
         planPeriod: YearSpan?, genre: DocumentGenre) {
        var frames: [TimeFrame] = []
        var headingIndex = 0
        let headings = structure.headings
        func open(_ kind: TimeFrame.Kind, _ rule: String, _ position: Int, _ mark: TimeMark?) {
            frames.append(TimeFrame(kind: kind, rule: rule, position: position,
                                    years: mark.flatMap { $0.years(reportYear: ry, level: false) }, mark: mark))
        }
        for line in lines where line.start < line.end {
            while headingIndex < headings.count, headings[headingIndex].span.end <= line.start { headingIndex += 1 }
            let isHeading = headingIndex < headings.count && headings[headingIndex].span.start < line.end
            // Headings and heading-like lines.
            if isHeading || Self.isHeadingLike(s, line.range) {
                let r = isHeading ? headings[headingIndex].span.range : line.range
                let mark = Self.headingMark(s, r)
                if TargetCues.reviewHeadings.occurs(in: s, range: r) {
                    let span = TimeMark.headingSpan(s, r).map { TimeMark(position: r.lowerBound, kind: $0) }
                    open(.actual, "heading-review", r.lowerBound, mark ?? span ?? ry.map { TimeMark(position: r.lowerBound, kind: .year($0 - 1)) })
                    continue
                }
                if TargetCues.planHeadings.occurs(in: s, range: r) {
                    open(.target, "heading-plan", r.lowerBound, mark)
                    continue
                }
                // A title or a heading-like line with no cue ("2023年株洲市政府工作报告") opens nothing.
                if !isHeading { continue }
            }
            // Sentences: an opening time, or a plan cue anywhere.
            var start = line.start
            while start < line.end {
                var end = start
                while end < line.end, !CharClass.isFullStop(s[end]) { end += 1 }
                if let (kind, rule, mark) = Self.sentenceCue(s, start..<end, reportYear: ry) { open(kind, rule, mark.position, mark) }
                start = end + 1
            }
        }
        all = frames
    }

    // MARK: - Cues

    /// A short line with no sentence punctuation and no figure other than a year: a heading the parser did not mark
    /// ("2024年工作回顾", "**今年目标**").
    static func isHeadingLike(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count <= 24 else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if "。，；：,;:%".unicodeScalars.contains(c) { return false }
            if NumeralScalars.arabicDigit(c) != nil {
                guard let (_, next) = DocumentFactsReader.year(in: s, at: i, end: r.upperBound) else { return false }
                i = next
                continue
            }
            i += 1
        }
        return true
    }

    /// The year or plan period a heading names.
    static func headingMark(_ s: [Unicode.Scalar], _ r: Range<Int>) -> TimeMark? {
        let text = Array(s[r])
        if let p = DocumentFactsReader.planPeriod(in: text) { return TimeMark(position: r.lowerBound, kind: .period(p.first, p.last)) }
        if let y = DocumentFactsReader.firstYear(in: text) { return TimeMark(position: r.lowerBound, kind: .year(y)) }
        return nil
    }

    /// The frame a sentence opens: a time in its first clause, else a plan cue anywhere in it.
    static func sentenceCue(_ s: [Unicode.Scalar], _ r: Range<Int>, reportYear ry: Int?) -> (TimeFrame.Kind, String, TimeMark)? {
        // The first clause, up to the first comma or colon, at most 30 scalars.
        var a = r.lowerBound
        while a < r.upperBound, SentenceSplitter.isSpace(s[a]) || "—-*●■▲◆·•“\"".unicodeScalars.contains(s[a]) { a += 1 }
        var e = clauseEnd(s, a, r.upperBound)
        // "X在政府工作报告中指出，过去一年…": the time opens the clause after a speech verb.
        if firstTime(s, a..<e, reportYear: ry) == nil, speechVerbs.longestMatch(endingAt: e, in: s, lower: a) != nil, e < r.upperBound {
            a = e + 1
            e = clauseEnd(s, a, r.upperBound)
        }
        // The time opens the clause (2023年，/ 过去五年，/ 到2025年，), not a year inside it (锚定2035年远景目标).
        // A full date (2026年1月20日 来源：…, 2025年7月22日上午) dates the text or an event: it opens no frame.
        if let mark = firstTime(s, a..<e, reportYear: ry), mark.position - a <= 2, !isFullDate(s, mark, upper: e) {
            switch mark.kind.frameKind(reportYear: ry) {
            case .actual: return (.actual, "review-opener", mark)
            case .target: return (.target, "plan-opener", mark)
            default: break
            }
        }
        // "报告回顾了过去一年的工作。" / "报告总结了2025年取得的成绩": a review verb whose object is a past time.
        if let (k, n) = reviewVerbs.firstMatch(in: s, range: a..<e), let mark = firstTime(s, (k + n)..<e, reportYear: ry),
           mark.kind.frameKind(reportYear: ry) == .actual {
            return (.actual, "review-verb", mark)
        }
        // A plan cue that is reported as achieved (全年主要预期目标圆满实现, 目标任务全面完成) is review, not plan.
        if let (k, n) = planCues.firstMatch(in: s, range: r), !achievedWords.occurs(in: s, range: (k + n)..<min(r.upperBound, k + n + 8)) {
            let mark = firstTime(s, r, reportYear: ry) ?? TimeMark(position: k, kind: .thisYear)
            if mark.kind.frameKind(reportYear: ry) != .actual { return (.target, "plan-cue", TimeMark(position: k, kind: mark.kind)) }
        }
        return nil
    }

    /// Whether the year mark is the start of a full date (2026年1月20日, 2025年11月29日): year, month and day.
    static func isFullDate(_ s: [Unicode.Scalar], _ mark: TimeMark, upper: Int) -> Bool {
        guard case .year = mark.kind else { return false }
        var k = mark.position
        while k < upper, s[k] != "年" { k += 1 }
        k += 1
        var digits = 0
        while k < upper, NumeralScalars.arabicDigit(s[k]) != nil || NumeralScalars.chineseDigit(s[k]) != nil || s[k] == "十" { k += 1; digits += 1 }
        guard digits > 0, k < upper, s[k] == "月" else { return false }
        k += 1
        digits = 0
        while k < upper, NumeralScalars.arabicDigit(s[k]) != nil || NumeralScalars.chineseDigit(s[k]) != nil || s[k] == "十" { k += 1; digits += 1 }
        return digits > 0 && k < upper && (s[k] == "日" || s[k] == "号")
    }

    /// The end of the clause starting at `a`: the first comma, colon or semicolon, at most 30 scalars on.
    static func clauseEnd(_ s: [Unicode.Scalar], _ a: Int, _ upper: Int) -> Int {
        var e = a
        while e < upper, e - a < 30, !"，,：:；;".unicodeScalars.contains(s[e]) { e += 1 }
        return e
    }

    static let reviewVerbs = ScalarWordSet(["回顾", "总结", "盘点"])
    static let speechVerbs = ScalarWordSet(["指出", "表示", "说", "介绍", "强调", "提到", "称", "显示", "提出", "回顾"])

    /// The first time word, year (not a baseline: 比2020年, 与2020年相比) or plan period in `r`.
    static func firstTime(_ s: [Unicode.Scalar], _ r: Range<Int>, reportYear ry: Int?) -> TimeMark? {
        var i = r.lowerBound
        while i < r.upperBound {
            if let (n, kind) = TimeMark.word(at: i, in: s, upper: r.upperBound) {
                let before = i > 0 ? s[i - 1] : " "
                if !(kind == .lastYear && (before == "比" || before == "较" || before == "同")) { return TimeMark(position: i, kind: kind) }
                i += n
                continue
            }
            if let (y, next) = DocumentFactsReader.year(in: s, at: i, end: r.upperBound) {
                let before = i > 0 ? s[i - 1] : " "
                if !"比较从由与同是".unicodeScalars.contains(before), !TimeMark.baselineAfter.occurs(in: s, range: next..<min(r.upperBound, next + 3)) {
                    return TimeMark(position: i, kind: .year(y))
                }
                i = next
                continue
            }
            if let n = DocumentFactsReader.planNames.longestMatch(startingAt: i, in: s, upper: r.upperBound),
               let first = DocumentFactsReader.planStarts[ScalarString.make(s, i..<i + n)] {
                let k = i
                if TimeMark.sinceWords.longestMatch(startingAt: min(r.upperBound, k + n + (k + n < r.upperBound && s[k + n] == "”" ? 1 : 0)),
                                                    in: s, upper: r.upperBound) != nil {
                    return TimeMark(position: i, kind: .since(first, ry.map { min(first + 4, $0 - 1) } ?? first + 4))
                }
                return TimeMark(position: i, kind: .period(first, first + 4))
            }
            i += 1
        }
        return nil
    }

    static let achievedWords = ScalarWordSet(["实现", "完成", "达成", "圆满", "超额"])
    static let planCues = ScalarWordSet(["主要预期目标", "预期目标是", "预期目标为", "主要目标是", "主要目标为", "建议今年", "工作安排", "目标任务是",
                                    "报告提出", "报告明确", "报告要求", "报告部署", "全会提出", "会议提出", "会议明确"])
}

/// A time expression in the text that decides a figure's kind and year.
struct TimeMark: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case year(Int)
        case period(Int, Int)
        /// “十四五”以来: achieved from the plan's first year up to the report's time.
        case since(Int, Int)
        case thisYear, nextYear, lastYear
        case pastFive, nextFive
        /// 过去十年, 十年来: the ten years before the report's.
        case pastTen
        /// 五年累计 and the like: past five in a review, the plan period in a plan.
        case fiveYears
        /// 今年以来, 上半年, 前三季度: achieved so far in the report's own year.
        case soFar
        /// 两年平均, 三年累计: the N years up to the year before the report's in a review, from the report's in a plan.
        case span(Int)
        /// 下半年: the rest of the report's year in a mid-year text (the extractor decides with the report's month).
        case secondHalf

        /// The kind of figure the time makes, nil when it cannot say (a year with no report year, 五年累计).
        func frameKind(reportYear ry: Int?) -> TimeFrame.Kind? {
            switch self {
            case let .year(y):
                guard let ry else { return nil }
                return y < ry ? .actual : .target
            case let .period(_, b):
                guard let ry else { return nil }
                return b < ry ? .actual : .target
            case .thisYear, .nextYear, .nextFive: return .target
            case .since, .lastYear, .pastFive, .pastTen, .soFar: return .actual
            case .fiveYears, .span, .secondHalf: return nil
            }
        }
    }
    var position: Int
    var kind: Kind
    /// The span of one figure only (十年增加…, 五年年均增长…, 两年平均…): it names no time for the sentences after it.
    var local = false

    /// The years the mark names, as a record writes them; `level`: a stock at the end of the span (达到, 增加到).
    func years(reportYear ry: Int?, level: Bool) -> String? {
        switch kind {
        case let .year(y): return String(y)
        case let .period(a, b), let .since(a, b): return level ? String(b) : "\(a)-\(b)"
        case .thisYear, .soFar, .secondHalf: return ry.map { String($0) }
        case .nextYear: return ry.map { String($0 + 1) }
        case .lastYear: return ry.map { String($0 - 1) }
        case .pastFive:
            guard let ry else { return nil }
            return level ? String(ry - 1) : "\(ry - 5)-\(ry - 1)"
        case .pastTen:
            guard let ry else { return nil }
            return level ? String(ry - 1) : "\(ry - 10)-\(ry - 1)"
        case .nextFive: return ry.map { "\($0)-\($0 + 4)" }
        case .fiveYears, .span: return nil
        }
    }

    /// The time words, longest first within each first scalar.
    static let words: [(String, Kind)] = [
        ("今年", .thisYear), ("本年", .thisYear), ("新的一年", .thisYear), ("明年", .nextYear), ("去年", .lastYear), ("上年", .lastYear),
        ("过去一年", .lastYear), ("过去的一年", .lastYear), ("一年来", .lastYear), ("这一年", .lastYear),
        ("过去五年", .pastFive), ("五年来", .pastFive), ("这五年", .pastFive), ("过去的五年", .pastFive),
        ("过去十年", .pastTen), ("十年来", .pastTen), ("这十年", .pastTen),
        ("今年以来", .soFar), ("年初以来", .soFar), ("上半年", .soFar), ("下半年", .secondHalf), ("前三季度", .soFar), ("一季度", .soFar),
        ("经过五年", .pastFive), ("经过十年", .pastTen), ("本届政府任期内", .pastFive),
        ("今后五年", .nextFive), ("未来五年", .nextFive), ("五年累计", .fiveYears), ("五年年均", .fiveYears), ("五年内", .nextFive),
        // A span counted in years (五年间, 十年间, 与十年前相比): the years before the report's in a review.
        ("五年间", .fiveYears), ("五年里", .fiveYears), ("五年中", .fiveYears),
        ("十年间", .pastTen), ("十年里", .pastTen), ("近十年", .pastTen), ("与十年前相比", .pastTen), ("比十年前", .pastTen),
        ("两年平均", .span(2)), ("三年平均", .span(3)), ("两年累计", .span(2)), ("三年累计", .span(3)),
        // A bare 十年 counts the span only directly before a change (十年增加近70万亿元): see ``word(at:in:upper:)``.
        ("十年", .pastTen),
    ]
    static let wordList = ScalarWordSet(words.map(\.0))
    static let wordKinds: [String: Kind] = Dictionary(words.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })

    /// The time word starting at `i`: its length and kind.
    static func word(at i: Int, in s: [Unicode.Scalar], upper: Int) -> (Int, Kind)? {
        if s[i] == "1" || s[i] == "前", let n = monthsSoFar(at: i, in: s, upper: upper) { return (n, .soFar) }
        guard let n = wordList.longestMatch(startingAt: i, in: s, upper: upper),
              let kind = wordKinds[ScalarString.make(s, i..<i + n)] else { return nil }
        // `span-before-change`: a bare 十年 is a time only as the span of the change after it (十年增加, 十年提高),
        // not in 二十年, 用十年, 连续十年, 十年禁渔.
        if n == 2, s[i] == "十" {
            let before = i > 0 ? s[i - 1] : " "
            if NumeralScalars.chineseDigit(before) != nil || "用再续连近未后".unicodeScalars.contains(before) { return nil }
            guard i + n < upper, TargetCues.changeVerbs.longestMatch(startingAt: i + n, in: s, upper: upper) != nil else { return nil }
        }
        return (n, kind)
    }

    /// Words that time the figure right after them only (`span-local`).
    static let localWords: Set<String> = ["十年", "五年年均", "五年累计", "两年平均", "三年平均", "两年累计", "三年累计"]

    /// `months-so-far`: the months from January (1—9月, 1-6月份, 1至10月, 1月至9月, 前10个月): achieved so far in the year.
    static func monthsSoFar(at i: Int, in s: [Unicode.Scalar], upper: Int) -> Int? {
        if i > 0, NumeralScalars.arabicDigit(s[i - 1]) != nil || s[i - 1] == "." { return nil }
        var k = i + 1
        func digits() -> Int {
            let a = k
            while k < upper, NumeralScalars.arabicDigit(s[k]) != nil || (NumeralScalars.chineseDigit(s[k]) != nil && s[i] == "前") || s[k] == "十" { k += 1 }
            return k - a
        }
        if s[i] == "前" {
            guard digits() > 0, k + 1 < upper, s[k] == "个", s[k + 1] == "月" else { return nil }
            return k + 2 - i
        }
        guard k < upper, NumeralScalars.arabicDigit(s[k]) == nil else { return nil }
        if k < upper, s[k] == "月" { k += 1 }
        guard k < upper, "—-－～~至到".unicodeScalars.contains(s[k]) else { return nil }
        k += 1
        guard digits() > 0, k < upper, s[k] == "月" else { return nil }
        k += 1
        if k < upper, s[k] == "份" { k += 1 }
        return k - i
    }

    /// The span a review heading counts (一、过去五年工作回顾, 【五年发展 回眸】, 十年成就): five or ten years.
    static func headingSpan(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Kind? {
        if spanHeadingTen.occurs(in: s, range: r) { return .pastTen }
        if spanHeadingFive.occurs(in: s, range: r) { return .pastFive }
        return nil
    }
    static let spanHeadingFive = ScalarWordSet(["五年"])
    static let spanHeadingTen = ScalarWordSet(["十年"])

    /// After a year: a baseline, a limit or a named vision, not the year of a figure (2020年基础上, 2020年以来, 2020年前,
    /// 2035年远景目标).
    static let baselineAfter = ScalarWordSet(["基础上", "的基础", "水平上", "以来", "以前", "之前", "底前", "前", "远景"])
    static let sinceWords = ScalarWordSet(["以来"])
}
