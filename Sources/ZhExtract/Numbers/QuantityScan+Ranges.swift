import ZhText
import Foundation

/// Ranges (3—4年, 5%-6%, 三到五年, 百分之六到七) and the shape rules that reject non-quantities.
extension QuantityScan {
    /// Length of a range separator at `i` (—, ——, –, -, ~, ～, 至, 到), or 0.
    func separatorLength(at i: Int) -> Int {
        guard i < upper else { return 0 }
        switch s[i].value {
        case 0x2014, 0x2015, 0x2013, 0x2012, 0x2E3A:        // — ― – ‒ ⸺
            var k = i + 1
            while k < upper, k - i < 2, [0x2014, 0x2015, 0x2013, 0x2012].contains(s[k].value) { k += 1 }
            return k - i
        case 0x2D, 0x7E, 0xFF5E, 0x301C, 0x81F3, 0x5230:     // - ~ ～ 〜 至 到
            return 1
        default:
            return 0
        }
    }

    /// The second end of a range after `first`, if a separator and a numeral follow.
    mutating func rangePartner(after first: QuantityPiece) -> (QuantityPiece, Bool)? {
        guard first.kind != .fraction, first.kind != .multiple || first.unit != nil else { return nil }
        let k = skipGap(first.end, space: true)
        let n = separatorLength(at: k)
        guard n > 0 else { return nil }
        let m = skipGap(k + n, space: true)
        guard m < upper else { return nil }
        if first.percentPrefixed, let p = percentPrefixed(at: m) { return (p, true) }
        guard NumeralScalars.arabicDigit(s[m]) != nil || NumeralScalars.isChineseNumeral(s[m]) else { return nil }
        // A dash glued to Latin (COVID-19) or a Chinese numeral after an Arabic one with 到 ("1到一") is no range.
        let (piece, _) = numeralPiece(at: m)
        guard let second = piece else { return nil }
        return (second, true)
    }

    /// The two ends as one range piece, or nil when they do not share a unit and order.
    func combine(_ a: QuantityPiece, _ b: QuantityPiece) -> QuantityPiece? {
        guard !a.overflow, !b.overflow, a.rangeLow == nil, b.rangeLow == nil,
              var low = a.value, let high = b.value else { return nil }
        var result = b
        result.start = a.start
        result.moreThan = false
        switch (a.kind, b.kind) {
        case (.year, .year):
            guard a.date?.month == nil, b.date?.month == nil else { return nil }
            result.kind = .year
            result.date = nil
            if a.isBare, !b.isBare { result.specialUnit = b.baseUnitText }
        case (.date, .date), (.amount, .date):
            // 1—11月, 3月至5月
            guard b.date?.month != nil, b.date?.day == nil, b.date?.year == nil,
                  a.kind == .date ? (a.date?.month != nil && a.date?.day == nil) : (a.isBare && a.isInteger && low >= 1 && low <= 12)
            else { return nil }
            result.kind = .date
            result.date = nil
        case (.year, _), (_, .year), (.date, _), (_, .date), (.planPeriod, _), (.ordinal, _), (_, .ordinal):
            return nil
        default:
            if a.isBare {
                // 3—4年, 三到五年, 3—4万人: the first end shares the second's unit and magnitude.
                if b.isBare, !(a.headIsArabic && b.headIsArabic) { return nil }
                if b.isBare && a.isYearNumber { return nil }
            } else if b.isBare {
                guard a.percentPrefixed else { return nil }       // 百分之六到七
                result.specialUnit = a.specialUnit
                result.kind = a.kind
                result.magnitudeExponent = a.magnitudeExponent
                result.magnitudeText = a.magnitudeText
            } else if a.unitText == b.unitText {
                // 5%—6%, 6%至7%
            } else if a.baseUnitText == nil, a.magnitudeText == b.magnitudeText {
                // 1.2万—1.5万人
            } else if a.baseUnitText == nil || a.baseUnitText == b.baseUnitText, a.unit?.unitClass != .tenth,
                      a.magnitudeExponent != b.magnitudeExponent {
                // 6000万—1亿元: the low end in the high end's magnitude (0.6..1 亿元), exactly.
                low = Decimal.exactProduct(low, powerOfTen: a.magnitudeExponent - b.magnitudeExponent)
            } else {
                return nil
            }
        }
        guard low <= high else { return nil }
        if low == high, a.isBare, b.isBare { return nil }
        result.rangeLow = low
        return result
    }

    /// Numbers that are parts of names, slogans, list markers or formulas.
    func isRejectedByShape(_ piece: QuantityPiece) -> Bool {
        let start = piece.start
        let end = piece.end
        let before: Unicode.Scalar? = start > lower ? s[start - 1] : nil
        let after: Unicode.Scalar? = end < upper ? s[end] : nil
        let isPlus: (Unicode.Scalar?) -> Bool = { $0 == "+" }
        if piece.kind == .planPeriod || piece.kind == .date { return false }
        if piece.rangeLow == nil, piece.kind == .year, !piece.isBare { return false }

        // 3+5+2, 1+N: formulas and brand names.
        if isPlus(before) || (isPlus(after) && piece.isBare) { return true }

        // A Chinese numeral needs a unit, a measure word, a percent form or structure (一般, 一带一路, 两会, 一二
        // stay unread; 两千零二十, 三点一四, 一七二零 are numbers): see `hasStructure`.
        if !piece.headIsArabic, piece.baseUnitText == nil, piece.kind != .fraction {
            if !(before == "第") && !piece.hasStructure { return true }
            if isChineseDecimalIdiom(piece) { return true }
        }
        // Four-character idioms N X N Y (三番五次, 一带一路, 三心二意): a one-character Chinese numeral
        // after one character that itself follows a one-character numeral.
        if !piece.headIsArabic, piece.rangeLow == nil, start - 2 >= lower, piece.end - start <= 2,
           NumeralScalars.isChineseNumeral(s[start - 2]), CharClass.isHan(s[start - 1]),
           !NumeralScalars.isChineseNumeral(s[start - 1]), s[start - 1] != "第",
           UnitTable.longestMatch(s, at: start - 1, limit: upper) == nil,
           start - 3 < lower || !NumeralScalars.isChineseNumeral(s[start - 3]) {
            return true
        }
        // “两个维护”, “一件事一次办”: a Chinese numeral inside a short quoted slogan.
        if !piece.headIsArabic, insideShortQuote(start: start, end: end) { return true }
        // 一件一件, 一个一个, 一步一步: 一 + measure word said twice is "one by one", not a count.
        if isReduplicatedOne(piece) { return true }
        // 一起 is "together", not one incident.
        if !piece.headIsArabic, piece.unit?.text == "起", piece.value == 1 { return true }
        // 一次性, 两栖: a measure word followed by 性 makes an adjective, not a count.
        if piece.unit?.unitClass == .count, let a = after, a == "性" { return true }
        // 几十万, 数百家: vague.
        if !piece.headIsArabic, let b = before, b == "几" || b == "数" { return true }
        guard piece.isBare else { return false }
        let digitAt: (Int) -> Bool = { $0 >= lower && $0 < upper && NumeralScalars.arabicDigit(s[$0]) != nil }
        // Codes and phone numbers (020-12345678), clock times (8:30, 10时30分).
        if piece.headIsArabic, s[start] == "0", digitAt(start + 1) { return true }
        if let a = after, a == "-" || a == ":" || a == "时", digitAt(end + 1) { return true }
        if let b = before, b == "-" || b == ":" || b == "时", digitAt(start - 2) { return true }
        if let a = after, a == "分" || a == "秒" { return true }
        // Bare numbers: “135”工程, “民生100”, 世界500强, 十大, list markers 1. 2、 (3).
        if let a = after, NumeralScalars.isClosingQuote(a) { return true }
        if let b = before, NumeralScalars.isOpeningQuote(b) { return true }
        let next = skipGap(end)
        if next < upper, "强大小佳".unicodeScalars.contains(s[next]) { return true }
        if let a = after, a == "、" { return true }
        if let a = after, NumeralScalars.isDecimalPoint(a) || a == "." { return true }
        if let a = after, let b = before, (a == ")" || a == "）"), (b == "(" || b == "（") { return true }
        return false
    }

    /// True when only CJK characters separate the span from an opening quote before it and a closing
    /// quote after it, each at most 6 characters away.
    func insideShortQuote(start: Int, end: Int) -> Bool {
        var k = start - 1
        var opened = false
        while k >= lower, start - k <= 7 {
            if NumeralScalars.isOpeningQuote(s[k]) { opened = true; break }
            if !CharClass.isHan(s[k]) { return false }
            k -= 1
        }
        guard opened else { return false }
        k = end
        while k < upper, k - end <= 6 {
            if NumeralScalars.isClosingQuote(s[k]) { return true }
            if !CharClass.isHan(s[k]) { return false }
            k += 1
        }
        return false
    }
}
