import ZhText
import Foundation
import ZhLexicon

/// Turns an indicator as a report writes it into the key that plan years are aligned on.
///
/// The key is the synonym group's canonical name (Dictionaries/indicator-synonyms.txt, first term
/// of the line) after scope and time words at the front are removed (全市, 全省, 全国, 地区, 全年,
/// 今年, 2024年 …). Indicators outside every group keep their own, scope-stripped name.
/// ```swift
/// let n = PlanIndicatorNormalizer(groups: [["地区生产总值", "GDP", "生产总值"]])
/// n.key("全市GDP")           // "地区生产总值"
/// n.key("全年地方一般公共预算收入")   // "地方一般公共预算收入"
/// n.explain("全市GDP")       // scopeWords ["全市"], synonymOf "地区生产总值"
/// ```
public struct PlanIndicatorNormalizer: Sendable {
    /// How an indicator became its key.
    public struct Explanation: Sendable, Equatable {
        public var key: String
        /// Scope and time words removed from the front, in order.
        public var scopeWords: [String]
        /// The canonical name when a synonym group mapped the indicator to a different name.
        public var synonymOf: String?
    }

    /// Synonym groups as read (first term canonical).
    public let groups: [[String]]

    /// `groups`: one array per synonym group, canonical name first.
    public init(groups: [[String]]) {
        self.groups = groups
        var table: [[Unicode.Scalar]: String] = [:]
        for group in groups {
            guard let first = group.first else { continue }
            let canonical = String(String.UnicodeScalarView(Self.fold(first)))
            for term in group {
                let folded = Self.fold(term)
                if table[folded] == nil { table[folded] = canonical }
                // The scope-stripped spelling maps too (地区生产总值 → 生产总值), so that stripping on
                // the record's side never loses the group.
                let cut = Self.scopeLength(folded)
                if cut > 0, cut < folded.count {
                    let stripped = Array(folded[cut...])
                    if table[stripped] == nil { table[stripped] = canonical }
                }
            }
        }
        self.canonical = table
    }

    /// No synonyms: scope stripping only.
    public static let scopeOnly = PlanIndicatorNormalizer(groups: [])

    /// Reads Dictionaries/indicator-synonyms.txt (``ProjectDictionaries/text(_:in:)``: compiled into
    /// the lexicon, or from `directory`); nil when it cannot be found or read.
    public static func projectDefault(directory: String? = nil) -> PlanIndicatorNormalizer? {
        guard let text = ProjectDictionaries.text("indicator-synonyms.txt", in: directory) else { return nil }
        return PlanIndicatorNormalizer(synonymFileText: text)
    }

    /// Parses the synonym file format: one group per line, whitespace-separated, `#` comments.
    public init(synonymFileText text: String) {
        var groups: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let terms = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if terms.count >= 1 { groups.append(terms) }
        }
        self.init(groups: groups)
    }

    /// The alignment key of `indicator`.
    public func key(_ indicator: String) -> String { explain(indicator).key }

    /// The key with the scope words removed and the synonym used.
    public func explain(_ indicator: String) -> Explanation {
        let text = Self.fold(indicator)
        var from = 0
        var removed: [String] = []
        // The least-stripped spelling a group knows wins: 地区生产总值 is looked up before 生产总值.
        while true {
            let rest = from == 0 ? text : Array(text[from...])
            if let canonical = canonical[rest] {
                let spelled = Self.string(rest)
                return Explanation(key: canonical, scopeWords: removed, synonymOf: canonical == spelled ? nil : canonical)
            }
            guard let n = Self.stripOne(text, from: from), from + n < text.count else { break }
            removed.append(Self.string(text[from..<(from + n)]))
            from += n
        }
        return Explanation(key: Self.string(text[from...]), scopeWords: removed, synonymOf: nil)
    }

    // MARK: - Machinery

    private let canonical: [[Unicode.Scalar]: String]

    /// Scope and time words removed from the front of an indicator, longest first.
    static let scopeWords: [[Unicode.Scalar]] = [
        "全年度", "本年度", "全社会范围", "全市域",
        "全市", "全省", "全国", "全区", "全县", "全州", "全盟", "全旗", "全镇", "全乡", "全域",
        "本市", "本省", "本区", "本县", "我市", "我省", "我国", "我区", "我县", "我州",
        "全年", "今年", "本年", "当年", "年内", "明年", "年度内",
        "地区",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// NFKC, no whitespace, no quotes, brackets or markdown emphasis.
    static func fold(_ s: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.unicodeScalars.count)
        for scalar in nfkc(s).unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{3000}", "*", "_", "\"", "'", "“", "”", "‘", "’", "「", "」", "《", "》":
                continue
            default:
                out.append(scalar)
            }
        }
        return out
    }

    /// `fold` as a string.
    static func foldedString(_ s: String) -> String { string(fold(s)[...]) }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
    static func string(_ scalars: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(scalars)) }

    /// NFKC, skipped for text that NFKC leaves alone (ASCII and unified CJK ideographs).
    static func nfkc(_ s: String) -> String {
        let unchanged = s.unicodeScalars.allSatisfy { c in
            (c.value >= 0x20 && c.value < 0x7F) || CharClass.isCommonHan(c)
        }
        return unchanged ? s : s.precomposedStringWithCompatibilityMapping
    }

    /// The length of one scope/time word or leading year ("2024年", "2024年度") at `from`; nil when none.
    static func stripOne(_ s: [Unicode.Scalar], from: Int) -> Int? {
        outer: for word in scopeWords where from + word.count <= s.count {
            for k in 0..<word.count where s[from + k] != word[k] { continue outer }
            return word.count
        }
        var i = from
        while i < s.count, i < from + 4, ("0"..."9").contains(s[i]) { i += 1 }
        if i == from + 4, i < s.count, s[i] == "年" {
            var end = i + 1
            if end < s.count, s[end] == "度" { end += 1 }
            return end - from
        }
        return nil
    }

    /// How many scalars of scope words lead `s` (all of them removed, never the whole text).
    static func scopeLength(_ s: [Unicode.Scalar]) -> Int {
        var from = 0
        while let n = stripOne(s, from: from), from + n < s.count { from += n }
        return from
    }
}
