/// An immutable double-array trie mapping keys (sequences of Unicode scalars) to 32-bit values.
///
/// ```swift
/// let trie = try DoubleArrayTrieBuilder.build([(Array("中国".unicodeScalars), 7), (Array("中".unicodeScalars), 3)])
/// trie.exactMatch("中国".unicodeScalars)            // 7
/// text.withUnsafeBufferPointer { buf in
///     trie.forEachPrefix(in: buf, from: 0, maxLength: 16) { length, value in print(length, value) }  // (1, 3), (2, 7)
/// }
/// ```
///
/// The trie is a view over the sections of a ``SectionedFile`` (memory-mapped or in
/// memory); it keeps that file alive. Every traversal is bounds-checked: an index past
/// the arrays ends the search, so even a crafted file cannot make it read out of bounds.
///
/// Representation: one 6-byte unit per node (`base: UInt32`, `check: UInt16`, little
/// endian). `check` holds the node's incoming 15-bit label plus a leaf flag (0x8000);
/// a leaf's `base` is the key's value, an inner node's `base` is the offset of its
/// children (child = base + label). Bases are unique, so checking the label suffices.
/// A key that is also a prefix of longer keys gets an end-marker child (label 0, leaf).
/// Scalars become labels through ``TrieKeyEncoding``: the default maps each of the 1024
/// most frequent scalars of the key set to one label and every other scalar to two.
public struct DoubleArrayTrie: Sendable {
    /// Number of keys.
    public var count: Int { view.keyCount }
    /// Bytes of all arrays (units and alphabet tables), as stored in the file.
    public var byteSize: Int { view.byteSize }
    /// Number of 6-byte units (nodes plus free slots).
    public var unitCount: Int { view.unitCount }
    /// How scalars are turned into labels.
    public var encoding: TrieKeyEncoding { view.encoding }
    /// The longest key, in scalars.
    public var maxKeyLength: Int { view.maxKeyLength }

    /// The value stored for `key`, or nil. Arrays and buffers are read in place; other
    /// collections (e.g. `String.UnicodeScalarView`) are copied first.
    @inlinable
    public func exactMatch(_ key: some Collection<Unicode.Scalar>) -> UInt32? {
        if let found = key.withContiguousStorageIfAvailable({ _exactMatch($0) }) { return found }
        return Array(key).withUnsafeBufferPointer { _exactMatch($0) }
    }

    @usableFromInline
    func _exactMatch(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> UInt32? {
        switch view.encoding {
        case .denseScalars: return view.exactMatch(key, DenseLabeler(view: view))
        case .utf8: return view.exactMatch(key, UTF8Labeler())
        }
    }

    /// Every key that is a prefix of `text[start...]`, shortest first, at most
    /// `maxLength` scalars long. Allocation-free; `body` gets (length in scalars, value).
    @inlinable
    public func forEachPrefix(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, maxLength: Int,
                              _ body: (Int, UInt32) -> Void) {
        _forEachPrefix(in: text, from: start, maxLength: maxLength) { length, value in body(length, value); return true }
    }

    /// The packed labels of every scalar of `text` into `labels` (capacity `text.count`; 0 = a
    /// scalar no key contains), for ``forEachPrefix(labels:from:maxLength:_:)``: a segmenter
    /// walks from every position of a run, so labelling each scalar once saves the alphabet
    /// lookups of the walks that pass over it again.
    public func label(_ text: UnsafeBufferPointer<Unicode.Scalar>, into labels: UnsafeMutablePointer<UInt64>) {
        switch view.encoding {
        case .denseScalars:
            let labeler = DenseLabeler(view: view)
            for (k, scalar) in text.enumerated() { labels[k] = labeler.labels(scalar.value) }
        case .utf8:
            for (k, scalar) in text.enumerated() { labels[k] = UTF8Labeler().labels(scalar.value) }
        }
    }

    /// ``forEachPrefix(in:from:maxLength:_:)`` over labels made by ``label(_:into:)``. The
    /// root's step for a one-label scalar comes from ``firstLevel`` (one load from a table of a
    /// few kilobytes instead of two dependent loads into the units).
    @inlinable @inline(__always)
    public func forEachPrefix(labels: UnsafeBufferPointer<UInt64>, from start: Int, maxLength: Int,
                              _ body: (Int, UInt32) -> Void) {
        guard start >= 0, start < labels.count, maxLength > 0 else { return }
        let end = maxLength >= labels.count - start ? labels.count : start + maxLength
        let first = labels[start]
        guard first < UInt64(firstLevel.count) else {
            view.walk(start, start, end, 0, { labels[$0] }) { length, value in body(length, value); return true }
            return
        }
        let entry = firstLevel[Int(truncatingIfNeeded: first)]
        let value = UInt32(truncatingIfNeeded: entry >> 32)
        if value != UInt32.max { body(1, value) }
        let node = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
        if node == 0 { return }
        view.walk(start, start + 1, end, node, { labels[$0] }) { length, value in body(length, value); return true }
    }

    /// Caller-owned buffers variant: writes the lengths and values of the keys that are
    /// prefixes of `text[start...]`, shortest first; returns how many (≤ `capacity`).
    public func commonPrefixSearch(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int,
                                   lengths: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<UInt32>,
                                   capacity: Int) -> Int {
        guard capacity > 0 else { return 0 }
        var n = 0
        _forEachPrefix(in: text, from: start, maxLength: Int.max) { length, value in
            lengths[n] = Int32(truncatingIfNeeded: length)
            values[n] = value
            n += 1
            return n < capacity
        }
        return n
    }

    /// The prefix walk behind the public variants; `body` returns false to stop. Inlinable,
    /// so that the walk and the caller's closure compile into the caller's loop.
    @inlinable
    func _forEachPrefix(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, maxLength: Int,
                        _ body: (Int, UInt32) -> Bool) {
        guard start >= 0, start < text.count, maxLength > 0 else { return }
        let end = maxLength >= text.count - start ? text.count : start + maxLength
        switch view.encoding {
        case .denseScalars: view.walkPrefixes(text, start, end, DenseLabeler(view: view), body)
        case .utf8: view.walkPrefixes(text, start, end, UTF8Labeler(), body)
        }
    }

    // MARK: - Machinery

    let file: SectionedFile
    @usableFromInline let view: TrieView
    /// The root's step for every one-label scalar, `value << 32 | node` (built on load from the
    /// units, 8 bytes per single label: 8 KB for the default 1024): the segmenter starts a walk
    /// at every position, so this is the most frequent step of all.
    @usableFromInline let firstLevel: [UInt64]
}

/// How a trie turns scalars into labels.
///
/// ```swift
/// let trie = try DoubleArrayTrieBuilder.build(entries, encoding: .utf8)
/// ```
public enum TrieKeyEncoding: UInt32, Sendable {
    /// Each byte of the scalar's UTF-8 form is one label (1–4 labels per scalar).
    case utf8 = 1
    /// Each scalar of the key set gets a dense code, most frequent first; the 1024 most
    /// frequent scalars are one label, rarer ones two small labels (the default: about
    /// half the nodes of UTF-8 and small labels, so the double array packs densely).
    case denseScalars = 2
}

/// Raw pointers into the trie's sections. Immutable; the memory is owned by the
/// `SectionedFile` held next to it in ``DoubleArrayTrie``.
@usableFromInline
struct TrieView: @unchecked Sendable {
    @usableFromInline let units: UnsafeRawPointer
    @usableFromInline let unitCount: Int
    let keyCount: Int
    @usableFromInline let encoding: TrieKeyEncoding
    let maxLabel: Int
    let maxKeyLength: Int
    /// Dense only: how codes map to one or two labels.
    let scheme: DenseLabelScheme
    /// Dense only: page of each 256-scalar block (0x1100 entries, page 0 = unknown scalars).
    @usableFromInline let pageIndex: UnsafePointer<UInt16>?
    /// Dense only: packed labels (first | second << 16) per page slot, 0 = unknown.
    @usableFromInline let packedLabels: UnsafePointer<UInt32>?
    @usableFromInline let packedLabelCount: Int
    /// Dense only: the scalar of dense code k at index k - 1.
    let alphabet: UnsafePointer<UInt32>?
    let alphabetCount: Int
    let byteSize: Int
    /// The one-character section tag prefix the trie was loaded from.
    let prefix: String

    @inlinable @inline(__always) func base(_ i: Int) -> UInt32 {
        UInt32(littleEndian: units.loadUnaligned(fromByteOffset: i &* 6, as: UInt32.self))
    }
    @inlinable @inline(__always) func check(_ i: Int) -> UInt16 {
        UInt16(littleEndian: units.loadUnaligned(fromByteOffset: i &* 6 &+ 4, as: UInt16.self))
    }

    /// Walks `text[start..<end]`, reporting every key end; stops when `body` returns false.
    @inlinable @inline(__always)
    func walkPrefixes<L: Labeler>(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ labeler: L,
                                  _ body: (Int, UInt32) -> Bool) {
        walk(start, start, end, 0, { labeler.labels(text[$0].value) }, body)
    }

    /// The walk itself over positions `from..<end`, starting at `node` (the root, or the node
    /// reached by `origin..<from`), `labelsAt(i)` giving the packed labels of position i:
    /// follows one child per label; after each whole scalar, reports the key that ends there
    /// (end-marker child, or a leaf) with its length from `origin`; stops at a missing child
    /// or when `body` says so.
    @inlinable @inline(__always)
    func walk(_ origin: Int, _ from: Int, _ end: Int, _ node: Int, _ labelsAt: (Int) -> UInt64,
              _ body: (Int, UInt32) -> Bool) {
        let n = unitCount
        let start = origin
        var node = node
        var i = from
        while i < end {
            var packed = labelsAt(i)
            if packed == 0 { return }
            repeat {
                let label = Int(packed & 0xFFFF)
                let child = Int(base(node)) &+ label
                guard child < n else { return }
                let c = check(child)
                guard Int(c & TrieLayout.labelMask) == label else { return }
                node = child
                packed >>= 16
                if c & TrieLayout.leafFlag != 0 {
                    if packed == 0 { _ = body(i - start + 1, base(child)) }
                    return
                }
            } while packed != 0
            i += 1
            let marker = Int(base(node))
            if marker < n, check(marker) == TrieLayout.endMarker {
                if !body(i - start, base(marker)) { return }
            }
        }
    }

    @inline(__always)
    func exactMatch<L: Labeler>(_ key: UnsafeBufferPointer<Unicode.Scalar>, _ labeler: L) -> UInt32? {
        guard !key.isEmpty else { return nil }
        let n = unitCount
        var node = 0
        var remaining = key.count
        for scalar in key {
            remaining -= 1
            var packed = labeler.labels(scalar.value)
            if packed == 0 { return nil }
            repeat {
                let label = Int(packed & 0xFFFF)
                let child = Int(base(node)) &+ label
                guard child < n else { return nil }
                let c = check(child)
                guard Int(c & TrieLayout.labelMask) == label else { return nil }
                node = child
                packed >>= 16
                if c & TrieLayout.leafFlag != 0 {
                    return packed == 0 && remaining == 0 ? base(child) : nil
                }
            } while packed != 0
        }
        let marker = Int(base(node))
        guard marker < n, check(marker) == TrieLayout.endMarker else { return nil }
        return base(marker)
    }
}

/// Constants of the unit layout.
@usableFromInline
enum TrieLayout {
    @usableFromInline static let labelMask: UInt16 = 0x7FFF
    @usableFromInline static let leafFlag: UInt16 = 0x8000
    /// `check` of an end-marker node: label 0, leaf.
    @usableFromInline static let endMarker: UInt16 = 0x8000
    /// `check` of the root (a label no child uses).
    static let rootCheck: UInt16 = 0x7FFE
    /// `check` of a free slot.
    static let emptyCheck: UInt16 = 0x7FFF
    /// Largest label a child may carry.
    static let maxLabel = 0x7FFD
    /// Default number of dense codes that get a single label (chosen by benchmark, see Benchmarks/README.md).
    static let defaultSingleLimit = 1024
    /// Default range of the low label of a two-label code.
    static let defaultLoRange = 512
    static let unitSize = 6
}
