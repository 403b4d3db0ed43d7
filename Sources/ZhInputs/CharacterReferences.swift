/// Decodes HTML/XML character references: `&amp;`, `&#8220;`, `&#x4E2D;` and the named ones
/// that appear in Chinese government pages (`&nbsp;`, `&ldquo;`, `&mdash;`, `&middot;` …).
///
/// ```swift
/// let s = Array("&ldquo;十四五&rdquo;&#x89C4;划".unicodeScalars)
/// CharacterReferences.decode(s, at: 0)   // (“ , 7): the scalar and how many scalars were read
/// ```
public enum CharacterReferences {
    /// The reference starting at `text[at]` (which must be `&`): its scalar(s) and length, or nil
    /// when this `&` does not start a reference (then it is a literal ampersand).
    public static func decode(_ text: [Unicode.Scalar], at start: Int) -> (String.UnicodeScalarView, Int)? {
        guard start < text.count, text[start] == "&" else { return nil }
        var end = start + 1
        let limit = min(text.count, start + 34)
        while end < limit, text[end] != ";" {
            let v = text[end].value
            let isNameChar = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x23
            if !isNameChar { return nil }
            end += 1
        }
        guard end < limit, text[end] == ";", end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(text[(start + 1)..<end]))
        let length = end + 1 - start
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            // NUL, surrogates and out-of-range values become U+FFFD, as browsers do.
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (String.UnicodeScalarView([scalar]), length)
        }
        guard let named = named[body] else { return nil }
        return (named.unicodeScalars, length)
    }

    // MARK: - Machinery

    /// The named references seen in real pages; unknown names are left as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "zwnj": "", "zwj": "", "shy": "",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bdquo": "„", "sbquo": "‚",
        "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "bull": "•", "prime": "′", "Prime": "″",
        "times": "×", "divide": "÷", "plusmn": "±", "deg": "°", "permil": "‰", "micro": "µ",
        "sup1": "¹", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "minus": "−", "radic": "√", "infin": "∞",
        "copy": "©", "reg": "®", "trade": "™", "sect": "§", "para": "¶",
        "yen": "¥", "cent": "¢", "pound": "£", "euro": "€",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "pi": "π", "sigma": "σ",
    ]
}
