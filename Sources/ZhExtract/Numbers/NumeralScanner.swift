import ZhText
import Foundation

/// Splits the numeral at a position into tokens (Arabic numbers, Chinese digits, units, decimal tails).
///
/// ```swift
/// var tokens: [NumeralToken] = []
/// let end = NumeralScanner.tokenize(buffer, from: 0, limit: buffer.count, into: &tokens)   // "3.5万人" → 4, [3.5, 万]
/// ```
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
                tokens.append(NumeralToken(kind: d == 0 ? .zero : .digit, number: d, start: j, end: j + 1))
                j += 1
            } else if let t = NumeralScalars.contractedTens(c) {
                if last == .arabic || last == .fraction || last == .digit { break }
                tokens.append(NumeralToken(kind: .digit, number: t, start: j, end: j + 1))
                tokens.append(NumeralToken(kind: .small, number: 1, start: j, end: j + 1))
                j += 1
            } else if let e = NumeralScalars.smallUnitExponent(c) {
                tokens.append(NumeralToken(kind: .small, number: e, start: j, end: j + 1))
                j += 1
            } else if let e = NumeralScalars.bigUnitExponent(c) {
                tokens.append(NumeralToken(kind: .big, number: e, start: j, end: j + 1))
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
            } else if last == .arabic, CharClass.isInlineSpace(c) {
                // Spaced figures: "6215.3 亿元", "98.6 万亿元" — the magnitude still belongs to the digits.
                var k = j
                while k < limit, k - j < NumeralScalars.maximumInnerSpaces, CharClass.isInlineSpace(s[k]) { k += 1 }
                guard k < limit, NumeralScalars.bigUnitExponent(s[k]) != nil else { break }
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
