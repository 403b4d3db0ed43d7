import ZhSegment
import ZhText

/// Programmes: quoted names whose shape or context makes them a plan or slogan —
/// numerals (“三高四新”, “3+5+2”, “民生100”), a programme cue inside or right after the
/// quote (“鹊桥工程”, “制造强市七大工程”, “湘赣红”区域公用品牌), a string of one-character
/// abbreviations (“芯屏汽合”), parallel phrases (“主攻工业、三年翻番”), a place plus a
/// one-character brand (“赣州红”) — and plan periods (十四五) anywhere.
extension EntityRecognizer {
    func findPrograms(_ scan: inout EntityScan) {
        let text = scan.text
        var i = 0
        while i < text.count {
            let c = text[i]
            if let close = closingQuote(for: c) {
                var j = i + 1
                while j < text.count, j - i <= 40, text[j] != close, text[j] != "\n" { j += 1 }
                if j < text.count, text[j] == close {
                    quoted(&scan, open: i, close: j)
                    i = j
                }
            } else if c == "十", i + 2 < text.count, isPlanPeriod(text, i) {
                scan.add(i, i + 3, .program, rank: 5)
            }
            i += 1
        }
    }

    private func closingQuote(for c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        case "‘": return "’"
        default: return nil
        }
    }

    /// 十三五, 十四五, 十五五 … (not inside a longer numeral).
    private func isPlanPeriod(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard text[i + 2] == "五", "一二三四五六七八九".unicodeScalars.contains(text[i + 1]) else { return false }
        if i > 0, ChineseNumeral.isDigit(text[i - 1]) || CharClass.isDigit(text[i - 1]) { return false }
        if i + 3 < text.count, ChineseNumeral.isDigit(text[i + 3]) || text[i + 3] == "年" { return false }
        return true
    }

    private func quoted(_ scan: inout EntityScan, open: Int, close: Int) {
        let text = scan.text
        var s = open + 1, e = close
        while s < e, text[s] == "*" || CharClass.isSpace(text[s]) { s += 1 }
        while e > s, text[e - 1] == "*" || CharClass.isSpace(text[e - 1]) { e -= 1 }
        let n = e - s
        guard n >= 2, n <= 16 else { return }
        var han = 0, numerals = 0, digits = 0, plus = 0, parts = 1, partLength = 0, shortestPart = Int.max
        for k in s..<e {
            let c = text[k]
            switch c {
            case "。", ",", ";", "!", "?", ":", "*", "《", "》", "“", "”", "(", ")": return
            case "、", " ", "\u{3000}":
                // A space between Han halves (“山水名城 活力之都”) parts a couplet slogan like 、.
                if c != "、", !(scan.isHan(k - 1) && scan.isHan(k + 1)) { return }
                parts += 1
                shortestPart = min(shortestPart, partLength)
                partLength = 0
                continue
            default: break
            }
            partLength += 1
            if CharClass.isHan(c) { han += 1 }
            if ChineseNumeral.isDigit(c) { numerals += 1 }
            if CharClass.isDigit(c) { digits += 1 }
            if c == "+" { plus += 1 }
            if !CharClass.isHan(c) && !CharClass.isDigit(c) && !CharClass.isLatin(c) && c != "+" { return }
        }
        shortestPart = min(shortestPart, partLength)
        if parts > 1 {
            // Parallel slogans: every part two to six Han characters.
            guard digits == 0, shortestPart >= 2, n <= 16 else { return }
            for k in s..<e where text[k] != "、" && !CharClass.isSpace(text[k]) && !CharClass.isHan(text[k]) { return }
            scan.add(s, e, .program, rank: 5)
            return
        }
        var isProgram = false
        if digits > 0 || plus > 0 { isProgram = n <= 10 }
        else if numerals > 0 && n <= 8 && isNumeralSlogan(text, s, e) { isProgram = true }
        else if dictionaries.programCues.longestMatch(endingAt: e, in: text, floor: s + 1) > 0 { isProgram = true }
        else if n >= 4 && text[e - 1] == "年" { isProgram = true }  // 消费提振年: a campaign year
        else if hasCueAfter(scan, close + 1) { isProgram = true }
        else if isAbbreviationString(scan, s, e) && !endsWithHead(scan, e) { isProgram = true }
        else if isPlaceBrand(scan, s, e) { isProgram = true }
        if isProgram { scan.add(s, e, .program, rank: 5) }
    }

    /// Numerals that count the parts of a slogan (一谷三区, 六稳, 两个确保, 门前三小), not a
    /// measure phrase (一批, 三年).
    private func isNumeralSlogan(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ s: Int, _ e: Int) -> Bool {
        var numerals = 0
        for k in s..<e where ChineseNumeral.isDigit(text[k]) { numerals += 1 }
        if numerals >= 2 { return true }
        // One numeral: a short slogan (六稳, 两化, 两重, 门前三小), but not a time or measure.
        for k in s..<e where ChineseNumeral.isDigit(text[k]) && k + 1 < e {
            switch text[k + 1] {
            case "年", "月", "日", "批", "次", "种", "些", "天": return false
            default: break
            }
        }
        return true
    }

    /// A programme cue right after the closing quote, alone or ending the next word
    /// (“一谷三区”建设, “三高四新”战略, “湘赣红”区域公用品牌).
    private func hasCueAfter(_ scan: EntityScan, _ i: Int) -> Bool {
        var k = i
        while k < scan.count, scan.text[k] == "*" { k += 1 }
        // Quoted names side by side share the cue after the last (“尖兵”“领雁”研发攻关计划).
        var chained = 0
        while k < scan.count, chained < 4, let close = closingQuote(for: scan.text[k]) {
            var j = k + 1
            while j < scan.count, j - k <= 17, scan.text[j] != close, scan.text[j] != "\n" { j += 1 }
            guard j < scan.count, scan.text[j] == close else { return false }
            k = j + 1
            chained += 1
        }
        guard k < scan.count, scan.isHan(k), let t = scan.token(at: k) else { return false }
        if hasStrongCueAhead(scan, t) { return true }
        let token = scan.tokens[t]
        let cue = dictionaries.programCues.longestMatch(startingAt: k, in: scan.text)
        if cue > 0 && k + cue == Int(token.end) && dictionaries.programCues.contains(k..<(k + cue), in: scan.text) {
            return !isWeakCue(scan.text, k..<(k + cue))
        }
        // The next word ends with a cue of two or more characters (区域公用品牌).
        let end = Int(token.end)
        let tail = dictionaries.programCues.longestMatch(endingAt: end, in: scan.text, floor: k + 1)
        return tail >= 2 && !isWeakCue(scan.text, (end - tail)..<end)
    }

    /// A plan word one or two words after the quote (“领雁”研发攻关计划, “八八战略”实施工程):
    /// the words between are plain nouns or verbs of two or more characters.
    private func hasStrongCueAhead(_ scan: EntityScan, _ first: Int) -> Bool {
        var t = first
        for _ in 0..<3 {
            guard t < scan.tokens.count else { return false }
            let token = scan.tokens[t]
            let r = Int(token.start)..<Int(token.end)
            guard scan.isHan(r.lowerBound) else { return false }
            if t > first && Self.strongCues.contains(r, in: scan.text) { return true }
            guard token.count >= 2 else { return false }
            switch scan.classes[t] {
            case .noun, .verb, .proper: break
            default: return false
            }
            t += 1
        }
        return false
    }

    /// Plan words that name what a quoted phrase is even a word or two later.
    static let strongCues = ScalarWordSet(["计划", "行动", "工程", "行动计划", "专项行动", "攻坚行动", "战略", "三年行动", "品牌"])

    /// Cues too general to make a quoted word a programme by themselves (目标, 要求, 服务 …).
    private func isWeakCue(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        guard r.count == 2 else { return false }
        let a = text[r.lowerBound], b = text[r.upperBound - 1]
        switch (a, b) {
        case ("目", "标"), ("要", "求"), ("服", "务"), ("项", "目"), ("产", "业"), ("文", "化"), ("精", "神"),
             ("任", "务"), ("政", "策"), ("措", "施"), ("原", "则"), ("中", "心"), ("平", "台"), ("载", "体"):
            return true
        default:
            return false
        }
    }

    /// Four or more characters cut by the segmenter into one-character pieces (芯屏汽合, 智改数转).
    private func isAbbreviationString(_ scan: EntityScan, _ s: Int, _ e: Int) -> Bool {
        let n = e - s
        guard n >= 4, n <= 6 else { return false }
        var pieces = 0
        var k = s
        while k < e {
            guard let t = scan.token(at: k) else { return false }
            let token = scan.tokens[t]
            if Int(token.end) > e || Int(token.start) < s { return false }
            pieces += 1
            k = Int(token.end)
        }
        return pieces >= n - 1
    }

    /// A quoted facility or organisation name (“神农绿轴”) is not a slogan.
    private func endsWithHead(_ scan: EntityScan, _ e: Int) -> Bool {
        dictionaries.facilityHeads.longestMatch(endingAt: e, in: scan.text) > 0
            || dictionaries.organizationHeads.longestMatch(endingAt: e, in: scan.text) > 0
    }

    /// A place and one more character (赣州红, 湘赣红): a regional brand — not a facility (赣州港).
    private func isPlaceBrand(_ scan: EntityScan, _ s: Int, _ e: Int) -> Bool {
        let place = dictionaries.regions.longestMatch(startingAt: s, in: scan.text, limit: e)
        guard place >= 2, e - s - place == 1 else { return false }
        let last = e - 1
        if dictionaries.facilityHeads.contains(last..<e, in: scan.text) || dictionaries.organizationHeads.contains(last..<e, in: scan.text)
            || dictionaries.placeSuffixes.contains(last..<e, in: scan.text) { return false }
        return !CharClass.isFunctionChar(scan.text[last])
    }
}

extension EntityRecognizer {
    /// Sports events and fairs known by one word (亚运会, 进博会), with their edition and host
    /// before them when present (杭州第19届亚运会, 第4届亚残运会); runs after the places.
    func findNamedEvents(_ scan: inout EntityScan) {
        let text = scan.text
        var i = 0
        while i < text.count {
            let n = scan.isBoundary(i) ? Self.namedEvents.longestMatch(startingAt: i, in: text) : 0
            guard n > 0, scan.isBoundary(i + n) else { i += 1; continue }
            var start = i
            // 第19届, 第四届 right before.
            if start > 2, text[start - 1] == "届" {
                var k = start - 2
                while k > 0, CharClass.isDigit(text[k]) || ChineseNumeral.isDigit(text[k]) { k -= 1 }
                if k < start - 2, text[k] == "第" { start = k }
            }
            if let p = scan.placeStart(endingAt: start) { start = p }
            scan.add(start, i + n, .program, rank: 3)
            i += n
        }
    }

    /// Events named by one word.
    static let namedEvents = ScalarWordSet(["亚运会", "亚残运会", "奥运会", "残奥会", "冬奥会", "冬残奥会", "全运会", "大运会",
                                            "世运会", "青运会", "学青会", "进博会", "广交会", "服贸会", "消博会", "链博会", "数博会"])
}

enum ChineseNumeral {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千", "万", "〇", "零", "双":
            return true
        default:
            return false
        }
    }
}
