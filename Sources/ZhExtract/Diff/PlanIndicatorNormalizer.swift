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
        var table: [String: String] = [:]
        for group in groups {
            guard let canonical = group.first.map(Self.fold) else { continue }
            for term in group {
                let folded = Self.fold(term)
                if table[folded] == nil { table[folded] = canonical }
                // The scope-stripped spelling maps too (地区生产总值 → 生产总值), so that stripping on
                // the record's side never loses the group.
                let stripped = Self.stripScope(folded).rest
                if !stripped.isEmpty, table[stripped] == nil { table[stripped] = canonical }
            }
        }
        self.canonical = table
    }

    /// No synonyms: scope stripping only.
    public static let scopeOnly = PlanIndicatorNormalizer(groups: [])

    /// Reads Dictionaries/indicator-synonyms.txt (found by ``ProjectDictionaries/locate()``);
    /// nil when the file cannot be found or read.
    public static func projectDefault(directory: String? = ProjectDictionaries.locate()) -> PlanIndicatorNormalizer? {
        guard let directory,
              let text = try? String(contentsOfFile: directory + "/indicator-synonyms.txt", encoding: .utf8) else { return nil }
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
        var text = Self.fold(indicator)
        var removed: [String] = []
        // The least-stripped spelling a group knows wins: 地区生产总值 is looked up before 生产总值.
        while true {
            if let canonical = canonical[text] {
                return Explanation(key: canonical, scopeWords: removed, synonymOf: canonical == text ? nil : canonical)
            }
            guard let (word, rest) = Self.stripOne(text), !rest.isEmpty else { break }
            removed.append(word)
            text = rest
        }
        return Explanation(key: text, scopeWords: removed, synonymOf: nil)
    }

    // MARK: - Machinery

    private let canonical: [String: String]

    /// Scope and time words removed from the front of an indicator, longest first.
    static let scopeWords: [String] = [
        "全年度", "本年度", "全社会范围", "全市域",
        "全市", "全省", "全国", "全区", "全县", "全州", "全盟", "全旗", "全镇", "全乡", "全域",
        "本市", "本省", "本区", "本县", "我市", "我省", "我国", "我区", "我县", "我州",
        "全年", "今年", "本年", "当年", "年内", "明年", "年度内",
        "地区",
    ].sorted { $0.count > $1.count }

    /// NFKC, no whitespace, no quotes, brackets or markdown emphasis.
    static func fold(_ s: String) -> String {
        let nfkc = s.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for scalar in nfkc.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{3000}", "*", "_", "\"", "'", "“", "”", "‘", "’", "「", "」", "《", "》":
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Removes one scope/time word or a leading year ("2024年", "2024年度") from the front.
    static func stripOne(_ s: String) -> (word: String, rest: String)? {
        for word in scopeWords where s.hasPrefix(word) {
            return (word, String(s.dropFirst(word.count)))
        }
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count, i < 4, ("0"..."9").contains(scalars[i]) { i += 1 }
        if i == 4, i < scalars.count, scalars[i] == "年" {
            var end = i + 1
            if end < scalars.count, scalars[end] == "度" { end += 1 }
            let word = String(String.UnicodeScalarView(scalars[0..<end]))
            return (word, String(String.UnicodeScalarView(scalars[end...])))
        }
        return nil
    }

    /// Every scope word removed from the front.
    static func stripScope(_ s: String) -> (words: [String], rest: String) {
        var text = s
        var words: [String] = []
        while let (word, rest) = stripOne(text), !rest.isEmpty {
            words.append(word)
            text = rest
        }
        return (words, text)
    }
}
