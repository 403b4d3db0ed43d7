/// An open-addressing hash table from words (runs of Unicode scalars) to dense ids
/// `0..<count`, with every key stored back to back in one array (no `String` per word).
///
/// ```swift
/// var table = ScalarTable()
/// let id = Array("产业链".unicodeScalars).withUnsafeBufferPointer { table.insert($0).id }   // 0
/// table.string(id)   // "产业链"
/// ```
struct ScalarTable: Sendable {
    /// Every key, back to back; key `i` is `scalars[starts[i]..<starts[i + 1]]`.
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// 0 for an empty slot, else `hash << 32 | (id + 1)`: a probe compares hashes without
    /// touching another array (one cache miss per lookup in a table of 270k words).
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
    }

    var count: Int { starts.count - 1 }

    /// The id of `key`, if present.
    func find(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> Int32? {
        let h = Self.hash(key)
        var slot = Int(h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == h {
                let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if equals(Int(id), key) { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, adding it first when absent.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> (id: Int32, inserted: Bool) {
        let h = Self.hash(key)
        var slot = Int(h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == h {
                let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if equals(Int(id), key) { return (id, false) }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        scalars.append(contentsOf: key)
        starts.append(Int32(scalars.count))
        hashes.append(h)
        slots[slot] = Self.slotEntry(h, id)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The length of key `id` in scalars.
    @inline(__always) func length(_ id: Int32) -> Int { Int(starts[Int(id) + 1] - starts[Int(id)]) }

    /// The scalars of key `id`.
    func key(_ id: Int32) -> ArraySlice<Unicode.Scalar> { scalars[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    func string(_ id: Int32) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: key(id))
        return String(s)
    }

    /// Calls `body` with key `id` as a buffer.
    func withKey<R>(_ id: Int32, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        scalars.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]))
        }
    }

    // MARK: - Machinery

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in key { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    @inline(__always)
    private func equals(_ id: Int, _ key: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let s = Int(starts[id]), e = Int(starts[id + 1])
        guard e - s == key.count else { return false }
        var i = 0
        while i < key.count {
            if scalars[s + i] != key[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.slotEntry(hashes[id], Int32(id))
        }
    }

    @inline(__always)
    private static func slotEntry(_ hash: UInt32, _ id: Int32) -> UInt64 {
        UInt64(hash) << 32 | UInt64(UInt32(id) + 1)
    }
}
