import ZhLexicon

/// The administrative divisions of Dictionaries/regions.txt, short and full names → full name.
///
/// regions.txt lists each province's divisions under a `# 省名` heading, a full name followed by
/// its short forms (株洲市, then 株洲); its last sections (city clusters, strategies, rivers, under
/// descriptive headings) are regions but not jurisdictions and are left out: an entry counts when
/// its section heading is itself a listed name.
/// ```swift
/// let names = JurisdictionNames.load()
/// names["株洲"]      // "株洲市"
/// names["京津冀"]    // nil: a region, not a jurisdiction
/// ```
public enum JurisdictionNames {
    /// From the project's regions.txt (``ProjectDictionaries/text(_:in:)``: compiled into the
    /// lexicon, or from `directory`); empty when it cannot be found.
    public static func load(directory: String? = nil) -> [String: String] {
        guard let text = ProjectDictionaries.text("regions.txt", in: directory) else { return [:] }
        return parse(text)
    }

    /// Parses the regions.txt format (see Dictionaries/README.md).
    public static func parse(_ text: String) -> [String: String] {
        var entries: [(word: String, section: String?)] = []
        var words = Set<String>()
        var section: String?
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                let heading = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
                section = heading.contains(where: { $0 == " " || $0 == "（" || $0 == "、" || $0 == "，" }) ? nil : heading
                continue
            }
            guard let word = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) else { continue }
            entries.append((word, section))
            words.insert(word)
        }
        var result: [String: String] = [:]
        var lastFull: String?
        for (word, section) in entries {
            guard let section, words.contains(section) else { continue }
            if let full = lastFull, isShortForm(word, of: full) {
                if result[word] == nil { result[word] = full }
            } else if isFullName(word) {
                lastFull = word
                if result[word] == nil { result[word] = word }
            }
        }
        return result
    }

    /// 株洲 of 株洲市, 湘西州 of 湘西土家族苗族自治州: shorter, same first two characters.
    static func isShortForm(_ word: String, of full: String) -> Bool {
        word.count < full.count && word.count >= 2 && full.hasPrefix(String(word.prefix(2)))
    }

    static func isFullName(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return "省市区县州盟旗".contains(last) || word.hasSuffix("地区") || word.hasSuffix("特别行政区")
    }
}
