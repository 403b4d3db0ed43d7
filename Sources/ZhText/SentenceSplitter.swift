/// A half-open range of scalar offsets, `start..<end`.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var range: Range<Int> { start..<end }
    public var isEmpty: Bool { start >= end }
}

/// Splits text into sentences and clauses, by scalar offsets.
///
/// A sentence ends after 。！？；!?; (with any closing quotes, brackets and a
/// closing markdown `**` that follow) and at every line break. Clauses further
/// split sentences at ，、：,: — except a comma or colon between digits
/// (`1,234.5`, `10:30`). Spans exclude surrounding whitespace and line breaks;
/// markdown markers (`**`, `#`, `- `) stay inside the spans, as in the original.
///
/// ```swift
/// let text = Array("经济增长**8%左右**。固定资产投资增长9%！".unicodeScalars)
/// SentenceSplitter().sentences(in: text)   // [0..<15, 15..<25]
/// ```
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence spans of `text`.
    public func sentences(in text: [Unicode.Scalar]) -> [TextSpan] {
        split(text, range: 0..<text.count, clauses: false)
    }

    /// Clause spans of `text` within `range` (for example one sentence).
    public func clauses(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> [TextSpan] {
        split(text, range: range ?? 0..<text.count, clauses: true)
    }

    /// Line spans (without the line terminator), including empty lines.
    public func lines(in text: [Unicode.Scalar]) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = 0
        text.withUnsafeBufferPointer { text in
            let n = text.count
            var i = 0
            while i < n {
                let v = text[i].value
                // One compare rules out every scalar above U+2029 (nearly all of Chinese text).
                if v <= 0x2029, v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85 {
                    result.append(TextSpan(start: start, end: i))
                    if v == 0x0D, i + 1 < n, text[i + 1].value == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
        }
        if start < text.count { result.append(TextSpan(start: start, end: text.count)) }
        return result
    }

    // MARK: - Machinery

    private func split(_ text: [Unicode.Scalar], range: Range<Int>, clauses: Bool) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        func emit(_ s: Int, _ e: Int) {
            var a = s, b = e
            while a < b, Self.isSpace(text[a]) { a += 1 }
            while b > a, Self.isSpace(text[b - 1]) { b -= 1 }
            if a < b { result.append(TextSpan(start: a, end: b)) }
        }
        while i < end {
            let s = text[i]
            if Self.isLineBreak(s) {
                emit(start, i)
                start = i + 1
                i += 1
                continue
            }
            if CharClass.isSentenceTerminator(s) || (clauses && Self.isClauseMark(s, at: i, in: text, end: end)) {
                var j = i + 1
                // Absorb repeated terminators (？！), closing quotes/brackets and a closing `**`.
                while j < end {
                    let t = text[j]
                    if CharClass.isSentenceTerminator(t) || Self.isCloser(t) {
                        j += 1
                    } else if t == "*", j + 1 < end, text[j + 1] == "*", Self.closesEmphasis(text, at: j, lowerBound: start) {
                        j += 2
                    } else {
                        break
                    }
                }
                emit(start, j)
                start = j
                i = j
                continue
            }
            i += 1
        }
        emit(start, end)
        return result
    }

    /// Whether the `**` at `j` closes an emphasis opened earlier in the same span.
    private static func closesEmphasis(_ text: [Unicode.Scalar], at j: Int, lowerBound: Int) -> Bool {
        var count = 0
        var k = lowerBound
        while k + 1 < j {
            if text[k] == "*" && text[k + 1] == "*" { count += 1; k += 2 } else { k += 1 }
        }
        return count % 2 == 1
    }

    /// White space, line breaks included (`CharClass.isWhitespace`).
    @inlinable @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool { CharClass.isWhitespace(s) }

    @inline(__always)
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x2028, 0x2029, 0x85: return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x3011, 0x300B, 0x22, 0x27: return true  // ”’」』）)】》"'
        default: return false
        }
    }

    private static func isClauseMark(_ s: Unicode.Scalar, at i: Int, in text: [Unicode.Scalar], end: Int) -> Bool {
        switch s.value {
        case 0xFF0C, 0x3001, 0xFF1A: return true  // ，、：
        case 0x2C, 0x3A:  // , :
            let digitBefore = i > 0 && CharClass.isAnyDigit(text[i - 1])
            let digitAfter = i + 1 < end && CharClass.isAnyDigit(text[i + 1])
            return !(digitBefore && digitAfter)
        default:
            return false
        }
    }
}
