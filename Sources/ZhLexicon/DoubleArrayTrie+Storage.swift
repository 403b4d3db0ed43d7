extension DoubleArrayTrie {
    /// Version of the trie's sections; part of every file that holds a trie.
    /// 2: two-level dense labels (the label scheme is stored in `<prefix>INF`).
    public static let formatVersion: UInt32 = 2

    /// A view over the trie sections of `file` (no parsing, no copy). The trie keeps `file` alive.
    /// `sectionPrefix` (one ASCII character) selects which trie when a file holds several.
    ///
    /// ```swift
    /// let file = try SectionedFile(path: "zh.lex", expectedVersion: 1)
    /// let trie = try DoubleArrayTrie(file: file)
    /// ```
    public init(file: SectionedFile, sectionPrefix: String = "T") throws(FormatError) {
        self.file = file
        self.view = try TrieView.load(file, prefix: sectionPrefix)
        self.firstLevel = view.firstLevel()
    }

    /// Adds this trie's sections (`<prefix>INF`, `UNI`, and for dense keys `PAG`, `LAB`, `ALP`) to `writer`.
    public func write(into writer: inout SectionedFileWriter, sectionPrefix: String = "T") throws(FormatError) {
        for role in TrieView.roles {
            guard let bytes = file.section(prefix + role) else { continue }
            try writer.add(tag: sectionPrefix + role, bytes: Array(bytes))
        }
    }

    /// Checks the structural invariants of the arrays (unique bases, every node reachable
    /// from the root exactly once, leaf count = key count, alphabet tables consistent).
    /// O(units); meant for tests and debug builds.
    public func checkInvariants() -> Bool { view.checkInvariants() }

    var prefix: String { view.prefix }
}

extension TrieView {
    /// The root's step for every single label (see ``DoubleArrayTrie/firstLevel``): entry L is
    /// `value << 32 | node`, `value` the one-scalar key's value (`UInt32.max`: none), `node`
    /// the child to walk on from (0: no longer key starts there; the root is nobody's child).
    func firstLevel() -> [UInt64] {
        let singles = encoding == .denseScalars ? scheme.singleLimit : 256
        var table = [UInt64](repeating: UInt64(UInt32.max) << 32, count: singles + 1)
        guard unitCount > 0 else { return table }
        for label in 1...singles {
            let child = Int(base(0)) &+ label
            guard child < unitCount else { continue }
            let c = check(child)
            guard Int(c & TrieLayout.labelMask) == label else { continue }
            if c & TrieLayout.leafFlag != 0 {
                table[label] = UInt64(base(child)) << 32
                continue
            }
            let marker = Int(base(child))
            let value = marker < unitCount && check(marker) == TrieLayout.endMarker ? base(marker) : UInt32.max
            table[label] = UInt64(value) << 32 | UInt64(child)
        }
        return table
    }

    static let roles = ["INF", "UNI", "PAG", "LAB", "ALP"]

    static func load(_ file: SectionedFile, prefix: String) throws(FormatError) -> TrieView {
        let path = file.path
        let infTag = prefix + "INF", uniTag = prefix + "UNI"
        let inf = try file.requiredSection(infTag)
        guard inf.count >= 36 else { throw FormatError.malformedSection(path: path, tag: infTag, reason: "too short") }
        func field(_ i: Int) -> UInt32 { UInt32(littleEndian: inf.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        guard field(0) == 1 else { throw FormatError.malformedSection(path: path, tag: infTag, reason: "unknown layout \(field(0))") }
        guard let encoding = TrieKeyEncoding(rawValue: field(1)) else {
            throw FormatError.malformedSection(path: path, tag: infTag, reason: "unknown encoding \(field(1))")
        }
        let unitCount = Int(field(3)), maxLabel = Int(field(4)), singleLimit = Int(field(5))
        let alphabetCount = Int(field(7))
        let scheme = DenseLabelScheme(singleLimit: singleLimit, loRange: Int(field(8)))
        let units = try file.requiredSection(uniTag)
        guard unitCount >= 1, units.count == unitCount * TrieLayout.unitSize, let unitBase = units.baseAddress else {
            throw FormatError.malformedSection(path: path, tag: uniTag, reason: "size does not match \(unitCount) units")
        }
        guard maxLabel <= TrieLayout.maxLabel, singleLimit <= TrieLayout.maxLabel else {
            throw FormatError.malformedSection(path: path, tag: infTag, reason: "label range out of bounds")
        }
        var pageIndex: UnsafePointer<UInt16>?, packed: UnsafePointer<UInt32>?, alphabet: UnsafePointer<UInt32>?
        var packedCount = 0
        var byteSize = inf.count + units.count
        if encoding == .denseScalars {
            let pagTag = prefix + "PAG", labTag = prefix + "LAB", alpTag = prefix + "ALP"
            let pag = try file.requiredSection(pagTag), lab = try file.requiredSection(labTag)
            let alp = try file.requiredSection(alpTag)
            guard pag.count == DenseAlphabet.pageCount * 2, let p = pag.baseAddress else {
                throw FormatError.malformedSection(path: path, tag: pagTag, reason: "wrong size")
            }
            guard lab.count % 1024 == 0, lab.count >= 1024, let l = lab.baseAddress else {
                throw FormatError.malformedSection(path: path, tag: labTag, reason: "wrong size")
            }
            guard alp.count == alphabetCount * 4, scheme.isValid else {
                throw FormatError.malformedSection(path: path, tag: alpTag, reason: "wrong size")
            }
            // Sections are 8-aligned in the file and the mapping is page-aligned.
            pageIndex = p.assumingMemoryBound(to: UInt16.self)
            packed = l.assumingMemoryBound(to: UInt32.self)
            packedCount = lab.count / 4
            alphabet = alp.baseAddress?.assumingMemoryBound(to: UInt32.self)
            byteSize += pag.count + lab.count + alp.count
        }
        return TrieView(
            units: unitBase, unitCount: unitCount, keyCount: Int(field(2)), encoding: encoding, maxLabel: maxLabel,
            maxKeyLength: Int(field(6)), scheme: scheme, pageIndex: pageIndex, packedLabels: packed,
            packedLabelCount: packedCount, alphabet: alphabet, alphabetCount: alphabetCount, byteSize: byteSize,
            prefix: prefix)
    }

    func checkInvariants() -> Bool {
        let n = unitCount
        guard n >= 1, check(0) == TrieLayout.rootCheck else { return false }
        // Owner of every base; bases are unique among inner nodes.
        var owner = [Int32](repeating: -1, count: n)
        for s in 0..<n {
            let c = check(s)
            guard c != TrieLayout.emptyCheck, c & TrieLayout.leafFlag == 0 else { continue }
            let b = Int(base(s))
            if s == 0 && keyCount == 0 { continue }  // an empty trie's root has no children
            guard b < n, owner[b] < 0 else { return false }
            owner[b] = Int32(s)
        }
        // Every occupied slot has exactly one parent; count children and leaves.
        var parent = [Int32](repeating: -1, count: n)
        var children = [Int32](repeating: 0, count: n)
        var leaves = 0
        for s in 1..<n {
            let c = check(s)
            if c == TrieLayout.emptyCheck { continue }
            let label = Int(c & TrieLayout.labelMask)
            guard label <= maxLabel, s - label >= 0 else { return false }
            let p = owner[s - label]
            guard p >= 0 else { return false }
            if label == 0 && c & TrieLayout.leafFlag == 0 { return false }  // end markers are leaves
            parent[s] = p
            children[Int(p)] += 1
            if c & TrieLayout.leafFlag != 0 { leaves += 1 }
        }
        guard leaves == keyCount else { return false }
        for s in 0..<n where check(s) != TrieLayout.emptyCheck && check(s) & TrieLayout.leafFlag == 0 {
            if children[s] == 0 && !(s == 0 && keyCount == 0) { return false }
        }
        // No cycles: every chain of parents reaches the root.
        var state = [UInt8](repeating: 0, count: n)  // 0 unknown, 1 on the current chain, 2 reaches the root
        state[0] = 2
        var chain: [Int] = []
        for s in 1..<n where parent[s] >= 0 && state[s] == 0 {
            var x = s
            while state[x] == 0 {
                state[x] = 1
                chain.append(x)
                let p = Int(parent[x])
                guard p >= 0 else { return false }
                x = p
            }
            guard state[x] == 2 else { return false }
            for y in chain { state[y] = 2 }
            chain.removeAll(keepingCapacity: true)
        }
        return encoding == .utf8 || alphabetIsConsistent()
    }

    private func alphabetIsConsistent() -> Bool {
        guard let alphabet else { return alphabetCount == 0 }
        let labeler = DenseLabeler(view: self)
        for k in 0..<alphabetCount {
            // A corrupted file may hold a non-scalar here; the labeler's page table only covers scalars.
            guard alphabet[k] <= 0x10FFFF, let expected = scheme.labels(code: k + 1),
                  labeler.labels(alphabet[k]) == UInt64(expected) else { return false }
        }
        return true
    }
}
