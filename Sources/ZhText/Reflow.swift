/// Undoes hard wrapping: joins the lines of a paragraph that a PDF's layout (or a fixed-width text
/// export) broke, and drops page numbers and running headers/footers, keeping an offset map back to
/// the text as decoded (like ``Normalizer``'s).
///
/// Lines are joined unless a rule says the break is a paragraph's (``Reflow/BreakRule``, in order: a
/// blank line, an indented next line, a next line that opens a block — ——, ●, 一、, (一), 1., a table
/// row —, a title or heading line, a line clearly shorter than the wrap width, a line ending a sentence). Page-number
/// lines (— 3 —, -3-, 第3页, a bare number at a page's edge) and a line repeated at the edge of two
/// thirds of the pages are dropped (``Reflow/DropRule``). Form feeds (U+000C) separate pages.
/// ```swift
/// let r = Reflow().reflow(Array("国内\n生产总值达到98.6\n万亿元。".unicodeScalars))
/// String(scalars: r.scalars)            // "国内生产总值达到98.6万亿元。"
/// r.offsets.originalRange(2..<4)        // 3..<5 — "生产" in the decoded text
/// ```
public struct Reflow: Sendable {
    public init() {}

    /// The reflowed text of `original`, with the map back to it.
    public func reflow(_ original: [Unicode.Scalar]) -> NormalizedText {
        var layout = Layout(original)
        layout.dropPageFurniture()
        return layout.joined()
    }

    /// Whether plain text looks hard-wrapped, so that reading it reflows by default: at least 8 non-blank
    /// lines, a wrap width W (the 90th percentile of line widths, a Han character counting 2) between 40
    /// and 240, at least a quarter of the lines within 85–110 % of W ("full"), and at least 60 % of those
    /// full lines breaking mid-sentence (not after 。！？；). Measured on the Corpus and held-out texts: one
    /// paragraph a line, 3–33 % of lines are full and 0–33 % of those break mid-sentence; wrapped at 38
    /// characters, 28–86 % and 72–100 %.
    public static func looksHardWrapped(_ original: [Unicode.Scalar]) -> Bool {
        let layout = Layout(original)
        let lines = layout.lines.filter { !$0.isBlank }
        guard lines.count >= 8, let w = layout.wrapWidth, (40...240).contains(w) else { return false }
        let full = lines.filter { Double($0.width) >= 0.85 * Double(w) && Double($0.width) <= 1.1 * Double(w) }
        guard full.count * 4 >= lines.count else { return false }
        let midSentence = full.filter { !Reflow.endsSentence(original[$0.start..<$0.trimmedEnd]) }
        return midSentence.count * 10 >= full.count * 6
    }
}

/// When reading a document reflows it: PDFs always, plain text when it looks hard-wrapped.
///
/// ```swift
/// var text = try TextDecoder().decode(bytes)      // .whenHardWrapped
/// text.reflow = .always                             // `--reflow`
/// let prepared = text.prepared()                    // reflowed, then normalised
/// ```
public enum ReflowPolicy: String, Sendable, CaseIterable {
    case never, always
    /// When ``Reflow/looksHardWrapped(_:)`` says so.
    case whenHardWrapped
}

extension DecodedText {
    /// Whether reading this text reflows it (its ``reflow`` policy applied to its scalars).
    public var shouldReflow: Bool {
        switch reflow {
        case .never: return false
        case .always: return true
        case .whenHardWrapped: return Reflow.looksHardWrapped(scalars)
        }
    }

    /// The text reflowed when ``shouldReflow``, else as decoded; offsets into `scalars`.
    public func reflowed() -> NormalizedText {
        shouldReflow ? Reflow().reflow(scalars) : NormalizedText(scalars: scalars, offsets: OffsetMap(identity: scalars.count))
    }

    /// What extractors read: ``reflowed()`` then normalised (``Normalizer``), offsets into `scalars`.
    public func prepared(simplify: Bool = false) -> NormalizedText {
        let base = reflowed()
        let normalized = Normalizer(simplify: simplify).normalize(base.scalars)
        return NormalizedText(scalars: normalized.scalars, offsets: normalized.offsets.composed(with: base.offsets))
    }
}

// MARK: - Machinery

extension Reflow {
    /// One line of the decoded text.
    struct Line {
        var start: Int
        /// End of the content (the terminator starts here).
        var end: Int
        /// End of the content without trailing white space.
        var trimmedEnd: Int
        /// Just past the terminator (== end for the last line without one).
        var next: Int
        var page: Int
        var width: Int
        var isBlank: Bool { trimmedEnd == start || leadingSpaceOnly }
        var leadingSpaceOnly = false
        var dropped: DropRule?
    }

    /// The decoded text cut into lines and pages.
    struct Layout {
        let s: [Unicode.Scalar]
        var lines: [Line] = []
        var pageCount = 1

        init(_ s: [Unicode.Scalar]) {
            self.s = s
            var i = 0, page = 0
            let n = s.count
            while i < n {
                // A form feed at a line's start begins a page and makes no line of its own.
                while i < n, s[i] == "\u{0C}" { page += 1; i += 1 }
                if i >= n { break }
                let start = i
                while i < n, !Reflow.isTerminator(s[i]) { i += 1 }
                let end = i
                var next = i
                var pageBreak = false
                if next < n {
                    if s[next] == "\r", next + 1 < n, s[next + 1] == "\n" { next += 2 }
                    else { pageBreak = s[next] == "\u{0C}"; next += 1 }
                }
                var trimmed = end
                while trimmed > start, SentenceSplitter.isSpace(s[trimmed - 1]) { trimmed -= 1 }
                var width = 0
                for k in start..<trimmed { width += Reflow.displayWidth(s[k]) }
                var line = Line(start: start, end: end, trimmedEnd: trimmed, next: next, page: page, width: width)
                line.leadingSpaceOnly = !s[start..<trimmed].contains { !SentenceSplitter.isSpace($0) }
                lines.append(line)
                if pageBreak { page += 1 }
                i = next
            }
            pageCount = page + 1
        }

        /// The wrap width: the 90th percentile of the non-blank lines' widths (nil under 4 lines).
        var wrapWidth: Int? {
            let widths = lines.filter { !$0.isBlank && $0.dropped == nil }.map(\.width).sorted()
            guard widths.count >= 4 else { return nil }
            return widths[min(widths.count - 1, widths.count * 9 / 10)]
        }

        /// Indexes of the first and last kept non-blank line of each page.
        func pageEdges() -> [(first: Int, last: Int)?] {
            var edges = [(first: Int, last: Int)?](repeating: nil, count: pageCount)
            for (k, line) in lines.enumerated() where !line.isBlank && line.dropped == nil {
                if let e = edges[line.page] { edges[line.page] = (e.first, k) } else { edges[line.page] = (k, k) }
            }
            return edges
        }

        mutating func dropPageFurniture() {
            // Page numbers first (their rules see the raw page edges), then running headers/footers.
            let edges = pageEdges()
            var atEdge = Set<Int>()
            for e in edges { if let e { atEdge.insert(e.first); atEdge.insert(e.last) } }
            for k in lines.indices where !lines[k].isBlank {
                let content = Array(s[lines[k].start..<lines[k].trimmedEnd])
                let blankAround = (k == 0 || lines[k - 1].isBlank) && (k + 1 == lines.count || lines[k + 1].isBlank)
                lines[k].dropped = DropRule.pageNumber(content, atPageEdge: pageCount > 1 && atEdge.contains(k),
                                                       betweenBlankLines: blankAround)
            }
            guard pageCount >= 3 else { return }
            let edges2 = pageEdges()
            var pagesWith: [[Unicode.Scalar]: Int] = [:]
            for e in edges2 {
                guard let e else { continue }
                for key in Set([key(e.first), key(e.last)]) { pagesWith[key, default: 0] += 1 }
            }
            let needed = max(2, (pageCount * 2 + 2) / 3)  // two thirds of the pages, rounded up
            for (page, e) in edges2.enumerated() {
                guard let e else { continue }
                for k in Set([e.first, e.last]) where pagesWith[key(k), default: 0] >= needed {
                    // The first line of the first page is the title, even when the running header repeats it.
                    if page == 0, k == e.first { continue }
                    lines[k].dropped = .runningHeader
                }
            }
        }

        /// A line's text with digits masked and white space removed (a running footer with its page number).
        func key(_ k: Int) -> [Unicode.Scalar] {
            s[lines[k].start..<lines[k].trimmedEnd].compactMap { c in
                SentenceSplitter.isSpace(c) ? nil : (("0"..."9").contains(c) ? "#" : c)
            }
        }

        /// The kept lines, joined where no ``BreakRule`` keeps the break.
        func joined() -> NormalizedText {
            var out: [Unicode.Scalar] = []
            var starts: [Int32] = [], ends: [Int32] = []
            out.reserveCapacity(s.count)
            starts.reserveCapacity(s.count)
            ends.reserveCapacity(s.count)
            func emit(_ c: Unicode.Scalar, _ from: Int, _ to: Int) {
                out.append(c); starts.append(Int32(from)); ends.append(Int32(to))
            }
            let width = wrapWidth
            let firstKept = lines.firstIndex { !$0.isBlank && $0.dropped == nil }
            var previous: Int?
            var blankSince = false   // a blank line (not next to dropped furniture) since the previous kept line
            var droppedSince = false
            for (k, line) in lines.enumerated() {
                if line.dropped != nil { droppedSince = true; continue }
                if line.isBlank {
                    if previous != nil, !droppedSince { blankSince = true }
                    continue
                }
                if let p = previous {
                    let prev = lines[p]
                    let samePage = prev.page == line.page
                    let rule = BreakRule.first(previous: s[prev.start..<prev.trimmedEnd], previousWidth: prev.width,
                                               next: s[line.start..<line.trimmedEnd], wrapWidth: width,
                                               blankLine: blankSince && samePage, previousIsFirst: p == firstKept)
                    if rule != .continuation {
                        for c in prev.trimmedEnd..<prev.end { emit(s[c], c, c + 1) }
                        emit("\n", prev.end, prev.next)
                        if rule == .blankLine { emit("\n", prev.next, prev.next) }
                    } else if Reflow.needsSpace(s[prev.trimmedEnd - 1], s[line.start]) {
                        emit(" ", prev.end, prev.next)
                    }
                }
                for c in line.start..<line.trimmedEnd { emit(s[c], c, c + 1) }
                previous = k
                blankSince = false
                droppedSince = false
            }
            if let p = previous {
                let last = lines[p]
                for c in last.trimmedEnd..<last.end { emit(s[c], c, c + 1) }
                if last.next > last.end { emit("\n", last.end, last.next) }
            }
            return NormalizedText(scalars: out, offsets: OffsetMap(starts: starts, ends: ends, originalCount: s.count))
        }
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{0C}" || c == "\u{2028}" || c == "\u{2029}"
    }

    /// Display width: 2 for CJK and full-width forms, 1 otherwise (how a typesetter fills a line).
    @inline(__always)
    static func displayWidth(_ c: Unicode.Scalar) -> Int { CharClass.isWide(c) ? 2 : 1 }

    /// Joined Latin words keep a space between them; Han, figures and punctuation join directly.
    static func needsSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a.isASCII && b.isASCII && a.properties.isAlphabetic && b.properties.isAlphabetic
    }
}
