/// Builds a ``DoubleArrayTrie`` from (key, value) pairs.
///
/// ```swift
/// let trie = try DoubleArrayTrieBuilder.build([(Array("北京".unicodeScalars), 0), (Array("北京市".unicodeScalars), 1)])
/// ```
///
/// Entries may come in any order. When a key occurs more than once, the value of its
/// last occurrence wins. An empty key is rejected (`TrieBuildError.emptyKey`). Keys may
/// hold any Unicode scalars, supplementary ones (𠀀) included.
public enum DoubleArrayTrieBuilder {
    /// Builds the trie with the default (dense scalar) encoding.
    public static func build(_ entries: [(key: [Unicode.Scalar], value: UInt32)]) throws(TrieBuildError) -> DoubleArrayTrie {
        try build(entries, encoding: .denseScalars)
    }

    /// Builds the trie with the given label encoding.
    public static func build(_ entries: [(key: [Unicode.Scalar], value: UInt32)],
                             encoding: TrieKeyEncoding) throws(TrieBuildError) -> DoubleArrayTrie {
        try build(entries, encoding: encoding, scheme: .standard)
    }

    /// Builds with dense labels and explicit label ranges, for benchmarks and experiments:
    /// the `singleLabels` most frequent scalars get one label, every other scalar two, the
    /// second in 1...`lowLabels`. Both must lie in 1...32765.
    ///
    /// ```swift
    /// let wide = try DoubleArrayTrieBuilder.build(entries, singleLabels: 32765, lowLabels: 32765)  // one label per scalar
    /// ```
    public static func build(_ entries: [(key: [Unicode.Scalar], value: UInt32)], singleLabels: Int,
                             lowLabels: Int) throws(TrieBuildError) -> DoubleArrayTrie {
        try build(entries, encoding: .denseScalars, scheme: DenseLabelScheme(singleLimit: singleLabels, loRange: lowLabels))
    }

    // MARK: - Machinery

    /// `scheme` lets tests force two-label (escaped) dense codes on small alphabets.
    static func build(_ entries: [(key: [Unicode.Scalar], value: UInt32)], encoding: TrieKeyEncoding,
                      scheme: DenseLabelScheme) throws(TrieBuildError) -> DoubleArrayTrie {
        var writer = SectionedFileWriter(kind: "TRIE")
        try buildSections(entries, encoding: encoding, scheme: scheme, into: &writer, prefix: "T")
        do {
            let file = try SectionedFile(bytes: writer.bytes(formatVersion: DoubleArrayTrie.formatVersion),
                                         expectedVersion: DoubleArrayTrie.formatVersion)
            return try DoubleArrayTrie(file: file)
        } catch {
            throw .internalError("\(error)")
        }
    }

    static func buildSections(_ entries: [(key: [Unicode.Scalar], value: UInt32)], encoding: TrieKeyEncoding,
                              scheme: DenseLabelScheme, into writer: inout SectionedFileWriter,
                              prefix: String) throws(TrieBuildError) {
        if let bad = entries.firstIndex(where: { $0.key.isEmpty }) { throw .emptyKey(index: bad) }
        // 1. Labels of every key, flattened.
        var alphabet: DenseAlphabet?
        if encoding == .denseScalars {
            guard scheme.isValid else { throw .invalidLabelRanges(single: scheme.singleLimit, low: scheme.loRange) }
            alphabet = try DenseAlphabet(keys: entries.map(\.key), scheme: scheme)
        }
        var flat: [UInt16] = []
        var starts: [Int] = [0]
        flat.reserveCapacity(entries.count * 4)
        starts.reserveCapacity(entries.count + 1)
        var maxKeyLength = 0
        for entry in entries {
            maxKeyLength = max(maxKeyLength, entry.key.count)
            for s in entry.key {
                var packed: UInt64
                if let alphabet {
                    let slot = Int(alphabet.pageIndex[Int(s.value >> 8)]) << 8 | Int(s.value & 0xFF)
                    packed = UInt64(alphabet.packedLabels[slot])
                } else {
                    packed = UTF8Labeler().labels(s.value)
                }
                while packed != 0 { flat.append(UInt16(packed & 0xFFFF)); packed >>= 16 }
            }
            starts.append(flat.count)
        }
        // 2. Sort by labels (ties: entry order), keep the last of equal keys.
        var order = Array(0..<entries.count)
        flat.withUnsafeBufferPointer { f in
            order.sort { a, b in
                let c = compareLabels(f, starts[a], starts[a + 1], starts[b], starts[b + 1])
                return c != 0 ? c < 0 : a < b
            }
        }
        var unique: [Int] = []
        unique.reserveCapacity(order.count)
        flat.withUnsafeBufferPointer { f in
            for (i, k) in order.enumerated() {
                if i + 1 < order.count,
                   compareLabels(f, starts[k], starts[k + 1], starts[order[i + 1]], starts[order[i + 1] + 1]) == 0 {
                    continue  // a later duplicate follows: it wins
                }
                unique.append(k)
            }
        }
        // 3. Place nodes.
        var arrays = DoubleArrayPlacer()
        try arrays.place(keys: unique, flat: flat, starts: starts, values: entries.map(\.value))
        let maxLabel = arrays.maxLabelUsed

        // 4. Sections.
        let info: [UInt32] = [
            1, encoding.rawValue, UInt32(unique.count), UInt32(arrays.unitCount), UInt32(maxLabel),
            UInt32(alphabet?.scheme.singleLimit ?? 0), UInt32(clamping: maxKeyLength), UInt32(alphabet?.scalars.count ?? 0),
            UInt32(alphabet?.scheme.loRange ?? 0),
        ]
        do {
            try writer.add(tag: prefix + "INF", integers: info)
            try writer.add(tag: prefix + "UNI", bytes: arrays.unitBytes())
            if let alphabet {
                try writer.add(tag: prefix + "PAG", integers: alphabet.pageIndex)
                try writer.add(tag: prefix + "LAB", integers: alphabet.packedLabels)
                try writer.add(tag: prefix + "ALP", integers: alphabet.scalars)
            }
        } catch {
            throw .internalError("\(error)")
        }
    }

    @inline(__always)
    static func compareLabels(_ f: UnsafeBufferPointer<UInt16>, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Int {
        var i = a0, j = b0
        while i < a1 && j < b1 {
            if f[i] != f[j] { return f[i] < f[j] ? -1 : 1 }
            i += 1; j += 1
        }
        return (a1 - a0) - (b1 - b0)
    }
}

/// Why a trie could not be built.
///
/// ```swift
/// do { _ = try DoubleArrayTrieBuilder.build([([], 1)]) } catch { print(error) }  // "entry 0 has an empty key"
/// ```
public enum TrieBuildError: Error, Equatable, CustomStringConvertible {
    case emptyKey(index: Int)
    case alphabetTooLarge(Int)
    case tooLarge(units: Int)
    case invalidLabelRanges(single: Int, low: Int)
    case internalError(String)

    public var description: String {
        switch self {
        case let .emptyKey(index): return "entry \(index) has an empty key"
        case let .alphabetTooLarge(n): return "the key set uses \(n) distinct scalars, more than the trie can label"
        case let .tooLarge(units): return "the trie would need \(units) units, more than 2^31"
        case let .invalidLabelRanges(single, low):
            return "dense label ranges must lie in 1...\(TrieLayout.maxLabel) (got single \(single), low \(low))"
        case let .internalError(message): return "internal error while building the trie: \(message)"
        }
    }
}

/// Places trie nodes into the base/check arrays (the core of the build).
///
/// Children of a node take slots base + label for a base no other node uses. Free slots
/// form a doubly linked list of candidates for a node's first child; a slot that fails
/// as a candidate too often leaves the list (it stays free for later, non-first children),
/// which keeps the search near-linear on large alphabets.
struct DoubleArrayPlacer {
    private(set) var unitCount = 1
    private(set) var maxLabelUsed = 0
    private var base: [UInt32] = []
    private var check: [UInt16] = []
    private var baseUsed: [Bool] = []
    private var next: [Int32] = []
    private var prev: [Int32] = []
    private var fails: [UInt8] = []
    private var head: Int32 = -1
    private var tail: Int32 = -1
    /// Failures after which a free slot stops being a first-child candidate (measured: 8 → 13.1,
    /// 32 → 11.8, 128 → 11.3 bytes/key on jieba's dictionary, at similar build time).
    private static let maxFails: UInt8 = 128
    private static let limit = Int(Int32.max) - 0x10000

    init() {
        grow(to: 1024)
        occupy(0)
        check[0] = TrieLayout.rootCheck
    }

    /// `keys`: indices into `starts`, sorted by labels and unique.
    mutating func place(keys: [Int], flat: [UInt16], starts: [Int], values: [UInt32]) throws(TrieBuildError) {
        guard !keys.isEmpty else { return }
        var stack: [(node: Int, lo: Int, hi: Int, depth: Int)] = [(0, 0, keys.count, 0)]
        var labels: [Int] = []
        var ranges: [(lo: Int, hi: Int)] = []
        while let (node, lo, hi, depth) = stack.popLast() {
            labels.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            let terminal = starts[keys[lo] + 1] - starts[keys[lo]] == depth
            if terminal { labels.append(0); ranges.append((lo, lo + 1)) }
            var i = terminal ? lo + 1 : lo
            while i < hi {
                let label = Int(flat[starts[keys[i]] + depth])
                var j = i + 1
                while j < hi && Int(flat[starts[keys[j]] + depth]) == label { j += 1 }
                labels.append(label)
                ranges.append((i, j))
                i = j
            }
            if terminal && labels.count == 1 {  // a leaf: the value lives in the node itself
                base[node] = values[keys[lo]]
                check[node] |= TrieLayout.leafFlag
                continue
            }
            let b = try findBase(labels)
            base[node] = UInt32(b)
            baseUsed[b] = true
            for (k, label) in labels.enumerated() {
                let slot = b + label
                occupy(slot)
                check[slot] = UInt16(label)
                unitCount = max(unitCount, slot + 1)
                maxLabelUsed = max(maxLabelUsed, label)
                if label == 0 {
                    base[slot] = values[keys[ranges[k].lo]]
                    check[slot] = TrieLayout.endMarker
                } else {
                    stack.append((slot, ranges[k].lo, ranges[k].hi, depth + 1))
                }
            }
        }
    }

    /// The units, 6 bytes each (base UInt32 LE, check UInt16 LE).
    func unitBytes() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: unitCount * TrieLayout.unitSize)
        out.withUnsafeMutableBytes { raw in
            for i in 0..<unitCount {
                raw.storeBytes(of: base[i].littleEndian, toByteOffset: i * 6, as: UInt32.self)
                raw.storeBytes(of: check[i].littleEndian, toByteOffset: i * 6 + 4, as: UInt16.self)
            }
        }
        return out
    }

    // MARK: - Free list

    private mutating func findBase(_ labels: [Int]) throws(TrieBuildError) -> Int {
        let first = labels[0]
        var f = head
        while f >= 0 {
            let slot = Int(f)
            let nextF = next[slot]
            let b = slot - first
            if b >= 0 && !baseUsed[b] && fits(b, labels) { return try reserve(b, labels) }
            fails[slot] &+= 1
            if fails[slot] >= DoubleArrayPlacer.maxFails { unlink(slot) }
            f = nextF
        }
        var b = max(0, base.count - first)
        while b < baseUsed.count && (baseUsed[b] || !fits(b, labels)) { b += 1 }
        return try reserve(b, labels)
    }

    @inline(__always)
    private func fits(_ b: Int, _ labels: [Int]) -> Bool {
        for label in labels {
            let slot = b + label
            if slot < check.count && check[slot] != TrieLayout.emptyCheck { return false }
        }
        return true
    }

    private mutating func reserve(_ b: Int, _ labels: [Int]) throws(TrieBuildError) -> Int {
        let needed = b + (labels.last ?? 0) + 1
        guard needed < DoubleArrayPlacer.limit else { throw .tooLarge(units: needed) }
        if needed > base.count { grow(to: max(needed, base.count + base.count / 2)) }
        return b
    }

    private mutating func grow(to newCount: Int) {
        let old = base.count
        base.append(contentsOf: repeatElement(0, count: newCount - old))
        check.append(contentsOf: repeatElement(TrieLayout.emptyCheck, count: newCount - old))
        baseUsed.append(contentsOf: repeatElement(false, count: newCount - old))
        fails.append(contentsOf: repeatElement(0, count: newCount - old))
        next.append(contentsOf: repeatElement(-1, count: newCount - old))
        prev.append(contentsOf: repeatElement(-1, count: newCount - old))
        for i in old..<newCount {  // append to the free list
            prev[i] = tail
            if tail >= 0 { next[Int(tail)] = Int32(i) } else { head = Int32(i) }
            tail = Int32(i)
        }
    }

    private mutating func occupy(_ slot: Int) {
        if prev[slot] >= 0 || head == Int32(slot) { unlink(slot) }
        check[slot] = 0
    }

    private mutating func unlink(_ slot: Int) {
        let p = prev[slot], n = next[slot]
        if p >= 0 { next[Int(p)] = n } else if head == Int32(slot) { head = n }
        if n >= 0 { prev[Int(n)] = p } else if tail == Int32(slot) { tail = p }
        prev[slot] = -1
        next[slot] = -1
    }
}
