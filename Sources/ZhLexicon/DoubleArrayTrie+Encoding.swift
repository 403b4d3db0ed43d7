/// Turns a scalar into up to four 16-bit labels packed low-first into a UInt64
/// (0 = the scalar cannot occur in any key). Labels are never 0 (0 is the end marker).
@usableFromInline
protocol Labeler {
    func labels(_ scalar: UInt32) -> UInt64
}

/// UTF-8 bytes, each shifted by one (labels 1...256).
@usableFromInline
struct UTF8Labeler: Labeler {
    @inlinable init() {}

    @inlinable @inline(__always)
    func labels(_ v: UInt32) -> UInt64 {
        if v < 0x80 { return UInt64(v) &+ 1 }
        if v < 0x800 {
            return UInt64(0xC0 | v >> 6) &+ 1 | (UInt64(0x80 | v & 0x3F) &+ 1) << 16
        }
        if v < 0x10000 {
            return UInt64(0xE0 | v >> 12) &+ 1 | (UInt64(0x80 | (v >> 6) & 0x3F) &+ 1) << 16
                | (UInt64(0x80 | v & 0x3F) &+ 1) << 32
        }
        return UInt64(0xF0 | v >> 18) &+ 1 | (UInt64(0x80 | (v >> 12) & 0x3F) &+ 1) << 16
            | (UInt64(0x80 | (v >> 6) & 0x3F) &+ 1) << 32 | (UInt64(0x80 | v & 0x3F) &+ 1) << 48
    }
}

/// Dense frequency-ranked codes through a two-level table: `pageIndex[v >> 8]` picks a
/// 256-entry page of `packedLabels`; pages of scalars absent from the key set share page 0
/// (all zero). Covers BMP and supplementary planes alike with two dependent loads from
/// small tables (jieba's 12k characters: a 9 KB index and ~90 KB of pages) instead of a
/// 128–256 KB BMP table plus a binary search for supplementary scalars.
@usableFromInline
struct DenseLabeler: Labeler {
    @usableFromInline let pageIndex: UnsafePointer<UInt16>?
    @usableFromInline let packedLabels: UnsafePointer<UInt32>?
    @usableFromInline let packedLabelCount: Int

    @inlinable
    init(view: TrieView) {
        pageIndex = view.pageIndex
        packedLabels = view.packedLabels
        packedLabelCount = view.packedLabelCount
    }

    @inlinable @inline(__always)
    func labels(_ v: UInt32) -> UInt64 {
        guard let pageIndex, let packedLabels else { return 0 }
        let slot = Int(pageIndex[Int(v >> 8)]) << 8 | Int(v & 0xFF)
        return slot < packedLabelCount ? UInt64(packedLabels[slot]) : 0
    }
}

/// The dense alphabet of a key set, as built: code k (1-based) for the k-th most frequent scalar.
struct DenseAlphabet {
    static let pageCount = 0x1100  // 0x10FFFF >> 8 + 1

    /// Scalars by code (index k - 1), most frequent first.
    var scalars: [UInt32]
    var pageIndex: [UInt16]
    var packedLabels: [UInt32]
    var scheme: DenseLabelScheme

    /// Builds the alphabet of `keys`. Throws when the scheme has too few labels for it.
    init(keys: [[Unicode.Scalar]], scheme: DenseLabelScheme) throws(TrieBuildError) {
        var frequency: [UInt32: Int] = [:]
        for key in keys { for s in key { frequency[s.value, default: 0] += 1 } }
        scalars = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        self.scheme = scheme
        let pages = Set(scalars.map { $0 >> 8 }).sorted()
        guard pages.count < Int(UInt16.max) else { throw .alphabetTooLarge(scalars.count) }
        pageIndex = [UInt16](repeating: 0, count: DenseAlphabet.pageCount)
        for (i, page) in pages.enumerated() { pageIndex[Int(page)] = UInt16(i + 1) }
        packedLabels = [UInt32](repeating: 0, count: (pages.count + 1) * 256)
        for (i, scalar) in scalars.enumerated() {
            guard let packed = scheme.labels(code: i + 1) else {
                throw .alphabetTooLarge(scalars.count)
            }
            packedLabels[Int(pageIndex[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)] = packed
        }
    }

}

/// How dense codes become labels: codes 1...singleLimit are one label; a larger code c is
/// two labels, hi = singleLimit + 1 + r / loRange and lo = 1 + r % loRange (r = c - singleLimit - 1).
/// Keeping all labels small keeps each node's children close together, which is what
/// lets the double array pack densely (see Benchmarks/README.md, "Trie").
struct DenseLabelScheme: Equatable, Sendable {
    var singleLimit: Int
    var loRange: Int

    /// The default, chosen by benchmark on jieba's dictionary.
    static let standard = DenseLabelScheme(singleLimit: TrieLayout.defaultSingleLimit, loRange: TrieLayout.defaultLoRange)

    var isValid: Bool { singleLimit >= 1 && loRange >= 1 && singleLimit <= TrieLayout.maxLabel && loRange <= TrieLayout.maxLabel }

    /// The packed labels of dense code `code` (1-based), or nil when it does not fit.
    func labels(code: Int) -> UInt32? {
        if code <= singleLimit { return UInt32(code) }
        let r = code - singleLimit - 1
        let hi = singleLimit + 1 + r / loRange
        let lo = 1 + r % loRange
        guard hi <= TrieLayout.maxLabel else { return nil }
        return UInt32(hi) | UInt32(lo) << 16
    }

    /// The dense code of an escape label pair.
    func code(hi: Int, lo: Int) -> Int {
        singleLimit + 1 + (hi - singleLimit - 1) * loRange + (lo - 1)
    }
}
