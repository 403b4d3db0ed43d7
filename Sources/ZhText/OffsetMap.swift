/// Maps positions in a normalised text back to the original text.
///
/// Normalised scalar `i` came from the original scalars `start(i)..<end(i)`.
/// Several normalised scalars may share one original range (NFKC expands
/// `㍿` to `株式会社`), and one normalised scalar may cover several original
/// ones (a base letter and its combining mark). Both arrays are monotone, so
/// any normalised range maps to the original range that produced it.
///
/// ```swift
/// let n = Normalizer().normalize(Array("增长８．５％".unicodeScalars))
/// n.offsets.originalRange(2..<6)   // 2..<6 — slices "８．５％" out of the original
/// ```
public struct OffsetMap: Sendable, Equatable {
    /// Number of normalised scalars.
    public let count: Int
    /// Number of original scalars.
    public let originalCount: Int
    // nil for the identity map, the common case (no allocation). Visible to inlined accessors only.
    @usableFromInline let starts: [Int32]?
    @usableFromInline let ends: [Int32]?

    /// The identity map over `count` scalars.
    public init(identity count: Int) {
        self.count = count
        self.originalCount = count
        self.starts = nil
        self.ends = nil
    }

    /// A map from explicit per-scalar original ranges; `starts` and `ends` must be monotone.
    public init(starts: [Int32], ends: [Int32], originalCount: Int) {
        precondition(starts.count == ends.count, "offset map arrays differ in length")
        self.count = starts.count
        self.originalCount = originalCount
        self.starts = starts
        self.ends = ends
    }

    /// Whether the normalised text has the same offsets as the original.
    public var isIdentity: Bool { starts == nil }

    /// The original offset at which normalised scalar `i` starts (`i == count` is the end).
    @inlinable @inline(__always)
    public func originalStart(_ i: Int) -> Int {
        guard let starts else { return i }
        return i < count ? Int(starts[i]) : originalCount
    }

    /// The original offset just past normalised scalar `i - 1` (`i == 0` is the start).
    @inlinable @inline(__always)
    public func originalEnd(_ i: Int) -> Int {
        guard let ends else { return i }
        return i > 0 ? Int(ends[i - 1]) : 0
    }

    /// The original range that produced normalised `range`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let p = originalStart(range.lowerBound)
            return p..<p
        }
        return originalStart(range.lowerBound)..<originalEnd(range.upperBound)
    }

    /// The original range of a normalised span, both ends mapped by the *start* of the
    /// scalar there, so that adjacent spans (tokens) tile the original exactly. A span that lies
    /// wholly inside one expansion (㍿ → 株式会社) maps to an empty range; callers skip it.
    @inlinable @inline(__always)
    public func tilingRange(_ range: Range<Int>) -> Range<Int> {
        let s = originalStart(range.lowerBound)
        return s..<max(s, originalStart(range.upperBound))
    }

    /// Composes `self` (A→B positions, where B is the text this map's original is)
    /// with `inner`, which maps B back to an earlier text. Result: A → earliest text.
    public func composed(with inner: OffsetMap) -> OffsetMap {
        if inner.isIdentity { return OffsetMap(rebasing: self, originalCount: inner.originalCount) }
        if isIdentity { return inner }
        var s = [Int32](), e = [Int32]()
        s.reserveCapacity(count)
        e.reserveCapacity(count)
        for i in 0..<count {
            let r = inner.originalRange(originalStart(i)..<originalEnd(i + 1))
            s.append(Int32(r.lowerBound))
            e.append(Int32(r.upperBound))
        }
        return OffsetMap(starts: s, ends: e, originalCount: inner.originalCount)
    }

    private init(rebasing map: OffsetMap, originalCount: Int) {
        self.count = map.count
        self.originalCount = originalCount
        self.starts = map.starts
        self.ends = map.ends
    }

    /// Verifies the invariants: lengths agree, ranges are monotone and in bounds.
    public func checkInvariants() -> Bool {
        guard let starts, let ends else { return count == originalCount }
        guard starts.count == count, ends.count == count else { return false }
        var lastStart: Int32 = 0, lastEnd: Int32 = 0
        for i in 0..<count {
            let s = starts[i], e = ends[i]
            if s < lastStart || e < lastEnd || s > e || e > Int32(originalCount) { return false }
            lastStart = s
            lastEnd = e
        }
        return true
    }
}
