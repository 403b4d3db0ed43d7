import CICU

/// Text prepared for matching, with the way back to the original.
///
/// ```swift
/// let n = Normalizer(simplify: true).normalize(Array("經濟增長８％".unicodeScalars))
/// String(scalars: n.scalars)          // "经济增长8%"
/// n.offsets.originalRange(4..<6)      // 4..<6
/// ```
public struct NormalizedText: Sendable {
    /// The normalised scalars; extractors work on these.
    public var scalars: [Unicode.Scalar]
    /// Normalised positions → original positions.
    public var offsets: OffsetMap

    public init(scalars: [Unicode.Scalar], offsets: OffsetMap) {
        self.scalars = scalars
        self.offsets = offsets
    }
}

/// NFKC with full-width folding and optional Traditional→Simplified, keeping an offset map.
///
/// NFKC already folds full-width ASCII (`８．５％` → `8.5%`, U+3000 → space).
/// ZhMine keeps enclosed and circled numbers (①, ⑴, ㈠) as they are, because in
/// reports they are list markers and folding `①2021年` to `12021年` would forge a
/// number. Text is normalised in NFKC-independent chunks so that each output
/// scalar knows the original range it came from; the common inert characters
/// (ASCII letters, CJK ideographs, 。，) take a table lookup and no ICU call.
///
/// ```swift
/// let normalizer = Normalizer()
/// let n = normalizer.normalize(Array("ＧＤＰ增长５％".unicodeScalars))
/// String(scalars: n.scalars)   // "GDP增长5%"
/// ```
public struct Normalizer: Sendable {
    /// Also convert Traditional characters to Simplified (ICU "Traditional-Simplified").
    public var simplify: Bool

    public init(simplify: Bool = false) {
        self.simplify = simplify
    }

    public func normalize(_ original: [Unicode.Scalar]) -> NormalizedText {
        var text = Self.nfkc(original)
        if simplify {
            text = ChineseScript.simplifyKeepingOffsets(text)
        }
        return text
    }

    public func normalize(_ string: String) -> NormalizedText {
        normalize(Array(string.unicodeScalars))
    }

    // MARK: - Machinery

    static func nfkc(_ original: [Unicode.Scalar]) -> NormalizedText {
        let table = InertTable.shared
        // Fast path: nothing to change.
        var firstChange = -1
        for (i, s) in original.enumerated() where !table.isInert(s) {
            firstChange = i
            break
        }
        if firstChange < 0 {
            return NormalizedText(scalars: original, offsets: OffsetMap(identity: original.count))
        }
        var out: [Unicode.Scalar] = Array(original[0..<firstChange])
        out.reserveCapacity(original.count + 16)
        var starts = (0..<Int32(firstChange)).map { $0 }
        var ends = (0..<Int32(firstChange)).map { $0 + 1 }
        starts.reserveCapacity(original.count + 16)
        ends.reserveCapacity(original.count + 16)
        var changed = false
        var i = firstChange
        let n = original.count
        while i < n {
            let s = original[i]
            if table.isInert(s) {
                out.append(s)
                starts.append(Int32(i))
                ends.append(Int32(i + 1))
                i += 1
                continue
            }
            // A chunk: this scalar and every following one that has no boundary before it.
            var j = i + 1
            while j < n, !table.isInert(original[j]), cicu_nfkc_has_boundary_before(original[j].value) == 0 {
                j += 1
            }
            let chunk = original[i..<j]
            let normalized = Self.keepAsIs(s) ? Array(chunk) : ICUNormalization.nfkc(chunk)
            if normalized.elementsEqual(chunk) == false { changed = true }
            if normalized.count == chunk.count {
                // One-to-one: keep per-scalar precision.
                for (k, t) in normalized.enumerated() {
                    out.append(t)
                    starts.append(Int32(i + k))
                    ends.append(Int32(i + k + 1))
                }
            } else {
                for t in normalized {
                    out.append(t)
                    starts.append(Int32(i))
                    ends.append(Int32(j))
                }
            }
            i = j
        }
        if !changed {
            return NormalizedText(scalars: original, offsets: OffsetMap(identity: original.count))
        }
        return NormalizedText(scalars: out, offsets: OffsetMap(starts: starts, ends: ends, originalCount: n))
    }

    /// Characters NFKC would fold but ZhMine keeps: enclosed alphanumerics and
    /// parenthesised/circled numbers and ideographs (list markers in reports).
    @inline(__always)
    static func keepAsIs(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2460...0x24FF, 0x2776...0x2793, 0x3200...0x32FF: return true
        default: return false
        }
    }
}

/// A bitmap of the BMP scalars that NFKC leaves alone, built once from ICU.
final class InertTable: Sendable {
    static let shared = InertTable()
    private let bits: [UInt64]

    private init() {
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        for c in 0..<UInt32(65536) where cicu_nfkc_is_inert(c) != 0 {
            bits[Int(c >> 6)] |= 1 << UInt64(c & 63)
        }
        self.bits = bits
    }

    @inline(__always)
    func isInert(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 65536 { return cicu_nfkc_is_inert(v) != 0 }
        return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }
}

enum ICUNormalization {
    static func nfkc(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let units = ICUConversion.utf16(scalars)
        var capacity = units.count * 4 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            var length: Int32 = 0
            let status = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_nfkc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &length)
                }
            }
            if status == Int32(CICU_BUFFER_TOO_SMALL) {
                capacity = Int(length) + 8
                continue
            }
            if status != Int32(CICU_OK) { return Array(scalars) }
            return ICUConversion.scalarsFromUTF16(out[0..<Int(length)])
        }
    }
}
