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
        switch s.value {
        case 0x3007, 0x96F6, 0x25CB: return 0          // 〇 零 ○
        case 0x4E00, 0x58F9, 0x5F0C: return 1          // 一 壹 弌
        case 0x4E8C, 0x8D30, 0x8CB3, 0x4E24, 0x5169: return 2  // 二 贰 貳 两 兩
        case 0x4E09, 0x53C1, 0x53C3: return 3          // 三 叁 參
        case 0x56DB, 0x8086: return 4                  // 四 肆
        case 0x4E94, 0x4F0D: return 5                  // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6          // 六 陆 陸
        case 0x4E03, 0x67D2: return 7                  // 七 柒
        case 0x516B, 0x634C: return 8                  // 八 捌
        case 0x4E5D, 0x7396: return 9                  // 九 玖
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
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    @inline(__always)
    static func isDecimalPoint(_ s: Unicode.Scalar) -> Bool { s.value == 0x2E || s.value == 0xFF0E }

    @inline(__always)
    static func isComma(_ s: Unicode.Scalar) -> Bool { s.value == 0x2C || s.value == 0xFF0C }

    /// A space inside a line (ASCII, NBSP, U+3000): PDF and web layout put one between a number and
    /// its unit ("6215.3 亿元", "增长 5 %"); it is not a boundary of the figure. Line breaks are.
    @inline(__always)
    static func isHorizontalSpace(_ s: Unicode.Scalar) -> Bool { s.value == 0x20 || s.value == 0xA0 || s.value == 0x3000 }

    /// The most spaces a figure may have between its parts.
    static let maximumInnerSpaces = 2

    /// Markdown emphasis characters that are transparent between a numeral and its unit.
    @inline(__always)
    static func isMarkup(_ s: Unicode.Scalar) -> Bool { s.value == 0x2A }   // *

    @inline(__always)
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FFFF)
    }

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
