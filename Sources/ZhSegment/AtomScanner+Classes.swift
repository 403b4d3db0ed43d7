import ZhText

/// The class of a scalar for the atom scanner, one byte per BMP scalar.
enum ScalarClass: UInt8 {
    case other = 0
    /// A Han ideograph that is not a numeral.
    case han
    /// 〇 ○ 零 一 二 两 三 四 五 六 七 八 九 (Han, counted as numeral digits).
    case cnDigit
    /// 十 百 千.
    case cnUnit
    /// 万 亿.
    case cnBig
    /// 0-9 and ０-９.
    case digit
    /// Latin letters: ASCII, full-width, Latin-1 and Latin Extended.
    case latin
    case space
    /// Punctuation and the non-letter symbols of the BMP other than pictographs.
    case punct
    /// Letters of other scripts (kana, Hangul, Cyrillic, Greek…), kept together as `.other` runs.
    case otherLetter
}

/// The 64K-entry class table, built once and shared.
///
/// Start-up matters (a one-line input is a whole process), so the table asks Unicode's
/// properties only for the blocks Chinese text draws its non-Han scalars from
/// (``eagerBlocks``: Latin, general punctuation, arrows and shapes, CJK symbols, full-width
/// forms); CJK ideographs and Hangul syllables are whole blocks of one class, surrogates
/// and private use stay `.other`, and every other BMP scalar holds ``unresolved`` and is
/// classified when met (``AtomScan/cls(_:)``), with the same answer (a test compares all
/// 64K).
final class ScalarClasses: Sendable {
    static let shared = ScalarClasses()
    let table: [UInt8]
    /// The table's entry for a scalar classified when met.
    static let unresolved: UInt8 = 0xFF
    /// Blocks classified when the table is built (the rest of the BMP outside the whole blocks is unresolved).
    static let eagerBlocks: [ClosedRange<UInt32>] = [0x0000...0x024F, 0x2000...0x27BF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFFEF]

    private init() {
        var table = [UInt8](repeating: Self.unresolved, count: 0x10000)
        // Whole blocks: CJK ideographs are Han (numerals fixed below), Hangul syllables are
        // letters, surrogates and private use are .other.
        for block in CharClass.unifiedIdeographBlocks {
            for v in block { table[Int(v)] = ScalarClass.han.rawValue }
        }
        for v in 0xAC00...0xD7A3 { table[v] = ScalarClass.otherLetter.rawValue }
        for v in 0xD800...0xF8FF { table[v] = ScalarClass.other.rawValue }
        for s in "〇零一二两三四五六七八九十百千万亿".unicodeScalars {
            if let numeral = Self.chineseNumeralClass(s.value) { table[Int(s.value)] = numeral.rawValue }
        }
        for block in Self.eagerBlocks {
            for v in block {
                guard let s = Unicode.Scalar(v) else { continue }
                table[Int(v)] = Self.classify(s).rawValue
            }
        }
        self.table = table
    }

    /// The class of a BMP scalar the table leaves ``unresolved``.
    static func classOfRare(_ v: UInt32) -> ScalarClass {
        Unicode.Scalar(v).map(classify) ?? .other
    }

    /// The class of any scalar, straight from its properties (what the table holds, for tests).
    static func classOf(_ s: Unicode.Scalar) -> ScalarClass {
        switch s.value {
        case 0xD800...0xF8FF: return .other
        case 0x10000...: return classOfAstral(s.value)
        default: return classify(s)
        }
    }

    private static func classify(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        switch v {
        case 0x30...0x39, 0xFF10...0xFF19: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        default: break
        }
        if let numeral = chineseNumeralClass(v) { return numeral }
        if isHan(v) { return .han }
        let props = s.properties
        if props.isWhitespace { return .space }
        switch props.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            // Latin-1 Supplement and Latin Extended-A/B letters (é, ü, ñ) are Latin.
            if (0xC0...0x24F).contains(v) { return .latin }
            return .otherLetter
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol:
            return .punct
        case .otherSymbol:
            // Arrows, box drawing and geometric shapes used as bullets; not pictographs.
            if (0x2190...0x25FF).contains(v) || (0x3000...0x303F).contains(v) { return .punct }
            return .other
        default:
            return .other
        }
    }

    static func chineseNumeralClass(_ v: UInt32) -> ScalarClass? {
        guard let s = Unicode.Scalar(v) else { return nil }
        switch s {
        case "〇", "○", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九": return .cnDigit
        case "十", "百", "千": return .cnUnit
        case "万", "亿": return .cnBig
        default: return nil
        }
    }

    /// Han, as ``CharClass`` defines it.
    @inline(__always) static func isHan(_ v: UInt32) -> Bool { CharClass.isHan(v) }

    @inline(__always) static func classOfAstral(_ v: UInt32) -> ScalarClass {
        if isHan(v) { return .han }
        return .other
    }

    /// `-` `+` `−` `－` `＋`: signs when they precede a number.
    @inline(__always) static func isSign(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2B || v == 0x2212 || v == 0xFF0D || v == 0xFF0B
    }

    /// Marks whose runs are one atom (`……`, `——`, `**`, `...`).
    @inline(__always) static func isRepeatable(_ v: UInt32) -> Bool {
        switch v {
        case 0x2026, 0x22EF, 0x2014, 0x2015, 0x2500, 0x2E3A, 0x2E3B,  // … ⋯ — ― ─ ⸺ ⸻
             0x2D, 0x7E, 0xFF5E, 0x2E, 0xB7, 0x2A, 0x3D, 0x5F, 0x23, 0xFF3F, 0x30FB:  // - ~ ～ . · * = _ # ＿ ・
            return true
        default: return false
        }
    }

    /// Numeric value of a digit scalar (0-9, ０-９).
    @inline(__always) static func digitValue(_ v: UInt32) -> Int {
        v >= 0xFF10 ? Int(v - 0xFF10) : Int(v &- 0x30)
    }

    /// Value of a Chinese numeral digit (〇○零 0, 两 2), or nil for units.
    @inline(__always) static func chineseDigitValue(_ v: UInt32) -> Int? {
        guard let s = Unicode.Scalar(v) else { return nil }
        switch s {
        case "〇", "○", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }
}

/// Scalars the number scanners compare against.
enum Glyph {
    static let nian: UInt32 = 0x5E74  // 年
    static let du: UInt32 = 0x5EA6  // 度
    static let yue: UInt32 = 0x6708  // 月
    static let ri: UInt32 = 0x65E5  // 日
    static let fen4: UInt32 = 0x4EFD  // 份
    static let shi2: UInt32 = 0x65F6  // 时
    static let fen1: UInt32 = 0x5206  // 分
    static let zhi: UInt32 = 0x4E4B  // 之
    static let dian: UInt32 = 0x70B9  // 点
    static let di: UInt32 = 0x7B2C  // 第
    static let da: UInt32 = 0x5927  // 大
    static let bai: UInt32 = 0x767E  // 百
    static let qian: UInt32 = 0x5343  // 千
    static let wan: UInt32 = 0x4E07  // 万
    static let yi4: UInt32 = 0x4EBF  // 亿
    static let liang: UInt32 = 0x4E24  // 两
    static let shi: UInt32 = 0x5341  // 十

    /// After 千/百, these make a unit word (千米 km, 千克 kg, 千瓦 kW…), so the magnitude is not the number's.
    @inline(__always) static func formsUnitAfterMagnitude(_ v: UInt32) -> Bool {
        switch v {
        case 0x7C73, 0x514B, 0x74E6, 0x4F0F, 0x5361, 0x5E15, 0x8D6B, 0x7126, 0x5146, 0x5B57, 0x4F4D:
            // 米 克 瓦 伏 卡 帕 赫 焦 兆 字(节) 位
            return true
        default: return false
        }
    }

    /// A space inside a line (ASCII, NBSP, U+3000), as layout puts between a number and its unit.
    @inline(__always) static func isInlineSpace(_ v: UInt32) -> Bool { CharClass.isInlineSpace(v) }

    @inline(__always) static func isPercentSign(_ v: UInt32) -> Bool {
        v == 0x25 || v == 0xFF05 || v == 0x2030 || v == 0x2031  // % ％ ‰ ‱
    }

    @inline(__always) static func isDecimalPoint(_ v: UInt32) -> Bool { v == 0x2E || v == 0xFF0E }
    @inline(__always) static func isSlash(_ v: UInt32) -> Bool { v == 0x2F || v == 0xFF0F }
    @inline(__always) static func isColon(_ v: UInt32) -> Bool { v == 0x3A || v == 0xFF1A }
    @inline(__always) static func isAt(_ v: UInt32) -> Bool { v == 0x40 || v == 0xFF20 }
    @inline(__always) static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0xFF0D }
}
