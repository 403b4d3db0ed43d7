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
    /// −1 for an empty slot, else a key id.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
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
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == h && equals(Int(id), key) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, adding it first when absent.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> (id: Int32, inserted: Bool) {
        let h = Self.hash(key)
        var slot = Int(h) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(Int(id), key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        scalars.append(contentsOf: key)
        starts.append(Int32(scalars.count))
        hashes.append(h)
        slots[slot] = id
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
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
