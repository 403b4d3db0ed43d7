/// The rules of ``Reflow``, in one place: which lines are page furniture, and which line breaks are a
/// paragraph's. Each rule is named; the first that applies decides.
extension Reflow {
    /// Why a line is dropped as page furniture.
    ///
    /// | rule | cue | scope |
    /// |---|---|---|
    /// | pageNumberDashed | a number between dashes: `— 3 —`, `-3-`, `－ 12 －` | any line |
    /// | pageNumberChinese | `第3页`, `第 3 页 共 10 页` | any line |
    /// | pageNumberFraction | `3/10`, `3 / 10` | a page's first or last line |
    /// | pageNumberBare | 1–4 digits alone | a page's first or last line, or between blank lines |
    /// | runningHeader | the same line (digits aside) first or last on two thirds of the pages or more (≥ 3 pages) | page edges, not the title |
    public enum DropRule: String, Sendable, CaseIterable {
        case pageNumberDashed, pageNumberChinese, pageNumberFraction, pageNumberBare, runningHeader

        /// The page-number rule `line` (trimmed) matches, or nil.
        static func pageNumber(_ line: [Unicode.Scalar], atPageEdge: Bool, betweenBlankLines: Bool) -> DropRule? {
            let t = line.filter { !SentenceSplitter.isSpace($0) }
            guard !t.isEmpty, t.count <= 16 else { return nil }
            // — 3 —
            var i = 0
            while i < t.count, isDash(t[i]) { i += 1 }
            let leadingDashes = i
            let digitsStart = i
            while i < t.count, CharClass.isAnyDigit(t[i]) { i += 1 }
            let digits = i - digitsStart
            let trailingStart = i
            while i < t.count, isDash(t[i]) { i += 1 }
            if i == t.count, (1...4).contains(digits), leadingDashes > 0, i > trailingStart { return .pageNumberDashed }
            if i == t.count, (1...4).contains(digits), leadingDashes == 0, i == trailingStart,
               atPageEdge || betweenBlankLines { return .pageNumberBare }
            // 第3页, 第3页共10页
            if isChinesePageNumber(t) { return .pageNumberChinese }
            // 3/10
            if atPageEdge, let slash = t.firstIndex(where: { $0 == "/" || $0 == "／" }),
               (1...4).contains(slash), t[..<slash].allSatisfy(CharClass.isAnyDigit),
               (1...4).contains(t.count - slash - 1), t[(slash + 1)...].allSatisfy(CharClass.isAnyDigit) {
                return .pageNumberFraction
            }
            return nil
        }

        static func isChinesePageNumber(_ t: [Unicode.Scalar]) -> Bool {
            func page(_ t: ArraySlice<Unicode.Scalar>, opener: Unicode.Scalar) -> ArraySlice<Unicode.Scalar>? {
                guard t.first == opener else { return nil }
                let rest = t.dropFirst()
                let digits = rest.prefix(while: CharClass.isAnyDigit)
                guard (1...4).contains(digits.count), rest.dropFirst(digits.count).first == "页" else { return nil }
                return rest.dropFirst(digits.count + 1)
            }
            guard var rest = page(t[...], opener: "第") else { return false }
            if rest.first == "," || rest.first == "，" || rest.first == "/" { rest = rest.dropFirst() }
            if rest.isEmpty { return true }
            return page(rest, opener: "共")?.isEmpty == true
        }

        static func isDash(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x2D, 0x2010...0x2015, 0x2212, 0xFF0D, 0x2500, 0x2501: return true
            default: return false
            }
        }

    }

    /// Why a line break is kept (the lines are not joined), or `continuation` when they are.
    ///
    /// | rule | cue | result |
    /// |---|---|---|
    /// | blankLine | a blank line between the lines (same page, not beside a dropped page number) | keep, as a paragraph break |
    /// | indent | the next line starts with white space (space, U+3000, tab) | keep |
    /// | blockStart | the next line opens a block: ——, ●○■□◆◇▲△★☆►•, `- ` `* ` (list items), 一、 (一) （一） 1. 1、 (1) ① ⑴, 第…章/节/部分/条, `|` `｜` (a table row) | keep |
    /// | titleLine | the line is the first of a laid-out document (one with a wrap width) and has no ，or 。 (the title) | keep |
    /// | headingLine | the line opens a block and has no ，or 。 (a heading or a short list item), or is wholly emphasised (`**…**`) | keep |
    /// | shortLine | the line is under 75 % of the wrap width (it ended its paragraph) | keep |
    /// | sentenceEnd | the line ends with 。！？；!?;… (a closing quote or bracket after them too) | keep |
    /// | continuation | none of the above: the break is the layout's | join (a space between two Latin words) |
    public enum BreakRule: String, Sendable, CaseIterable {
        case blankLine, indent, blockStart, titleLine, headingLine, shortLine, sentenceEnd, continuation

        /// The first rule that applies to the break between `previous` and `next` (trimmed of trailing white space).
        static func first(previous: ArraySlice<Unicode.Scalar>, previousWidth: Int, next: ArraySlice<Unicode.Scalar>,
                          wrapWidth: Int?, blankLine: Bool, previousIsFirst: Bool) -> BreakRule {
            if blankLine { return .blankLine }
            if let c = next.first, SentenceSplitter.isSpace(c) { return .indent }
            if opensBlock(next) { return .blockStart }
            let unpunctuated = !previous.contains(where: { $0 == "，" || $0 == "。" || $0 == "," })
            if previousIsFirst, unpunctuated, wrapWidth != nil { return .titleLine }
            if opensBlock(previous), unpunctuated { return .headingLine }
            if previous.count > 4, previous.starts(with: ["*", "*"]), previous.reversed().starts(with: ["*", "*"]) { return .headingLine }
            if let w = wrapWidth, previousWidth * 4 < w * 3 { return .shortLine }
            if Reflow.endsSentence(previous) { return .sentenceEnd }
            return .continuation
        }

        /// Markers that open a heading, a list item or a new block.
        static let bulletMarks: Set<Unicode.Scalar> = ["●", "○", "■", "□", "◆", "◇", "▲", "△", "★", "☆", "►", "▶", "•"]
        static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]
        static let sectionWords: Set<Unicode.Scalar> = ["章", "节", "条", "篇", "部", "编"]

        static func opensBlock(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let c = line.first else { return false }
            let rest = line.dropFirst()
            if bulletMarks.contains(c) || c == "|" || c == "｜" { return true }
            if c == "-" || c == "*", rest.first == " " { return true }                                     // - item
            if (0x2460...0x2473).contains(c.value) || (0x2474...0x2487).contains(c.value) { return true }  // ① ⑴
            if c == "—" || c == "─", rest.first == c { return true }                                       // ——
            // 一、 二十、
            let numerals = line.prefix(while: { chineseNumerals.contains($0) })
            if !numerals.isEmpty, numerals.count <= 3, line.dropFirst(numerals.count).first == "、" { return true }
            // (一) （一） (1) （1）
            if c == "(" || c == "（" {
                let inner = rest.prefix(while: { chineseNumerals.contains($0) || CharClass.isAnyDigit($0) })
                if (1...3).contains(inner.count), let close = rest.dropFirst(inner.count).first, close == ")" || close == "）" { return true }
            }
            // 1. 1、 1．  — but not 1.5万亿元
            let digits = line.prefix(while: CharClass.isAnyDigit)
            if (1...2).contains(digits.count), let mark = line.dropFirst(digits.count).first,
               mark == "、" || mark == "." || mark == "．" {
                let after = line.dropFirst(digits.count + 1).first
                if after == nil || !CharClass.isAnyDigit(after!) { return true }
            }
            // 第一章 第3节 第二部分
            if c == "第" {
                let n = rest.prefix(while: { chineseNumerals.contains($0) || CharClass.isAnyDigit($0) })
                if (1...4).contains(n.count), let w = rest.dropFirst(n.count).first, sectionWords.contains(w) { return true }
            }
            return false
        }
    }

    /// Whether a line ends a sentence: 。！？；!?… possibly followed by closing quotes or brackets.
    static func endsSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = line.endIndex
        while i > line.startIndex, closers.contains(line[i - 1]) { i -= 1 }
        guard i > line.startIndex else { return false }
        return terminals.contains(line[i - 1])
    }

    /// Sentence-final marks, and ；(which ends the items of a run-in list). Not ：— in a wrapped
    /// paragraph the text goes on after it, and a short lead-in line ("各位代表：") is kept by `shortLine`.
    static let terminals: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";", "…"]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》"]
}
