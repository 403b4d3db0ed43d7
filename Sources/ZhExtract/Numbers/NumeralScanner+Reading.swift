import Foundation

/// Reading token sequences: positional 十百千/万亿 arithmetic, trailing magnitudes, digit sequences, pairs.
extension NumeralScanner {
    /// Reads a token sequence; nil when it is not a well-formed numeral.
    static func read(_ tokens: ArraySlice<NumeralToken>) -> NumeralReading? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        var reading = NumeralReading(magnitudeRange: last.end..<last.end, headIsArabic: first.kind == .arabic,
                                     startsWithBareUnit: first.kind == .big || (first.kind == .small && first.number > 1),
                                     end: last.end)

        // Digit by digit: 二〇三五, 一九九八, and with a decimal tail 一七二零点一.
        let digitsEnd = last.kind == .fraction ? tokens.endIndex - 1 : tokens.endIndex
        let digits = tokens[tokens.startIndex..<digitsEnd]
        if digits.count >= 2, digits.allSatisfy({ $0.kind == .digit || $0.kind == .zero }) {
            var accumulator = DigitAccumulator()
            for t in digits { accumulator.push(t.number) }
            reading.value = accumulator.decimal(fractionDigits: 0)
            if last.kind == .fraction {
                reading.isInteger = false
                if last.overflow { reading.value = nil } else { reading.value = reading.value.map { $0 + last.value } }
            }
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
    static func magnitudeExponent(_ tail: ArraySlice<NumeralToken>, allowSmall: Bool) -> Int? {
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

    static func positional(_ tokens: ArraySlice<NumeralToken>, into reading: NumeralReading) -> NumeralReading? {
        guard let result = positionalValue(tokens) else { return nil }
        var r = reading
        r.value = result.value
        r.isInteger = true
        return r
    }

    /// The positional reading of 十百千 / 万亿 with Chinese or Arabic integer digits.
    /// Returns nil when malformed; `.value == nil` when it overflowed.
    static func positionalValue(_ tokens: ArraySlice<NumeralToken>) -> (value: Decimal?, ok: Bool)? {
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
