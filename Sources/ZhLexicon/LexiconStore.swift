import Foundation
import ZhText

/// Loads the compiled lexicon from its cache, building it first when needed.
///
/// The cache file is named by a hash of the lexicon format version and the *contents*
/// of every source (ICU's cjdict bytes, jieba's dict.txt, every list of Dictionaries/ — all are
/// compiled into the file —, each user dictionary), so a stale cache is impossible by construction: change any source
/// and the name changes. Files are written atomically (temporary file + rename), so
/// concurrent processes never read half a file. The cache lives in `$ZHMINE_CACHE_DIR`,
/// else `$XDG_CACHE_HOME/zhmine`, else `~/.cache/zhmine`.
///
/// ```swift
/// let lexicon = try LexiconStore(sources: .discover()).load()
/// ```
public struct LexiconStore: Sendable {
    public var sources: LexiconSources
    public var cacheDirectory: String

    public init(sources: LexiconSources = .discover(), cacheDirectory: String? = nil) {
        self.sources = sources
        self.cacheDirectory = cacheDirectory ?? Self.defaultCacheDirectory()
    }

    /// The compiled lexicon file `$ZHMINE_LEXICON` names (an installed binary's lexicon, built by
    /// `zhmine dict build --out`, lists included), used instead of the cache when set.
    public static func namedLexiconFile() -> String? {
        ProcessInfo.processInfo.environment["ZHMINE_LEXICON"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func defaultCacheDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["ZHMINE_CACHE_DIR"], !dir.isEmpty { return dir }
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/zhmine" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
        return home + "/.cache/zhmine"
    }

    /// The cache key: a hash of the format version and every source's contents.
    public func cacheKey() throws -> String {
        var hashes = SourceHashMemo(path: cacheDirectory + "/source-hashes")
        defer { hashes.save() }
        return try cacheKey(&hashes)
    }

    private func cacheKey(_ hashes: inout SourceHashMemo) throws -> String {
        var parts: [String] = ["v\(Lexicon.formatVersion)", "builder\(LexiconBuilder.revision)"]
        if sources.icu {
            parts.append("icu:\(ICUInfo.version):\(try hashes.icuDictionaryHash())")
        }
        var files: [(String, String)] = []
        if let jieba = sources.jiebaDictionary { files.append(("jieba", jieba)) }
        // Every list of Dictionaries/ is compiled into the file: a change to any one is a new lexicon.
        if let directory = sources.projectDirectory {
            for (name, _) in ProjectDictionaries.lists { files.append(("project:" + name, directory + "/" + name)) }
        }
        for path in sources.userDictionaries { files.append(("user", path)) }
        for (label, path) in files {
            parts.append("\(label):\(try hashes.contentHash(path))")
        }
        return String(ContentChecksum.hash(Array(parts.joined(separator: "\n").utf8)), radix: 16)
    }

    /// Path of the cache file for the current sources.
    public func cachePath() throws -> String {
        cacheDirectory + "/lexicon-\(try cacheKey()).zmlex"
    }

    /// The lexicon for the current sources: from the cache, or built (and cached) now. A lexicon
    /// with ICU's dictionary and no jieba's is weaker (PKU F1 0.821 against 0.872): the first load
    /// of one in a process says so once on stderr.
    ///
    /// The cache file's whole-content checksum is verified on its first open only: the memo of
    /// source hashes then remembers it as verified against its `stat` identity (device, inode,
    /// size, modification time), and later opens of the unchanged file check its header and
    /// bounds but do not read all of it (a tenth of a one-line `zhmine segment`).
    public func load() throws -> Lexicon {
        let lexicon = try loadOrBuild()
        if sources.icu, sources.jiebaDictionary == nil { Self.icuOnlyWarning.emit() }
        return lexicon
    }

    /// The warning of an ICU-only lexicon, printed at most once per process.
    static let icuOnlyWarning = OnceWarning(
        "zhmine: warning: the lexicon has ICU's dictionary without jieba's dict.txt (segmentation and entity recall are " +
        "lower); run scripts/setup.sh, install python3-jieba or name the file with ZHMINE_JIEBA_DICT")

    private func loadOrBuild() throws -> Lexicon {
        if let directory = sources.projectDirectory { try ProjectDictionaries.checkLists(in: directory) }
        var hashes = SourceHashMemo(path: cacheDirectory + "/source-hashes")
        defer { hashes.save() }
        let key = try cacheKey(&hashes)
        let path = cacheDirectory + "/lexicon-\(key).zmlex"
        if let identity = SourceHashMemo.identity(of: path) {
            let verified = hashes.isVerified(path, identity: identity)
            if let lexicon = try? Lexicon(path: path, verifyingChecksum: !verified) {
                if !verified { hashes.markVerified(path, identity: identity) }
                return lexicon
            }
        }
        // A damaged or missing cache file: build anew and replace it.
        var builder = LexiconBuilder(sources: sources)
        builder.cacheKey = key
        let bytes = try builder.build()
        if (try? Self.writeAtomically(bytes, to: path)) != nil, let lexicon = try? Lexicon(path: path) {
            if let identity = SourceHashMemo.identity(of: path) { hashes.markVerified(path, identity: identity) }
            return lexicon
        }
        // Unwritable cache: use the lexicon from memory (slower start next time).
        return try Lexicon(file: SectionedFile(bytes: bytes, expectedVersion: Lexicon.formatVersion,
                                               expectedKind: Lexicon.fileKind, name: "<built in memory>"))
    }

    /// Builds the lexicon and writes it to `path` (for `zhmine dict build --out`).
    public func build(to path: String) throws -> Lexicon {
        var builder = LexiconBuilder(sources: sources)
        builder.cacheKey = try cacheKey()
        try Self.writeAtomically(try builder.build(), to: path)
        return try Lexicon(path: path)
    }

    /// The content hash of a source file, read through a memory mapping (no copy).
    static func contentHash(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw WordListError(file: path, line: 0, problem: "cannot read (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw WordListError(file: path, line: 0, problem: "cannot read (\(String(cString: strerror(errno))))") }
        let size = Int(info.st_size)
        if size == 0 { return String(ContentChecksum.hash([UInt8]()), radix: 16) }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw WordListError(file: path, line: 0, problem: "cannot map (\(String(cString: strerror(errno))))")
        }
        defer { munmap(p, size) }
        return String(ContentChecksum.hash(UnsafeRawBufferPointer(start: p, count: size)), radix: 16)
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A name of its own per call: two threads or processes building the same lexicon must
        // never write into one file (a reader could map it while the other still writes).
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": code])
        }
    }
}

/// Finds ZhMine's own Dictionaries/ directory at run time.
///
/// Order: `$ZHMINE_DICTIONARIES`; then, walking up from the running executable (so a
/// binary in `.build/release/` finds the repository's copy), a `Dictionaries/` folder
/// or a `share/zhmine/Dictionaries/` folder (an installed layout) that holds README.md.
///
/// ```swift
/// ProjectDictionaries.locate()   // "/work/main/Dictionaries"
/// ```
public enum ProjectDictionaries {
    public static func locate() -> String? {
        let fm = FileManager.default
        if let dir = ProcessInfo.processInfo.environment["ZHMINE_DICTIONARIES"], !dir.isEmpty {
            return fm.fileExists(atPath: dir) ? dir : nil
        }
        var starts: [URL] = []
        if let exe = executablePath() { starts.append(URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())  // a source checkout
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                for candidate in [dir.appendingPathComponent("Dictionaries"),
                                  dir.appendingPathComponent("share/zhmine/Dictionaries")] {
                    if fm.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
                        return candidate.path
                    }
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// The running executable's path. On Linux from `/proc/self/exe` (Foundation's
    /// `Bundle.main` reads the executable's directory first: 6 % of a one-line `zhmine segment`).
    static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return Bundle.main.executablePath
    }

    /// Every list of Dictionaries/ and what it is for (the first line of each file says the same).
    /// The first three are lexicon words (``LexiconSources/projectLexiconFiles``); the others are
    /// read by the extractors.
    public static let lists: [(name: String, purpose: String)] = [
        ("regions.txt", "lexicon: administrative divisions and region names (ns)"),
        ("report-terms.txt", "lexicon: terms of work reports and plans"),
        ("units.txt", "lexicon: units of measure and classifiers (q)"),
        ("stopwords.txt", "keywords: words that are never keywords"),
        ("stopwords-boilerplate.txt", "keywords: boilerplate verbs and empty nouns, the optional second stop list"),
        ("surnames.txt", "entities: Chinese surnames"),
        ("titles.txt", "entities: titles and roles next to a name"),
        ("org-heads.txt", "entities: head words that end an organisation name"),
        ("facility-heads.txt", "entities: head words that end a facility, project or park name"),
        ("place-suffixes.txt", "entities: suffixes of township and village names"),
        ("organs.txt", "entities: party and state organs named without a place"),
        ("media.txt", "entities: news media"),
        ("world-organizations.txt", "entities: international organisations"),
        ("world-places.txt", "entities: foreign countries, world regions and cities"),
        ("place-abbreviations.txt", "entities: one-character abbreviations of provinces (川渝合作)"),
        ("country-abbreviations.txt", "entities: one-character abbreviations of China and foreign countries (中美关系)"),
        ("transliteration-chars.txt", "entities: characters of transcribed foreign names (基里延科)"),
        ("program-cues.txt", "entities: cues that make a quoted slogan a named programme"),
        ("indicator-synonyms.txt", "diff and panel: indicator synonym groups"),
        ("indicators.txt", "panel: the canonical indicators"),
    ]

    /// Checks that every list of ``lists`` is in `directory` and readable: a missing or unreadable
    /// list is an error naming the file, not an empty list.
    public static func checkLists(in directory: String) throws(WordListError) {
        for (name, _) in lists {
            let path = directory + "/" + name
            guard FileManager.default.isReadableFile(atPath: path) else {
                let problem = FileManager.default.fileExists(atPath: path) ? "cannot read the word list" : "word list missing"
                throw WordListError(file: path, line: 0, problem: problem)
            }
        }
    }
}

/// Remembers the content hash of each source file next to its `stat` identity (device,
/// inode, size, modification time in nanoseconds), the way git's index does, so that
/// start-up does not re-read jieba's 5 MB dictionary: a file whose identity changed is
/// hashed again. Stored as text lines `hash dev inode size mtime path` in the cache folder.
struct SourceHashMemo {
    let path: String
    private var entries: [String: (identity: String, hash: String)] = [:]
    private var changed = false

    init(path: String) {
        self.path = path
        // Split as bytes: one line per source, and 19 lists make it run at every start.
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let bytes = [UInt8](data)
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 5)
            guard fields.count == 6 else { continue }
            let identity = line[fields[1].startIndex..<fields[4].endIndex]
            entries[String(decoding: fields[5], as: UTF8.self)] = (String(decoding: identity, as: UTF8.self),
                                                                  String(decoding: fields[0], as: UTF8.self))
        }
    }

    /// A file's `stat` identity (device, inode, size, modification time), nil when it cannot be read.
    static func identity(of file: String) -> String? {
        var info = stat()
        guard stat(file, &info) == 0 else { return nil }
        return identity(info)
    }

    static func identity(_ info: stat) -> String {
        "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec)\(String(format: "%09ld", info.st_mtim.tv_nsec))"
    }

    /// Whether the compiled file at `file` was checksum-verified with this identity.
    func isVerified(_ file: String, identity: String) -> Bool {
        entries["verified@" + file].map { $0.identity == identity } ?? false
    }

    mutating func markVerified(_ file: String, identity: String) {
        entries["verified@" + file] = (identity, "checksum-ok")
        changed = true
    }

    mutating func contentHash(_ file: String) throws -> String {
        var info = stat()
        guard stat(file, &info) == 0 else {
            throw WordListError(file: file, line: 0, problem: "cannot read (\(String(cString: strerror(errno))))")
        }
        let identity = Self.identity(info)
        if let known = entries[file], known.identity == identity { return known.hash }
        let hash = try LexiconStore.contentHash(file)
        entries[file] = (identity, hash)
        changed = true
        return hash
    }

    /// The content hash of ICU's cjdict, remembered against the identity of the library
    /// file it is mapped from (hashed anew whenever that file changes or cannot be found).
    mutating func icuDictionaryHash() throws -> String {
        let compute = { () -> String in
            let f = ICUDictionary.fingerprint()
            return "\(f?.size ?? 0)-\(String(f?.hash ?? 0, radix: 16))"
        }
        guard let library = ICUDictionary.location() else { return compute() }
        var info = stat()
        guard stat(library, &info) == 0 else { return compute() }
        let key = "icu-cjdict@" + library
        let identity = Self.identity(info)
        if let known = entries[key], known.identity == identity { return known.hash }
        let hash = compute()
        entries[key] = (identity, hash)
        changed = true
        return hash
    }

    /// Writes the memo back when it changed (atomically; a failure only costs a re-hash).
    func save() {
        guard changed else { return }
        let text = entries.map { "\($0.value.hash) \($0.value.identity) \($0.key)" }.sorted().joined(separator: "\n") + "\n"
        try? LexiconStore.writeAtomically(Array(text.utf8), to: path)
    }
}

/// A line written to stderr the first time `emit()` is called in a process, never again.
final class OnceWarning: @unchecked Sendable {
    let message: String
    private let lock = NSLock()
    private(set) var emitted = false

    init(_ message: String) { self.message = message }

    func emit() {
        lock.lock()
        defer { lock.unlock() }
        guard !emitted else { return }
        emitted = true
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
