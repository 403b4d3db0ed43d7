import Foundation

/// One line of a jieba-format word list: `word [freq|force] [pos]`.
///
/// ```swift
/// let entries = try WordListFile.parse(contentsOf: "Dictionaries/regions.txt")
/// entries.first   // WordListEntry(word: "北京市", frequency: 3000, pos: "ns", forced: false, line: 3)
/// ```
public struct WordListEntry: Sendable, Equatable {
    public var word: String
    /// The count on jieba's scale; nil when the line gives none.
    public var frequency: Int?
    public var pos: String?
    /// `force` instead of a frequency: the word is never split.
    public var forced: Bool
    /// 1-based line number in its file.
    public var line: Int
}

/// A malformed word-list line, reported as `file:line: problem`.
public struct WordListError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var problem: String
    public var description: String { "\(file):\(line): \(problem)" }
}

/// Parses jieba-format word lists (ZhMine's Dictionaries/, jieba's dict.txt, user dictionaries).
///
/// Format, one entry per line, UTF-8: `word [freq|force] [pos]`, whitespace-separated.
/// `#` at the start of a line begins a comment; blank lines are skipped; a UTF-8 BOM is
/// ignored. The second field is a non-negative integer frequency, the word `force`, or —
/// when it is not a number — a POS tag (jieba accepts `word pos`). Anything else is an
/// error naming the file and line.
///
/// ```swift
/// let entries = try WordListFile.parse(Array("株洲 3000 ns\n长株潭新城 force ns\n".utf8), name: "user.txt")
/// ```
public enum WordListFile {
    public static func parse(contentsOf path: String) throws -> [WordListEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw WordListError(file: path, line: 0, problem: "cannot read (\(error.localizedDescription))")
        }
        return try data.withUnsafeBytes { raw in
            try parse(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count), name: path)
        }
    }

    public static func parse(_ bytes: [UInt8], name: String) throws -> [WordListEntry] {
        try bytes.withUnsafeBufferPointer { try parse($0, name: name) }
    }

    /// Calls `body` for every entry without building an array (the 349k-line jieba file).
    public static func forEachEntry(_ bytes: UnsafeBufferPointer<UInt8>, name: String,
                                    _ body: (WordListEntry) throws -> Void) throws {
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < n {
            lineNumber += 1
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            if let entry = try parseLine(line, name: name, lineNumber: lineNumber) { try body(entry) }
        }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> [WordListEntry] {
        var result: [WordListEntry] = []
        try forEachEntry(bytes, name: name) { result.append($0) }
        return result
    }

    static func parseLine(_ line: UnsafeBufferPointer<UInt8>, name: String, lineNumber: Int) throws -> WordListEntry? {
        // Split on ASCII whitespace (and a trailing CR).
        var fields: [Range<Int>] = []
        var i = 0
        let n = line.count
        while i < n {
            while i < n, isSpace(line[i]) { i += 1 }
            if i >= n { break }
            let s = i
            while i < n, !isSpace(line[i]) { i += 1 }
            fields.append(s..<i)
        }
        guard let first = fields.first else { return nil }
        if line[first.lowerBound] == UInt8(ascii: "#") { return nil }
        guard fields.count <= 3 else {
            throw WordListError(file: name, line: lineNumber, problem: "expected 'word [freq|force] [pos]', found \(fields.count) fields")
        }
        guard let word = String(validating: line[first], as: UTF8.self) else {
            throw WordListError(file: name, line: lineNumber, problem: "invalid UTF-8")
        }
        var entry = WordListEntry(word: word, frequency: nil, pos: nil, forced: false, line: lineNumber)
        if fields.count >= 2 {
            let second = line[fields[1]]
            if let value = parseCount(second) {
                entry.frequency = value
            } else if second.elementsEqual("force".utf8) {
                entry.forced = true
            } else if fields.count == 2, isPOS(second) {
                entry.pos = String(decoding: second, as: UTF8.self)
            } else {
                throw WordListError(file: name, line: lineNumber,
                                    problem: "bad frequency '\(String(decoding: second, as: UTF8.self))' (want a non-negative integer or 'force')")
            }
        }
        if fields.count == 3 {
            let third = line[fields[2]]
            guard isPOS(third) else {
                throw WordListError(file: name, line: lineNumber, problem: "bad POS tag '\(String(decoding: third, as: UTF8.self))'")
            }
            entry.pos = String(decoding: third, as: UTF8.self)
        }
        return entry
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }

    static func parseCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var value = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// POS tags are short ASCII letters (n, ns, vn, eng, nrfg…).
    static func isPOS(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 8 else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
    }
}
