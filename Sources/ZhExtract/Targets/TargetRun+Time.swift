import Foundation
import ZhText

/// Kind and year a section's headings give.
struct SectionContext {
    var kind: TargetKind?
    var year: Int?
    var period: (Int, Int)?
}

/// What the kind and year rules read about one figure: the times around it, from the nearest out.
struct FigureTime {
    /// The last time named before the figure in its own sentence (2023年, 今年, 过去五年, “十四五”以来 …).
    var mark: TimeMark?
    /// The time its paragraph opens with (过去五年，… / 2020年，…), when the figure is past that phrase.
    var opener: TimeMark?
    /// The last time an earlier sentence of its paragraph named.
    var lead: TimeMark?
    /// The frame its paragraph inherits from the headings and paragraphs before it.
    var frame: TimeFrame
    /// Whether that frame was opened inside the figure's innermost section (or the figure has none): then it is
    /// nearer than the section's headings.
    var frameInSection: Bool
    /// Kind, year and period of the headings above it.
    var section: SectionContext
    /// The text before the figure in its sentence, at most 120 scalars: where cue words are looked for.
    var prefix: Range<Int>
    var change: String?
    /// A level (a stock at the end of a period: 达到, 提高到, 已有 …) rather than a flow over it.
    var isLevel: Bool
    /// A level held over the whole period (稳定在, 保持在, 连年…, 始终…): of the period, not of its last year.
    var isHeld: Bool
    /// The plan period of the section or the document, if any.
    var planPeriod: (Int, Int)?
    /// Start of the figure's paragraph.
    var paragraphStart: Int
}

/// The named rules that decide whether a figure is a target or an achieved figure, and of which year.
///
/// Each list is tried in order and the first rule that answers decides; `zhmine extract --explain`
/// names it. The cue lists they read are at the bottom of this file and in ``TargetCues``; the
/// frames they inherit are opened by the rules of ``TimeFrames``.
extension TargetRun {
    /// A kind rule: its name, the cue it reads, where it looks, and its answer (nil: no opinion).
    struct KindRule: Sendable {
        let name: String
        let cue: String
        let scope: String
        let decide: @Sendable (TargetRun, FigureTime) -> TargetKind?
    }

    static let kindRules: [KindRule] = [
        KindRule(name: "time-in-sentence", cue: "a year, plan period or 今年/去年/过去五年… before the figure", scope: "sentence") { run, f in
            f.mark.flatMap { run.kind(of: $0) }
        },
        KindRule(name: "plan-cue-word", cue: "力争, 确保, 预期目标, 拟, 争取, 目标是, 预期增长, 报告提出/报告明确/全会提出 … (not 争取 + funds: 争取中央预算内投资 is funds obtained)", scope: "sentence, 120 scalars before") { run, f in
            run.planCueWord(in: f.prefix) ? .target : nil
        },
        KindRule(name: "review-cue-word", cue: "过去一年, 初步统计, 初步核算, 据统计, 圆满完成, 超额完成, 报告显示/数据显示 (what a report or data show is achieved)", scope: "sentence, 120 scalars before") { run, f in
            strongActual.occurs(in: run.s, range: f.prefix) ? .actual : nil
        },
        KindRule(name: "estimate", cue: "预计 with no time of its own: an estimate of the year just ended", scope: "sentence, 120 scalars before") { run, f in
            estimateWords.occurs(in: run.s, range: f.prefix) ? .actual : nil
        },
        KindRule(name: "paragraph-opener", cue: "the paragraph opens with a time (过去五年，/ 2020年，)", scope: "paragraph") { run, f in
            f.opener.flatMap { run.kind(of: $0) }
        },
        KindRule(name: "communique", cue: "a statistical communiqué (统计公报 in the title)", scope: "document") { run, _ in
            run.reviewedYear != nil ? .actual : nil
        },
        KindRule(name: "paragraph-lead", cue: "an earlier sentence of the paragraph named a time", scope: "paragraph") { run, f in
            f.lead.flatMap { run.kind(of: $0) }
        },
        KindRule(name: "paragraph-review-cue", cue: "an earlier sentence of the paragraph said 初步核算, 据统计, 报告显示 … (经初步核算，…。分产业看，…)", scope: "paragraph") { run, f in
            f.prefix.lowerBound > f.paragraphStart && strongActual.occurs(in: run.s, range: f.paragraphStart..<f.prefix.lowerBound) ? .actual : nil
        },
        KindRule(name: "frame-in-section", cue: "a frame opened inside the figure's section, after its heading (过去一年… / 今年…)", scope: "section, until the next frame") { _, f in
            guard f.frameInSection else { return nil }
            return f.frame.targetKind
        },
        KindRule(name: "section-heading", cue: "a heading above with 回顾/成就/… or 目标/安排/任务/…", scope: "section") { _, f in
            f.section.kind
        },
        KindRule(name: "section-year", cue: "a year in a heading above, before or after the report's", scope: "section") { run, f in
            guard let y = f.section.year, let ry = run.reportYear else { return nil }
            return y < ry ? .actual : .target
        },
        KindRule(name: "weak-review-cue", cue: "已有, 已经, 已达, 累计完成, 成功, 预计全年, 全年实现", scope: "sentence, 120 scalars before") { run, f in
            weakActual.occurs(in: run.s, range: f.prefix) ? .actual : nil
        },
        KindRule(name: "inherited-frame", cue: "the frame opened by an earlier heading or paragraph (过去一年… until 今年…)", scope: "document, until the next frame") { _, f in
            f.frame.targetKind
        },
        KindRule(name: "default-target", cue: "nothing says otherwise", scope: "—") { _, _ in .target },
    ]

    /// A year rule: its name, the cue it reads, and its answer for a figure of the given kind (nil: no opinion).
    struct YearRule: Sendable {
        let name: String
        let cue: String
        let decide: @Sendable (TargetRun, FigureTime, TargetKind) -> String?
    }

    static let yearRules: [YearRule] = [
        YearRule(name: "average-or-cumulative", cue: "年均/累计: the period the sentence, the paragraph or the heading names") { run, f, k in
            guard let c = f.change, c.hasPrefix("年均") || c.hasPrefix("累计") else { return nil }
            let ry = run.reportYear
            if let m = f.mark, run.kind(of: m) == k {
                if case let .period(a, b) = m.kind { return "\(a)-\(b)" }
                if case let .since(a, b) = m.kind { return "\(a)-\(b)" }
            }
            // A period named earlier in the sentence or the paragraph (“十四五”时期，…年均增长6.1%，预计2025年达到…；累计…).
            if let m = run.periodMark(in: f.paragraphStart..<f.prefix.upperBound), run.kind(of: m) == k {
                if case let .period(a, b) = m.kind { return "\(a)-\(b)" }
                if case let .since(a, b) = m.kind { return "\(a)-\(b)" }
            }
            if let m = f.lead, case let .period(a, b) = m.kind { return "\(a)-\(b)" }
            if let m = f.lead, case let .since(a, b) = m.kind { return "\(a)-\(b)" }
            if let m = f.lead, m.kind == .pastFive || m.kind == .pastTen, k == .actual, let y = run.reviewYears(m, level: false) { return y }
            // A plan titled by its span (…三年行动计划（2026—2028年）): 到2028年…年均增长 is over the span (累计达到 by then is a level of 2028).
            if k == .target, c.hasPrefix("年均"), let span = run.titleSpan, let m = f.mark, case let .year(y) = m.kind, y == span.last {
                return "\(span.first)-\(span.last)"
            }
            if let p = f.section.period ?? (k == .target && f.mark == nil ? run.titleSpan.map { ($0.first, $0.last) } : nil) {
                return "\(p.0)-\(p.1)"
            }
            if k == .actual, let m = f.frame.mark, f.frame.kind == .actual, m.kind == .pastFive || m.kind == .pastTen,
               let y = run.reviewYears(m, level: false) { return y }
            return nil
        },
        YearRule(name: "plan-deadline", cue: "到2030年 / 到2025年: a target by the last year of a plan period named in the paragraph, section or title (今年是“十五五”开局之年…到2030年)") { run, f, k in
            guard k == .target, let m = f.mark ?? f.lead, case let .year(y) = m.kind, m.position > 0, "到至".unicodeScalars.contains(run.s[m.position - 1]),
                  let p = run.planPeriod(endingIn: y, f, paragraphStart: f.paragraphStart, before: m.position) else { return nil }
            return "\(p.0)-\(p.1)"
        },
        YearRule(name: "time-in-sentence", cue: "the time named before the figure in its sentence, when it agrees with the kind") { run, f, k in
            guard let m = f.mark, run.kind(of: m) == nil || run.kind(of: m) == k, let y = run.describe(m, f, k) else { return nil }
            return y
        },
        YearRule(name: "paragraph-lead", cue: "the time an earlier sentence or the opening of the paragraph named") { run, f, k in
            guard let m = f.lead, run.kind(of: m) != (k == .actual ? .target : .actual), let y = run.describe(m, f, k) else { return nil }
            return y
        },
        YearRule(name: "frame-in-section", cue: "the time of a frame opened inside the figure's section, when its kind agrees") { run, f, k in
            guard f.frameInSection else { return nil }
            return run.frameYear(f, k)
        },
        YearRule(name: "communique-year", cue: "the year a statistical communiqué reports on") { run, _, k in
            guard k == .actual, let y = run.reviewedYear else { return nil }
            return String(y)
        },
        YearRule(name: "section-year", cue: "a year in a heading above (before the report's for an actual, else its own or later)") { run, f, k in
            guard let y = f.section.year else { return nil }
            if k == .actual { return y < (run.reportYear ?? Int.max) ? String(y) : nil }
            // A plan period heading that does not contain the heading's year names the period, not the year.
            if let p = f.section.period, p.1 >= (run.reportYear ?? Int.min), !(p.0...p.1).contains(y) { return "\(p.0)-\(p.1)" }
            return y >= (run.reportYear ?? Int.min) ? String(y) : nil
        },
        YearRule(name: "section-period", cue: "a plan period in a heading above") { run, f, k in
            guard let p = f.section.period else { return nil }
            if k == .actual { return p.1 < (run.reportYear ?? Int.max) ? (f.isLevel ? String(p.1) : "\(p.0)-\(p.1)") : nil }
            return p.1 >= (run.reportYear ?? Int.min) ? "\(p.0)-\(p.1)" : nil
        },
        YearRule(name: "inherited-frame", cue: "the time of the frame the paragraph inherits from before its section, when its kind agrees") { run, f, k in
            run.frameYear(f, k)
        },
        YearRule(name: "document-period", cue: "a target of a plan whose title names its period or its years") { run, _, k in
            guard k == .target, let p = run.documentPeriod ?? run.titleSpan else { return nil }
            return "\(p.first)-\(p.last)"
        },
        YearRule(name: "report-year", cue: "a target: the report's year; an achieved figure: the year before it, or its own when the text is dated from October on (预计全年… in December)") { run, _, k in
            guard let ry = run.reportYear else { return nil }
            return String(k == .actual && (run.reportMonth ?? 0) < 10 ? ry - 1 : ry)
        },
    ]

    // MARK: - Kind and year of one figure

    /// The kind and year of the figure at `position`, and the rules that decided them.
    mutating func timeContext(at position: Int, clause: TargetClause, change: String?) -> (kind: TargetKind, year: String?, explanation: TargetExplanation) {
        let f = figureTime(at: position, clause: clause, change: change)
        var kind = TargetKind.target
        var kindRule = "default-target"
        for rule in Self.kindRules {
            if let k = rule.decide(self, f) { kind = k; kindRule = rule.name; break }
        }
        var year: String?
        // No rule answers only when the report's year is unknown and nothing near the figure names one.
        var yearRule = "no-year"
        for rule in Self.yearRules {
            if let y = rule.decide(self, f, kind) { year = y; yearRule = rule.name; break }
        }
        return (kind, year, TargetExplanation(frame: f.frame.description, kindRule: kindRule, yearRule: yearRule))
    }

    /// The times around the figure at `position`.
    mutating func figureTime(at position: Int, clause: TargetClause, change: String?) -> FigureTime {
        let section = context(ofSection: structure.sectionIndex(at: position))
        var mark = lastMark(in: clause.sentenceStart..<position)
        // 五年累计 after a named period earlier in the paragraph (“十四五”以来，…；五年累计新增…): those five years.
        if let m = mark, m.kind == .fiveYears, let p = periodMark(in: clause.paragraphStart..<m.position) {
            mark = TimeMark(position: m.position, kind: p.kind)
        }
        let leadEnd = paragraphLeadEnd(clause)
        // The paragraph's context: its opening phrase (过去五年，/ 2020年，), else the last time an earlier sentence named.
        let opener = clause.sentenceStart > clause.paragraphStart || position >= leadEnd ? lastMark(in: clause.paragraphStart..<leadEnd) : nil
        var lead = opener
        if lead == nil, clause.sentenceStart > clause.paragraphStart {
            lead = lastMark(in: clause.paragraphStart..<clause.sentenceStart, skippingLocal: true)
        }
        let isLevel = change.map { c in ["达到", "突破", "超过", "已有", "跨越", "迈上", "覆盖"].contains(c) || c.hasSuffix("到") || c.hasSuffix("至") || c.hasSuffix("在") }
            ?? Self.stockWords.occurs(in: s, range: max(clause.range.lowerBound, position - 24)..<position)
        let isHeld = change.map { Self.heldChanges.contains($0) } == true
            || Self.heldWords.occurs(in: s, range: max(clause.range.lowerBound, position - 12)..<position)
        let frame = document.frames.inherited(at: clause.paragraphStart)
        let sectionStart = structure.sectionIndex(at: position).map { structure.sections[$0].range.lowerBound } ?? 0
        let planPeriod = section.period ?? documentPeriod.map { ($0.first, $0.last) }
        return FigureTime(mark: mark, opener: opener, lead: lead, frame: frame, frameInSection: frame.position >= sectionStart,
                          section: section,
                          prefix: max(clause.sentenceStart, position - 120)..<position, change: change,
                          isLevel: isLevel, isHeld: isHeld, planPeriod: planPeriod, paragraphStart: clause.paragraphStart)
    }

    /// The years of the frame a figure inherits, when the frame's kind is the figure's.
    /// (The kind a frame gives is ``TimeFrame/targetKind``.)
    func frameYear(_ f: FigureTime, _ k: TargetKind) -> String? {
        guard let m = f.frame.mark, f.frame.kind == (k == .actual ? .actual : .target) else { return nil }
        return describe(m, f, k)
    }

    /// The years a time names for a figure of kind `k`: a target in the last year of a plan period is for the
    /// period; a level of an achieved period is for its last year.
    func describe(_ m: TimeMark, _ f: FigureTime, _ k: TargetKind) -> String? {
        let ry = reportYear
        // An end level (增加到, 突破) of an achieved period is of its last year; a level held over it (稳定在, 连年…) is of the period.
        let endLevel = f.isLevel && !f.isHeld
        switch m.kind {
        case let .year(y):
            if k == .target, let p = f.planPeriod, y == p.1 { return "\(p.0)-\(p.1)" }
            return String(y)
        case .period, .since:
            return m.years(reportYear: ry, level: k == .actual && endLevel)
        case .nextFive:
            if let p = f.planPeriod { return "\(p.0)-\(p.1)" }
            return m.years(reportYear: ry, level: false)
        case .fiveYears:
            if k == .actual {
                guard let e = reviewEnd else { return nil }
                return endLevel ? String(e) : "\(e - 4)-\(e)"
            }
            if let p = f.planPeriod { return "\(p.0)-\(p.1)" }
            return ry.map { "\($0)-\($0 + 4)" }
        case let .span(n):
            guard let ry, let e = reviewEnd else { return nil }
            return k == .actual ? "\(e - n + 1)-\(e)" : "\(ry)-\(ry + n - 1)"
        case .pastFive, .pastTen:
            return reviewYears(m, level: endLevel)
        case .secondHalf:
            // Achieved in the second half: of the year a January report reviews.
            return (k == .actual ? reviewEnd : ry).map { String($0) }
        case .soFar:
            // `early-review`: 上半年 / 前三季度 / 1—9月 in a text dated January–March are of the year it reviews;
            // 今年以来 / 年初以来 stay in the report's own year.
            if let mo = reportMonth, mo <= 3, s[m.position] != "今", s[m.position] != "年", let ry { return String(ry - 1) }
            return ry.map { String($0) }
        default:
            return m.years(reportYear: ry, level: endLevel)
        }
    }

    /// `late-review`: the last year a review reaches: the year before the report's, or its own when the text is dated
    /// from October on (a 十五五 建议 of December 2025: 过去五年 = 2021-2025).
    var reviewEnd: Int? {
        reportYear.map { (reportMonth ?? 0) >= 10 ? $0 : $0 - 1 }
    }

    /// The years of a past span (过去五年, 十年来) up to ``reviewEnd``.
    func reviewYears(_ m: TimeMark, level: Bool) -> String? {
        m.years(reportYear: reviewEnd.map { $0 + 1 }, level: level)
    }

    /// The plan period ending in `y` (2030: 2026-2030) when the figure's paragraph names that plan before `position`
    /// (“十五五”, even in 开局之年), or its section, title or frame is that period, and the report falls in it.
    func planPeriod(endingIn y: Int, _ f: FigureTime, paragraphStart: Int, before position: Int) -> (Int, Int)? {
        if let p = f.planPeriod, p.1 == y { return p }
        if let m = f.frame.mark, case let .period(a, b) = m.kind, b == y, b - a == 4 { return (a, b) }
        // From the year before the plan (a 建议 adopted in its autumn) to its last year.
        guard let ry = reportYear, y - 5 <= ry, ry <= y, titleSpan == nil else { return nil }
        for q in quantities where q.kind == .planPeriod && q.span.lowerBound >= paragraphStart && q.span.lowerBound < position {
            if case let .range(lo, hi)? = q.value, Self.int(hi) == y, Self.int(lo) == y - 4 { return (y - 4, y) }
        }
        return nil
    }

    /// The kind a time makes a figure, nil when it cannot say. A document written late in its year (October on)
    /// reports that year's own figures as achieved (a 十五五 proposal of November 2025 reviewing 2025).
    func kind(of mark: TimeMark) -> TargetKind? {
        // `second-half`: 下半年 plans the rest of the year in a text dated April–September, or titled on a half year
        // (上半年…执行情况); elsewhere (a January review) it says nothing of the kind.
        if mark.kind == .secondHalf {
            guard let m = reportMonth else { return document.title?.contains("半年") == true ? .target : nil }
            return (4...9).contains(m) ? .target : nil
        }
        if let ry = reportYear, (reportMonth ?? 0) >= 10 {
            switch mark.kind {
            case let .year(y) where y == ry: return .actual
            case let .period(_, b) where b == ry: return .actual
            default: break
            }
        }
        switch mark.kind.frameKind(reportYear: reportYear) {
        case .actual?: return .actual
        case .target?: return .target
        default: return nil
        }
    }

    /// Whether a plan cue word (``strongTarget``) occurs in `range`; 争取 before funds (争取中央预算内投资12亿元, 争取专项债券)
    /// is obtaining them, reported in a review as much as planned, so it is no cue.
    func planCueWord(in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while let (k, n) = Self.strongTarget.firstMatch(in: s, range: i..<range.upperBound) {
            if n == 2, s[k] == "争", s[k + 1] == "取", Self.fundsAfterStrive.longestMatch(startingAt: k + n, in: s, upper: range.upperBound) != nil {
                i = k + n
                continue
            }
            return true
        }
        return false
    }

    // MARK: - Time marks

    /// Years, plan periods and 今年/去年/过去五年 … in the text, in order; baseline and comparison years are left out.
    func timeMarks() -> [TimeMark] {
        var marks: [TimeMark] = []
        for q in quantities {
            let before = q.span.lowerBound > 0 ? s[q.span.lowerBound - 1] : " "
            switch q.kind {
            case .year:
                // A span of years (2025—2027年) has no single date: its first year stands for the checks below.
                var rangeStart: Int?
                if case let .range(lo, hi)? = q.value, lo != hi { rangeStart = Self.int(lo) }
                guard let y = q.date?.year ?? rangeStart else { continue }
                // 比2020年, 较2020年, 从2017年的 (baseline), 与2020年相比, 在2020年基础上
                if "比较从由与同是".unicodeScalars.contains(before) { continue }
                if followed(q.span.upperBound, by: ["基础上", "的基础", "水平上", "前", "底前", "以前", "之前", "年底前", "以来"]) { continue }
                // A year long before the report is history, not the year of a figure.
                if let ry = reportYear, y < ry - 10 { continue }
                if case let .range(lo, hi)? = q.value, lo != hi {
                    marks.append(TimeMark(position: q.span.lowerBound, kind: .period(Self.int(lo), Self.int(hi))))
                } else {
                    // 从2015年的303亿元增加到2020年的487亿元: the end year of a 从…到… level times that level only.
                    let local = before == "到" && followed(q.span.upperBound, by: ["的"])
                    marks.append(TimeMark(position: q.span.lowerBound, kind: .year(y), local: local))
                }
            case .planPeriod:
                guard case let .range(lo, hi)? = q.value else { continue }
                // “十四五”开局之年 / 规划的关键一年: the plan is named, not the period stated.
                if followed(q.span.upperBound, within: 10, byAny: ["之年", "一年", "规划的"]) { continue }
                if let ry = reportYear, followed(q.span.upperBound, within: 3, byAny: ["以来"]) {
                    // Up to the report's year when it is dated late in the year, else up to the year before it.
                    let last = (reportMonth ?? 1) >= 7 ? ry : ry - 1
                    let a = Self.int(lo), b = min(Self.int(hi), last)
                    if b >= a { marks.append(TimeMark(position: q.span.lowerBound, kind: .since(a, b))) }
                    continue
                }
                marks.append(TimeMark(position: q.span.lowerBound, kind: .period(Self.int(lo), Self.int(hi))))
            default:
                continue
            }
        }
        // Words.
        var i = 0
        while i < s.count {
            guard let (n, kind) = TimeMark.word(at: i, in: s, upper: s.count) else { i += 1; continue }
            // 比上年 / 较上年 / 上年同期 are comparisons, not times.
            if !(kind == .lastYear && i > 0 && (s[i - 1] == "比" || s[i - 1] == "较" || s[i - 1] == "同")) {
                marks.append(TimeMark(position: i, kind: kind, local: TimeMark.localWords.contains(ScalarString.make(s, i..<i + n))))
            }
            i += n
        }
        marks.sort { $0.position < $1.position }
        return marks
    }

    static func int(_ d: Decimal) -> Int { NSDecimalNumber(decimal: d).intValue }

    func followed(_ i: Int, by words: [String]) -> Bool {
        for w in words {
            var k = i
            var ok = true
            for c in w.unicodeScalars {
                guard k < s.count, s[k] == c else { ok = false; break }
                k += 1
            }
            if ok { return true }
        }
        return false
    }

    func followed(_ i: Int, within n: Int, byAny words: [String]) -> Bool {
        var k = i
        while k < min(s.count, i + n) {
            if s[k] == "，" || s[k] == "," || s[k] == "。" { return false }
            if followed(k, by: words) { return true }
            k += 1
        }
        return false
    }

    /// The last mark in `range`; with `skippingLocal`, the last that is not the span of one figure (十年增加…).
    func lastMark(in range: Range<Int>, skippingLocal: Bool = false) -> TimeMark? {
        var lo = 0, hi = marks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if marks[mid].position < range.upperBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while skippingLocal, i >= 0, marks[i].local, marks[i].position >= range.lowerBound { i -= 1 }
        guard i >= 0, marks[i].position >= range.lowerBound else { return nil }
        return marks[i]
    }

    /// The last plan period or “…”以来 mark in `range`.
    func periodMark(in range: Range<Int>) -> TimeMark? {
        var best: TimeMark?
        for m in marks where range.contains(m.position) {
            switch m.kind {
            case .period, .since: best = m
            default: break
            }
        }
        return best
    }

    /// End of a paragraph's leading phrase ("过去五年，" "2020年，" "去年,"): its first clause.
    func paragraphLeadEnd(_ clause: TargetClause) -> Int {
        var k = clause.paragraphStart
        let limit = min(s.count, clause.paragraphStart + 24)
        while k < limit {
            let c = s[k]
            if c == "，" || c == "," || c == "。" || c == "：" || c == ":" || c == "\n" { return k }
            k += 1
        }
        return clause.paragraphStart
    }

    // MARK: - Sections

    mutating func context(ofSection index: Int?) -> SectionContext {
        guard let index else { return SectionContext() }
        if let c = sectionContext[index] { return c }
        var c = SectionContext()
        var i: Int? = index
        while let j = i {
            let text = Array(structure.sections[j].heading.text.unicodeScalars)
            let all = 0..<text.count
            if c.kind == nil {
                if TargetCues.reviewHeadings.occurs(in: text, range: all) { c.kind = .actual } else if TargetCues.planHeadings.occurs(in: text, range: all) { c.kind = .target }
            }
            if c.year == nil && c.period == nil {
                // "“十四五”时期和2025年工作回顾" has both: the year for a paragraph that says nothing, the period for 年均/累计.
                c.period = DocumentFactsReader.planPeriod(in: text).map { ($0.first, $0.last) }
                // 今后五年 / 未来五年: the five years from the report's own.
                if c.period == nil, let ry = reportYear, Self.nextFiveWords.occurs(in: text, range: all) { c.period = (ry, ry + 4) }
                c.year = DocumentFactsReader.firstYear(in: text)
            }
            i = structure.sections[j].parent
        }
        sectionContext[index] = c
        return c
    }

    // MARK: - Cue lists

    static let stockWords = ScalarWordSet(["已有", "已达", "总数", "总量", "保有量", "总里程", "总规模"])
    /// A level held over a period rather than reached at its end.
    static let heldChanges: Set<String> = ["稳定在", "保持在", "维持在", "稳在", "保持", "稳定"]
    static let heldWords = ScalarWordSet(["连年", "始终", "一直", "连续", "持续保持", "均保持", "常年"])
    static let nextFiveWords = ScalarWordSet(["今后五年", "未来五年", "今后5年", "未来5年"])
    static let strongTarget = ScalarWordSet(["力争", "确保", "预期目标", "拟", "计划实施", "计划完成", "争取", "力求", "目标是", "目标为", "努力实现",
                                        "报告提出", "报告明确", "报告要求", "报告部署", "全会提出", "会议提出", "会议明确", "预期增长", "预期达到"])
    static let strongActual = ScalarWordSet(["过去一年", "初步统计", "初步核算", "据统计", "圆满完成", "超额完成",
                                        "报告显示", "数据显示", "统计显示", "监测显示", "公报显示"])
    static let estimateWords = ScalarWordSet(["预计"])
    static let fundsAfterStrive = ScalarWordSet(["中央", "上级", "省级", "省以上", "国家", "各类", "资金", "专项", "债券", "政策性", "预算内", "地方政府"])
    static let weakActual = ScalarWordSet(["已有", "已经", "已达", "累计完成", "成功", "预计全年", "全年实现", "全年完成"])
}

/// Why a record has its kind and year: the frame it inherited and the rules that decided (`zhmine extract --explain`).
///
/// ```swift
/// TargetExplanation(frame: "actual 2023 (review-opener at 11)", kindRule: "inherited-frame", yearRule: "inherited-frame")
/// ```
public struct TargetExplanation: Sendable, Hashable, Codable {
    /// The frame the record's paragraph inherited (``TimeFrame/description``).
    public var frame: String
    /// The name of the kind rule that decided (``TargetExtractor/kindRuleNames``).
    public var kindRule: String
    /// The name of the year rule that decided (``TargetExtractor/yearRuleNames``).
    public var yearRule: String

    enum CodingKeys: String, CodingKey {
        case frame
        case kindRule = "kind_rule"
        case yearRule = "year_rule"
    }
}
