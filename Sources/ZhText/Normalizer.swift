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

    /// NFKC chunk by chunk. A run of inert scalars (most of Chinese text) is copied whole, each
    /// scalar its own original range; a non-inert scalar starts a chunk that runs to the next
    /// normalisation boundary. A chunk of one scalar with a one-scalar folding (the full-width
    /// forms and CJK symbols, ``SingleFold``) takes a table lookup; any other chunk goes to ICU.
    static func nfkc(_ original: [Unicode.Scalar]) -> NormalizedText {
        let table = InertTable.shared
        let n = original.count
        // Fast path: nothing to change.
        var firstChange = 0
        while firstChange < n, table.isInert(original[firstChange]) { firstChange += 1 }
        if firstChange == n {
            return NormalizedText(scalars: original, offsets: OffsetMap(identity: n))
        }
        var out: [Unicode.Scalar] = []
        var starts: [Int32] = [], ends: [Int32] = []
        out.reserveCapacity(n + 16)
        starts.reserveCapacity(n + 16)
        ends.reserveCapacity(n + 16)
        var changed = false
        var i = 0
        while i < n {
            var j = i
            while j < n, table.isInert(original[j]) { j += 1 }
            if j > i {
                out.append(contentsOf: original[i..<j])
                for k in i..<j {
                    starts.append(Int32(truncatingIfNeeded: k))
                    ends.append(Int32(truncatingIfNeeded: k + 1))
                }
                i = j
                if i == n { break }
            }
            // A chunk: this scalar and every following one that has no boundary before it.
            let s = original[i]
            j = i + 1
            while j < n, !table.isInert(original[j]), cicu_nfkc_has_boundary_before(original[j].value) == 0 {
                j += 1
            }
            if j == i + 1, !Self.keepAsIs(s), let folded = SingleFold.shared.fold(s) {
                if folded != s { changed = true }
                out.append(folded)
                starts.append(Int32(i))
                ends.append(Int32(j))
                i = j
                continue
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
            return NormalizedText(scalars: original, offsets: OffsetMap(identity: n))
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
///
/// Start-up matters, so ICU is asked only for the blocks Chinese text draws its non-Han
/// scalars from (``eagerBlocks``). The CJK Unified Ideographs (U+3400–4DBF, U+4E00–9FFF)
/// are marked inert without asking: they have no decomposition and compose with nothing,
/// which Unicode's stability policy keeps so (a test compares the whole BMP with ICU). A
/// scalar of any other block is asked of ICU when met.
final class InertTable: Sendable {
    static let shared = InertTable()
    static let eagerBlocks: [ClosedRange<UInt32>] = [0x0000...0x04FF, 0x2000...0x2BFF, 0x3000...0x33FF, 0xFE00...0xFFFF]
    static let hanBlocks: [ClosedRange<UInt32>] = CharClass.unifiedIdeographBlocks
    private let bits: [UInt64]
    /// One bit per 64-scalar word of `bits`: whether the word is filled in.
    private let known: [UInt64]

    private init() {
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        var known = [UInt64](repeating: 0, count: 65536 / 64 / 64)
        for block in Self.hanBlocks {
            precondition(block.lowerBound & 63 == 0 && block.upperBound & 63 == 63)
            for word in Int(block.lowerBound >> 6)...Int(block.upperBound >> 6) {
                bits[word] = ~0
                known[word >> 6] |= 1 << UInt64(word & 63)
            }
        }
        for block in Self.eagerBlocks {
            precondition(block.lowerBound & 63 == 0 && block.upperBound & 63 == 63)
            for c in block where cicu_nfkc_is_inert(c) != 0 {
                bits[Int(c >> 6)] |= 1 << UInt64(c & 63)
            }
            for word in Int(block.lowerBound >> 6)...Int(block.upperBound >> 6) {
                known[word >> 6] |= 1 << UInt64(word & 63)
            }
        }
        self.bits = bits
        self.known = known
    }

    /// ICU's own answer, for tests.
    static func icuIsInert(_ v: UInt32) -> Bool { cicu_nfkc_is_inert(v) != 0 }

    @inline(__always)
    func isInert(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        let word = Int(v >> 6)
        if v < 65536, known[word >> 6] & (1 << UInt64(word & 63)) != 0 {
            return bits[word] & (1 << UInt64(v & 63)) != 0
        }
        return cicu_nfkc_is_inert(v) != 0
    }
}

/// The NFKC of a lone scalar of the blocks Chinese text draws its non-inert scalars from
/// (CJK symbols U+3000–303F, half- and full-width forms U+FF00–FFEF: `，`, `８`, `％`), when
/// it is one scalar: asked of ICU once, on first use, so the commonest chunks skip the call.
final class SingleFold: Sendable {
    static let shared = SingleFold()
    static let blocks: [ClosedRange<UInt32>] = [0x3000...0x303F, 0xFF00...0xFFEF]
    private let folded: [[UInt32]]  // per block: the scalar's NFKC, or 0 when it is not one scalar

    private init() {
        folded = Self.blocks.map { block in
            block.map { v in
                guard let s = Unicode.Scalar(v) else { return 0 }
                let n = ICUNormalization.nfkc([s][...])
                return n.count == 1 ? n[0].value : 0
            }
        }
    }

    /// The one scalar `s` folds to, or nil (not in the blocks, or not one scalar).
    @inline(__always)
    func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        for (k, block) in Self.blocks.enumerated() where block.contains(v) {
            let f = folded[k][Int(v - block.lowerBound)]
            return f == 0 ? nil : Unicode.Scalar(f)
        }
        return nil
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
