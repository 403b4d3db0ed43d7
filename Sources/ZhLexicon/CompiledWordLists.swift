import Foundation

/// The lists of Dictionaries/ as compiled into the lexicon file (section `LLST`), by list name:
/// an installed binary carries them in its lexicon and needs no Dictionaries/ folder.
///
/// Read from a Dictionaries/ folder when the lexicon is built (every list of
/// ``ProjectDictionaries/lists``; a missing or unreadable one is an error naming the file).
/// Opening a lexicon checks the section's layout (lengths in bounds, names UTF-8 and unique;
/// the file's checksum covers the bytes) and decodes a list's text only when it is asked for.
///
/// ```swift
/// let lists = try CompiledWordLists(directory: "Dictionaries")
/// lists.text("organs.txt")?.hasPrefix("# organs.txt — ")   // true
/// lexicon.wordLists.names                                  // ["country-abbreviations.txt", …]
/// ```
public struct CompiledWordLists: Sendable, Equatable {
    /// The section tag in the lexicon file.
    public static let tag = "LLST"
    /// No lists (a lexicon built without a Dictionaries/ folder).
    public static let empty = CompiledWordLists(texts: [:])

    /// The names of the lists, sorted.
    public var names: [String] { index.keys.sorted() }
    public var isEmpty: Bool { index.isEmpty }

    /// The text of list `name` (`organs.txt`) as it was when the lexicon was built; nil when the
    /// lexicon has no such list.
    public func text(_ name: String) -> String? {
        index[name].map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Lists from their texts, by name.
    public init(texts: [String: String]) {
        var out: [UInt8] = []
        func put(_ s: String) {
            let utf8 = Array(s.utf8)
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: utf8)
        }
        for name in texts.keys.sorted() {
            put(name)
            put(texts[name] ?? "")
        }
        bytes = out
        index = (try? Self.index(out, path: "<memory>")) ?? [:]
    }

    /// Reads every list of ``ProjectDictionaries/lists`` from `directory`.
    public init(directory: String) throws(WordListError) {
        try ProjectDictionaries.checkLists(in: directory)
        var texts: [String: String] = [:]
        for (name, _) in ProjectDictionaries.lists {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WordListError(file: path, line: 0, problem: "cannot read the word list")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw WordListError(file: path, line: 0, problem: "invalid UTF-8")
            }
            texts[name] = text
        }
        self.init(texts: texts)
    }

    // MARK: - Machinery

    /// The section: per list, in name order, the UTF-8 lengths (UInt32, little-endian) of its
    /// name and of its text, each followed by its bytes.
    private let bytes: [UInt8]
    /// List name → the range of its text in ``bytes``.
    private let index: [String: Range<Int>]

    /// The section's bytes as written.
    func encoded() -> [UInt8] { bytes }

    /// Reads a section; a length out of bounds, a name that is not UTF-8, empty or repeated is a
    /// format error.
    init(section: UnsafeRawBufferPointer, path: String) throws(FormatError) {
        let copy = Array(section)
        index = try Self.index(copy, path: path)
        bytes = copy
    }

    private static func index(_ bytes: [UInt8], path: String) throws(FormatError) -> [String: Range<Int>] {
        func malformed(_ reason: String) -> FormatError {
            FormatError.malformedSection(path: path, tag: tag, reason: reason)
        }
        var index: [String: Range<Int>] = [:]
        var at = 0
        func take() throws(FormatError) -> Range<Int> {
            guard at + 4 <= bytes.count else { throw malformed("truncated length at byte \(at)") }
            var length = 0
            for i in 0..<4 { length |= Int(bytes[at + i]) << (8 * i) }
            at += 4
            guard length <= bytes.count - at else { throw malformed("a string of \(length) bytes runs past the section") }
            defer { at += length }
            return at..<at + length
        }
        while at < bytes.count {
            let nameRange = try take()
            guard let name = String(validating: bytes[nameRange], as: UTF8.self), !name.isEmpty, index[name] == nil else {
                throw malformed("a list name at byte \(nameRange.lowerBound) is not UTF-8, empty or repeated")
            }
            index[name] = try take()
        }
        return index
    }
}
