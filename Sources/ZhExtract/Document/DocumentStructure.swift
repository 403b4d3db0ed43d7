import ZhText

/// One heading of a document: its text without markup, how it was marked, its depth and where it stands.
///
/// ```swift
/// let s = DocumentStructure(text: Array("一、2023年工作回顾\n过去一年…".unicodeScalars))
/// s.headings[0].text    // "2023年工作回顾"
/// s.headings[0].style   // .numbered
/// ```
public struct Heading: Sendable, Hashable {
    /// How a heading is marked in the text.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// `# …`, `## …`
        case markdown
        /// A whole line in `**…**`.
        case bold
        /// 一、 / （一） / 1. / 第一章 / 专栏1 … at the start of a short line (or of a paragraph's first sentence).
        case numbered
        /// 【…】
        case bracket
        /// A line starting with 关键词.
        case keyword
    }

    /// The heading text without markup and numbering ("2023年工作回顾", "打造中国动力谷").
    public var text: String
    public var style: Style
    /// 1 is the outermost level; deeper headings have larger levels.
    public var level: Int
    /// The heading's own span (its line, or its first sentence), offsets into the analysed text.
    public var span: TextSpan
}

/// A stretch of text under one heading, up to the next heading of the same or a higher level.
///
/// ```swift
/// let s = DocumentStructure(text: text)
/// s.section(at: 120)?.heading.text   // "2021年经济社会发展的主要预期目标"
/// ```
public struct DocumentSection: Sendable, Hashable {
    public var heading: Heading
    /// From the heading's start to the next heading of the same or a higher level.
    public var range: Range<Int>
    /// Index of the enclosing section in ``DocumentStructure/sections``, nil at the top level.
    public var parent: Int?
}

/// A document's headings, sections and list items (its title, date and year are read by ``DocumentContext``).
///
/// Works on any scalar text (normally the normalised text handed to the extractors); all offsets are
/// offsets into that text. Recognises markdown `#` headings, whole-line `**bold**`, 一、 （一） 1. 第一章
/// 专栏1 numbering, 【…】 and "关键词 …" lines; list items are lines starting with `- `, `* `, `——`,
/// ①… or a numbered marker that are not headings.
/// ```swift
/// let text = Array("2021年株洲市政府工作报告\n一、2020年工作回顾\n过去一年…\n二、2021年主要预期目标\n…".unicodeScalars)
/// let s = DocumentStructure(text: text)
/// s.headings.map(\.text)            // ["2020年工作回顾", "2021年主要预期目标"]
/// s.section(at: 40)?.heading.text   // "2021年主要预期目标"
/// ```
public struct DocumentStructure: Sendable {
    public var headings: [Heading]
    public var sections: [DocumentSection]
    /// List-item lines (`- …`, `——…`, ①…), offsets into the analysed text.
    public var listItems: [TextSpan]

    public init(text: [Unicode.Scalar]) {
        self = DocumentParser(text: text).parse()
    }

    init(headings: [Heading], sections: [DocumentSection], listItems: [TextSpan]) {
        self.headings = headings
        self.sections = sections
        self.listItems = listItems
    }

    /// The innermost section containing `offset`, or nil before the first heading.
    public func section(at offset: Int) -> DocumentSection? {
        sectionIndex(at: offset).map { sections[$0] }
    }

    /// Index into ``sections`` of the innermost section containing `offset`.
    public func sectionIndex(at offset: Int) -> Int? {
        // Sections are in document order; the innermost is the last one that starts at or before `offset` and contains it.
        var lo = 0, hi = sections.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sections[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 {
            if sections[i].range.contains(offset) { return i }
            i = sections[i].parent ?? -1
        }
        return nil
    }

    /// The headings enclosing `offset`, outermost first.
    public func headingPath(at offset: Int) -> [Heading] {
        var path: [Heading] = []
        var i = sectionIndex(at: offset)
        while let j = i {
            path.append(sections[j].heading)
            i = sections[j].parent
        }
        return path.reversed()
    }
}
