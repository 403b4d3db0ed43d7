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
    /// The hash of every prefix (forward) and of every suffix read backwards, to stop a walk early;
    /// its value is the last word whose whole hash it is (-1 for a prefix only), and `forwardNext` /
    /// `backwardNext` chain the words of one hash.
    private var forward = HashSlots()
    private var backward = HashSlots()
    private var forwardNext: [Int32] = []
    private var backwardNext: [Int32] = []
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
                if forward.value(h) == nil { forward.set(h, -1) }
            }
            forwardNext.append(forward.value(h) ?? -1)
            forward.set(h, index)
            h = Self.seed
            for c in scalars.reversed() {
                h = Self.mix(h, c)
                if backward.value(h) == nil { backward.set(h, -1) }
            }
            backwardNext.append(backward.value(h) ?? -1)
            backward.set(h, index)
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
        guard let head = forward.value(h) else { return false }
        return matches(head, forwardNext, range, text)
    }

    /// Length of the longest word starting at `start` (0 when none); `limit` bounds the end.
    public func longestMatch(startingAt start: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, limit: Int? = nil) -> Int {
        let end = min(limit ?? text.count, text.count, start + maxLength)
        guard start >= 0, start < end, Self.test(firsts, text[start]) else { return 0 }
        var h = Self.seed, best = 0
        for i in start..<end {
            h = Self.mix(h, text[i])
            guard let head = forward.value(h) else { break }
            if matches(head, forwardNext, start..<(i + 1), text) { best = i + 1 - start }
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
            guard let head = backward.value(h) else { break }
            if matches(head, backwardNext, i..<end, text) { best = end - i }
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
            guard let head = backward.value(h) else { break }
            if matches(head, backwardNext, i..<end, text) { lengths.append(end - i) }
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

    /// Whether a word of the chain starting at `head` (-1: none) is `text[range]`.
    @inline(__always)
    private func matches(_ head: Int32, _ next: [Int32], _ range: Range<Int>, _ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var index = head
        while index >= 0 {
            let word = words[Int(index)]
            if word.count == range.count {
                var k = 0
                while k < word.count && word[k] == text[range.lowerBound + k] { k += 1 }
                if k == word.count { return true }
            }
            index = next[Int(index)]
        }
        return false
    }
}

/// An open-addressed table from well-mixed 64-bit hashes to an `Int32`: one probe per character of
/// a word walk, with no `Hasher` round (which `Set<UInt64>` pays on every lookup).
///
/// ```swift
/// var slots = HashSlots()
/// slots.set(0x9E37_79B9, 7)
/// slots.value(0x9E37_79B9)   // 7
/// ```
struct HashSlots: Sendable {
    /// Keys by slot, 0 for an empty slot (a key of 0 is stored as 1).
    private var keys = [UInt64](repeating: 0, count: 16)
    private var values = [Int32](repeating: 0, count: 16)
    private var count = 0

    /// The value stored for `key`, nil when there is none.
    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        let k = key == 0 ? 1 : key
        let mask = keys.count - 1
        var i = Self.slot(k, mask)
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for `key`, replacing what was there.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = key == 0 ? 1 : key
        let mask = keys.count - 1
        var i = Self.slot(k, mask)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [UInt64](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: 0, count: old.0.count * 2)
        count = 0
        for (k, v) in zip(old.0, old.1) where k != 0 { set(k, v) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
