extension DoubleArrayTrie {
    /// All keys starting with `prefix` (the prefix itself included when it is a key),
    /// in lexicographic order of scalar values, at most `limit` of them.
    ///
    /// ```swift
    /// trie.predictiveSearch("中国".unicodeScalars, limit: 10)  // [(中国, 7), (中国人, 9), …]
    /// ```
    ///
    /// Not a hot-path query: listing a node's children scans its label range (up to the
    /// largest label in use, ~1.1k for a Chinese lexicon), so expect microseconds per
    /// visited node. Depth and work are bounded, so a corrupted file cannot make it loop.
    public func predictiveSearch(_ prefix: some Collection<Unicode.Scalar>, limit: Int) -> [(key: [Unicode.Scalar], value: UInt32)] {
        guard limit > 0 else { return [] }
        switch view.encoding {
        case .denseScalars: return view.predictive(Array(prefix), limit: limit, DenseLabeler(view: view))
        case .utf8: return view.predictive(Array(prefix), limit: limit, UTF8Labeler())
        }
    }
}

extension TrieView {
    /// A child of a node at a scalar boundary: the scalar and the node reached after all its labels.
    struct ScalarChild { var scalar: UInt32; var node: Int; var isLeaf: Bool }

    func predictive<L: Labeler>(_ prefix: [Unicode.Scalar], limit: Int, _ labeler: L) -> [(key: [Unicode.Scalar], value: UInt32)] {
        // Walk the prefix.
        let n = unitCount
        var node = 0
        for (k, scalar) in prefix.enumerated() {
            var packed = labeler.labels(scalar.value)
            if packed == 0 { return [] }
            repeat {
                let label = Int(packed & 0xFFFF)
                let child = Int(base(node)) &+ label
                guard child < n, Int(check(child) & TrieLayout.labelMask) == label else { return [] }
                node = child
                packed >>= 16
                if check(child) & TrieLayout.leafFlag != 0 {
                    return packed == 0 && k == prefix.count - 1 ? [(prefix, base(child))] : []
                }
            } while packed != 0
        }
        // Depth-first over scalar children, smallest scalar first.
        var results: [(key: [Unicode.Scalar], value: UInt32)] = []
        var key = prefix
        if !prefix.isEmpty, let v = endValue(node) { results.append((key, v)) }
        var stack: [(children: [ScalarChild], next: Int)] = [(scalarChildren(of: node), 0)]
        var budget = 2 * n + 2  // each node is pushed and popped at most once in a valid trie
        while results.count < limit, budget > 0, let top = stack.last {
            budget -= 1
            if top.next == top.children.count {
                stack.removeLast()
                if !stack.isEmpty { key.removeLast() }
                continue
            }
            let child = top.children[top.next]
            stack[stack.count - 1].next += 1
            guard let scalar = Unicode.Scalar(child.scalar) else { continue }
            if child.isLeaf {
                key.append(scalar)
                results.append((key, base(child.node)))
                key.removeLast()
                continue
            }
            guard key.count < maxKeyLength else { continue }
            key.append(scalar)
            if let v = endValue(child.node) { results.append((key, v)) }
            stack.append((scalarChildren(of: child.node), 0))
        }
        return results
    }

    /// The value of the key ending at inner node `node`, if any.
    private func endValue(_ node: Int) -> UInt32? {
        let marker = Int(base(node))
        guard marker < unitCount, check(marker) == TrieLayout.endMarker else { return nil }
        return base(marker)
    }

    /// The labels present below inner node `node`, in the range 1...maxLabel.
    private func labelChildren(of node: Int, upTo maxLabel: Int, _ body: (Int, Int, Bool) -> Void) {
        let b = Int(base(node))
        guard maxLabel >= 1 else { return }
        for label in 1...maxLabel {
            let slot = b + label
            if slot >= unitCount { break }
            let c = check(slot)
            if Int(c & TrieLayout.labelMask) == label { body(label, slot, c & TrieLayout.leafFlag != 0) }
        }
    }

    func scalarChildren(of node: Int) -> [ScalarChild] {
        var out: [ScalarChild] = []
        switch encoding {
        case .denseScalars:
            guard let alphabet else { return [] }
            labelChildren(of: node, upTo: maxLabel) { label, slot, leaf in
                if label <= scheme.singleLimit {
                    if label <= alphabetCount { out.append(ScalarChild(scalar: alphabet[label - 1], node: slot, isLeaf: leaf)) }
                } else if !leaf {
                    labelChildren(of: slot, upTo: min(maxLabel, scheme.loRange)) { lo, slot2, leaf2 in
                        let code = scheme.code(hi: label, lo: lo)
                        if code >= 1 && code <= alphabetCount {
                            out.append(ScalarChild(scalar: alphabet[code - 1], node: slot2, isLeaf: leaf2))
                        }
                    }
                }
            }
        case .utf8:
            labelChildren(of: node, upTo: 256) { label, slot, leaf in
                let byte = UInt32(label - 1)
                if byte < 0x80 { out.append(ScalarChild(scalar: byte, node: slot, isLeaf: leaf)); return }
                let more = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
                guard more > 0, !leaf else { return }
                let lead = byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
                utf8Continuations(slot, more, lead, &out)
            }
        }
        out.sort { $0.scalar < $1.scalar }
        return out
    }

    private func utf8Continuations(_ node: Int, _ remaining: Int, _ acc: UInt32, _ out: inout [ScalarChild]) {
        labelChildren(of: node, upTo: 0xC0) { label, slot, leaf in
            guard label >= 0x81 else { return }  // continuation bytes 0x80...0xBF
            let value = acc << 6 | UInt32(label - 0x81)
            if remaining == 1 {
                out.append(ScalarChild(scalar: value, node: slot, isLeaf: leaf))
            } else if !leaf {
                utf8Continuations(slot, remaining - 1, value, &out)
            }
        }
    }
}
