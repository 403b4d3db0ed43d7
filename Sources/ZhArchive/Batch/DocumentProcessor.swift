import Foundation
import ZhExtract
import ZhText

/// The per-document work of a batch: decoded text in, records out. Must be safe to call from
/// several tasks at once (share immutable data such as the lexicon; keep scratch space local).
///
/// ```swift
/// struct CountChars: DocumentProcessor {
///     func process(_ document: SourceDocument) -> DocumentResult {
///         DocumentResult(metadata: DocumentMetadata(chars: document.scalars.count))
///     }
/// }
/// ```
public protocol DocumentProcessor: Sendable {
    func process(_ document: SourceDocument) -> DocumentResult
}

/// A decoded document handed to a ``DocumentProcessor``.
///
/// ```swift
/// let doc = SourceDocument(name: "reports/a.txt", text: try TextDecoder().decode(bytes))
/// ```
public struct SourceDocument: Sendable {
    /// The path, `archive.zip!/entry`, or the `id` of a JSON line.
    public var name: String
    public var text: DecodedText
    public var scalars: [Unicode.Scalar] { text.scalars }

    public init(name: String, text: DecodedText) {
        self.name = name
        self.text = text
    }
}

/// What a batch stores about a document besides its records.
///
/// ```swift
/// DocumentMetadata(title: "株洲市2021年政府工作报告", jurisdiction: "株洲市", year: 2021, chars: 20314)
/// ```
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var jurisdiction: String?
    public var year: Int?
    /// Unicode scalars in the decoded text.
    public var chars: Int

    public init(title: String? = nil, jurisdiction: String? = nil, year: Int? = nil, chars: Int) {
        self.title = title
        self.jurisdiction = jurisdiction
        self.year = year
        self.chars = chars
    }
}

/// Everything extracted from one document, ready to be written in one transaction.
///
/// ```swift
/// var r = DocumentResult(metadata: DocumentMetadata(chars: 120))
/// r.numbers.append(NumberRow(text: "8%", value: .number(8), unit: "%", qualifier: "exact", kind: "percent", start: 4, end: 6))
/// ```
public struct DocumentResult: Sendable, Hashable {
    public var metadata: DocumentMetadata
    public var targets: [TargetRecord]
    public var entities: [Entity]
    public var keywords: [KeywordRow]
    public var numbers: [NumberRow]
    /// The distinct words of the document (sorted), for the corpus IDF table.
    public var terms: [String]

    public init(metadata: DocumentMetadata, targets: [TargetRecord] = [], entities: [Entity] = [],
                keywords: [KeywordRow] = [], numbers: [NumberRow] = [], terms: [String] = []) {
        self.metadata = metadata
        self.targets = targets
        self.entities = entities
        self.keywords = keywords
        self.numbers = numbers
        self.terms = terms
    }
}


/// A keyword of a document with its weight and rank (1 = strongest).
///
/// ```swift
/// KeywordRow(word: "高质量发展", score: 0.42, rank: 1)
/// ```
public struct KeywordRow: Sendable, Hashable {
    public var word: String
    public var score: Double
    public var rank: Int
}

/// A number as stored: the fields of `zhmine numbers` (text, value, unit, qualifier, normalized, kind, offsets).
///
/// ```swift
/// NumberRow(text: "3—4年", value: .range(3, 4), unit: "年", qualifier: "range", kind: "amount", start: 9, end: 13)
/// ```
public struct NumberRow: Sendable, Hashable {
    public var text: String
    /// nil when the numeral overflowed (see `overflow`) or the figure is a date.
    public var value: QuantityValue?
    public var overflow: Bool
    /// The unit as written, with its magnitude ("万人", "亿元", "%").
    public var unit: String?
    public var qualifier: String
    /// The value in base units ("1.2万亿元" → 1200000000000 元), when the magnitude is known.
    public var normalizedValue: QuantityValue?
    public var normalizedUnit: String?
    /// amount, percent, percentagePoint, fraction, multiple, year, date, planPeriod, ordinal, number.
    public var kind: String
    public var start: Int
    public var end: Int

    public init(text: String, value: QuantityValue?, overflow: Bool = false, unit: String?, qualifier: String,
                normalizedValue: QuantityValue? = nil, normalizedUnit: String? = nil, kind: String, start: Int, end: Int) {
        self.text = text
        self.value = value
        self.overflow = overflow
        self.unit = unit
        self.qualifier = qualifier
        self.normalizedValue = normalizedValue
        self.normalizedUnit = normalizedUnit
        self.kind = kind
        self.start = start
        self.end = end
    }
}
