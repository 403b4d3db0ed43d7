import Foundation
import ZhText

/// One clause of the text: the unit a record's `sentence` is made of.
struct TargetClause {
    var range: Range<Int>
    /// Start of the sentence (up to 。！？ or a line break) the clause belongs to.
    var sentenceStart: Int
    /// Index of the line (paragraph) the clause is on.
    var paragraph: Int
    /// Start of that line.
    var paragraphStart: Int
    /// Whether the line is a table row (tab-separated cells) or a heading.
    var skip: Bool
}

/// One pass of the extractor over one document: clauses, figures, indicators, kind and year.
struct TargetRun {
    let s: [Unicode.Scalar]
    let offsets: OffsetMap
    let original: [Unicode.Scalar]
    /// The document's facts: structure, report year, plan period, frames.
    let document: DocumentContext
    let doc: String?
    var structure: DocumentStructure { document.structure }
    var reportYear: Int? { document.reportYear }
    /// The month of the report's date, when known: late in the year, "“十四五”以来" includes the report's own year.
    var reportMonth: Int? { document.reportMonth }
    /// The plan period the whole document is about (a five-year-plan outline), from its title.
    var documentPeriod: YearSpan? { document.planPeriod }
    /// The years a plan's title spans (…三年行动方案（2025—2027年）): the period of a figure that names no year.
    var titleSpan: YearSpan? { document.titleSpan }
    /// The year a statistical communiqué reports on (徐州市2025年国民经济和社会发展统计公报): its figures are achieved
    /// figures of that year, whatever the date it was published.
    var reviewedYear: Int? { document.reviewedYear }

    var quantities: [Quantity] = []
    var records: [TargetRecord] = []
    /// Indicators of the records so far, with the paragraph and sentence they came from.
    var history: [(indicator: String, paragraph: Int, sentence: Int)] = []
    /// Section-level kind and year, cached per section index.
    var sectionContext: [Int: SectionContext] = [:]
    /// Time marks of the document (years, plan periods, 今年/去年…), in order.
    var marks: [TimeMark] = []
    /// Whether the clause processed last had figures (a clause without any lends its subject to the next).
    var lastClauseHadQuantities = false

    init(s: [Unicode.Scalar], offsets: OffsetMap, original: [Unicode.Scalar], document: DocumentContext, doc: String?) {
        self.s = s
        self.offsets = offsets
        self.original = original
        self.document = document
        self.doc = doc
    }

    mutating func extract() -> [TargetRecord] {
        quantities = QuantityRecognizer().quantities(in: s).map { doublingAsWritten(attachMeasureWord($0)) }
        marks = timeMarks()
        let clauses = clauseSpans()
        var qi = 0
        var inClause: [Quantity] = []
        var table: TableLayout?
        for clause in clauses {
            if clause.skip {
                tableRow(clause, layout: &table)
                lastClauseHadQuantities = false
                continue
            }
            table = nil
            while qi < quantities.count, quantities[qi].span.lowerBound < clause.range.lowerBound { qi += 1 }
            inClause.removeAll(keepingCapacity: true)
            var k = qi
            while k < quantities.count, quantities[k].span.lowerBound < clause.range.upperBound {
                inClause.append(quantities[k])
                k += 1
            }
            process(clause, inClause)
            lastClauseHadQuantities = inClause.contains { $0.value != nil }
        }
        return records
    }

    /// The first quantity starting in `a..<b` (binary search over the sorted quantities).
    func nextQuantity(from a: Int, before b: Int) -> Quantity? {
        var lo = 0, hi = quantities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quantities[mid].span.lowerBound < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < quantities.count && quantities[lo].span.lowerBound < b ? quantities[lo] : nil
    }

    /// The quantity whose span ends at `end` (or one scalar before it, for a closing `*`).
    func quantityEnding(at end: Int) -> Quantity? {
        var lo = 0, hi = quantities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quantities[mid].span.lowerBound < end { lo = mid + 1 } else { hi = mid }
        }
        let i = lo - 1
        guard i >= 0, quantities[i].span.upperBound <= end, quantities[i].span.upperBound >= end - 1 else { return nil }
        return quantities[i]
    }

    /// 300列, 6548万头: attaches a measure word the recogniser does not know, with a 以上/左右 after it.
    func attachMeasureWord(_ q: Quantity) -> Quantity {
        guard q.kind == .amount || q.kind == .number, q.value != nil else { return q }
        let unit = q.unit ?? ""
        guard unit.unicodeScalars.allSatisfy({ "万亿千百十".unicodeScalars.contains($0) }) else { return q }
        var k = q.numberSpan.upperBound
        while k < s.count, s[k] == "*" { k += 1 }
        guard let n = TargetCues.extraMeasureWords.longestMatch(startingAt: k, in: s, upper: s.count) else { return q }
        var r = q
        r.kind = .amount
        r.unit = unit + ScalarString.make(s, k..<k + n)
        r.numberSpan = q.numberSpan.lowerBound..<(k + n)
        var end = k + n
        var m = end
        while m < s.count, s[m] == "*" { m += 1 }
        for (word, qualifier) in [("以上", Qualifier.atLeast), ("多", .atLeast), ("余", .atLeast), ("以下", .atMost), ("以内", .atMost), ("左右", .approx), ("上下", .approx)] {
            let w = Array(word.unicodeScalars)
            if m + w.count <= s.count, Array(s[m..<(m + w.count)]) == w {
                if r.qualifier == .exact { r.qualifier = qualifier }
                end = m + w.count
                break
            }
        }
        r.span = q.span.lowerBound..<max(q.span.upperBound, end)
        return r
    }

    /// 翻一番 / 翻两番 / 翻番: the recogniser's multiple (2倍, 4倍) is reported as written, in 番 (1, 2, 1), the unit
    /// the text states.
    func doublingAsWritten(_ q: Quantity) -> Quantity {
        guard q.kind == .multiple, q.numberSpan.lowerBound < s.count, s[q.numberSpan.lowerBound] == "翻",
              case let .number(v)? = q.value else { return q }
        var n = 0
        var x = v
        while x > 1, n < 64 { x /= 2; n += 1 }
        guard x == 1, n >= 1 else { return q }
        var r = q
        r.value = .number(Decimal(n))
        r.unit = "番"
        return r
    }

    // MARK: - Clauses

    func clauseSpans() -> [TargetClause] {
        var result: [TargetClause] = []
        let lines = SentenceSplitter().lines(in: s)
        var headingIndex = 0
        let headings = structure.headings
        // Whether the `|` table in progress has a header that names years (read by column) or not
        // (each cell read as text); nil outside a table.
        var pipeTableReadable: Bool?
        for (lineNumber, line) in lines.enumerated() {
            let pipe = line.start < line.end && isPipeRow(line.range)
            if !pipe { pipeTableReadable = nil } else if pipeTableReadable == nil {
                pipeTableReadable = header(cells(of: line.range)).readable
            }
            guard line.start < line.end else { continue }
            var tabs = 0
            for i in line.range where s[i] == "\t" { tabs += 1 }
            // A heading is read like any clause: "**地区生产总值增长7%左右**" states a target; its numbering
            // (一、 1. 专栏1 关键词 2.) is no figure. A heading ends its own sentence.
            while headingIndex < headings.count, headings[headingIndex].span.end <= line.start { headingIndex += 1 }
            var headingEnd = line.start
            if headingIndex < headings.count, headings[headingIndex].span.start >= line.start,
               headings[headingIndex].span.start < line.end {
                headingEnd = headings[headingIndex].span.end
            }
            let isTable = tabs >= 2 || (pipe && pipeTableReadable == true)
            // A table row is one clause: its cells are read by column (TargetRun+Tables).
            if isTable {
                var b = line.end
                while b > line.start, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
                if line.start < b {
                    result.append(TargetClause(range: line.start..<b, sentenceStart: line.start, paragraph: lineNumber,
                                               paragraphStart: line.start, skip: true))
                }
                continue
            }
            var sentenceStart = line.start
            var start = line.start
            var i = line.start
            func emit(_ a: Int, _ b: Int, _ into: inout [TargetClause]) {
                var a = a, b = b
                a = skipListMarker(a, b)
                while b > a, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
                guard a < b else { return }
                into.append(TargetClause(range: a..<b, sentenceStart: sentenceStart, paragraph: lineNumber,
                                         paragraphStart: line.start, skip: isTable))
            }
            // A row of a table whose header names no year: each cell is a sentence of its own.
            let cellsAsText = pipe
            while i < line.end {
                let c = s[i]
                if cellsAsText, c == "|" {
                    emit(start, i, &result)
                    sentenceStart = i + 1
                    start = i + 1
                    i += 1
                    continue
                }
                if i == headingEnd, headingEnd > line.start, headingEnd < line.end {
                    emit(start, i, &result)
                    sentenceStart = i
                    start = i
                }
                if CharClass.isFullStop(c) || isClauseMark(at: i, lineEnd: line.end) {
                    emit(start, i, &result)
                    var j = i + 1
                    while j < line.end, CharClass.isFullStop(s[j]) || s[j] == "”" || s[j] == "’" || s[j] == ")" || s[j] == "）" { j += 1 }
                    if CharClass.isFullStop(c) { sentenceStart = j }
                    start = j
                    i = j
                    continue
                }
                i += 1
            }
            emit(start, line.end, &result)
        }
        return result
    }

    /// ，,；;：: — but not a comma or colon between digits (1,234 / 1.61:1).
    func isClauseMark(at i: Int, lineEnd: Int) -> Bool {
        switch s[i] {
        case "，", "；", ";", "：":
            return true
        case "、":
            return enumerationCommaEndsClause(at: i, lineEnd: lineEnd)
        case ",", ":":
            if i > 0, i + 1 < lineEnd, isDigit(s[i - 1]), isDigit(s[i + 1]) { return false }
            return true
        default:
            return false
        }
    }

    /// A 、 after a figure ends a clause when the next item names its own indicator
    /// (新增项目100个以上、立项100个以上), not when it only lists the next figure (分别增长4.6%、6.2%).
    func enumerationCommaEndsClause(at i: Int, lineEnd: Int) -> Bool {
        let e = skipMarkupBackward(i, 0)
        guard let q = quantityEnding(at: e), q.span.upperBound >= e - 1, q.value != nil,
              q.kind != .year, q.kind != .date, q.kind != .ordinal else { return false }
        let next = nextQuantity(from: i + 1, before: lineEnd)?.span.lowerBound ?? lineEnd
        var k = i + 1
        while k < next {
            if isHan(s[k]) { return true }
            if s[k] == "，" || s[k] == "。" || s[k] == "；" { return false }
            k += 1
        }
        return false
    }

    /// Skips spaces and list markers (- , * , ——, •, ①) at a clause start.
    func skipListMarker(_ a: Int, _ b: Int) -> Int {
        var a = a
        while a < b, SentenceSplitter.isSpace(s[a]) { a += 1 }
        if a + 1 < b, (s[a] == "-" || s[a] == "*" || s[a] == "•") && s[a + 1] == " " { a += 2 }
        while a < b, s[a] == "—" || s[a] == "•" || s[a] == "·" || Self.bullets.contains(s[a]) { a += 1 }
        if a < b, (0x2460...0x2487).contains(s[a].value) { a += 1 }
        while a < b, SentenceSplitter.isSpace(s[a]) { a += 1 }
        // Numbering and 关键词 of headings and numbered items: 关键词 2. / 一、/ （一）/ 1. / 1、
        var k = a
        while k < b, s[k] == "*" { k += 1 }
        if k + 3 <= b, s[k] == "关", s[k + 1] == "键", s[k + 2] == "词" {
            k += 3
            while k < b, SentenceSplitter.isSpace(s[k]) || s[k] == ":" { k += 1 }
        }
        var m = k
        if m < b, s[m] == "(" || s[m] == "（" { m += 1 }
        let digits = m
        while m < b, m - digits < 3, isDigit(s[m]) || NumeralScalars.chineseDigit(s[m]) != nil || s[m] == "十" { m += 1 }
        if m > digits, m < b {
            let closesParen = s[m] == ")" || s[m] == "）"
            let opened = digits > k
            if (opened && closesParen) || (!opened && (s[m] == "、" || (s[m] == "." && m + 1 < b && !isDigit(s[m + 1])))) {
                m += 1
                while m < b, SentenceSplitter.isSpace(s[m]) { m += 1 }
                return m
            }
        }
        return k > a && (k == b || s[k] != "*") ? k : a
    }

    /// Bullets of digests and slides (●预计…, ■到2025年…).
    static let bullets: Set<Unicode.Scalar> = Set("●■▲◆▶★○□".unicodeScalars)

    /// `CharClass`'s, as members so that the rules read short.
    @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { CharClass.isDigit(c) }
    @inline(__always) func isHan(_ c: Unicode.Scalar) -> Bool { CharClass.isHan(c) }

    /// Whether `c` is markup or space that the extractor looks through.
    @inline(__always) func isMarkup(_ c: Unicode.Scalar) -> Bool {
        c == "*" || SentenceSplitter.isSpace(c)
    }

    /// The text of `r` without markup and spaces.
    func string(_ r: Range<Int>) -> String {
        ScalarString.make(s, r, skipping: isMarkup)
    }

    /// Start of the text in `r` after markup on the left.
    func skipMarkupForward(_ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, isMarkup(s[i]) { i += 1 }
        return i
    }

    /// End of the text before `i` after stepping back over markup.
    func skipMarkupBackward(_ i: Int, _ start: Int) -> Int {
        var i = i
        while i > start, isMarkup(s[i - 1]) { i -= 1 }
        return i
    }

    // MARK: - Output

    func sentenceRecord(kind: TargetKind, indicator: String, change: String?, value: QuantityValue?, unit: String?,
                        qualifier: Qualifier, reference: String?, year: String?, clause: TargetClause,
                        explanation: TargetExplanation) -> TargetRecord {
        let r = offsets.originalRange(clause.range)
        let lo = max(0, min(r.lowerBound, original.count))
        let hi = max(lo, min(r.upperBound, original.count))
        let sentence = ScalarString.make(original, lo..<hi)
        let section = structure.section(at: clause.range.lowerBound)?.heading.text
        return TargetRecord(doc: doc, kind: kind, indicator: indicator, change: change, value: value, unit: unit,
                            qualifier: qualifier, reference: reference, year: year, section: section,
                            sentence: sentence, start: lo, end: hi, explanation: explanation)
    }
}

/// Builds Strings from scalar ranges through UTF-8 (much faster than appending to a UnicodeScalarView).
enum ScalarString {
    static func make(_ s: [Unicode.Scalar], _ r: Range<Int>, skipping skip: (Unicode.Scalar) -> Bool = { _ in false }) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(r.count * 3)
        for i in r {
            let c = s[i]
            if skip(c) { continue }
            UTF8Encoding.append(c, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
