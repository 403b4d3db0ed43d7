import Foundation
import ZhText

/// Which sources go into a lexicon. Precedence, lowest first: ICU's cjdict, jieba's
/// dict.txt, ZhMine's Dictionaries/, user dictionaries. A later source sets the POS and
/// may raise, never lower, a word's frequency; `force` in a user dictionary pins a word.
///
/// ```swift
/// var sources = LexiconSources.discover()
/// sources.userDictionaries = ["my-words.txt"]
/// ```
public struct LexiconSources: Sendable, Equatable {
    /// Use ICU's CJK dictionary (always present with libicu).
    public var icu: Bool = true
    /// jieba's dict.txt, when installed (Debian's python3-jieba, or the copy scripts/setup.sh takes
    /// from PyPI) or named.
    public var jiebaDictionary: String?
    /// ZhMine's Dictionaries/ directory.
    public var projectDirectory: String?
    /// User dictionaries, in order (later ones win).
    public var userDictionaries: [String] = []

    public init(icu: Bool = true, jiebaDictionary: String? = nil, projectDirectory: String? = nil, userDictionaries: [String] = []) {
        self.icu = icu
        self.jiebaDictionary = jiebaDictionary
        self.projectDirectory = projectDirectory
        self.userDictionaries = userDictionaries
    }

    /// Where Debian's python3-jieba (and the pip package on Debian's python) put jieba's package.
    public static let systemJiebaDirectories = [
        "/usr/lib/python3/dist-packages/jieba",
        "/usr/local/lib/python3/dist-packages/jieba",
    ]

    /// Where jieba's data files are looked for, in order: the system package, then the copy that
    /// scripts/setup.sh takes out of jieba's PyPI source package where apt cannot install it
    /// (`$ZHMINE_JIEBA_HOME`, else `$XDG_DATA_HOME/zhmine/jieba`, else `~/.local/share/zhmine/jieba`),
    /// laid out as in the package: `dict.txt`, `analyse/idf.txt`.
    public static func jiebaDirectories() -> [String] {
        let env = ProcessInfo.processInfo.environment
        if let home = env["ZHMINE_JIEBA_HOME"], !home.isEmpty { return systemJiebaDirectories + [home] }
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (env["HOME"] ?? "") + "/.local/share"
        return systemJiebaDirectories + [data + "/zhmine/jieba"]
    }

    /// The first readable `relativePath` (`dict.txt`, `analyse/idf.txt`) under `directories`.
    public static func jiebaFile(_ relativePath: String, in directories: [String] = jiebaDirectories()) -> String? {
        directories.lazy.map { $0 + "/" + relativePath }.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// The Dictionaries/ files that hold lexicon words (jieba format); the other files there
    /// are lists for the extractors.
    public static let projectLexiconFiles = ["regions.txt", "report-terms.txt", "units.txt"]

    /// Defaults: ICU; jieba's dict.txt if `ZHMINE_JIEBA_DICT` names it (empty: none), else the first
    /// found in `jiebaDirectories`; the project's Dictionaries/ found by ``ProjectDictionaries/locate()``.
    public static func discover(jiebaDirectories: [String] = jiebaDirectories()) -> LexiconSources {
        let env = ProcessInfo.processInfo.environment
        var jieba: String?
        if let named = env["ZHMINE_JIEBA_DICT"] {
            jieba = named.isEmpty ? nil : named
        } else {
            jieba = jiebaFile("dict.txt", in: jiebaDirectories)
        }
        return LexiconSources(icu: true, jiebaDictionary: jieba, projectDirectory: ProjectDictionaries.locate())
    }

    /// One line naming the sources, as `zhmine --version` prints it:
    /// `ICU cjdict + jieba /usr/lib/python3/dist-packages/jieba/dict.txt + Dictionaries/ /work/main/Dictionaries`.
    public var summary: String {
        var parts: [String] = []
        if icu { parts.append("ICU cjdict") }
        parts.append(jiebaDictionary.map { "jieba \($0)" } ?? "no jieba dict.txt")
        parts.append(projectDirectory.map { "Dictionaries/ \($0)" } ?? "no Dictionaries/")
        parts += userDictionaries.map { "user \($0)" }
        return parts.joined(separator: " + ")
    }

    /// The project files that exist, in load order.
    var projectFiles: [String] {
        guard let dir = projectDirectory else { return [] }
        return Self.projectLexiconFiles.map { dir + "/" + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}

/// Builds a ``Lexicon`` file from its sources.
///
/// ICU's costs are turned into log-probabilities by a least-squares fit of jieba's
/// ln(freq/total) on ICU's cost over the words both know (ln p ≈ a + b·cost); without
/// jieba the fit measured on ICU 72 + jieba 0.42.1 is used. jieba-scale counts become
/// ln p = ln(max(freq, 1)) − ln(total), total being jieba's sum of counts (or its
/// measured value when jieba is absent). The cost is −ln p.
///
/// ```swift
/// let bytes = try LexiconBuilder(sources: .discover()).build()
/// let lexicon = try Lexicon(file: SectionedFile(bytes: bytes, expectedVersion: Lexicon.formatVersion))
/// ```
public struct LexiconBuilder {
    public var sources: LexiconSources
    /// Recorded in the file for `zhmine dict stats`.
    public var cacheKey = ""

    /// Bumped whenever the build rules change, so that cached lexicons built by older rules
    /// are never reused (it is part of the cache key).
    public static let revision = 5

    static let forcedFlag: UInt8 = 1 << 7
    /// Measured on this project's reference machine (ICU 72.1 cjdict vs jieba 0.42.1 dict.txt).
    static let defaultICUIntercept = -6.676
    static let defaultICUSlope = -0.0662
    static let defaultLogTotal = log(60_101_967.0)
    /// Frequency of a word a project dictionary lists bare (no frequency) and no other source knows.
    static let bareProjectFrequency = 3
    /// Frequency given to user words that state none.
    static let defaultUserFrequency = 300

    public init(sources: LexiconSources) {
        self.sources = sources
    }

    private struct Accumulated {
        var frequency: Int?
        var icuCost: Int?
        var pos: String?
        var sources: LexiconSourceSet = []
        var forced = false
    }

    /// Builds the lexicon file's bytes.
    public func build() throws -> [UInt8] {
        let started = Date()
        var words: [String: Accumulated] = [:]
        words.reserveCapacity(700_000)
        var infos: [LexiconInfo.Source] = []

        if sources.icu {
            var entries = 0
            let fingerprint = ICUDictionary.fingerprint()
            ICUDictionary.forEachWord { scalars, cost in
                entries += 1
                let word = String(scalars: scalars)
                words[word, default: Accumulated()].icuCost = cost
                words[word, default: Accumulated()].sources.insert(.icu)
            }
            infos.append(.init(name: "icu", path: "cjdict (ICU \(ICUInfo.version), data \(ICUInfo.dataVersion))",
                               entries: entries, newWords: words.count,
                               contentHash: fingerprint.map { String($0.hash, radix: 16) } ?? ""))
        }

        var jiebaTotal = 0
        if let path = sources.jiebaDictionary {
            let before = words.count
            let (entries, hash) = try Self.readWordList(path) { entry in
                jiebaTotal += entry.frequency ?? 0
                var a = words[entry.word, default: Accumulated()]
                a.frequency = entry.frequency ?? a.frequency
                if let pos = entry.pos { a.pos = pos }
                a.sources.insert(.jieba)
                words[entry.word] = a
            }
            infos.append(.init(name: "jieba", path: path, entries: entries, newWords: words.count - before, contentHash: hash))
        }
        for path in sources.projectFiles {
            let before = words.count
            let (entries, hash) = try Self.readWordList(path) { entry in
                var e = entry
                // Dictionaries/README.md: a bare word unknown to every earlier source enters rare.
                if e.frequency == nil && !e.forced && words[e.word] == nil { e.frequency = Self.bareProjectFrequency }
                Self.overlay(&words, e, source: .project)
            }
            infos.append(.init(name: "project:" + (path as NSString).lastPathComponent, path: path, entries: entries,
                               newWords: words.count - before, contentHash: hash))
        }
        for path in sources.userDictionaries {
            let before = words.count
            let (entries, hash) = try Self.readWordList(path) { entry in
                var e = entry
                if e.frequency == nil && !e.forced && words[e.word]?.frequency == nil {
                    e.frequency = Self.defaultUserFrequency
                }
                Self.overlay(&words, e, source: .user)
            }
            infos.append(.init(name: "user", path: path, entries: entries, newWords: words.count - before, contentHash: hash))
        }

        // ICU's cjdict lists phrases as well as words (新的, 站在, 中国国际广播电台). A word only
        // ICU knows that splits wholly into words of the other sources is a phrase: leave it out.
        if words.values.contains(where: { $0.sources != .icu }) {
            var phrases: [String] = []
            for (word, a) in words where a.sources == .icu && word.unicodeScalars.count >= 2 {
                if Self.splitsIntoKnownWords(Array(word.unicodeScalars), words: words) { phrases.append(word) }
            }
            for word in phrases { words[word] = nil }
            if let i = infos.firstIndex(where: { $0.name == "icu" }) { infos[i].newWords -= phrases.count }
        }

        // Token standard: a number and its measure word are two tokens (4400|个, 一|年, 第一|个),
        // so numeral + classifier compounds are not words — unless a user or ZhMine's own
        // dictionaries list them.
        for (word, a) in words where a.sources.isDisjoint(with: [.project, .user]) && Self.isNumeralClassifier(word) {
            words[word] = nil
        }

        // Calibrate ICU costs against jieba's log-frequencies.
        let logTotal = jiebaTotal > 0 ? log(Double(jiebaTotal)) : Self.defaultLogTotal
        var (intercept, slope, pairs) = (Self.defaultICUIntercept, Self.defaultICUSlope, 0)
        if jiebaTotal > 0 {
            var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, n = 0.0
            for (_, a) in words {
                guard let c = a.icuCost, let f = a.frequency, f > 0, a.sources.contains(.jieba) else { continue }
                let x = Double(c), y = log(Double(f)) - logTotal
                sx += x; sy += y; sxx += x * x; sxy += x * y; n += 1
            }
            if n >= 1000, n * sxx - sx * sx > 0 {
                slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
                intercept = (sy - slope * sx) / n
                pairs = Int(n)
            }
        }

        // Sort by scalars and lay out the record tables in that order.
        var keyed: [(key: [Unicode.Scalar], word: String)] = []
        keyed.reserveCapacity(words.count)
        for word in words.keys where !word.isEmpty && !word.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            keyed.append((Array(word.unicodeScalars), word))
        }
        keyed.sort { $0.key.lexicographicallyPrecedes($1.key) { $0.value < $1.value } }

        var posNames = [""]
        var posTags: [String?] = []
        var posIndex: [String: UInt8] = ["": 0]
        var costs: [Float32] = [], posCodes: [UInt8] = [], flags: [UInt8] = []
        costs.reserveCapacity(keyed.count)
        var trieEntries: [(key: [Unicode.Scalar], value: UInt32)] = []
        trieEntries.reserveCapacity(keyed.count)
        var maxCost: Float32 = 0
        for (i, item) in keyed.enumerated() {
            guard let a = words[item.word] else { continue }
            let logP: Double
            if let f = a.frequency {
                logP = log(Double(max(f, 1))) - logTotal
            } else if let c = a.icuCost {
                logP = min(intercept + slope * Double(c), -1)
            } else {
                logP = log(Double(Self.defaultUserFrequency)) - logTotal
            }
            let cost = Float32(-logP)
            maxCost = max(maxCost, cost)
            costs.append(cost)
            var code: UInt8 = 0
            if let pos = a.pos {
                if let existing = posIndex[pos] {
                    code = existing
                } else if posNames.count < 255 {
                    code = UInt8(posNames.count)
                    posIndex[pos] = code
                    posNames.append(pos)
                }
            }
            posCodes.append(code)
            posTags.append(a.pos)
            flags.append(a.sources.rawValue | (a.forced ? Self.forcedFlag : 0))
            trieEntries.append((item.key, UInt32(i)))
        }

        let freedom = Self.characterFreedom(keys: trieEntries.map(\.key), costs: costs)
        let givenOdds = Self.givenNameOdds(keys: trieEntries.map(\.key), posTags: posTags, costs: costs)
        let trie = try DoubleArrayTrieBuilder.build(trieEntries)
        let info = LexiconInfo(sources: infos, words: trie.count, buildSeconds: Date().timeIntervalSince(started),
                               icuIntercept: intercept, icuSlope: slope, icuCalibrationPairs: pairs,
                               logTotal: logTotal, unknownCost: maxCost + 2, cacheKey: cacheKey)
        var writer = SectionedFileWriter(kind: Lexicon.fileKind, keyCount: trie.count)
        try trie.write(into: &writer)
        try writer.add(tag: "LCST", integers: costs.map(\.bitPattern))
        try writer.add(tag: "LPOS", bytes: posCodes)
        try writer.add(tag: "LFLG", bytes: flags)
        try writer.add(tag: "LFRE", bytes: freedom)
        try writer.add(tag: "LGIV", bytes: givenOdds)
        try writer.add(tag: "LPNM", bytes: Array(posNames.joined(separator: "\n").utf8))
        var lists = CompiledWordLists.empty
        if let directory = sources.projectDirectory { lists = try CompiledWordLists(directory: directory) }
        try writer.add(tag: CompiledWordLists.tag, bytes: lists.encoded())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try writer.add(tag: "LINF", bytes: Array(try encoder.encode(info)))
        return writer.bytes(formatVersion: Lexicon.formatVersion)
    }

    /// How freely each BMP character stands alone as a word, from the lexicon itself:
    /// r(c) = P(c as a word) / (P(c as a word) + Σ P(longer words containing c)), with
    /// P = e^(−cost); quantised to 0…255 (255 also for characters the lexicon lacks).
    static func characterFreedom(keys: [[Unicode.Scalar]], costs: [Float32]) -> [UInt8] {
        var alone = [Double](repeating: 0, count: 65536)
        var inside = [Double](repeating: 0, count: 65536)
        for (key, cost) in zip(keys, costs) {
            let p = exp(-Double(cost))
            if key.count == 1 {
                if key[0].value < 65536 { alone[Int(key[0].value)] += p }
            } else {
                for s in key where s.value < 65536 { inside[Int(s.value)] += p }
            }
        }
        var freedom = [UInt8](repeating: 255, count: 65536)
        for c in 0..<65536 where inside[c] + alone[c] > 0 {
            freedom[c] = UInt8(max(0, min(255, (alone[c] / (alone[c] + inside[c]) * 255).rounded())))
        }
        return freedom
    }

    /// Nominal classifiers and time units that follow a number as a separate token.
    /// (Not 起, 切, 直, 定, 致, 样, 向, 度, 道, 时, 番, 些, 般: with 一 they make adverbs.)
    static let classifiers: Set<Unicode.Scalar> = Set("个位名次年天种条项批家件所座户张本部台辆架艘只匹棵块片层届期场份篇句首支队组类套对双副把根颗粒元岁倍周亩吨斤米代级轮例宗".unicodeScalars)
    static let numeralDigits: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十两几多".unicodeScalars)
    static let numeralMagnitudes: Set<Unicode.Scalar> = Set("百千万亿".unicodeScalars)

    /// `[第] numeral+ classifier`, e.g. 一年, 两个, 十多项, 第一个 (not 一般, 一起, 十大).
    static func isNumeralClassifier(_ word: String) -> Bool {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last, classifiers.contains(last) else { return false }
        scalars.removeLast()
        if scalars.first == "第" { scalars.removeFirst() }
        guard !scalars.isEmpty, scalars.contains(where: numeralDigits.contains) else { return false }
        return scalars.allSatisfy { numeralDigits.contains($0) || numeralMagnitudes.contains($0) }
    }

    /// Whether `word` splits into two or more words that some source other than ICU knows.
    private static func splitsIntoKnownWords(_ word: [Unicode.Scalar], words: [String: Accumulated]) -> Bool {
        let n = word.count
        var reachable = [Bool](repeating: false, count: n + 1)
        reachable[0] = true
        for i in 0..<n where reachable[i] {
            for j in (i + 1)...n where !(i == 0 && j == n) && !reachable[j] {
                if let a = words[String(scalars: word[i..<j])], a.sources != .icu { reachable[j] = true }
            }
        }
        return reachable[n]
    }

    /// A project or user entry: sets the POS, raises (never lowers) the frequency, may force.
    private static func overlay(_ words: inout [String: Accumulated], _ entry: WordListEntry, source: LexiconSourceSet) {
        var a = words[entry.word, default: Accumulated()]
        if let f = entry.frequency { a.frequency = max(a.frequency ?? 0, f) }
        if let pos = entry.pos { a.pos = pos }
        if entry.forced {
            a.forced = true
            if a.frequency == nil { a.frequency = defaultUserFrequency }
        }
        a.sources.insert(source)
        words[entry.word] = a
    }

    /// Reads a word list, returning (entries, content hash).
    static func readWordList(_ path: String, _ body: (WordListEntry) throws -> Void) throws -> (Int, String) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw WordListError(file: path, line: 0, problem: "cannot read (\(error.localizedDescription))")
        }
        var count = 0
        let hash = try data.withUnsafeBytes { raw -> UInt64 in
            let bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
            try WordListFile.forEachEntry(bytes, name: path) { entry in
                count += 1
                try body(entry)
            }
            return ContentChecksum.hash(raw)
        }
        return (count, String(hash, radix: 16))
    }
}
