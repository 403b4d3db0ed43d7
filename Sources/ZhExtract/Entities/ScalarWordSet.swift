/// A set of short words over Unicode scalars with allocation-free longest-match queries
/// at a position, forwards (words starting there) and backwards (words ending there).
///
/// ```swift
/// let heads = ScalarWordSet(["局", "科技局", "管委会"])
/// let text = Array("市科技局".unicodeScalars)
/// text.withUnsafeBufferPointer { heads.longestMatch(endingAt: 4, in: $0) }   // 3
/// ```
public struct ScalarWordSet: Sendable {
    /// Number of distinct words.
    public var count: Int { words.count }
    /// Length of the longest word, in scalars.
    public let maxLength: Int

    private var words: [[Unicode.Scalar]] = []
    private var forward: [UInt64: [Int32]] = [:]
    private var backward: [UInt64: [Int32]] = [:]
    /// Hashes of every prefix (forward) and every suffix read backwards, to stop a walk early.
    private var prefixes = Set<UInt64>()
    private var suffixes = Set<UInt64>()
    /// Bitmaps (by scalar value mod 65536) of first and last characters, to skip most positions at once.
    private var firsts = [UInt64](repeating: 0, count: 1024)
    private var lasts = [UInt64](repeating: 0, count: 1024)

    public init(_ list: some Sequence<String>) {
        var seen = Set<String>()
        var maxLength = 0
        for word in list where !word.isEmpty && seen.insert(word).inserted {
            let scalars = Array(word.unicodeScalars)
            let index = Int32(words.count)
            words.append(scalars)
            maxLength = max(maxLength, scalars.count)
            var h = Self.seed
            for c in scalars {
                h = Self.mix(h, c)
                prefixes.insert(h)
            }
            forward[h, default: []].append(index)
            h = Self.seed
            for c in scalars.reversed() {
                h = Self.mix(h, c)
                suffixes.insert(h)
            }
            backward[h, default: []].append(index)
            if let first = scalars.first, let last = scalars.last {
                Self.set(&firsts, first)
                Self.set(&lasts, last)
            }
        }
        self.maxLength = maxLength
    }

    /// Whether `text[range]` is a word of the set.
    public func contains(_ range: Range<Int>, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty, range.count <= maxLength,
              Self.test(firsts, text[range.lowerBound]) else { return false }
        var h = Self.seed
        for i in range { h = Self.mix(h, text[i]) }
        return matches(forward[h], range, text)
    }

    /// Length of the longest word starting at `start` (0 when none); `limit` bounds the end.
    public func longestMatch(startingAt start: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, limit: Int? = nil) -> Int {
        let end = min(limit ?? text.count, text.count, start + maxLength)
        guard start >= 0, start < end, Self.test(firsts, text[start]) else { return 0 }
        var h = Self.seed, best = 0
        for i in start..<end {
            h = Self.mix(h, text[i])
            if !prefixes.contains(h) { break }
            if matches(forward[h], start..<(i + 1), text) { best = i + 1 - start }
        }
        return best
    }

    /// Length of the longest word ending at `end` (0 when none); `floor` bounds the start.
    public func longestMatch(endingAt end: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, floor: Int = 0) -> Int {
        let low = max(floor, 0, end - maxLength)
        guard end <= text.count, low < end, Self.test(lasts, text[end - 1]) else { return 0 }
        var h = Self.seed, best = 0
        var i = end - 1
        while i >= low {
            h = Self.mix(h, text[i])
            if !suffixes.contains(h) { break }
            if matches(backward[h], i..<end, text) { best = end - i }
            i -= 1
        }
        return best
    }

    /// Every length of a word ending at `end`, longest first, written into `lengths`.
    public func matches(endingAt end: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, floor: Int = 0, into lengths: inout [Int]) {
        lengths.removeAll(keepingCapacity: true)
        let low = max(floor, 0, end - maxLength)
        guard end <= text.count, low < end, Self.test(lasts, text[end - 1]) else { return }
        var h = Self.seed
        var i = end - 1
        while i >= low {
            h = Self.mix(h, text[i])
            if !suffixes.contains(h) { break }
            if matches(backward[h], i..<end, text) { lengths.append(end - i) }
            i -= 1
        }
        lengths.reverse()
    }

    // MARK: - Machinery

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func set(_ bits: inout [UInt64], _ c: Unicode.Scalar) {
        let v = Int(c.value & 0xFFFF)
        bits[v >> 6] |= 1 << UInt64(v & 63)
    }

    @inline(__always)
    private static func test(_ bits: [UInt64], _ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value & 0xFFFF)
        return bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ c: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(c.value)) &* 0x0000_0100_0000_01b3 &+ 0x9e37
    }

    @inline(__always)
    private func matches(_ candidates: [Int32]?, _ range: Range<Int>, _ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let candidates else { return false }
        for index in candidates {
            let word = words[Int(index)]
            if word.count == range.count && zip(word, text[range]).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }
}
