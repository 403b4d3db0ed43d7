// Chinese numerals inside Han runs: well-formed numbers, digit-by-digit years,
// 百分之/千分之 percentages, months, days and ordinals (第).

/// What one pass over a run of numeral scalars found.
struct ChineseNumeralRun {
    /// End of the scalars examined (the whole numeral run, so a rejected run is skipped at once).
    var end: Int
    /// Well-formed as a positional number (三千五百万, 两万三千, 一百零五, 十三点二九亿).
    var wellFormed = true
    /// Only digits, no units (二〇三五, 一九九八).
    var digitByDigit = true
    var hasZeroGlyph = false
    /// Scalars before any 点.
    var integerCount = 0
    var hasDecimal = false
    var fractionCount = 0
    /// Ends in 万/亿.
    var hasMagnitude = false
    /// Value of a short integer (≤ 4 scalars, no magnitude), else -1.
    var smallValue = -1
    /// Where the first Arabic 0 used as a Chinese zero is (`二００一年` in older texts), else -1.
    var firstArabicZero = -1
}

extension AtomScan {
    /// The atom a numeral scalar at `j` starts, if any, and where scanning resumes.
    mutating func chineseNumeral(at j: Int) -> (end: Int, kind: AtomKind?) {
        let v = value(j)
        if (v == Glyph.bai || v == Glyph.qian), j + 2 < n, value(j + 1) == Glyph.fen1, value(j + 2) == Glyph.zhi {
            return percentage(at: j)
        }
        let run = numeralRun(at: j)
        guard run.wellFormed else {
            if run.digitByDigit, run.integerCount == 4, run.end < n, value(run.end) == Glyph.nian {
                if run.end + 1 < n, value(run.end + 1) == Glyph.du { return (run.end, .chineseNumber) }  // 二〇〇〇|年度
                return (run.end + 1, .date)  // 二〇三五年, 一九九八年
            }
            if run.firstArabicZero >= 0 { return (run.firstArabicZero, nil) }  // Arabic digits only in a year
            if run.digitByDigit, run.integerCount >= 3, run.hasZeroGlyph {
                return (run.end, .chineseNumber)  // 一〇三, 二〇二一
            }
            return (run.end, nil)
        }
        if run.firstArabicZero >= 0 { return (run.firstArabicZero, nil) }
        if run.hasDecimal {
            let clear = run.integerCount >= 2 || run.fractionCount >= 2 || run.hasMagnitude
            return (run.end, clear ? .chineseNumber : nil)  // not 一点一滴
        }
        guard run.integerCount >= 2 else { return (run.end, nil) }  // 一般, 统一, 十大
        if run.smallValue >= 0, run.end < n {
            let next = value(run.end)
            if next == Glyph.yue, (1...12).contains(run.smallValue) {
                let fen = run.end + 1 < n && value(run.end + 1) == Glyph.fen4
                return (run.end + (fen ? 2 : 1), .date)
            }
            if next == Glyph.ri, (1...31).contains(run.smallValue) { return (run.end + 1, .date) }
            if next == Glyph.da, (10...30).contains(run.smallValue) { return (run.end, nil) }  // 十九大
        }
        return (run.end, .chineseNumber)
    }

    /// `百分之五点五`, `百分之二十`, `百分之百`, `千分之三`, `百分之5`.
    private mutating func percentage(at j: Int) -> (end: Int, kind: AtomKind?) {
        let p = j + 3
        guard p < n else { return (p, nil) }
        switch cls(p) {
        case .digit:
            var e = p
            while e < n, cls(e) == .digit { e += 1 }
            if e + 1 < n, Glyph.isDecimalPoint(value(e)), cls(e + 1) == .digit {
                e += 1
                while e < n, cls(e) == .digit { e += 1 }
            }
            return (e, .percent)
        case .cnDigit, .cnUnit, .cnBig:
            if value(j) == Glyph.bai, value(p) == Glyph.bai, !(p + 1 < n && isNumeralClass(p + 1)) {
                return (p + 1, .percent)  // 百分之百
            }
            let run = numeralRun(at: p)
            return (run.end, run.wellFormed ? .percent : nil)
        default:
            return (p, nil)
        }
    }

    /// `第` followed by Arabic digits or by a well-formed numeral of at least two scalars.
    func ordinalEnd(at j: Int) -> Int? {
        let p = j + 1
        switch cls(p) {
        case .digit:
            var e = p
            while e < n, cls(e) == .digit { e += 1 }
            return e
        case .cnDigit, .cnUnit:
            let run = numeralRun(at: p)
            guard run.wellFormed, !run.hasDecimal, !run.hasMagnitude, run.integerCount >= 2 else { return nil }
            return run.end
        default:
            return nil
        }
    }

    @inline(__always) func isNumeralClass(_ k: Int) -> Bool {
        let c = cls(k)
        return c == .cnDigit || c == .cnUnit || c == .cnBig
    }

    /// Walks the numeral run at `start` once, checking positional grammar:
    /// digits never follow digits (except after 零), units descend within a section
    /// (千 > 百 > 十) and need a digit before them (十 may lead), 万/亿 close a section
    /// and descend (万亿 is one magnitude), 两 stands only before 百/千/万/亿, 零 is
    /// followed by a digit or 十, and 点 takes digits and an optional 万/亿.
    func numeralRun(at start: Int) -> ChineseNumeralRun {
        enum Prev { case start, digit, zero, two, ten, unit, big }
        var r = ChineseNumeralRun(end: start)
        var prev = Prev.start
        var unitLevel = 4
        var bigLevel = 99
        var lastBig = 0
        var value = 0, section = 0, current = 0
        var j = start
        var inFraction = false
        while j < n {
            let v = self.value(j)
            if cls(j) == .han, v == Glyph.dian, !inFraction, r.wellFormed, prev != .big, prev != .two,
               j + 1 < n, cls(j + 1) == .cnDigit, self.value(j + 1) != Glyph.liang {
                inFraction = true
                r.hasDecimal = true
                r.digitByDigit = false
                prev = .start
                j += 1
                continue
            }
            var c = cls(j)
            if c == .digit, ScalarClasses.digitValue(v) == 0, !inFraction, prev == .digit || prev == .zero,
               j > start, cls(j - 1) == .cnDigit || r.firstArabicZero >= 0 {
                if r.firstArabicZero < 0 { r.firstArabicZero = j }
                c = .cnDigit
            }
            guard c == .cnDigit || c == .cnUnit || c == .cnBig else { break }
            if inFraction {
                if c == .cnDigit, v != Glyph.liang, !r.hasMagnitude {
                    r.fractionCount += 1
                    if v == 0x3007 || v == 0x25CB { r.hasZeroGlyph = true }
                } else if c == .cnBig, r.fractionCount > 0,
                          !r.hasMagnitude || (lastBig == 4 && v == Glyph.yi4) {
                    r.hasMagnitude = true
                    lastBig = v == Glyph.wan ? 4 : 8
                } else {
                    r.wellFormed = false
                }
                j += 1
                continue
            }
            r.integerCount += 1
            switch c {
            case .cnDigit:
                let d = ScalarClasses.chineseDigitValue(v) ?? 0  // an Arabic 0 here counts as 零
                if v == 0x3007 || v == 0x25CB || r.firstArabicZero >= 0 { r.hasZeroGlyph = true }
                if v == Glyph.liang {
                    if prev == .digit || prev == .two || prev == .zero || prev == .ten { r.wellFormed = false }
                    prev = .two
                } else if d == 0 {
                    let leadsDecimal = prev == .start && j + 1 < n && self.value(j + 1) == Glyph.dian
                    if (prev == .start && !leadsDecimal) || prev == .digit || prev == .zero || prev == .two {
                        r.wellFormed = false
                    }
                    prev = .zero
                } else {
                    if prev == .digit || prev == .two { r.wellFormed = false }
                    prev = .digit
                }
                current = d
            case .cnUnit:
                r.digitByDigit = false
                let level = v == Glyph.shi ? 1 : (v == Glyph.bai ? 2 : 3)
                let hasMultiplier = prev == .digit || (prev == .two && level >= 2)
                let leadingTen = level == 1 && (prev == .start || prev == .zero)
                if !(hasMultiplier || leadingTen) || level >= unitLevel { r.wellFormed = false }
                unitLevel = level
                section += (leadingTen ? 1 : current) * (level == 1 ? 10 : (level == 2 ? 100 : 1000))
                current = 0
                prev = level == 1 ? .ten : .unit
            default:  // .cnBig
                r.digitByDigit = false
                let level = v == Glyph.wan ? 4 : 8
                let compound = prev == .big && lastBig == 4 && level == 8  // 万亿
                let closesSection = prev == .digit || prev == .two || prev == .unit || prev == .ten
                if !(closesSection || compound) || (!compound && level >= bigLevel) { r.wellFormed = false }
                bigLevel = compound ? 12 : level
                lastBig = level
                r.hasMagnitude = true
                value = 0  // values are only kept for short numbers without magnitude
                section = 0
                current = 0
                unitLevel = 4
                prev = .big
            }
            j += 1
        }
        if prev == .two || (prev == .zero && !r.hasDecimal) { r.wellFormed = false }
        if r.hasDecimal, r.fractionCount == 0 { r.wellFormed = false }
        if r.integerCount <= 1 { r.digitByDigit = r.digitByDigit && r.integerCount == 1 }
        if !r.hasMagnitude, !r.hasDecimal, r.integerCount <= 4 { r.smallValue = value + section + current }
        r.end = j
        return r
    }
}
