import ZhText

/// Reads a document's lines once: headings, sections and list items.
struct DocumentParser {
    let text: [Unicode.Scalar]

    func parse() -> DocumentStructure {
        let lines = SentenceSplitter().lines(in: text)
        var headings: [Heading] = []
        var listItems: [TextSpan] = []
        for raw in lines {
            let line = trimmed(raw)
            if line.isEmpty { continue }
            if let h = heading(in: line) {
                headings.append(h)
            } else if isListItem(line) {
                listItems.append(line)
            }
        }
        let sections = Self.sections(for: headings, textCount: text.count)
        return DocumentStructure(headings: headings, sections: sections, listItems: listItems)
    }

    // MARK: - Sections

    static func sections(for headings: [Heading], textCount: Int) -> [DocumentSection] {
        var sections: [DocumentSection] = []
        sections.reserveCapacity(headings.count)
        var stack: [Int] = []  // indices of open sections
        for h in headings {
            while let top = stack.last, sections[top].heading.level >= h.level {
                sections[top].range = sections[top].range.lowerBound..<h.span.start
                stack.removeLast()
            }
            sections.append(DocumentSection(heading: h, range: h.span.start..<textCount, parent: stack.last))
            stack.append(sections.count - 1)
        }
        return sections
    }

    // MARK: - Lines

    func trimmed(_ span: TextSpan) -> TextSpan {
        var a = span.start, b = span.end
        while a < b, SentenceSplitter.isSpace(text[a]) { a += 1 }
        while b > a, SentenceSplitter.isSpace(text[b - 1]) { b -= 1 }
        return TextSpan(start: a, end: b)
    }

    func has(_ word: String, at i: Int, end: Int) -> Bool {
        var j = i
        for s in word.unicodeScalars {
            guard j < end, text[j] == s else { return false }
            j += 1
        }
        return true
    }

    func isListItem(_ line: TextSpan) -> Bool {
        let a = line.start
        guard line.end - a >= 2 else { return false }
        let c = text[a], d = text[a + 1]
        if (c == "-" || c == "*" || c == "•" || c == "·") && (d == " " || d == "\t") { return true }
        if c == "—" && d == "—" { return true }
        if (0x2460...0x2473).contains(c.value) || (0x2474...0x2487).contains(c.value) { return true }  // ①… ⑴…
        return numberedMarker(at: a, end: line.end) != nil
    }

    /// The heading a line forms, if it forms one.
    func heading(in line: TextSpan) -> Heading? {
        let a = line.start, b = line.end
        let length = b - a
        // Markdown: # … ######
        if text[a] == "#" {
            var k = a
            while k < b, text[k] == "#" { k += 1 }
            let level = k - a
            if level <= 6, k < b, text[k] == " " || text[k] == "\t" {
                return Heading(text: cleanText(k..<b), style: .markdown, level: level, span: line)
            }
        }
        // Whole-line bold.
        if length > 4, has("**", at: a, end: b), text[b - 2] == "*", text[b - 1] == "*", !containsBold(a + 2..<b - 2) {
            let inner = trimmed(TextSpan(start: a + 2, end: b - 2))
            guard !inner.isEmpty, inner.end - inner.start <= 60 else { return nil }
            if text[inner.start] == "【" { return Heading(text: cleanText(inner.range), style: .bracket, level: 2, span: line) }
            if has("关键词", at: inner.start, end: inner.end) {
                return Heading(text: cleanText(keywordBody(inner)), style: .keyword, level: 3, span: line)
            }
            if let h = numberedHeading(inner, line: line) { return h }
            return Heading(text: cleanText(inner.range), style: .bold, level: 3, span: line)
        }
        if text[a] == "【", length <= 40, text[b - 1] == "】" {
            return Heading(text: cleanText(line.range), style: .bracket, level: 2, span: line)
        }
        if has("关键词", at: a, end: b), length <= 40 {
            return Heading(text: cleanText(keywordBody(line)), style: .keyword, level: 3, span: line)
        }
        return numberedHeading(line, line: line)
    }

    private func keywordBody(_ span: TextSpan) -> Range<Int> {
        var k = span.start + 3
        while k < span.end, SentenceSplitter.isSpace(text[k]) || text[k] == ":" || text[k] == "：" { k += 1 }
        return k..<span.end
    }

    private func containsBold(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 1 < r.upperBound {
            if text[i] == "*" && text[i + 1] == "*" { return true }
            i += 1
        }
        return false
    }

    /// 一、… （一）… 1. … 第一章 … 专栏1 …: a short line, or the first short sentence of a paragraph.
    private func numberedHeading(_ span: TextSpan, line: TextSpan) -> Heading? {
        guard let (level, bodyStart) = numberedMarker(at: span.start, end: span.end) else { return nil }
        // Find the first sentence terminator.
        var k = bodyStart
        while k < span.end, !CharClass.isSentenceTerminator(text[k]) { k += 1 }
        if k == span.end {
            // Whole line: a heading when short and not a list entry ending in ；/，.
            guard span.end - bodyStart <= 40, span.end > bodyStart else { return nil }
            let last = text[span.end - 1]
            if last == "；" || last == ";" || last == "，" || last == "," || last == "、" { return nil }
            if level >= 4 && containsFigure(bodyStart..<span.end) { return nil }
            return Heading(text: cleanText(bodyStart..<span.end), style: .numbered, level: level, span: span)
        }
        // A paragraph: its first sentence is the heading when short and ended by 。 (（一）大力推进…。实施…).
        guard text[k] == "。" || text[k] == "." , k - bodyStart <= 30, k + 1 < span.end, level <= 4 else { return nil }
        return Heading(text: cleanText(bodyStart..<k), style: .numbered, level: level, span: TextSpan(start: span.start, end: k + 1))
    }

    private func containsFigure(_ r: Range<Int>) -> Bool {
        for i in r where text[i] == "%" || CharClass.isDigit(text[i]) { return true }
        return false
    }

    /// The heading level and body start of a numbering marker at `i`, if one starts there.
    func numberedMarker(at i: Int, end: Int) -> (Int, Int)? {
        guard i < end else { return nil }
        let c = text[i]
        // 第X篇 / 第X章 / 第X节
        if c == "第" {
            var k = i + 1
            while k < end, isChineseNumeral(text[k]) || CharClass.isDigit(text[k]) { k += 1 }
            if k > i + 1, k < end {
                switch text[k] {
                case "篇", "编": return (1, skipSpace(k + 1, end))
                case "章": return (2, skipSpace(k + 1, end))
                case "节": return (3, skipSpace(k + 1, end))
                default: return nil
                }
            }
            return nil
        }
        // 专栏N
        if has("专栏", at: i, end: end) {
            var k = i + 2
            while k < end, CharClass.isDigit(text[k]) || isChineseNumeral(text[k]) { k += 1 }
            return (4, skipSpace(k, end))
        }
        // （一） (一) （1）
        if c == "(" || c == "（" {
            var k = i + 1
            while k < end, isChineseNumeral(text[k]) || CharClass.isDigit(text[k]) { k += 1 }
            if k > i + 1, k - i <= 4, k < end, text[k] == ")" || text[k] == "）" {
                let level = CharClass.isDigit(text[i + 1]) ? 5 : 3
                return (level, skipSpace(k + 1, end))
            }
            return nil
        }
        // 一、  十二、
        if isChineseNumeral(c) {
            var k = i
            while k < end, isChineseNumeral(text[k]) { k += 1 }
            if k - i <= 3, k < end, text[k] == "、" { return (2, skipSpace(k + 1, end)) }
            return nil
        }
        // 1.  1、 1．  (not 1.5)
        if CharClass.isDigit(c) {
            var k = i
            while k < end, CharClass.isDigit(text[k]) { k += 1 }
            if k - i <= 2, k + 1 < end, text[k] == "." || text[k] == "、" || text[k] == "．", !CharClass.isDigit(text[k + 1]) {
                return (4, skipSpace(k + 1, end))
            }
        }
        return nil
    }

    private func skipSpace(_ k: Int, _ end: Int) -> Int {
        var k = k
        while k < end, SentenceSplitter.isSpace(text[k]) { k += 1 }
        return k
    }

    func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        NumeralScalars.chineseDigit(s) != nil || NumeralScalars.smallUnitExponent(s) != nil
    }

    /// Heading text without `**`, `#`, 【】 and surrounding space.
    func cleanText(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var i = r.lowerBound
        while i < r.upperBound {
            let s = text[i]
            if s == "*" || s == "【" || s == "】" { i += 1; continue }
            out.append(s)
            i += 1
        }
        return String(out).trimmingSpaces()
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Array(unicodeScalars)
        while let f = scalars.first, SentenceSplitter.isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, SentenceSplitter.isSpace(l) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
