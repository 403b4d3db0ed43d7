// Arabic numbers: separators, decimals, fractions, ratios, clock times, percent signs,
// magnitudes (万 亿 千 百) and the date suffixes 年 月 日 时 分.

extension AtomScan {
    /// At a digit: an e-mail (`12345@qq.com`), a short Latin word (`5G`, `3D`) or a number.
    mutating func scanDigitStart(_ i: Int) -> Int {
        if let end = emailEnd(startingAt: i) {
            emit(i, end, .email)
            return end
        }
        var k = i
        while k < n, k - i <= 2, cls(k) == .digit { k += 1 }
        if k - i <= 2, k < n, cls(k) == .latin {
            return scanLatin(i)
        }
        return scanNumber(from: i, digitsAt: i)
    }

    /// A number whose atom starts at `start` (a sign, or the first digit at `i`).
    mutating func scanNumber(from start: Int, digitsAt i: Int) -> Int {
        var j = i
        while j < n, cls(j) == .digit { j += 1 }
        let intDigits = j - i
        var plain = start == i  // unsigned integer, nothing attached yet
        var kind = AtomKind.number

        // Thousands separators: 1,234,567 (ASCII comma, groups of exactly three).
        if intDigits <= 3 {
            while j + 3 < n, value(j) == 0x2C, isDigits(j + 1, 3), !(j + 4 < n && cls(j + 4) == .digit) {
                j += 4
                plain = false
            }
        }
        // Decimal part, and dotted runs such as versions or 2021.1.7.
        var dottedGroups = 0
        while j + 1 < n, Glyph.isDecimalPoint(value(j)), cls(j + 1) == .digit {
            j += 1
            while j < n, cls(j) == .digit { j += 1 }
            dottedGroups += 1
            plain = false
        }
        if dottedGroups == 2, intDigits == 4, start == i {
            kind = .date
        }
        if dottedGroups == 0 {
            j = scanJoinedNumber(start: start, i: i, end: j, intDigits: intDigits, plain: &plain, kind: &kind)
        }
        if kind == .number {
            // Spaced figures ("增长 5 %", "6215.3 亿元"): up to two spaces before a percent sign or 万/亿 stay inside the atom.
            let p = spacedFigureEnd(at: j)
            if p < n, Glyph.isPercentSign(value(p)) {
                emit(start, p + 1, .percent)
                return p + 1
            }
            if p > j, p < n, value(p) == Glyph.wan || value(p) == Glyph.yi4 { j = p }
            if plain, let (end, dateKind) = dateSuffix(digitsAt: i, count: intDigits, at: j) {
                emit(start, end, dateKind)
                if dateKind == .time, value(end - 1) == Glyph.shi2 { hourEnd = end }
                return end
            }
            j = magnitudeEnd(at: j)
        }
        emit(start, j, kind)
        return j
    }

    /// Fractions (3/4), slashed and dashed dates (2021/1/7, 2021-01-07), clock times and ratios (8:30, 3:1).
    private func scanJoinedNumber(start: Int, i: Int, end: Int, intDigits: Int,
                                  plain: inout Bool, kind: inout AtomKind) -> Int {
        var j = end
        guard j + 1 < n, cls(j + 1) == .digit else { return j }
        let joiner = value(j)
        if Glyph.isSlash(joiner), intDigits == end - i {
            let (g1, e1) = digitRun(j + 1)
            j = e1
            plain = false
            if intDigits == 4, start == i, g1 <= 2, j + 1 < n, Glyph.isSlash(value(j)), cls(j + 1) == .digit {
                let (g2, e2) = digitRun(j + 1)
                if g2 <= 2 {
                    j = e2
                    kind = .date
                }
            }
        } else if Glyph.isHyphen(joiner), plain, intDigits == 4 {
            // 2021-01-07 only; otherwise the hyphen is punctuation between two numbers.
            let (g1, e1) = digitRun(j + 1)
            if g1 <= 2, e1 + 1 < n, Glyph.isHyphen(value(e1)), cls(e1 + 1) == .digit {
                let (g2, e2) = digitRun(e1 + 1)
                if g2 <= 2, !(e2 < n && cls(e2) == .latin) {
                    j = e2
                    plain = false
                    kind = .date
                }
            }
        } else if Glyph.isColon(joiner), plain {
            let (g1, e1) = digitRun(j + 1)
            j = e1
            plain = false
            if intDigits <= 2, g1 == 2, number(i, intDigits) <= 24, number(end + 1, 2) < 60 {
                kind = .time
                if j + 2 < n, Glyph.isColon(value(j)), isDigits(j + 1, 2), !(j + 3 < n && cls(j + 3) == .digit) {
                    j += 3
                }
            }
        }
        return j
    }

    /// 年 after four digits, 月 (1–12, with 份), 日 (1–31), 时 (0–24), and 分 right after an hour.
    private func dateSuffix(digitsAt i: Int, count: Int, at j: Int) -> (Int, AtomKind)? {
        guard j < n else { return nil }
        let suffix = value(j)
        if count == 4, suffix == Glyph.nian {
            if j + 1 < n, value(j + 1) == Glyph.du { return nil }  // 2021|年度, as the PKU gold has it
            return (j + 1, .date)
        }
        guard count <= 2 else { return nil }
        let v = number(i, count)
        switch suffix {
        case Glyph.yue where (1...12).contains(v):
            if j + 1 < n, value(j + 1) == Glyph.fen4 { return (j + 2, .date) }
            return (j + 1, .date)
        case Glyph.ri where (1...31).contains(v):
            return (j + 1, .date)
        case Glyph.shi2 where v <= 24:
            return (j + 1, .time)
        case Glyph.fen1 where v < 60 && i == hourEnd:
            return (j + 1, .time)
        default:
            return nil
        }
    }

    /// Up to three magnitude characters (百 千 万 亿: `6万`, `1.3万亿`, `3千万`), but not
    /// the 千/百 of a unit word (`5千米`, `2千克`, `10千瓦`).
    private func magnitudeEnd(at start: Int) -> Int {
        var j = start
        while j < n, j - start < 3 {
            let v = value(j)
            if v == Glyph.wan || v == Glyph.yi4 {
                j += 1
            } else if v == Glyph.qian || v == Glyph.bai {
                if j + 1 < n, Glyph.formsUnitAfterMagnitude(value(j + 1)) { break }
                if v == Glyph.bai, j + 1 < n, value(j + 1) == Glyph.fen1 { break }  // 百分点, 百分比
                j += 1
            } else {
                break
            }
        }
        return j
    }

    // MARK: helpers

    /// Past up to two inline spaces at `from` when a percent sign or 万/亿 follows them, else `from`.
    @inline(__always) func spacedFigureEnd(at from: Int) -> Int {
        var k = from
        while k < n, k - from < 2, Glyph.isInlineSpace(value(k)) { k += 1 }
        guard k > from, k < n, Glyph.isPercentSign(value(k)) || value(k) == Glyph.wan || value(k) == Glyph.yi4 else { return from }
        return k
    }

    @inline(__always) func isDigits(_ from: Int, _ count: Int) -> Bool {
        guard from + count <= n else { return false }
        for k in from..<(from + count) where cls(k) != .digit { return false }
        return true
    }

    /// Length and end of the digit run at `from`.
    @inline(__always) func digitRun(_ from: Int) -> (Int, Int) {
        var e = from
        while e < n, cls(e) == .digit { e += 1 }
        return (e - from, e)
    }

    /// Value of `count` (≤ 4) digits at `from`.
    @inline(__always) func number(_ from: Int, _ count: Int) -> Int {
        var v = 0
        for k in from..<min(from + count, n) { v = v * 10 + ScalarClasses.digitValue(value(k)) }
        return v
    }
}
