import ZhText

/// Reads a report's title, jurisdiction and year from its first lines.
///
/// - title: the first non-empty line, without Markdown heading marks and emphasis;
/// - year: the first year (1949–2099) written in Arabic digits in the title, else in the
///   dateline that follows it (“——2021年1月20日在…会议上”);
/// - jurisdiction: the last administrative region name (see ``JurisdictionNames``) in the title,
///   else “全国” when the dateline names the 全国人民代表大会 or 国务院, else the first region in the
///   next few lines; given by its full name (株洲 → 株洲市). (The batch pipeline then falls back to
///   ``mostMentionedRegion(_:)`` over the document's place entities.)
/// ```swift
/// let reader = DocumentMetadataReader(regions: ["株洲市", "株洲", "湖南省"])
/// let m = reader.read(Array("株洲市2021年政府工作报告\n——2021年1月7日在株洲市…\n".unicodeScalars))
/// // m.title == "株洲市2021年政府工作报告", m.jurisdiction == "株洲市", m.year == 2021
/// ```
public struct DocumentMetadataReader: Sendable {
    /// Region names, each standing for itself.
    public init(regions: [String]) {
        self.init(names: Dictionary(regions.map { ($0, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Region names (short or full) → the full name to report.
    public init(names: [String: String]) {
        var table: [String: String] = [:]
        var longest = 0
        for (name, full) in names where name.unicodeScalars.count >= 2 {
            table[name] = full
            longest = max(longest, name.unicodeScalars.count)
        }
        self.regions = table
        self.longestRegion = longest
    }

    public func read(_ text: [Unicode.Scalar]) -> DocumentMetadata {
        let lines = firstLines(text, count: 8)
        var metadata = DocumentMetadata(chars: text.count)
        guard let first = lines.first else { return metadata }
        let title = cleanTitle(first)
        metadata.title = title.isEmpty ? nil : String(String.UnicodeScalarView(title))
        let rest = lines.dropFirst()
        metadata.year = year(in: title) ?? rest.prefix(3).lazy.filter { self.isDateline($0) }.compactMap { self.year(in: $0) }.first
        if let place = lastRegion(in: title) {
            metadata.jurisdiction = place
        } else if rest.prefix(3).contains(where: { contains($0, "全国人民代表大会") || contains($0, "国务院") })
                    || contains(title, "国务院") {
            metadata.jurisdiction = "全国"
        } else {
            metadata.jurisdiction = rest.prefix(4).lazy.compactMap { firstRegion(in: $0) }.first
        }
        return metadata
    }

    /// The region most often named among `places` (place names in text order, e.g. a document's
    /// place entities), by its full name, when it is named at least twice; ties go to the first
    /// named. The jurisdiction of a document whose first lines name none, such as a news article
    /// on a report ("——《政府工作报告》解读之二" under a slogan title).
    ///
    /// ```swift
    /// reader.mostMentionedRegion(["赣州", "粤港澳大湾区", "赣州市", "南昌"])   // "赣州市"
    /// ```
    public func mostMentionedRegion(_ places: [String]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (index, place) in places.enumerated() {
            guard let full = regions[place] else { continue }
            counts[full, default: (0, index)].count += 1
        }
        let best = counts.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
        }
        guard let best, best.value.count >= 2 else { return nil }
        return best.key
    }

    // MARK: - Machinery

    private let regions: [String: String]
    private let longestRegion: Int
    static let maxTitleLength = 200

    private func firstLines(_ text: [Unicode.Scalar], count: Int) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var i = 0
        // Look no further than the first few thousand scalars: metadata lives at the top.
        let limit = min(text.count, 4096)
        while i < limit, lines.count < count {
            let c = text[i]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                let trimmed = trim(current)
                if !trimmed.isEmpty { lines.append(trimmed) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(c)
            }
            i += 1
        }
        let trimmed = trim(current)
        if lines.count < count, !trimmed.isEmpty { lines.append(trimmed) }
        return lines
    }

    private func trim(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var lo = 0, hi = line.count
        while lo < hi, SentenceSplitter.isSpace(line[lo]) { lo += 1 }
        while hi > lo, SentenceSplitter.isSpace(line[hi - 1]) { hi -= 1 }
        return Array(line[lo..<hi])
    }

    /// Drops Markdown heading marks, emphasis and blockquote marks.
    private func cleanTitle(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = line.filter { $0 != "*" && $0 != "_" }
        var lo = 0
        while lo < s.count, s[lo] == "#" || s[lo] == ">" || SentenceSplitter.isSpace(s[lo]) { lo += 1 }
        s = Array(s[lo...])
        return Array(trim(s).prefix(Self.maxTitleLength))
    }

    /// The first four-digit year 1949–2099 (ASCII or full-width digits) not inside a longer number.
    func year(in line: [Unicode.Scalar]) -> Int? {
        func digit(_ c: Unicode.Scalar) -> Int? {
            let v = c.value
            if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
            if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
            return nil
        }
        var i = 0
        while i < line.count {
            guard digit(line[i]) != nil else { i += 1; continue }
            var j = i
            var value = 0
            while j < line.count, let d = digit(line[j]) {
                value = value * 10 + d
                j += 1
                if j - i > 4 { break }
            }
            if j - i == 4, (1949...2099).contains(value), j >= line.count || digit(line[j]) == nil { return value }
            while j < line.count, digit(line[j]) != nil { j += 1 }
            i = j
        }
        return nil
    }

    /// “——2021年1月20日在…会议上”: a line that starts with a dash or names the meeting.
    func isDateline(_ line: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < line.count, line[i] == "#" || line[i] == " " || line[i] == "*" { i += 1 }
        if i < line.count, ["—", "─", "-", "–", "－"].contains(line[i]) { return true }
        return contains(line, "会议")
    }

    private func lastRegion(in line: [Unicode.Scalar]) -> String? {
        var found: String?
        var i = 0
        while i < line.count {
            if let match = longestRegion(in: line, at: i) {
                found = match.name
                i += match.length
            } else {
                i += 1
            }
        }
        return found
    }

    private func firstRegion(in line: [Unicode.Scalar]) -> String? {
        for i in line.indices {
            if let match = longestRegion(in: line, at: i) { return match.name }
        }
        return nil
    }

    private func longestRegion(in line: [Unicode.Scalar], at i: Int) -> (name: String, length: Int)? {
        var length = min(longestRegion, line.count - i)
        while length >= 2 {
            let candidate = String(String.UnicodeScalarView(line[i..<(i + length)]))
            if let full = regions[candidate] { return (full, length) }
            length -= 1
        }
        return nil
    }

    private func contains(_ line: [Unicode.Scalar], _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard w.count <= line.count else { return false }
        for i in 0...(line.count - w.count) where line[i] == w[0] {
            if Array(line[i..<(i + w.count)]) == w { return true }
        }
        return false
    }
}
