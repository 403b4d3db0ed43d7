import ZhText
/// The readable text of an HTML page: tags dropped, `<script>`/`<style>` bodies and comments
/// removed, character references decoded, block elements (p, div, li, h1–h6, tr, br …) turned
/// into line breaks, runs of white space collapsed (except inside `<pre>`).
///
/// ```swift
/// let html = Array("<h1>株洲市政府工作报告</h1><p>GDP增长&nbsp;8%左右</p><script>x()</script>".unicodeScalars)
/// String(String.UnicodeScalarView(HTMLText.extract(html)))
/// // "株洲市政府工作报告\nGDP增长 8%左右\n"
/// ```
public enum HTMLText {
    public static func extract(_ html: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = Output()
        out.text.reserveCapacity(html.count / 2)
        var i = 0
        var preDepth = 0
        let n = html.count
        while i < n {
            let c = html[i]
            if c == "<" {
                if startsWith(html, at: i, "<!--") {
                    i = find(html, "-->", from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                guard let tag = Tag.parse(html, at: i) else {
                    out.append(c, pre: preDepth > 0)  // a literal '<' ("a < b")
                    i += 1
                    continue
                }
                i = tag.end
                if !tag.closing, rawTextElements.contains(tag.name) {
                    // Skip the body up to the matching end tag (or to the end of a truncated page).
                    i = findEndTag(html, tag.name, from: i) ?? n
                    continue
                }
                if tag.name == "pre" { preDepth = max(0, preDepth + (tag.closing ? -1 : 1)) }
                if tag.name == "br" {
                    out.lineBreak()
                } else if blockElements.contains(tag.name) {
                    out.blockBreak()
                } else if cellElements.contains(tag.name), !tag.closing {
                    out.cellBreak()
                }
                continue
            }
            if c == "&", let (scalars, length) = CharacterReferences.decode(html, at: i) {
                for s in scalars { out.append(s == "\u{A0}" ? " " : s, pre: preDepth > 0) }
                i += length
                continue
            }
            out.append(c, pre: preDepth > 0)
            i += 1
        }
        out.finish()
        return out.text
    }

    // MARK: - Machinery

    static let rawTextElements: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object"]
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
    ]
    static let cellElements: Set<String> = ["td", "th"]

    /// A start or end tag: its lower-cased name and where it ends.
    struct Tag {
        var name: String
        var closing: Bool
        var end: Int

        static func parse(_ s: [Unicode.Scalar], at start: Int) -> Tag? {
            var i = start + 1
            guard i < s.count else { return nil }
            if s[i] == "!" || s[i] == "?" {
                // <!DOCTYPE …>, <![CDATA[ … ]]>, <?xml …?>: no text of their own.
                return Tag(name: "!", closing: false, end: (HTMLText.find(s, ">", from: i).map { $0 + 1 }) ?? s.count)
            }
            var closing = false
            if s[i] == "/" { closing = true; i += 1 }
            var name = String.UnicodeScalarView()
            while i < s.count, isNameScalar(s[i]) {
                name.append(Unicode.Scalar(UInt8(truncatingIfNeeded: lowercased(s[i].value))))
                i += 1
            }
            guard !name.isEmpty else { return nil }
            // Attributes: skip to the closing '>' outside quotes.
            var quote: Unicode.Scalar?
            while i < s.count {
                let c = s[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    return Tag(name: String(name), closing: closing, end: i + 1)
                }
                i += 1
            }
            return Tag(name: String(name), closing: closing, end: s.count)
        }

        static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2D || v == 0x3A
        }

        static func lowercased(_ v: UInt32) -> UInt32 { (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v }
    }

    /// Accumulates text, collapsing white space and limiting blank lines to one.
    struct Output {
        var text: [Unicode.Scalar] = []
        var pendingSpace = false
        var newlines = 2  // at the start nothing needs separating

        mutating func append(_ c: Unicode.Scalar, pre: Bool) {
            if pre {
                if c == "\n" { lineBreak(); return }
                if c == "\r" { return }
                text.append(c)
                newlines = 0
                return
            }
            switch c {
            case " ", "\t", "\n", "\r", "\u{0C}":
                if newlines == 0 { pendingSpace = true }
            default:
                if pendingSpace { text.append(" ") }
                pendingSpace = false
                text.append(c)
                newlines = 0
            }
        }

        mutating func lineBreak() {
            pendingSpace = false
            text.append("\n")
            newlines += 1
        }

        mutating func blockBreak() {
            pendingSpace = false
            if newlines == 0 {
                text.append("\n")
                newlines = 1
            }
        }

        mutating func cellBreak() {
            if newlines == 0 {
                pendingSpace = false
                text.append("\t")
            }
        }

        mutating func finish() {
            while let last = text.last, last == " " || last == "\t" { text.removeLast() }
            if let last = text.last, last != "\n" { text.append("\n") }
        }
    }

    static func startsWith(_ s: [Unicode.Scalar], at i: Int, _ prefix: String) -> Bool {
        var j = i
        for p in prefix.unicodeScalars {
            guard j < s.count, s[j] == p else { return false }
            j += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        Occurrence.first(of: Array(needle.unicodeScalars), in: s, from: start)
    }

    /// The index just past `</name …>`, matching the name case-insensitively.
    static func findEndTag(_ s: [Unicode.Scalar], _ name: String, from start: Int) -> Int? {
        var i = start
        while let open = find(s, "</", from: i) {
            if let tag = Tag.parse(s, at: open), tag.closing, tag.name == name { return tag.end }
            i = open + 2
        }
        return nil
    }
}
