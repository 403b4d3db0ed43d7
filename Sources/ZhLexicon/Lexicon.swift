import Foundation

/// Where a lexicon word came from; a word may come from several sources.
///
/// ```swift
/// let sources: LexiconSourceSet = [.icu, .jieba]
/// sources.names   // ["icu", "jieba"]
/// ```
public struct LexiconSourceSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let icu = LexiconSourceSet(rawValue: 1 << 0)
    public static let jieba = LexiconSourceSet(rawValue: 1 << 1)
    public static let project = LexiconSourceSet(rawValue: 1 << 2)
    public static let user = LexiconSourceSet(rawValue: 1 << 3)

    public var names: [String] {
        [(Self.icu, "icu"), (.jieba, "jieba"), (.project, "project"), (.user, "user")]
            .filter { contains($0.0) }.map(\.1)
    }
}

/// What the lexicon knows about one word.
///
/// ```swift
/// lexicon.lookup("株洲")   // LexiconEntry(cost: 11.2, pos: "ns", sources: [.jieba, .project], forced: false)
/// ```
public struct LexiconEntry: Sendable, Equatable {
    /// −ln p: the word's cost in a best-path search (lower is more frequent).
    public var cost: Float
    /// Part of speech in the jieba/ICTCLAS tag set, when a source gives one.
    public var pos: String?
    public var sources: LexiconSourceSet
    /// A user dictionary forces this word: the segmenter never splits it.
    public var forced: Bool
}

/// The compiled lexicon: a double-array trie from words to entries, memory-mapped.
///
/// Built by ``LexiconBuilder`` from ICU's cjdict, jieba's dict.txt, ZhMine's
/// Dictionaries/ and user dictionaries, with every list of Dictionaries/ compiled in
/// (``wordLists``); loaded in O(1) from its file and shared
/// (immutable, `Sendable`) by every thread.
///
/// ```swift
/// let lexicon = try LexiconStore().load()          // built once, then cached
/// lexicon.lookup("规模以上工业增加值")?.pos           // "n"
/// text.withUnsafeBufferPointer { buffer in
///     lexicon.trie.forEachPrefix(in: buffer, from: 0, maxLength: 16) { length, value in
///         print(length, lexicon.cost(value))
///     }
/// }
/// ```
// @unchecked: the buffers view the read-only mapping that `file` owns and keeps alive.
public struct Lexicon: @unchecked Sendable {
    /// Payload version of a lexicon file (the trie's own version is folded in).
    public static let formatVersion: UInt32 = 0x0003_0000 | DoubleArrayTrie.formatVersion
    public static let fileKind = "LEXI"

    /// Words → entry index.
    public let trie: DoubleArrayTrie
    /// Facts about the build: sources, counts, calibration.
    public let info: LexiconInfo
    /// The lists of Dictionaries/ compiled into the file (none when it was built without them).
    public let wordLists: CompiledWordLists
    /// Number of words.
    public var count: Int { trie.count }
    /// A cost for a character no source knows (above every word's cost).
    public var unknownCost: Float { info.unknownCost }

    private let file: SectionedFile
    private let costs: UnsafeBufferPointer<Float32>
    private let posCodes: UnsafeBufferPointer<UInt8>
    private let flags: UnsafeBufferPointer<UInt8>
    private let freedom: UnsafeBufferPointer<UInt8>
    private let givenOdds: UnsafeBufferPointer<UInt8>
    /// POS tag names; index 0 is "no tag".
    public let posNames: [String]

    /// Opens a compiled lexicon file (validated: header, sections, checksum, sizes).
    /// Opens a compiled lexicon (`verifyingChecksum`: see ``SectionedFile/init(path:expectedVersion:expectedKind:verifyingChecksum:)``).
    public init(path: String, verifyingChecksum: Bool = true) throws(FormatError) {
        try self.init(file: SectionedFile(path: path, expectedVersion: Self.formatVersion, expectedKind: Self.fileKind,
                                          verifyingChecksum: verifyingChecksum),
                      checkingRecords: verifyingChecksum)
    }

    /// Opens the lexicon sections of `file`. `checkingRecords` also checks every entry's POS code against
    /// the POS names (one pass over the entries, ~475 000 and their pages on the default lexicon); a file
    /// already verified whole skips it, and an out-of-range code reads as no POS (``posCode(_:)``'s users check).
    public init(file: SectionedFile, checkingRecords: Bool = true) throws(FormatError) {
        self.file = file
        self.trie = try DoubleArrayTrie(file: file)
        let n = trie.count
        let costBytes = try file.requiredSection("LCST")
        let posBytes = try file.requiredSection("LPOS")
        let flagBytes = try file.requiredSection("LFLG")
        let nameBytes = try file.requiredSection("LPNM")
        let freedomBytes = try file.requiredSection("LFRE")
        let givenBytes = try file.requiredSection("LGIV")
        let infoBytes = try file.requiredSection("LINF")
        guard costBytes.count == n * 4, posBytes.count == n, flagBytes.count == n, freedomBytes.count == 65536, givenBytes.count == 65536 else {
            throw FormatError.malformedSection(path: file.path, tag: "LCST", reason: "record tables do not match the key count \(n)")
        }
        costs = costBytes.bindMemory(to: Float32.self)
        posCodes = posBytes.bindMemory(to: UInt8.self)
        flags = flagBytes.bindMemory(to: UInt8.self)
        freedom = freedomBytes.bindMemory(to: UInt8.self)
        givenOdds = givenBytes.bindMemory(to: UInt8.self)
        posNames = String(decoding: nameBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let decoded = try? JSONDecoder().decode(LexiconInfo.self, from: Data(infoBytes)) else {
            throw FormatError.malformedSection(path: file.path, tag: "LINF", reason: "unreadable build information")
        }
        info = decoded
        wordLists = try CompiledWordLists(section: try file.requiredSection(CompiledWordLists.tag), path: file.path)
        if checkingRecords, let code = posCodes.first(where: { Int($0) >= posNames.count }) {
            throw FormatError.malformedSection(path: file.path, tag: "LPOS", reason: "POS code \(code) out of range")
        }
    }

    /// The cost of entry `value` (a trie value). Out-of-range values cost `unknownCost`.
    @inline(__always)
    public func cost(_ value: UInt32) -> Float {
        let i = Int(value)
        return i < costs.count ? costs[i] : unknownCost
    }

    /// The POS code of entry `value` (an index into ``posNames``; 0 = none).
    @inline(__always)
    public func posCode(_ value: UInt32) -> UInt8 {
        let i = Int(value)
        return i < posCodes.count ? posCodes[i] : 0
    }

    @inline(__always)
    public func isForced(_ value: UInt32) -> Bool {
        let i = Int(value)
        return i < flags.count && flags[i] & LexiconBuilder.forcedFlag != 0
    }

    /// How freely character `c` stands alone as a word, 0 (always bound inside words,
    /// like 泽 or 琦) … 255 (a word of its own, like 的; also characters the lexicon lacks).
    @inline(__always)
    public func characterFreedom(_ c: Unicode.Scalar) -> UInt8 {
        let v = Int(c.value)
        return v < freedom.count ? freedom[v] : 255
    }

    /// How much likelier character `c` is in a personal given name than in ordinary words:
    /// 128 + 16·ln(odds) from the lexicon's person-tagged words (伟, 琦 high; 的, 们 low),
    /// 0 for a character never seen in a given name (``LexiconBuilder/givenNameOdds``).
    @inline(__always)
    public func givenNameOdds(_ c: Unicode.Scalar) -> UInt8 {
        let v = Int(c.value)
        return v < givenOdds.count ? givenOdds[v] : 0
    }

    public func entry(_ value: UInt32) -> LexiconEntry? {
        let i = Int(value)
        guard i < costs.count else { return nil }
        let code = Int(posCodes[i])
        return LexiconEntry(cost: costs[i], pos: code > 0 && code < posNames.count ? posNames[code] : nil,
                            sources: LexiconSourceSet(rawValue: flags[i] & 0x0F),
                            forced: flags[i] & LexiconBuilder.forcedFlag != 0)
    }

    public func lookup(_ word: String) -> LexiconEntry? {
        trie.exactMatch(word.unicodeScalars).flatMap(entry)
    }

    /// The POS code for a tag name, if the lexicon has it.
    public func posCode(named name: String) -> UInt8? {
        posNames.firstIndex(of: name).map { UInt8($0) }
    }

    /// Bytes of the mapped file.
    public var byteSize: Int { file.byteCount }
    public var path: String { file.path }
}

/// Facts recorded when a lexicon is built (kept in the file, shown by `zhmine dict stats`).
public struct LexiconInfo: Codable, Sendable, Equatable {
    public struct Source: Codable, Sendable, Equatable {
        public var name: String
        public var path: String?
        /// Entries read from this source.
        public var entries: Int
        /// Words that no earlier source had.
        public var newWords: Int
        public var contentHash: String
    }
    public var sources: [Source]
    public var words: Int
    public var buildSeconds: Double
    /// ICU cost → ln p calibration: ln p = intercept + slope × cost.
    public var icuIntercept: Double
    public var icuSlope: Double
    public var icuCalibrationPairs: Int
    /// ln of the total frequency that jieba-scale counts are divided by.
    public var logTotal: Double
    public var unknownCost: Float
    public var cacheKey: String
}
