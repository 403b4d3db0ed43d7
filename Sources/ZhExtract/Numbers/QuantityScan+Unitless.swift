import ZhText
import Foundation

/// The rules for numerals that stand without a unit, and for money written out in 元角分.
///
/// Rules (cue → scope → result), in the order the recogniser applies them:
/// 1. **structure** — a Chinese numeral of two or more characters with a magnitude word (十百千万亿), a
///    decimal point (点) or three or more digits read one by one → the numeral alone → a number
///    (kind `number`, no unit): 两千零二十, 一万零八百, 贰仟伍佰, 三点一四, 零点零五, 三万五, 一七二零.
///    A lone digit (一, 二) or a pair without structure (一二, 一一) is not a number unless a unit,
///    第, 年 or a percent form makes it one.
/// 2. **digit by digit** — three or more digits (〇/零 included) read one by one → a number (二〇三五 bare
///    is the year 2035, as 2035 is); not when it starts with 零/〇 (a code: 零零三), contains 两 (两 is
///    never read digit by digit: 三三两两) or doubles two digits (七七八八).
/// 3. **decimal idiom** — D点D followed by a Han character (一点一滴, 两点一线), or any 两点… → not a
///    number (a decimal standing alone is followed by punctuation, a unit or a qualifier).
/// 4. **money** — 元/圆 followed by N角, N分 (零 may stand between) → the value in 元 with the fraction
///    (玖仟陆佰陆拾伍圆壹角捌分 = 9665.18 元, 3元5角 = 3.5 元); 圆 is reported as 元; a 整/正 after the
///    amount (壹拾壹元整) belongs to it when no Han character follows (元整合, 元正在 are other words).
/// 5. **reduplicated one** — 一 + measure word written twice (一件一件, 一个一个) → neither half is a
///    count ("one by one").
/// 6. **bare magnitude** (in `numeralPiece`) — 百/千/万/亿 with no digit before (百姓, 千万不要, 万万不可,
///    万一) → a number only after a qualifier (近千万) or before 余/多 (万余人); so 千万/万万 as an
///    adverb is never read.
extension QuantityScan {
    /// Rule 1: the numeral has structure enough to be a number on its own.
    static func hasStructure(_ tokens: ArraySlice<NumeralToken>, scalarCount: Int, digitByDigit: Bool) -> Bool {
        guard scalarCount >= 2 else { return false }
        if digitByDigit { return true }
        return tokens.contains { $0.kind == .small || $0.kind == .big || $0.kind == .fraction }
    }

    /// Rule 2: digits read one by one that make a number (tokens of a digit-sequence reading).
    func readsDigitByDigit(_ tokens: ArraySlice<NumeralToken>) -> Bool {
        let digits = tokens.filter { $0.kind == .digit || $0.kind == .zero }
        guard digits.count >= 3, let first = digits.first, first.kind != .zero else { return false }
        if digits.contains(where: { s[$0.start] == "两" || s[$0.start] == "兩" }) { return false }
        if digits.count == 4, digits[0].number == digits[1].number, digits[2].number == digits[3].number { return false }
        return true
    }

    /// Rule 3: 一点一滴, 两点一线 — a decimal that is a word.
    func isChineseDecimalIdiom(_ piece: QuantityPiece) -> Bool {
        let start = piece.start
        guard piece.isBare, start + 1 < upper, NumeralScalars.isChinesePoint(s[start + 1]) else { return false }
        if s[start] == "两" || s[start] == "兩" { return true }
        guard piece.end - start == 3, piece.end < upper else { return false }
        return CharClass.isHan(s[piece.end]) && !NumeralScalars.isChineseNumeral(s[piece.end])
    }

    /// Rule 5: 一件一件 — the piece is one half of a reduplicated 一 + measure word.
    func isReduplicatedOne(_ piece: QuantityPiece) -> Bool {
        guard !piece.headIsArabic, piece.value == 1, piece.rangeLow == nil, let unit = piece.unit,
              piece.end - piece.start == 1 + unit.scalars.count else { return false }
        func halfAt(_ k: Int) -> Bool {
            guard k >= lower, k + 1 + unit.scalars.count <= upper, s[k] == "一" else { return false }
            for (offset, scalar) in unit.scalars.enumerated() where s[k + 1 + offset] != scalar { return false }
            return true
        }
        return halfAt(piece.end) || halfAt(piece.start - 1 - unit.scalars.count)
    }

    /// Rule 4: 角 and 分 after 元/圆, and 整/正 closing the amount.
    func extendMoney(_ piece: inout QuantityPiece) {
        guard let unit = piece.unit, unit.text == "元" || unit.text == "圆" else { return }
        if unit.text == "圆" { piece.specialUnit = "元" }
        var k = piece.end
        if piece.magnitudeExponent == 0, let value = piece.value {
            func digit(_ at: Int) -> Int? {
                guard at < upper else { return nil }
                return NumeralScalars.chineseDigit(s[at]) ?? NumeralScalars.arabicDigit(s[at])
            }
            var cents = 0
            var found = false
            if let d = digit(k), k + 1 < upper, s[k + 1] == "角" {
                cents += 10 * d
                k += 2
                found = true
            }
            let zero = k < upper && (s[k] == "零" || s[k] == "〇") ? 1 : 0
            if let d = digit(k + zero), k + zero + 1 < upper, s[k + zero + 1] == "分", d != 0 || zero == 0 {
                cents += d
                k += zero + 2
                found = true
            }
            if found {
                piece.value = value + Decimal(cents) / 100
                piece.isInteger = false
                piece.end = k
            }
        }
        if k < upper, s[k] == "整" || s[k] == "正", k + 1 >= upper || !CharClass.isHan(s[k + 1]) {
            piece.end = k + 1
        }
    }
}
