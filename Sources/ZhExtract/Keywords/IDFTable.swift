import Foundation

/// An IDF table read from a `word idf` file (jieba's idf.txt format; also the format of
/// a corpus table), held as one hash table over scalars: no `String` per line.
///
/// Format: UTF-8, one `word idf` pair per line separated by ASCII whitespace; blank
/// lines and lines starting with `#` are skipped; a later line for the same word wins.
/// `defaultIDF` is the median of the values (jieba's choice for unknown words).
///
/// ```swift
/// let table = try IDFTable(contentsOf: "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt")
/// table.count        // 270,131
/// table.idf("产业链")  // 8.1…
/// let corpus = IDFTable(entries: [("产业链", 2.3), ("株洲", 4.0)], name: "archive")
/// ```
public struct IDFTable: InverseDocumentFrequencies {
    public let name: String
    public let defaultIDF: Float
    private let words: ScalarTable
    private let values: [Float]

    /// Number of words.
    public var count: Int { words.count }

    /// Reads a table file.
    public init(contentsOf path: String) throws(IDFTableError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw IDFTableError(file: path, line: 0, problem: FileManager.default.fileExists(atPath: path)
                                ? "cannot read" : "no such file")
        }
        let result: Result<(ScalarTable, [Float]), IDFTableError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(IDFTableError) {
                return .success(try IDFTableParser.parse(bytes, name: path))
            } catch {
                return .failure(error)
            }
        }
        let (words, values) = try result.get()
        self.init(words: words, values: values, name: path)
    }

    /// Parses a table from bytes (`name` appears in error messages).
    public init(bytes: [UInt8], name: String) throws(IDFTableError) {
        let result: Result<(ScalarTable, [Float]), IDFTableError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(IDFTableError) {
                return .success(try IDFTableParser.parse(buffer, name: name))
            } catch {
                return .failure(error)
            }
        }
        let (words, values) = try result.get()
        self.init(words: words, values: values, name: name)
    }

    /// A table from computed pairs (e.g. document frequencies over an archive).
    public init(entries: [(word: String, idf: Float)], name: String) {
        var words = ScalarTable(capacity: entries.count)
        var values: [Float] = []
        values.reserveCapacity(entries.count)
        for (word, idf) in entries where idf.isFinite {
            let id = Array(word.unicodeScalars).withUnsafeBufferPointer { words.insert($0).id }
            if Int(id) < values.count { values[Int(id)] = idf } else { values.append(idf) }
        }
        self.init(words: words, values: values, name: name)
    }

    public func idf(of word: UnsafeBufferPointer<Unicode.Scalar>) -> Float? {
        words.find(word).map { values[Int($0)] }
    }

    // MARK: - Machinery

    private init(words: ScalarTable, values: [Float], name: String) {
        self.words = words
        self.values = values
        self.name = name
        self.defaultIDF = Self.median(values)
    }

    /// The median by quickselect (O(n); sorting 270k values would cost more than the parse).
    static func median(_ values: [Float]) -> Float {
        guard !values.isEmpty else { return 10 }
        var a = values
        let k = a.count / 2
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let pivot = a[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return a[k]
    }
}

/// A malformed IDF table, reported as `file:line: problem` (line 0: the file as a whole).
///
/// ```swift
/// IDFTableError(file: "idf.txt", line: 3, problem: "bad IDF value 'x'").description   // "idf.txt:3: bad IDF value 'x'"
/// ```
public struct IDFTableError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var problem: String
    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}

/// One pass over the bytes: split lines and fields, decode the word's UTF-8 into a
/// reused scalar buffer, parse the number by hand.
enum IDFTableParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(IDFTableError) -> (ScalarTable, [Float]) {
        let n = bytes.count
        var words = ScalarTable(capacity: max(64, n / 20))
        var values: [Float] = []
        values.reserveCapacity(n / 20)
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(64)
        var pos = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
        var lineNumber = 0
        while pos < n {
            lineNumber += 1
            var end = pos
            while end < n, bytes[end] != 0x0A { end += 1 }
            let lineEnd = end
            defer { pos = lineEnd + 1 }
            var i = pos
            while i < lineEnd, isSpace(bytes[i]) { i += 1 }
            if i == lineEnd || bytes[i] == UInt8(ascii: "#") { continue }
            let wordStart = i
            while i < lineEnd, !isSpace(bytes[i]) { i += 1 }
            let wordEnd = i
            while i < lineEnd, isSpace(bytes[i]) { i += 1 }
            let numberStart = i
            while i < lineEnd, !isSpace(bytes[i]) { i += 1 }
            let numberEnd = i
            while i < lineEnd, isSpace(bytes[i]) { i += 1 }
            guard numberStart < numberEnd, i == lineEnd else {
                throw IDFTableError(file: name, line: lineNumber, problem: "expected 'word idf'")
            }
            guard let value = parseNumber(bytes, numberStart..<numberEnd) else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<numberEnd]), as: UTF8.self)
                throw IDFTableError(file: name, line: lineNumber, problem: "bad IDF value '\(text)'")
            }
            word.removeAll(keepingCapacity: true)
            guard decodeUTF8(bytes, wordStart..<wordEnd, into: &word) else {
                throw IDFTableError(file: name, line: lineNumber, problem: "invalid UTF-8")
            }
            let id = word.withUnsafeBufferPointer { words.insert($0).id }
            if Int(id) < values.count { values[Int(id)] = value } else { values.append(value) }
        }
        return (words, values)
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }

    /// `[+]digits[.digits]`, by hand; anything else (exponents, inf, nan) through strtod,
    /// and only finite, non-negative results count.
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Float? {
        var i = range.lowerBound
        if bytes[i] == UInt8(ascii: "+") { i += 1 }
        var integer: UInt64 = 0, fraction: UInt64 = 0, scale: Double = 1
        var digits = 0, simple = true
        while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
            integer = integer * 10 + UInt64(bytes[i] - 0x30); i += 1; digits += 1
        }
        if i < range.upperBound, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var fractionDigits = 0
            while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                if fractionDigits < 15 { fraction = fraction * 10 + UInt64(bytes[i] - 0x30); scale *= 10; fractionDigits += 1 }
                i += 1; digits += 1
            }
        }
        if i != range.upperBound || digits == 0 { simple = false }
        if simple { return Float(Double(integer) + Double(fraction) / scale) }
        // The rare other spelling: a C string for strtod.
        var text = Array(bytes[range])
        text.append(0)
        var endPointer: UnsafeMutablePointer<CChar>?
        let value = text.withUnsafeBufferPointer { buffer -> Double? in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return nil }
                let v = strtod(base, &endPointer)
                return endPointer == UnsafeMutablePointer(mutating: base + range.count) ? v : nil
            }
        }
        guard let value, value.isFinite, value >= 0 else { return nil }
        return Float(value)
    }

    /// Strict UTF-8 (no overlongs, no surrogates).
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Unicode.Scalar]) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b0 = UInt32(bytes[i])
            var value: UInt32
            var extra: Int
            var minimum: UInt32
            switch b0 {
            case 0..<0x80: out.append(Unicode.Scalar(UInt8(b0))); i += 1; continue
            case 0xC2..<0xE0: value = b0 & 0x1F; extra = 1; minimum = 0x80
            case 0xE0..<0xF0: value = b0 & 0x0F; extra = 2; minimum = 0x800
            case 0xF0..<0xF5: value = b0 & 0x07; extra = 3; minimum = 0x10000
            default: return false
            }
            guard i + extra < end else { return false }
            for k in 1...extra {
                let b = UInt32(bytes[i + k])
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | (b & 0x3F)
            }
            guard value >= minimum, let scalar = Unicode.Scalar(value) else { return false }
            out.append(scalar)
            i += extra + 1
        }
        return true
    }
}
