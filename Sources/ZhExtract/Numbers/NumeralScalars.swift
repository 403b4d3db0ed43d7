import ZhText

/// Classification of the scalars that make up numerals (Arabic, Chinese, financial).
///
/// ```swift
/// NumeralScalars.chineseDigit("贰")   // 2
/// NumeralScalars.smallUnitExponent("千")   // 3
/// ```
enum NumeralScalars {
    /// 0…9 for ASCII and full-width digits.
    @inline(__always)
    static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// 0…9 for Chinese and financial digits (〇 零 ○ → 0, 两 → 2).
    @inline(__always)
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零", "○": return 0
        case "一", "壹", "弌": return 1
        case "二", "贰", "貳", "两", "兩": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 1, 2, 3 for 十/拾, 百/佰, 千/仟.
    @inline(__always)
    static func smallUnitExponent(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x5341, 0x62FE: return 1   // 十 拾
        case 0x767E, 0x4F70: return 2   // 百 佰
        case 0x5343, 0x4EDF: return 3   // 千 仟
        default: return nil
        }
    }

    /// 4 and 8 for 万/萬 and 亿/億.
    @inline(__always)
    static func bigUnitExponent(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x4E07, 0x842C: return 4   // 万 萬
        case 0x4EBF, 0x5104: return 8   // 亿 億
        default: return nil
        }
    }

    /// The tens digit of the contracted tens 廿 (20), 卅 (30), 卌 (40).
    @inline(__always)
    static func contractedTens(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x5EFF: return 2
        case 0x5345: return 3
        case 0x534C: return 4
        default: return nil
        }
    }

    /// 点/點, the Chinese decimal point.
    @inline(__always)
    static func isChinesePoint(_ s: Unicode.Scalar) -> Bool { s.value == 0x70B9 || s.value == 0x9EDE }

    /// Any scalar that can be part of a Chinese numeral (digit, unit, contracted tens).
    @inline(__always)
    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        chineseDigit(s) != nil || smallUnitExponent(s) != nil || bigUnitExponent(s) != nil || contractedTens(s) != nil
    }

    @inline(__always)
    static func isDecimalPoint(_ s: Unicode.Scalar) -> Bool { s.value == 0x2E || s.value == 0xFF0E }

    @inline(__always)
    static func isComma(_ s: Unicode.Scalar) -> Bool { s.value == 0x2C || s.value == 0xFF0C }

    /// The most spaces a figure may have between its parts.
    static let maximumInnerSpaces = 2

    /// Markdown emphasis characters that are transparent between a numeral and its unit.
    @inline(__always)
    static func isMarkup(_ s: Unicode.Scalar) -> Bool { s.value == 0x2A }   // *

    /// Opening quotation marks (“ ‘ 「 『 " 《).
    @inline(__always)
    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0x22, 0x300A: return true
        default: return false
        }
    }

    /// Closing quotation marks (” ’ 」 』 " 》).
    @inline(__always)
    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x22, 0x300B: return true
        default: return false
        }
    }
}
