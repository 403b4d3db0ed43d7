// Latin words, URLs and e-mail addresses.

extension AtomScan {
    /// At a Latin letter: a URL (`https://…`, `www.…`), an e-mail address, or a Latin word.
    mutating func scanLetterStart(_ i: Int) -> Int {
        if let prefix = urlPrefixLength(i) {
            let end = urlEnd(i, prefix: prefix)
            emit(i, end, .url)
            return end
        }
        if let end = emailEnd(startingAt: i) {
            emit(i, end, .email)
            return end
        }
        return scanLatin(i)
    }

    /// Letters and digits with inner joiners (`COVID-19`, `PM2.5`, `R&D`, `people.com.cn`).
    /// A dotted word whose last label is 2–6 letters is a bare domain, hence a URL.
    mutating func scanLatin(_ i: Int) -> Int {
        var j = i
        var dots = 0
        var labelStart = i
        while true {
            while j < n, cls(j) == .latin || cls(j) == .digit { j += 1 }
            guard j + 1 < n, Self.isWordJoiner(value(j)) else { break }
            let next = cls(j + 1)
            guard next == .latin || next == .digit else { break }
            if Glyph.isDecimalPoint(value(j)) {
                dots += 1
                labelStart = j + 1
            }
            j += 1
        }
        var kind = AtomKind.latin
        if dots > 0, cls(i) == .latin, (2...6).contains(j - labelStart) {
            var lettersOnly = true
            for k in labelStart..<j where cls(k) != .latin { lettersOnly = false; break }
            if lettersOnly { kind = .url }
        }
        emit(i, j, kind)
        return j
    }

    @inline(__always) static func isWordJoiner(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2E || v == 0x5F || v == 0x27 || v == 0x26 || v == 0xFF0D || v == 0xFF0E
    }

    /// Length of `http://`, `https://`, `ftp://` or `www.` at `i` (ASCII, any case).
    func urlPrefixLength(_ i: Int) -> Int? {
        for prefix in Self.urlPrefixes where i + prefix.count < n {
            var matches = true
            for (k, c) in prefix.enumerated() {
                var v = value(i + k)
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if v != c { matches = false; break }
            }
            if matches, isURLChar(value(i + prefix.count)) { return prefix.count }
        }
        return nil
    }

    private static let urlPrefixes: [[UInt32]] = ["https://", "http://", "ftp://", "www."].map {
        $0.unicodeScalars.map(\.value)
    }

    /// The URL runs over printable ASCII; trailing sentence punctuation is not part of it.
    func urlEnd(_ i: Int, prefix: Int) -> Int {
        var j = i + prefix
        var opens = 0
        while j < n, isURLChar(value(j)) {
            if value(j) == 0x28 { opens += 1 }
            j += 1
        }
        while j > i + prefix {
            let last = value(j - 1)
            let trailing = last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21
                || last == 0x3F || last == 0x27 || last == 0x22 || (last == 0x29 && opens == 0)
                || last == 0x5D || last == 0x7D
            guard trailing else { break }
            j -= 1
        }
        return j
    }

    @inline(__always) func isURLChar(_ v: UInt32) -> Bool {
        guard v > 0x20, v < 0x7F else { return false }
        switch v {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false  // " < > \ ^ ` { | }
        default: return true
        }
    }

    /// `local@domain.tld` starting at `i`, where `i` begins a run of local-part scalars.
    /// The run and a rejected `@` are cached so that every scalar is examined a bounded
    /// number of times however the text is built.
    mutating func emailEnd(startingAt i: Int) -> Int? {
        if i >= localRunEnd {
            var e = i
            while e < n, isLocalPartChar(e) { e += 1 }
            localRunEnd = e
        }
        let at = localRunEnd
        guard at > i, at + 1 < n, Glyph.isAt(value(at)), at != rejectedAt else { return nil }
        var k = at + 1
        var labels = 0
        var lastLabelStart = k
        while true {
            let labelStart = k
            while k < n, cls(k) == .latin || cls(k) == .digit || Glyph.isHyphen(value(k)) { k += 1 }
            if k == labelStart { break }
            labels += 1
            lastLabelStart = labelStart
            guard k + 1 < n, Glyph.isDecimalPoint(value(k)), cls(k + 1) == .latin || cls(k + 1) == .digit else { break }
            k += 1
        }
        var lettersOnly = k - lastLabelStart >= 2
        if lettersOnly {
            for m in lastLabelStart..<k where cls(m) != .latin { lettersOnly = false; break }
        }
        if labels >= 2, lettersOnly, cls(i) != .punct {
            return k
        }
        rejectedAt = at
        return nil
    }

    @inline(__always) func isLocalPartChar(_ k: Int) -> Bool {
        let c = cls(k)
        if c == .latin || c == .digit { return true }
        let v = value(k)
        return v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D || v == 0xFF0E || v == 0xFF0D
    }
}
