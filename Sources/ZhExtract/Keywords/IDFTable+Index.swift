import Foundation

/// The table's layout: the file's bytes, and per entry (grouped by the top 16 bits of
/// the word's hash, ordered by the full hash inside a group) the word's byte range, hash
/// and value.
///
/// Built in passes that each run straight through memory: parse (validate UTF-8, hash
/// the word's bytes, parse the number), counting sort by hash prefix, sort inside each
/// group (≈ 4 entries), drop words that a later line repeats. A lookup encodes the word
/// as UTF-8 and binary-searches its group.
struct IDFIndex: Sendable {
    static let groupBits = 16
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = []
    private(set) var lengths: [UInt16] = []
    private(set) var hashes: [UInt32] = []
    private(set) var values: [Float] = []
    private(set) var groupStarts = [UInt32](repeating: 0, count: (1 << IDFIndex.groupBits) + 1)

    init() {}

    init(bytes: [UInt8], name: String) throws(IDFTableError) {
        guard bytes.count < Int(UInt32.max) else {
            throw IDFTableError(file: name, line: 0, problem: "larger than 4 GB")
        }
        self.bytes = bytes
        var offsets: [UInt32] = [], lengths: [UInt16] = [], hashes: [UInt32] = [], values: [Float] = []
        let estimate = bytes.count / 20
        offsets.reserveCapacity(estimate)
        lengths.reserveCapacity(estimate)
        hashes.reserveCapacity(estimate)
        values.reserveCapacity(estimate)
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(IDFTableError) in
            let n = b.count
            var pos = 0
            if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }
            var lineNumber = 0
            while pos < n {
                lineNumber += 1
                var end = pos
                while end < n, b[end] != 0x0A { end += 1 }
                var i = pos
                pos = end + 1
                while i < end, Self.isSpace(b[i]) { i += 1 }
                if i == end || b[i] == UInt8(ascii: "#") { continue }
                let wordStart = i
                while i < end, !Self.isSpace(b[i]) { i += 1 }
                let wordEnd = i
                while i < end, Self.isSpace(b[i]) { i += 1 }
                let numberStart = i
                while i < end, !Self.isSpace(b[i]) { i += 1 }
                let numberEnd = i
                while i < end, Self.isSpace(b[i]) { i += 1 }
                guard numberStart < numberEnd, i == end else {
                    throw IDFTableError(file: name, line: lineNumber, problem: "expected 'word idf'")
                }
                guard let value = Self.parseNumber(b, numberStart..<numberEnd) else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: b[numberStart..<numberEnd]), as: UTF8.self)
                    throw IDFTableError(file: name, line: lineNumber, problem: "bad IDF value '\(text)'")
                }
                guard wordEnd - wordStart <= Int(UInt16.max), Self.isValidUTF8(b, wordStart..<wordEnd) else {
                    throw IDFTableError(file: name, line: lineNumber, problem: "invalid UTF-8")
                }
                offsets.append(UInt32(wordStart))
                lengths.append(UInt16(wordEnd - wordStart))
                hashes.append(Self.hash(UnsafeBufferPointer(rebasing: b[wordStart..<wordEnd])))
                values.append(value)
            }
        }
        group(offsets, lengths, hashes, values)
    }

    /// The value of `word`, the last line's when the file repeats it.
    func lookup(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Float? {
        guard !word.isEmpty, word.count <= 4096 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count * 4) { buffer -> Float? in
            var n = 0
            for s in word { n = Self.encode(s, into: buffer, at: n) }
            let key = UnsafeBufferPointer(rebasing: buffer[0..<n])
            let h = Self.hash(key)
            let g = Int(h >> UInt32(32 - Self.groupBits))
            return bytes.withUnsafeBufferPointer { all -> Float? in
                guard let base = all.baseAddress, let keyBase = key.baseAddress else { return nil }
                // The first entry of the group with hash ≥ h, then the run of equal hashes.
                var lo = Int(groupStarts[g]), hi = Int(groupStarts[g + 1])
                let e = hi
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
                }
                var i = lo
                while i < e, hashes[i] == h {
                    if Int(lengths[i]) == n, memcmp(base + Int(offsets[i]), keyBase, n) == 0 {
                        return values[i]
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    // MARK: - Building

    /// Counting sort by hash prefix (stable), keeping only the last line of a repeated word.
    private mutating func group(_ offsets: [UInt32], _ lengths: [UInt16], _ hashes: [UInt32], _ values: [Float]) {
        let shift = UInt32(32 - Self.groupBits)
        var starts = [UInt32](repeating: 0, count: (1 << Self.groupBits) + 1)
        for h in hashes { starts[Int(h >> shift) + 1] += 1 }
        for g in 0..<(1 << Self.groupBits) { starts[g + 1] += starts[g] }
        var next = starts
        let n = hashes.count
        var order = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            let g = Int(hashes[i] >> shift)
            order[Int(next[g])] = UInt32(i)
            next[g] += 1
        }
        // Inside a group, order by full hash (ties in file order), so that a lookup can
        // binary-search and a hostile file of colliding prefixes costs n log n, not n².
        for g in 0..<(1 << Self.groupBits) where starts[g + 1] - starts[g] > 1 {
            let range = Int(starts[g])..<Int(starts[g + 1])
            if range.count <= 16 {
                for a in (range.lowerBound + 1)..<range.upperBound {  // insertion sort: stable
                    let item = order[a]
                    var b = a
                    while b > range.lowerBound, hashes[Int(order[b - 1])] > hashes[Int(item)] {
                        order[b] = order[b - 1]
                        b -= 1
                    }
                    order[b] = item
                }
            } else {
                order[range].sort { (hashes[Int($0)], $0) < (hashes[Int($1)], $1) }
            }
        }
        // A word repeated later in the file (same hash, so in the same run): the earlier
        // entry is dropped.
        var keep = [Bool](repeating: true, count: n)
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            var a = 0
            while a < n {
                var runEnd = a + 1
                while runEnd < n, hashes[Int(order[runEnd])] == hashes[Int(order[a])] { runEnd += 1 }
                if runEnd - a > 1 {
                    for x in a..<runEnd {
                        let i = Int(order[x])
                        for y in (x + 1)..<runEnd {
                            let j = Int(order[y])
                            if lengths[i] == lengths[j],
                               memcmp(base + Int(offsets[i]), base + Int(offsets[j]), Int(lengths[i])) == 0 {
                                keep[x] = false
                                break
                            }
                        }
                    }
                }
                a = runEnd
            }
        }
        self.offsets.reserveCapacity(n)
        self.lengths.reserveCapacity(n)
        self.hashes.reserveCapacity(n)
        self.values.reserveCapacity(n)
        for g in 0..<(1 << Self.groupBits) {
            groupStarts[g] = UInt32(self.values.count)
            for a in Int(starts[g])..<Int(starts[g + 1]) where keep[a] {
                let i = Int(order[a])
                self.offsets.append(offsets[i])
                self.lengths.append(lengths[i])
                self.hashes.append(hashes[i])
                self.values.append(values[i])
            }
        }
        groupStarts[1 << Self.groupBits] = UInt32(self.values.count)
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    @inline(__always)
    static func encode(_ s: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let v = s.value
        switch v {
        case 0..<0x80:
            buffer[i] = UInt8(v); return i + 1
        case 0x80..<0x800:
            buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); return i + 2
        case 0x800..<0x10000:
            buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v & 0x3F); return i + 3
        default:
            buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
            buffer[i + 2] = UInt8(0x80 | (v >> 6) & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); return i + 4
        }
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }

    /// `[+]digits[.digits]`, by hand; anything else (exponents, inf, nan) through strtod,
    /// and only finite, non-negative results count.
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Float? {
        var i = range.lowerBound
        if bytes[i] == UInt8(ascii: "+") { i += 1 }
        var integer: UInt64 = 0, fraction: UInt64 = 0, scale: Double = 1
        var digits = 0, simple = true
        while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
            integer = integer * 10 + UInt64(bytes[i] - 0x30); i += 1; digits += 1
        }
        if i < range.upperBound, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var fractionDigits = 0
            while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                if fractionDigits < 15 { fraction = fraction * 10 + UInt64(bytes[i] - 0x30); scale *= 10; fractionDigits += 1 }
                i += 1; digits += 1
            }
        }
        if i != range.upperBound || digits == 0 { simple = false }
        if simple { return Float(Double(integer) + Double(fraction) / scale) }
        // The rare other spelling: a C string for strtod.
        var text = Array(bytes[range])
        text.append(0)
        let value = text.withUnsafeBufferPointer { buffer -> Double? in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Double? in
                guard let base = chars.baseAddress else { return nil }
                var endPointer: UnsafeMutablePointer<CChar>?
                let v = strtod(base, &endPointer)
                guard let endPointer, endPointer == UnsafeMutablePointer(mutating: base + range.count) else { return nil }
                return v
            }
        }
        guard let value, value.isFinite, value >= 0 else { return nil }
        return Float(value)
    }

    /// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 { i += 1; continue }
            var value: UInt32, extra: Int, minimum: UInt32
            switch b0 {
            case 0xC2..<0xE0: value = b0 & 0x1F; extra = 1; minimum = 0x80
            case 0xE0..<0xF0: value = b0 & 0x0F; extra = 2; minimum = 0x800
            case 0xF0..<0xF5: value = b0 & 0x07; extra = 3; minimum = 0x10000
            default: return false
            }
            guard i + extra < end else { return false }
            for k in 1...extra {
                let b = UInt32(bytes[i + k])
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | (b & 0x3F)
            }
            guard value >= minimum, Unicode.Scalar(value) != nil else { return false }
            i += extra + 1
        }
        return true
    }
}
