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
    /// Value of `.arabic` and `.fraction` (0.xx) tokens (0 for the others).
    var value: Decimal = 0
    /// The Arabic number or decimal tail had too many significant digits.
    var overflow = false
    /// `.arabic`: digits of a plain integer written without separators, else 0.
    var plainIntegerDigits = 0
    var isInteger = true
    var start: Int
    var end: Int
}

/// What a numeral says: its value, and the trailing magnitude written as part of the unit.
struct NumeralReading {
    /// nil when the numeral overflowed (or is not read yet).
    var value: Decimal? = nil
    /// Power of ten of the magnitude written after a simple head ("6万" → 4, "1.3万亿" → 12).
    var magnitudeExponent = 0
    /// Where that magnitude is written (empty, at the end, when there is none).
    var magnitudeRange: Range<Int>
    var headIsArabic: Bool
    var isInteger = true
    /// Digits of a plain Arabic integer (no separators, no magnitude), else 0.
    var plainIntegerDigits = 0
    /// Read digit by digit (二〇三五).
    var isDigitSequence = false
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
