/// The kind of a named entity.
///
/// ```swift
/// EntityType(rawValue: "facility")   // .facility
/// ```
public enum EntityType: String, Sendable, CaseIterable, Hashable {
    /// People: 阳卫国, 邓伟勇.
    case person
    /// Administrative divisions, regions, rivers and smaller places: 株洲, 长株潭, 袁家湾社区.
    case place
    /// Governments, departments, companies, schools, newspapers: 市科技局, 醴陵市委, 株洲日报.
    case organization
    /// Roads, bridges, rail lines, stations, parks and zones: 南塘路, 吉衡高铁, 长沙临空经济示范区.
    case facility
    /// Named plans, slogans and plan periods: 三高四新, 3+5+2, 十四五, 鹊桥工程.
    case program
}

/// A named entity found in a document: its text as written and its place in the original.
///
/// `start` and `end` are Unicode scalar offsets into the *original* (decoded, not
/// normalised) text, end exclusive, so `original[start..<end]` is `text`.
///
/// ```swift
/// let e = recognizer.entities(in: Array("市科技局局长".unicodeScalars))[0]
/// (e.text, e.type, e.start, e.end)   // ("市科技局", .organization, 0, 4)
/// ```
public struct Entity: Sendable, Equatable, Hashable {
    public var text: String
    public var type: EntityType
    public var start: Int
    public var end: Int
    /// The named rule that produced it (``EntityRule`` raw value: `organ`, `congress` …), or
    /// `unnamed (rank N)` for rules not yet named; nil for entities made elsewhere.
    public var rule: String?

    public init(text: String, type: EntityType, start: Int, end: Int, rule: String? = nil) {
        self.text = text
        self.type = type
        self.start = start
        self.end = end
        self.rule = rule
    }
}
