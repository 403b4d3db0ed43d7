import ZhText
import Foundation

/// Reading the numeral pieces: plain numerals with unit, 百分之…, 翻…番, 十N五, N分之M, dates.
extension QuantityScan {
    /// Skips markdown emphasis (up to three `*`) and, when `space`, a few spaces inside the line
    /// (ASCII, NBSP, U+3000: "6215.3 亿元", "增长 5 %").
    func skipGap(_ i: Int, space: Bool = false) -> Int {
        var k = i
        while k < upper, k - i < 3, NumeralScalars.isMarkup(s[k]) { k += 1 }
        if space, k < upper, CharClass.isInlineSpace(s[k]) {
            var m = k + 1
            while m < upper, m - k < NumeralScalars.maximumInnerSpaces, CharClass.isInlineSpace(s[m]) { m += 1 }
            let spacesEnd = m
            while m < upper, m - spacesEnd < 3, NumeralScalars.isMarkup(s[m]) { m += 1 }
            return m
        }
        return k
    }

    func matches(_ word: String, at i: Int) -> Bool {
        var k = i
        for scalar in word.unicodeScalars {
            guard k < upper, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    func text(_ range: Range<Int>) -> String {
        var out = String()
        out.unicodeScalars.append(contentsOf: s[range])
        return out
    }

    /// A magnitude written as text, without any markup that sat between its characters.
    func magnitudeText(_ range: Range<Int>) -> String {
        var out = String()
        for k in range where !NumeralScalars.isMarkup(s[k]) { out.unicodeScalars.append(s[k]) }
        return out
    }

    // MARK: 十四五

    /// 十N五 (N = 一…九, and 十五五): the Nth five-year plan, as a range of years.
    func planPeriod(at i: Int) -> Quantity? {
        guard i + 3 <= upper, s[i] == "十", let d = NumeralScalars.chineseDigit(s[i + 1]), d >= 1, s[i + 2] == "五",
              s[i + 1] != "两" else { return nil }
        if i > lower, NumeralScalars.isChineseNumeral(s[i - 1]) || s[i - 1] == "第" { return nil }
        if i + 3 < upper, NumeralScalars.isChineseNumeral(s[i + 3]) || NumeralScalars.isChinesePoint(s[i + 3]) { return nil }
        // 十四五个 would be a count; 十四五成就 is the plan (成 as a unit is rare after it).
        if let unit = UnitTable.longestMatch(s, at: i + 3, limit: upper), unit.unitClass != .tenth { return nil }
        let startYear = PlanPeriods.firstYear(ofPlan: 10 + d)
        return Quantity(span: i..<(i + 3), numberSpan: i..<(i + 3),
                        value: .range(Decimal(startYear), Decimal(startYear + 4)),
                        unit: "年", qualifier: .range, normalized: nil, kind: .planPeriod)
    }

    // MARK: 翻一番

    /// 翻番, 翻一番, 翻了两番 → 2^n times.
    mutating func doubling(at i: Int) -> QuantityPiece? {
        var k = i + 1
        if k < upper, s[k] == "了" { k += 1 }
        var times = 1
        if k < upper, s[k] != "番" {
            let end = NumeralScanner.tokenize(s, from: k, limit: upper, into: &tokens)
            guard end > k, let reading = NumeralScanner.read(tokens[...]), reading.magnitudeExponent == 0,
                  reading.isInteger, !reading.isDigitSequence, let v = reading.value else { return nil }
            k = end
            guard v <= 100, v >= 1 else {
                guard k < upper, s[k] == "番" else { return nil }
                return QuantityPiece(start: i, end: k + 1, value: nil, overflow: true, specialUnit: "倍", kind: .multiple)
            }
            times = NSDecimalNumber(decimal: v).intValue
        }
        guard k < upper, s[k] == "番" else { return nil }
        var value = Decimal(1)
        for _ in 0..<times { value *= 2 }
        return QuantityPiece(start: i, end: k + 1, value: value, overflow: false, specialUnit: "倍", kind: .multiple)
    }

    // MARK: 百分之五

    /// 百分之N / 千分之N / 万分之N.
    mutating func percentPrefixed(at i: Int) -> QuantityPiece? {
        let unit: String
        if matches("百分之", at: i) { unit = "%" } else if matches("千分之", at: i) { unit = "‰" } else if matches("万分之", at: i) { unit = "‱" } else { return nil }
        let k = skipGap(i + 3)
        let end = NumeralScanner.tokenize(s, from: k, limit: upper, into: &tokens)
        guard end > k, let reading = NumeralScanner.read(tokens[...]), reading.magnitudeExponent == 0,
              !reading.isDigitSequence, !matches("分之", at: end) else { return nil }
        var piece = QuantityPiece(start: i, end: end, value: reading.value, overflow: reading.value == nil,
                                  specialUnit: unit, kind: .percent)
        piece.percentPrefixed = true
        piece.isInteger = reading.isInteger
        return piece
    }

    // MARK: Numeral + unit

    /// A numeral at `i` with what follows it; nil (and where to resume) when it is no quantity.
    mutating func numeralPiece(at i: Int) -> (QuantityPiece?, Int) {
        let runEnd = NumeralScanner.tokenize(s, from: i, limit: upper, into: &tokens)
        guard runEnd > i, !tokens.isEmpty else { return (nil, i + 1) }
        // A unit that starts with 千/百 (千瓦, 千米, 百分点) belongs to the unit, not to the numeral.
        var count = tokens.count
        if count > 1, tokens[count - 1].kind == .small, tokens[count - 2].start != tokens[count - 1].start,
           let unit = UnitTable.longestMatch(s, at: tokens[count - 1].start, limit: upper), unit.scalars.count > 1 {
            count -= 1
        }
        let numeralEnd = tokens[count - 1].end
        if let pair = NumeralScanner.readApproximatePair(tokens[0..<count]) {
            return (approximatePair(pair, start: i, numeralEnd: numeralEnd), runEnd)
        }
        guard let reading = NumeralScanner.read(tokens[0..<count]) else { return (nil, runEnd) }
        let headIsArabic = reading.headIsArabic
        // 百年, 千家万户, 万众 are words; 百余家, 万余人, 逾千家, 近千人 are quantities.
        if reading.startsWithBareUnit {
            let k = skipGap(numeralEnd)
            let followedByMore = k < upper && (s[k] == "余" || s[k] == "多")
            let qualified = QualifierWords.prefix(s, endingAt: i, notBefore: lower) != nil
            guard followedByMore || qualified else { return (nil, runEnd) }
        }

        var piece = QuantityPiece(start: i, end: numeralEnd, value: reading.value, overflow: reading.value == nil)
        piece.headIsArabic = headIsArabic
        piece.isInteger = reading.isInteger
        piece.plainIntegerDigits = reading.plainIntegerDigits
        piece.isDigitSequence = reading.isDigitSequence
        if reading.isDigitSequence {
            piece.sequenceLength = tokens[0..<count].reduce(0) { $0 + ($1.kind == .fraction ? 0 : 1) }
        }
        piece.hasStructure = Self.hasStructure(tokens[0..<count], scalarCount: numeralEnd - i,
                                               digitByDigit: reading.isDigitSequence && readsDigitByDigit(tokens[0..<count]))
        piece.magnitudeExponent = reading.magnitudeExponent
        piece.magnitudeText = magnitudeText(reading.magnitudeRange)

        // Digits glued to Latin letters are names (PM2.5, 5G, G20, COVID-19).
        if headIsArabic, gluedToLatinBefore(i) { return (nil, runEnd) }

        // N分之M.
        if piece.magnitudeExponent == 0, !reading.isDigitSequence, matches("分之", at: numeralEnd) {
            return (fraction(denominator: piece, at: numeralEnd + 2), runEnd)
        }

        var j = numeralEnd
        // 3000多万, 10余个, 1万余人.
        let k = skipGap(j)
        if k < upper, s[k] == "多" || s[k] == "余", !reading.isDigitSequence {
            let m = skipGap(k + 1)
            if piece.magnitudeExponent == 0, m < upper, NumeralScalars.bigUnitExponent(s[m]) != nil {
                var e = m
                var exponent = 0
                var last = 0
                while e < upper, let b = NumeralScalars.bigUnitExponent(s[e]), b > last {
                    exponent += b
                    last = b
                    e += 1
                }
                piece.magnitudeExponent = exponent
                piece.magnitudeText = text(m..<e)
                piece.moreThan = true
                j = e
            } else if UnitTable.longestMatch(s, at: m, limit: upper) != nil {
                piece.moreThan = true
                j = m
            }
        }

        // The unit.
        let u = skipGap(j, space: headIsArabic)
        if let unit = UnitTable.longestCompoundMatch(s, at: u, limit: upper) {
            piece.unit = unit
            piece.end = u + unit.scalars.count
            if unit.unitClass == .money { extendMoney(&piece) }
            // 1个多月
            if unit.text == "个", piece.end + 1 < upper, s[piece.end] == "多", s[piece.end + 1] == "月" {
                piece.unit = UnitTable.months
                piece.moreThan = true
                piece.end += 2
            }
        } else if u < upper, piece.magnitudeExponent == 0, !piece.moreThan, reading.isInteger, let v = reading.value,
                  s[u] == "月" || s[u] == "日", !reading.isDigitSequence {
            let isMonth = s[u] == "月"
            // 30日内, 15日以内: a span of days, not the 30th.
            if !isMonth, matches("内", at: u + 1) || matches("以内", at: u + 1) || matches("之内", at: u + 1) {
                piece.specialUnit = "日"
                piece.end = u + 1
                return (piece, piece.end)
            }
            guard v >= 1, v <= (isMonth ? 12 : 31) else { return (nil, runEnd) }
            piece.kind = .date
            piece.specialUnit = String(s[u])
            piece.end = u + 1
            let n = NSDecimalNumber(decimal: v).intValue
            piece.date = isMonth ? CalendarDate(month: n) : CalendarDate(day: n)
            if isMonth { extendDay(&piece) }
            return (piece, piece.end)
        } else {
            piece.end = j
            if headIsArabic, j < upper, CharClass.isAnyLatin(s[j]) { return (nil, runEnd) }
            // 1/3 (but not 2021/1/7, handled as a date below).
            if headIsArabic, reading.isInteger, piece.magnitudeExponent == 0, !piece.moreThan,
               piece.plainIntegerDigits > 0, piece.plainIntegerDigits < 4, let fraction = arabicFraction(piece) {
                return (fraction, fraction.end)
            }
        }
        if headIsArabic, piece.end < upper, piece.unit?.isLatin == true,
           CharClass.isAnyLatin(s[piece.end]) { return (nil, runEnd) }

        // A minus sign written before the number (增长-2.3%, 为-0.3‰, 增速为负三点二), not a hyphen or a range dash.
        if i > lower, s[i - 1] == "负" || (headIsArabic && (s[i - 1] == "-" || s[i - 1] == "−")) {
            let p: Unicode.Scalar? = i - 2 >= lower ? s[i - 2] : nil
            let signContext = p.map { (CharClass.isHan($0) && !NumeralScalars.isChineseNumeral($0)
                                       && UnitTable.longestMatch(s, at: i - 2, limit: upper) == nil)
                                      || " :,(（：，".unicodeScalars.contains($0) } ?? true
            if signContext, let v = piece.value {
                piece.value = -v
                piece.start = i - 1
            }
        }

        // Years: 2021年, 二〇三五年, and bare 2021.
        if piece.unit?.text == "年", piece.magnitudeExponent == 0, !piece.moreThan, piece.isYearNumber {
            piece.kind = .year
            let year = piece.value.map { NSDecimalNumber(decimal: $0).intValue }
            piece.date = CalendarDate(year: year)
            extendMonth(&piece)
        } else if reading.isDigitSequence {
            // 一七二零 is 1720 and bare 二〇三五 the year 2035, as 2035 would be; 一二, 三三两两, 零零三 are not numbers.
            guard piece.hasStructure else { return (nil, runEnd) }
            if piece.isBare, piece.isYearNumber, reading.isInteger, let v = piece.value, v >= 1900, v <= 2100 {
                piece.kind = .year
                piece.date = CalendarDate(year: NSDecimalNumber(decimal: v).intValue)
            } else if let unit = piece.unit {
                piece.kind = Self.kind(of: unit.unitClass)
            }
        } else if piece.isBare, piece.isYearNumber, let v = piece.value, v >= 1900, v <= 2100 {
            piece.kind = .year
            piece.date = CalendarDate(year: NSDecimalNumber(decimal: v).intValue)
            extendISODate(&piece)
        } else if let unit = piece.unit {
            piece.kind = Self.kind(of: unit.unitClass)
        }
        return (piece, piece.end)
    }

    static func kind(of unitClass: QuantityUnit.UnitClass) -> Quantity.Kind {
        switch unitClass {
        case .percent, .permille, .permyriad, .tenth: return .percent
        case .percentagePoint: return .percentagePoint
        case .multiple: return .multiple
        case .ordinal: return .ordinal
        default: return .amount
        }
    }

    func gluedToLatinBefore(_ i: Int) -> Bool {
        guard i > lower else { return false }
        let p = s[i - 1]
        if CharClass.isAnyLatin(p) { return true }
        if p == "-" || p == "." || p == "_", i - 2 >= lower, CharClass.isAnyLatin(s[i - 2]) { return true }
        return false
    }

    /// A/B written with a slash after a bare integer; nil when a third part follows (a date).
    func arabicFraction(_ numerator: QuantityPiece) -> QuantityPiece? {
        let slash = numerator.end
        guard slash + 1 < upper, s[slash] == "/", let a = numerator.value else { return nil }
        var b = 0
        var e = slash + 1
        while e < upper, e - slash <= 6, let d = NumeralScalars.arabicDigit(s[e]) { b = b * 10 + d; e += 1 }
        guard e > slash + 1, b > 0 else { return nil }
        if e < upper, s[e] == "/" || s[e] == "." || NumeralScalars.arabicDigit(s[e]) != nil
            || CharClass.isAnyLatin(s[e]) { return nil }
        var piece = QuantityPiece(start: numerator.start, end: e, value: a / Decimal(b), overflow: false, kind: .fraction)
        piece.headIsArabic = true
        return piece
    }

    /// 两三年, 七八成, 三四十万人: a range whose ends are the two digits, with the unit that follows.
    func approximatePair(_ pair: (low: Decimal, high: Decimal, magnitudeExponent: Int, magnitudeStart: Int?),
                         start: Int, numeralEnd: Int) -> QuantityPiece? {
        var piece = QuantityPiece(start: start, end: numeralEnd, value: pair.high, overflow: false)
        piece.rangeLow = pair.low
        piece.magnitudeExponent = pair.magnitudeExponent
        if let m = pair.magnitudeStart { piece.magnitudeText = magnitudeText(m..<numeralEnd) }
        let u = skipGap(numeralEnd)
        guard let unit = UnitTable.longestCompoundMatch(s, at: u, limit: upper) else { return nil }
        // 三五成群 is an idiom; a share of three to five tenths is written 三到五成.
        if unit.unitClass == .tenth, pair.high - pair.low != 1 { return nil }
        piece.unit = unit
        piece.end = u + unit.scalars.count
        piece.kind = Self.kind(of: unit.unitClass)
        return piece
    }

    /// N分之M: M/N, kind fraction.
    mutating func fraction(denominator: QuantityPiece, at k: Int) -> QuantityPiece? {
        let m = skipGap(k)
        let end = NumeralScanner.tokenize(s, from: m, limit: upper, into: &tokens)
        guard end > m, let reading = NumeralScanner.read(tokens[...]), reading.magnitudeExponent == 0,
              !reading.isDigitSequence else { return nil }
        var piece = QuantityPiece(start: denominator.start, end: end, value: nil, overflow: false, kind: .fraction)
        if let d = denominator.value, let n = reading.value {
            guard !d.isZero else { return nil }
            piece.value = n / d
        } else {
            piece.overflow = true
        }
        return piece
    }

    // MARK: Dates

    /// Reads a small integer written at `i` followed by `marker`; returns the number and the end.
    mutating func smallInteger(at i: Int, maximum: Int, markers: String) -> (Int, Int)? {
        let k = skipGap(i)
        let end = NumeralScanner.tokenize(s, from: k, limit: upper, into: &tokens)
        guard end > k, end < upper, markers.unicodeScalars.contains(s[end]),
              let reading = NumeralScanner.read(tokens[...]), reading.magnitudeExponent == 0, reading.isInteger,
              !reading.isDigitSequence, let v = reading.value, v >= 1, v <= Decimal(maximum) else { return nil }
        return (NSDecimalNumber(decimal: v).intValue, end + 1)
    }

    mutating func extendMonth(_ piece: inout QuantityPiece) {
        guard let (month, end) = smallInteger(at: piece.end, maximum: 12, markers: "月") else { return }
        piece.kind = .date
        piece.date?.month = month
        piece.end = end
        extendDay(&piece)
    }

    mutating func extendDay(_ piece: inout QuantityPiece) {
        guard let (day, end) = smallInteger(at: piece.end, maximum: 31, markers: "日号") else { return }
        piece.date?.day = day
        piece.end = end
    }

    /// 2021-01-07, 2021/1/7.
    func extendISODate(_ piece: inout QuantityPiece) {
        let sep = piece.end
        guard sep < upper, s[sep] == "-" || s[sep] == "/" else { return }
        func twoDigits(_ k: Int) -> (Int, Int)? {
            var v = 0
            var e = k
            while e < upper, e - k < 2, let d = NumeralScalars.arabicDigit(s[e]) { v = v * 10 + d; e += 1 }
            if e == k || (e < upper && NumeralScalars.arabicDigit(s[e]) != nil) { return nil }
            return (v, e)
        }
        guard let (month, e1) = twoDigits(sep + 1), month >= 1, month <= 12, e1 < upper, s[e1] == s[sep],
              let (day, e2) = twoDigits(e1 + 1), day >= 1, day <= 31 else { return }
        piece.kind = .date
        piece.date?.month = month
        piece.date?.day = day
        piece.end = e2
    }
}
