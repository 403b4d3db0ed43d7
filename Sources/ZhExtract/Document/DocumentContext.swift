import ZhText

/// Everything ZhMine knows about a document as a whole, read once and shared by every extractor:
/// title, date, report year (and where it came from), genre, jurisdiction, headings, and the time
/// frame in force at every paragraph.
///
/// The one reader of a document's own facts: `extract`, `entities`, `diff`, `batch` and the
/// archive all take them from here.
/// ```swift
/// let text = Array("2021年株洲市政府工作报告\n——2021年1月7日在株洲市第十五届人民代表大会第四次会议上\n一、2020年工作回顾\n…".unicodeScalars)
/// let c = DocumentContext(text: text, name: "zhuzhou.txt")
/// c.reportYear          // 2021
/// c.reportYearSource    // .date
/// c.jurisdiction        // "株洲市"
/// c.genre               // .workReport
/// c.frames.inherited(at: 60)?.kind   // .actual (the 工作回顾 heading)
/// ```
public struct DocumentContext: Sendable {
    /// Where a report year was read.
    public enum YearSource: String, Sendable, Hashable, CaseIterable {
        /// The report's own date line (——2021年1月7日在…会议上) or a bare date at its top or foot.
        case date
        /// A year in the title.
        case title
        /// A news dateline among the first lines (2025年11月29日 来源：…, 发布时间：…).
        case dateline
        /// A news lead naming the report (2025年政府工作报告提出…, 2024年全省…主要预期目标).
        case lead
        /// A plan heading (二、2024年主要预期目标 → 2024) or a review heading (2023年工作回顾 → 2024).
        case heading
        /// A year in the file name (beijing-2024-work-report.txt).
        case fileName
        /// The caller's default (`zhmine extract --year`).
        case option
    }

    /// The years a document or a figure can plausibly be about: the one range every reader uses.
    public static let plausibleYears: ClosedRange<Int> = 1949...2100

    public var title: String?
    /// The date the document states for itself.
    public var date: CalendarDate?
    /// The year the report is written in (a work report of 2024 reviews 2023 and sets 2024's targets).
    public var reportYear: Int?
    public var reportYearSource: YearSource?
    /// The month of the report's date or dateline, when known.
    public var reportMonth: Int?
    public var genre: DocumentGenre
    /// The issuing jurisdiction by its full name (株洲市, 四川省, 全国), nil when nothing says.
    public var jurisdiction: String?
    /// Headings, sections and list items.
    public var structure: DocumentStructure
    /// The plan period the title names (…第十四个五年规划… → 2021-2025).
    public var planPeriod: YearSpan?
    /// The years a title spans (…三年行动方案（2025—2027年）).
    public var titleSpan: YearSpan?
    /// The year a statistical communiqué reports on (its figures are achieved figures of that year).
    public var reviewedYear: Int?
    /// The time frame (target / actual, which years) in force at every paragraph.
    public var frames: TimeFrames

    /// Reads a document (normally the normalised text the extractors read; offsets are into it).
    /// - Parameters:
    ///   - name: the file name, the last resort for the report year.
    ///   - defaultYear: the year to assume when neither the text nor the name states one.
    ///   - gazetteer: region names (short and full → full) for the jurisdiction; nil reads only the
    ///     names a title or a session line spells out with their suffix.
    public init(text: [Unicode.Scalar], name: String? = nil, defaultYear: Int? = nil, gazetteer: Gazetteer? = nil) {
        self.init(text: text, structure: DocumentStructure(text: text), name: name, defaultYear: defaultYear,
                  gazetteer: gazetteer)
    }

    /// Reads a document whose structure is already parsed.
    public init(text: [Unicode.Scalar], structure: DocumentStructure, name: String? = nil, defaultYear: Int? = nil,
                gazetteer: Gazetteer? = nil) {
        // The lines are split once, for the facts reader and the frames.
        let lines = SentenceSplitter().lines(in: text)
        var reader = DocumentFactsReader(text: text, structure: structure, lines: lines)
        let facts = reader.read(name: name, defaultYear: defaultYear, gazetteer: gazetteer)
        self.title = facts.title
        self.date = facts.date
        self.reportYear = facts.year
        self.reportYearSource = facts.yearSource
        self.reportMonth = facts.month
        self.genre = facts.genre
        self.jurisdiction = facts.jurisdiction
        self.structure = structure
        self.planPeriod = facts.planPeriod
        self.titleSpan = facts.titleSpan
        self.reviewedYear = facts.reviewedYear
        self.frames = TimeFrames(text: text, lines: lines, structure: structure, reportYear: facts.year, reviewedYear: facts.reviewedYear,
                                 planPeriod: facts.planPeriod ?? facts.titleSpan, genre: facts.genre)
    }
}

/// A span of years, first and last included ("2021-2025").
///
/// ```swift
/// YearSpan(2021, 2025).description   // "2021-2025"
/// ```
public struct YearSpan: Sendable, Hashable, CustomStringConvertible {
    public var first: Int
    public var last: Int
    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = last
    }
    public var description: String { "\(first)-\(last)" }
}

/// What kind of document a text is, by named rules over its title and first lines (see
/// `DocumentFactsReader.genreRules`).
///
/// ```swift
/// DocumentContext(text: Array("徐州市2025年国民经济和社会发展统计公报\n…".unicodeScalars)).genre   // .statisticalCommunique
/// ```
public enum DocumentGenre: String, Sendable, Hashable, CaseIterable {
    case workReport = "work-report"
    case reportNews = "report-news"
    case interpretation
    case digest
    case statisticalCommunique = "statistical-communique"
    case budgetReport = "budget-report"
    case plan
    case other
}

/// Region names for reading a document's jurisdiction: every short and full name → the full name.
///
/// ```swift
/// let g = Gazetteer(names: ["株洲": "株洲市", "株洲市": "株洲市", "湖南": "湖南省", "湖南省": "湖南省"])
/// g.fullName(of: "株洲")   // "株洲市"
/// ```
public struct Gazetteer: Sendable {
    public init(names: [String: String]) {
        var table: [String: String] = [:]
        for (name, full) in names where name.unicodeScalars.count >= 2 { table[name] = full }
        self.names = table
        self.words = ScalarWordSet(Array(table.keys))
    }

    /// The full name of a region name, nil for a name that is not listed.
    public func fullName(of name: String) -> String? { names[name] }

    /// The longest listed name starting at `i` in `s`: its length and full name.
    func match(at i: Int, in s: [Unicode.Scalar], upper: Int) -> (length: Int, full: String)? {
        guard let n = words.longestMatch(startingAt: i, in: s, upper: upper),
              let full = names[ScalarString.make(s, i..<i + n)] else { return nil }
        return (n, full)
    }

    let names: [String: String]
    let words: ScalarWordSet
}
