import Foundation

/// Reads one numeral — Arabic, Chinese, financial or mixed — into an exact `Decimal`.
///
/// Accepts thousands separators (`1,200`), decimals (`1.57` stays exactly 1.57), full-width
/// digits, Chinese and financial numerals (`两万三千`, `一万零五百`, `叁仟肆佰`, `廿三`,
/// `一百二` = 120), Chinese decimals (`五点五`), mixed forms (`3.5万`, `1.3万亿`, `3万5千`)
/// and digit-by-digit readings (`二〇三五` = 2035). Returns nil for anything that is not a
/// whole numeral, and for numerals that cannot be represented exactly (more than 38
/// significant digits, or 10^38 and above) — never a rounded or wrapped value.
///
/// ```swift
/// NumberParser.parse("1.3万亿".unicodeScalars)      // 1300000000000
/// NumberParser.parse("三亿五千万".unicodeScalars)   // 350000000
/// NumberParser.parse("一千亿亿".unicodeScalars)     // nil (repeated magnitude)
/// ```
public enum NumberParser {
    public static func parse(_ numeral: some Collection<Unicode.Scalar>) -> Decimal? {
        let scalars = Array(numeral)
        if scalars.isEmpty { return nil }
        return scalars.withUnsafeBufferPointer { buffer -> Decimal? in
            var tokens: [NumeralToken] = []
            let end = NumeralScanner.tokenize(buffer, from: 0, limit: buffer.count, into: &tokens)
            guard end == buffer.count, !tokens.isEmpty,
                  let reading = NumeralScanner.read(tokens[...]), let value = reading.value else { return nil }
            if reading.magnitudeExponent == 0 { return value }
            return Decimal.exactProduct(value, powerOfTen: reading.magnitudeExponent)
        }
    }
}

// MARK: - Machinery

/// One piece of a numeral: an Arabic number, a Chinese digit, a unit (十百千 / 万亿) or a decimal tail.
struct NumeralToken {
    enum Kind: UInt8 { case arabic, digit, zero, small, big, fraction }
    var kind: Kind
    /// Digit value for `.digit`; power of ten for `.small`/`.big`.
    var number: Int
    /// Value of `.arabic` and `.fraction` (0.xx) tokens.
    var value: Decimal
    /// The Arabic number or decimal tail had too many significant digits.
    var overflow: Bool
    /// `.arabic`: digits of a plain integer written without separators, else 0.
    var plainIntegerDigits: Int
    var isInteger: Bool
    var start: Int
    var end: Int
}

/// What a numeral says: its value, and the trailing magnitude written as part of the unit.
struct NumeralReading {
    /// nil when the numeral overflowed.
    var value: Decimal?
    /// Power of ten of the magnitude written after a simple head ("6万" → 4, "1.3万亿" → 12).
    var magnitudeExponent: Int
    /// Where that magnitude is written (empty when there is none).
    var magnitudeRange: Range<Int>
    var headIsArabic: Bool
    var isInteger: Bool
    /// Digits of a plain Arabic integer (no separators, no magnitude), else 0.
    var plainIntegerDigits: Int
    /// Read digit by digit (二〇三五).
    var isDigitSequence: Bool
    /// Starts with 百/千/万/亿 without a digit before it (百万, 千亿).
    var startsWithBareUnit: Bool
    var end: Int
}

extension Decimal {
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// 10^38: values at or above it are reported as overflow.
    static let overflowLimit = Decimal.powerOfTen(38)

    /// value × 10^exponent, exact (only the exponent changes).
    static func exactProduct(_ value: Decimal, powerOfTen exponent: Int) -> Decimal {
        var result = value
        if exponent != 0, !value.isZero { result = value * Decimal.powerOfTen(exponent) }
        return result
    }
}

enum NumeralScanner {
    /// Tokenises the numeral that starts at `i`; returns where it ends (== i when none starts there).
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, limit: Int,
                         into tokens: inout [NumeralToken]) -> Int {
        tokens.removeAll(keepingCapacity: true)
        var j = i
        while j < limit {
            let c = s[j]
            let last = tokens.last?.kind
            if NumeralScalars.arabicDigit(c) != nil {
                guard last == nil || last == .small || last == .big else { break }
                let token = scanArabic(s, from: j, limit: limit)
                tokens.append(token)
                j = token.end
            } else if let d = NumeralScalars.chineseDigit(c) {
                if last == .arabic || last == .fraction { break }
                tokens.append(NumeralToken(kind: d == 0 ? .zero : .digit, number: d, value: 0, overflow: false,
                                           plainIntegerDigits: 0, isInteger: true, start: j, end: j + 1))
                j += 1
            } else if let t = NumeralScalars.contractedTens(c) {
                if last == .arabic || last == .fraction || last == .digit { break }
                tokens.append(NumeralToken(kind: .digit, number: t, value: 0, overflow: false,
                                           plainIntegerDigits: 0, isInteger: true, start: j, end: j + 1))
                tokens.append(NumeralToken(kind: .small, number: 1, value: 0, overflow: false,
                                           plainIntegerDigits: 0, isInteger: true, start: j, end: j + 1))
                j += 1
            } else if let e = NumeralScalars.smallUnitExponent(c) {
                tokens.append(NumeralToken(kind: .small, number: e, value: 0, overflow: false,
                                           plainIntegerDigits: 0, isInteger: true, start: j, end: j + 1))
                j += 1
            } else if let e = NumeralScalars.bigUnitExponent(c) {
                tokens.append(NumeralToken(kind: .big, number: e, value: 0, overflow: false,
                                           plainIntegerDigits: 0, isInteger: true, start: j, end: j + 1))
                j += 1
            } else if NumeralScalars.isChinesePoint(c), last == .digit || last == .zero || last == .small,
                      j + 1 < limit, NumeralScalars.chineseDigit(s[j + 1]) != nil {
                let token = scanChineseFraction(s, from: j, limit: limit)
                tokens.append(token)
                j = token.end
            } else if NumeralScalars.isMarkup(c), last != nil {
                // `**` between a number and its magnitude (资助学生**6**万人) is transparent.
                var k = j
                while k < limit, k - j < 3, NumeralScalars.isMarkup(s[k]) { k += 1 }
                guard k < limit, NumeralScalars.bigUnitExponent(s[k]) != nil || NumeralScalars.smallUnitExponent(s[k]) != nil
                else { break }
                j = k
            } else {
                break
            }
        }
        // A trailing markup skip without a unit never happens (guarded above); trim nothing.
        return tokens.last?.end ?? i
    }

    /// Arabic digits with optional thousands separators and decimal part.
    static func scanArabic(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int) -> NumeralToken {
        var accumulator = DigitAccumulator()
        var j = start
        var groupLength = 0
        var grouped = false
        var integerDigits = 0
        while j < limit {
            if let d = NumeralScalars.arabicDigit(s[j]) {
                accumulator.push(d)
                groupLength += 1
                integerDigits += 1
                j += 1
            } else if NumeralScalars.isComma(s[j]), groupLength >= 1, grouped ? groupLength == 3 : groupLength <= 3,
                      hasExactlyThreeDigits(s, at: j + 1, limit: limit) {
                grouped = true
                groupLength = 0
                j += 1
            } else {
                break
            }
        }
        var fractionDigits = 0
        if j + 1 < limit, NumeralScalars.isDecimalPoint(s[j]), NumeralScalars.arabicDigit(s[j + 1]) != nil {
            j += 1
            while j < limit, let d = NumeralScalars.arabicDigit(s[j]) {
                accumulator.push(d)
                fractionDigits += 1
                j += 1
            }
        }
        let value = accumulator.decimal(fractionDigits: fractionDigits)
        return NumeralToken(kind: .arabic, number: 0, value: value ?? 0, overflow: value == nil,
                            plainIntegerDigits: (grouped || fractionDigits > 0) ? 0 : integerDigits,
                            isInteger: fractionDigits == 0, start: start, end: j)
    }

    /// Three digits at `i` and no fourth.
    private static func hasExactlyThreeDigits(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int) -> Bool {
        guard i + 3 <= limit else { return false }
        for k in i..<(i + 3) where NumeralScalars.arabicDigit(s[k]) == nil { return false }
        if i + 3 < limit, NumeralScalars.arabicDigit(s[i + 3]) != nil { return false }
        return true
    }

    /// 点 followed by Chinese digits read one by one (点五五 → 0.55).
    static func scanChineseFraction(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int) -> NumeralToken {
        var accumulator = DigitAccumulator()
        var j = start + 1
        var count = 0
        while j < limit, let d = NumeralScalars.chineseDigit(s[j]) {
            accumulator.push(d)
            count += 1
            j += 1
        }
        let value = accumulator.decimal(fractionDigits: count)
        return NumeralToken(kind: .fraction, number: count, value: value ?? 0, overflow: value == nil,
                            plainIntegerDigits: 0, isInteger: false, start: start, end: j)
    }

    /// Reads a token sequence; nil when it is not a well-formed numeral.
    static func read(_ tokens: ArraySlice<NumeralToken>) -> NumeralReading? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        var reading = NumeralReading(value: nil, magnitudeExponent: 0, magnitudeRange: last.end..<last.end,
                                     headIsArabic: first.kind == .arabic, isInteger: true, plainIntegerDigits: 0,
                                     isDigitSequence: false, startsWithBareUnit: false, end: last.end)
        reading.startsWithBareUnit = first.kind == .big || (first.kind == .small && first.number > 1)

        // Digit by digit: 二〇三五, 一九九八.
        if tokens.count >= 2, tokens.allSatisfy({ $0.kind == .digit || $0.kind == .zero }) {
            var accumulator = DigitAccumulator()
            for t in tokens { accumulator.push(t.number) }
            reading.value = accumulator.decimal(fractionDigits: 0)
            reading.isDigitSequence = true
            return reading
        }

        if first.kind == .arabic {
            if tokens.count == 1 {
                reading.value = first.overflow ? nil : first.value
                reading.isInteger = first.isInteger
                reading.plainIntegerDigits = first.plainIntegerDigits
                return reading
            }
            let tail = tokens.dropFirst()
            if tail.allSatisfy({ $0.kind == .small || $0.kind == .big }) {
                guard let exponent = magnitudeExponent(tail, allowSmall: true) else { return nil }
                reading.value = first.overflow ? nil : first.value
                reading.isInteger = first.isInteger
                reading.magnitudeExponent = exponent
                reading.magnitudeRange = (tail.first?.start ?? last.end)..<last.end
                return reading
            }
            guard first.isInteger else { return nil }
            return positional(tokens, into: reading)
        }

        // Chinese: split off a trailing run of 万/亿 when the head has no 万/亿 of its own.
        var k = tokens.endIndex
        while k > tokens.startIndex, tokens[k - 1].kind == .big { k -= 1 }
        let head = tokens[tokens.startIndex..<k]
        if head.isEmpty {
            // 万, 亿, 万亿 alone: one of that magnitude (万余人 = 1万余人).
            guard let exponent = magnitudeExponent(tokens, allowSmall: false) else { return nil }
            reading.value = 1
            reading.magnitudeExponent = exponent
            reading.magnitudeRange = first.start..<last.end
            return reading
        }
        if head.contains(where: { $0.kind == .big }) {
            if head.contains(where: { $0.kind == .fraction }) { return nil }
            return positional(tokens, into: reading)
        }
        var headValue: Decimal?
        var integerPart = head
        var fraction: NumeralToken?
        if let lastHead = head.last, lastHead.kind == .fraction {
            fraction = lastHead
            integerPart = head.dropLast()
        }
        if integerPart.contains(where: { $0.kind == .fraction }) { return nil }
        guard let integer = positionalValue(integerPart) else { return nil }
        headValue = integer.value
        if let f = fraction {
            if f.overflow { headValue = nil } else if let h = headValue { headValue = h + f.value }
            reading.isInteger = false
        }
        if k < tokens.endIndex {
            let tail = tokens[k...]
            guard let exponent = magnitudeExponent(tail, allowSmall: false) else { return nil }
            reading.magnitudeExponent = exponent
            reading.magnitudeRange = tail[tail.startIndex].start..<last.end
        } else if fraction != nil {
            // 五点五 alone is fine; nothing else to check.
        }
        reading.value = headValue
        return reading
    }

    /// Two neighbouring digits read as an approximate range: 两三(年), 三五(年), 七八(成), 十二三(岁),
    /// 二十七八, 三四十(万). Returns nil for anything else.
    static func readApproximatePair(_ tokens: ArraySlice<NumeralToken>)
        -> (low: Decimal, high: Decimal, magnitudeExponent: Int, magnitudeStart: Int?)? {
        let b = tokens.startIndex
        guard tokens.count >= 2, tokens.count <= 6,
              let p = tokens.indices.first(where: { $0 + 1 < tokens.endIndex && tokens[$0].kind == .digit
                                                     && tokens[$0 + 1].kind == .digit }) else { return nil }
        let d1 = tokens[p].number
        let d2 = tokens[p + 1].number
        guard d2 == d1 + 1 || (d1 == 3 && d2 == 5) else { return nil }
        var base = 0
        switch p - b {
        case 0: break
        case 1: guard tokens[b].kind == .small, tokens[b].number == 1 else { return nil }; base = 10          // 十二三
        case 2: guard tokens[b].kind == .digit, tokens[b + 1].kind == .small, tokens[b + 1].number == 1 else { return nil }
            base = tokens[b].number * 10                                                                      // 二十七八
        default: return nil
        }
        var rest = tokens[(p + 2)...]
        var scale = 0
        if p == b, let f = rest.first, f.kind == .small {                                  // 三四十, 五六百
            scale = f.number
            rest = rest.dropFirst()
        }
        guard rest.allSatisfy({ $0.kind == .big }) else { return nil }
        var exponent = 0
        var last = 0
        for b in rest {
            guard b.number > last else { return nil }
            exponent += b.number
            last = b.number
        }
        let unit = Decimal.powerOfTen(scale)
        return (Decimal(base) + Decimal(d1) * unit, Decimal(base) + Decimal(d2) * unit, exponent, rest.first?.start)
    }

    /// Exponent of a written magnitude: at most one of 十百千, then 万 and/or 亿 in increasing order.
    private static func magnitudeExponent(_ tail: ArraySlice<NumeralToken>, allowSmall: Bool) -> Int? {
        var exponent = 0
        var seenSmall = false
        var lastBig = 0
        for t in tail {
            switch t.kind {
            case .small:
                guard allowSmall, !seenSmall, lastBig == 0 else { return nil }
                seenSmall = true
                exponent += t.number
            case .big:
                guard t.number > lastBig else { return nil }
                lastBig = t.number
                exponent += t.number
            default:
                return nil
            }
        }
        return exponent
    }

    private static func positional(_ tokens: ArraySlice<NumeralToken>, into reading: NumeralReading) -> NumeralReading? {
        guard let result = positionalValue(tokens) else { return nil }
        var r = reading
        r.value = result.value
        r.isInteger = true
        return r
    }

    /// The positional reading of 十百千 / 万亿 with Chinese or Arabic integer digits.
    /// Returns nil when malformed; `.value == nil` when it overflowed.
    private static func positionalValue(_ tokens: ArraySlice<NumeralToken>) -> (value: Decimal?, ok: Bool)? {
        var total = Decimal(0)
        var section = Decimal(0)
        var digit: Decimal?
        var digitIsChinese = false
        var lastSmall = 99
        var maxBig = 0
        var floorBig = 99
        var unitBeforeDigit: Int?     // exponent of the unit right before the current digit
        var previousUnit: Int?        // exponent of the unit token just seen
        var afterZero = false
        var overflow = false
        var index = 0
        for t in tokens {
            defer { index += 1 }
            switch t.kind {
            case .digit:
                if digit != nil { return nil }
                digit = Decimal(t.number)
                digitIsChinese = true
                unitBeforeDigit = afterZero ? nil : previousUnit
                previousUnit = nil
            case .arabic:
                if digit != nil || !t.isInteger { return nil }
                if t.overflow { overflow = true }
                digit = t.value
                digitIsChinese = false
                unitBeforeDigit = previousUnit
                previousUnit = nil
            case .zero:
                if digit != nil { return nil }
                afterZero = true
                previousUnit = nil
            case .small:
                if t.number >= lastSmall { return nil }
                var d = digit
                if d == nil {
                    if t.number == 1 || index == 0 { d = 1 } else { return nil }
                }
                section += (d ?? 1) * Decimal.powerOfTen(t.number)
                digit = nil
                lastSmall = t.number
                afterZero = false
                previousUnit = t.number
            case .big:
                let sectionValue = section + (digit ?? 0)
                if t.number > maxBig {
                    if sectionValue.isZero && total.isZero {
                        if index == 0 { total = 1 } else { return nil }
                    }
                    total = (total + sectionValue) * Decimal.powerOfTen(t.number)
                    maxBig = t.number
                    floorBig = t.number
                } else {
                    guard t.number < floorBig, !sectionValue.isZero,
                          sectionValue < Decimal.powerOfTen(floorBig - t.number) else { return nil }
                    total += sectionValue * Decimal.powerOfTen(t.number)
                    floorBig = t.number
                }
                section = 0
                digit = nil
                lastSmall = 99
                afterZero = false
                previousUnit = t.number
            case .fraction:
                return nil
            }
            if total >= Decimal.overflowLimit || section >= Decimal.overflowLimit { overflow = true }
        }
        if let d = digit {
            if digitIsChinese, let unit = unitBeforeDigit, unit >= 2 {
                section += d * Decimal.powerOfTen(unit - 1)       // 一百二 = 120, 两万三 = 23000
            } else if !digitIsChinese, unitBeforeDigit != nil {
                return nil                                          // 3万5: ambiguous
            } else {
                section += d
            }
        }
        let value = total + section
        if overflow || value >= Decimal.overflowLimit || value.isNaN { return (nil, true) }
        return (value, true)
    }
}

/// Accumulates decimal digits exactly; gives up (nil) past 38 significant digits.
struct DigitAccumulator {
    private var small: UInt64 = 0
    private var large: Decimal?
    private var significant = 0
    private var overflow = false

    mutating func push(_ digit: Int) {
        if overflow { return }
        if significant == 0 && digit == 0 { return }
        significant += 1
        if significant > 38 { overflow = true; return }
        if significant <= 19 {
            small = small &* 10 &+ UInt64(digit)
        } else {
            var l = large ?? Decimal(small)
            l = l * 10 + Decimal(digit)
            large = l
        }
    }

    func decimal(fractionDigits: Int) -> Decimal? {
        if overflow || fractionDigits > 127 { return nil }   // Decimal's exponent stops at -128
        let significand = large ?? Decimal(small)
        if significand.isZero { return 0 }
        let value = Decimal(sign: .plus, exponent: -fractionDigits, significand: significand)
        if value >= Decimal.overflowLimit { return nil }
        return value
    }
}
