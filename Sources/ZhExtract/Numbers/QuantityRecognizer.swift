import ZhText
import Foundation

/// Finds every figure in normalised text: value, unit with magnitude, qualifier, range, kind.
///
/// Input is NFKC-normalised scalars (full-width digits are accepted too); spans are scalar
/// offsets into that input, end exclusive. Runs in time linear in the input.
/// ```swift
/// let text = Array("经济增长**8%左右**，用3—4年时间，“十四五”期间新增3个以上园区".unicodeScalars)
/// for q in QuantityRecognizer().quantities(in: text) {
///     print(q.value, q.unit, q.qualifier, q.kind)
/// }
/// // number(8) "%" approx percent · range(3, 4) "年" range amount
/// // range(2021, 2025) "年" range planPeriod · number(3) "个" atLeast amount
/// ```
public struct QuantityRecognizer: Sendable {
    public init() {}

    /// Every unit and measure word recognised after a numeral (without magnitudes), e.g. "个", "平方公里".
    public static var unitNames: [String] { UnitTable.all.map(\.text) }

    /// Every quantity in `text`, in order, not overlapping.
    public func quantities(in text: [Unicode.Scalar]) -> [Quantity] {
        quantities(in: text, range: 0..<text.count)
    }

    /// Every quantity of an analysed document's normalised text (spans into `analyzed.scalars`;
    /// `analyzed.originalRange(_:)` maps them to the original).
    public func quantities(in analyzed: AnalyzedText) -> [Quantity] {
        quantities(in: analyzed.scalars)
    }

    /// Every quantity inside `range` of `text` (spans stay offsets into the whole `text`).
    public func quantities(in text: [Unicode.Scalar], range: Range<Int>) -> [Quantity] {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        return text.withUnsafeBufferPointer { buffer in
            var scan = QuantityScan(s: buffer, lower: lower, upper: upper)
            return scan.run()
        }
    }
}

// MARK: - Machinery

/// One numeral with what directly follows it (多/余, magnitude, unit), before qualifiers and ranges.
struct QuantityPiece {
    var start: Int
    var end: Int
    var value: Decimal?
    var overflow: Bool
    var magnitudeExponent: Int = 0
    var magnitudeText: String = ""
    var unit: QuantityUnit?
    /// Unit text when it does not come from the table (百分之 → "%", 月, 日, 翻番 → "倍").
    var specialUnit: String?
    var kind: Quantity.Kind = .amount
    var moreThan = false
    var headIsArabic = false
    var isInteger = true
    var plainIntegerDigits = 0
    var isDigitSequence = false
    /// Number of digits of a digit-by-digit numeral (二〇三五 → 4).
    var sequenceLength = 0
    /// The numeral reads as a number without a unit (see `hasStructure`): 两千零二十, 三点一四, 一七二零.
    var hasStructure = false
    var percentPrefixed = false
    var date: CalendarDate?
    /// The low end when this piece is a combined range; `value` is then the high end.
    var rangeLow: Decimal?

    var baseUnitText: String? { specialUnit ?? unit?.text }
    var unitText: String? {
        if let base = baseUnitText { return magnitudeText + base }
        return magnitudeText.isEmpty ? nil : magnitudeText
    }
    var isBare: Bool { baseUnitText == nil && magnitudeText.isEmpty }

    /// A plain Arabic integer that reads as a year (bare or before 年).
    var isYearNumber: Bool {
        if isDigitSequence { return sequenceLength == 4 }
        guard headIsArabic, plainIntegerDigits == 4, magnitudeExponent == 0, let v = value else { return false }
        return v >= 1000 && v <= 2999
    }
}

struct QuantityScan {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let lower: Int
    let upper: Int
    var tokens: [NumeralToken] = []
    var results: [Quantity] = []

    init(s: UnsafeBufferPointer<Unicode.Scalar>, lower: Int, upper: Int) {
        self.s = s
        self.lower = lower
        self.upper = upper
        tokens.reserveCapacity(32)
    }

    mutating func run() -> [Quantity] {
        var i = lower
        var lastEnd = lower
        while i < upper {
            let c = s[i]
            guard NumeralScalars.arabicDigit(c) != nil || NumeralScalars.isChineseNumeral(c) || c == "翻" else {
                i += 1
                continue
            }
            let (quantity, resume) = recognize(at: i, notBefore: lastEnd)
            if let q = quantity {
                results.append(q)
                lastEnd = q.span.upperBound
            }
            i = max(resume, i + 1)
        }
        return results
    }

    // MARK: Whole expressions

    /// The quantity starting at `i` (qualifier words may reach back to `notBefore`), and where to go on.
    mutating func recognize(at i: Int, notBefore: Int) -> (Quantity?, Int) {
        if let q = planPeriod(at: i) { return (q, q.span.upperBound) }
        if s[i] == "翻" {
            guard let piece = doubling(at: i) else { return (nil, i + 1) }
            return finish(piece, rangeEnd: nil, notBefore: notBefore)
        }
        let first: QuantityPiece
        if let p = percentPrefixed(at: i) {
            first = p
        } else {
            let (piece, resume) = numeralPiece(at: i)
            guard let p = piece else { return (nil, resume) }
            first = p
        }
        if let (second, separatorOK) = rangePartner(after: first), separatorOK,
           let combined = combine(first, second) {
            return finish(combined, rangeEnd: second.end, notBefore: notBefore)
        }
        return finish(first, rangeEnd: nil, notBefore: notBefore)
    }

    /// Applies shape filters and qualifiers, and builds the quantity.
    mutating func finish(_ piece: QuantityPiece, rangeEnd: Int?, notBefore: Int) -> (Quantity?, Int) {
        let resume = piece.end
        if isRejectedByShape(piece) { return (nil, resume) }

        var kind = piece.kind
        var qualifier: Qualifier = .exact
        var start = piece.start
        let isRange: Bool
        if case .range = piecesValue(piece) { isRange = true } else { isRange = false }

        // Ordinals: 第六位, 第十五届. A date stays a date (第11月): an ordinal needs a value, a date has none.
        var back = start
        while back > notBefore, NumeralScalars.isMarkup(s[back - 1]) { back -= 1 }
        // Spaced figures: "控制在 5.5% 左右" — a qualifier word a space or two away still qualifies.
        let unspaced = back
        while back > notBefore, unspaced - back < NumeralScalars.maximumInnerSpaces,
              CharClass.isInlineSpace(s[back - 1]) { back -= 1 }
        let isOrdinal = kind != .date && back > notBefore && s[back - 1] == "第"
        if isOrdinal { kind = .ordinal }
        if kind == .amount, piece.isBare { kind = .number }

        if !isOrdinal, kind != .year, kind != .date, kind != .planPeriod,
           let prefix = QualifierWords.prefix(s, endingAt: back, notBefore: notBefore) {
            // 近3年 is "the last three years", not "nearly three years".
            let isRecentPeriod = s[prefix.start] == "近" && piece.unit?.unitClass == .time
            if !isRecentPeriod {
                qualifier = prefix.qualifier
                start = prefix.start
            }
        }
        var end = piece.end
        if kind != .date, kind != .planPeriod, kind != .ordinal {
            var k = end
            while k < upper, k - end < 3, NumeralScalars.isMarkup(s[k]) { k += 1 }
            let unspaced = k
            while k < upper, k - unspaced < NumeralScalars.maximumInnerSpaces, CharClass.isInlineSpace(s[k]) { k += 1 }
            let timeSpan = piece.unit?.unitClass == .time || piece.specialUnit == "日"
            if let suffix = QualifierWords.suffix(s, at: k, limit: upper, afterTimeSpan: timeSpan),
               !(kind == .year && s[k] == "多") {
                qualifier = suffix.qualifier
                end = suffix.end
            } else if piece.moreThan {
                qualifier = .atLeast
            }
        }
        if isRange { qualifier = .range }

        let value = piecesValue(piece)
        let quantity = Quantity(
            span: start..<end,
            numberSpan: piece.start..<piece.end,
            value: value,
            isOverflow: piece.overflow,
            unit: kind == .date && piece.rangeLow == nil ? nil : piece.unitText,
            qualifier: qualifier,
            normalized: normalized(piece, value: value, kind: kind),
            kind: kind,
            date: piece.date)
        return (quantity, end)
    }

    /// Pieces carry a range in `rangeLow` when combined; see `combine`.
    func piecesValue(_ piece: QuantityPiece) -> QuantityValue? {
        if piece.kind == .date && piece.rangeLow == nil { return nil }
        guard !piece.overflow, let v = piece.value else { return nil }
        if let low = piece.rangeLow { return .range(low, v) }
        return .number(v)
    }

    func normalized(_ piece: QuantityPiece, value: QuantityValue?, kind: Quantity.Kind) -> NormalizedQuantity? {
        guard let value else { return nil }
        switch kind {
        case .year, .date, .planPeriod, .ordinal: return nil
        default: break
        }
        var exponent = piece.magnitudeExponent
        var unit = piece.baseUnitText ?? ""
        if piece.unit?.unitClass == .tenth {
            exponent += 1
            unit = "%"
        }
        func scale(_ d: Decimal) -> Decimal { Decimal.exactProduct(d, powerOfTen: exponent) }
        switch value {
        case .number(let v): return NormalizedQuantity(value: .number(scale(v)), unit: unit)
        case .range(let a, let b): return NormalizedQuantity(value: .range(scale(a), scale(b)), unit: unit)
        }
    }
}
