import Foundation
import Testing
@testable import ZhLexicon

/// Lexicons built from small word lists in a temporary directory (no ICU, so they are quick).
@Suite struct LexiconTests {
    let dir: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhmine-lexicon-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/Dictionaries", withIntermediateDirectories: true)
        try "README\n".write(toFile: dir + "/Dictionaries/README.md", atomically: true, encoding: .utf8)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Loads through the store; the project lists this test did not write are written empty
    /// (with their header), since a missing list is an error.
    func build(_ sources: LexiconSources) throws -> Lexicon {
        for (name, purpose) in ProjectDictionaries.lists where !FileManager.default.fileExists(atPath: dir + "/Dictionaries/" + name) {
            _ = try write("Dictionaries/" + name, "# \(name) — \(purpose)\n")
        }
        return try LexiconStore(sources: sources, cacheDirectory: dir + "/cache").load()
    }

    @Test func aMissingProjectListIsAnErrorNamingTheFile() throws {
        _ = try write("Dictionaries/regions.txt", "株洲 3000 ns\n")
        let store = LexiconStore(sources: LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"), cacheDirectory: dir + "/cache")
        let error = #expect(throws: WordListError.self) { try store.load() }
        #expect(error?.file == dir + "/Dictionaries/report-terms.txt" && error?.problem == "word list missing")
    }

    @Test func listsKeepTheirCommentHeaderOutOfTheWords() throws {
        _ = try write("Dictionaries/titles.txt", "# titles.txt — 职务、头衔。\n# 格式：每行一个词。\n\n市长\n  书记 2\n")
        #expect(ProjectDictionaries.list("titles.txt", in: dir + "/Dictionaries") == ["市长", "书记"])
        _ = try write("Dictionaries/units.txt", "# units.txt — 计量单位。\n# 格式：词 [词频] [词性]\n千升 q\n")
        let lexicon = try build(LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"))
        #expect(lexicon.count == 1 && lexicon.lookup("千升")?.pos == "q")
    }

    @Test func theListsAreCompiledIntoTheLexiconFileAndTravelWithIt() throws {
        _ = try write("Dictionaries/titles.txt", "# titles.txt — 职务。\n市长\n")
        let lexicon = try build(LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"))
        #expect(lexicon.wordLists.names == ProjectDictionaries.lists.map(\.name).sorted())
        #expect(lexicon.wordLists.text("titles.txt") == "# titles.txt — 职务。\n市长\n")
        // The file alone carries them: copied elsewhere with the folder gone.
        let moved = dir + "/elsewhere.zmlex"
        try FileManager.default.copyItem(atPath: lexicon.path, toPath: moved)
        try FileManager.default.removeItem(atPath: dir + "/Dictionaries")
        let reopened = try Lexicon(path: moved)
        #expect(reopened.wordLists == lexicon.wordLists)
        #expect(reopened.wordLists.text("titles.txt") == "# titles.txt — 职务。\n市长\n")
    }

    @Test func aChangedListIsANewLexicon() throws {
        _ = try write("Dictionaries/media.txt", "# media.txt — 媒体。\n新华社\n")
        let before = try build(LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"))
        _ = try write("Dictionaries/media.txt", "# media.txt — 媒体。\n新华社\n人民日报\n")
        let after = try build(LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"))
        #expect(before.path != after.path)
        #expect(after.wordLists.text("media.txt")?.contains("人民日报") == true)
        #expect(before.wordLists.text("media.txt")?.contains("人民日报") == false)
    }

    @Test func theListsSectionRoundTripsAndADamagedOneIsAFormatError() throws {
        let lists = CompiledWordLists(texts: ["a.txt": "# a.txt — 甲。\n甲\n", "b.txt": ""])
        let bytes = lists.encoded()
        let decoded = try bytes.withUnsafeBytes { try CompiledWordLists(section: $0, path: "<test>") }
        #expect(decoded == lists)
        for damaged in [Array(bytes.dropLast()), [5, 0, 0, 0, 0x61], bytes + bytes, [1, 0, 0, 0, 0xFF, 0, 0, 0, 0]] {
            #expect(throws: FormatError.self) { try damaged.withUnsafeBytes { try CompiledWordLists(section: $0, path: "<test>") } }
        }
    }

    /// Every entry's POS code is checked against the POS names when a file is verified whole; an open
    /// that skips the checksum (an unchanged cache file verified before) skips that scan too, and an
    /// out-of-range code then reads as no POS.
    @Test func anOutOfRangePOSCodeIsRefusedWhenVerifiedAndReadAsNoPOSOtherwise() throws {
        _ = try write("Dictionaries/units.txt", "# units.txt — 计量单位。\n千升 q\n")
        let lexicon = try build(LexiconSources(icu: false, projectDirectory: dir + "/Dictionaries"))
        #expect(lexicon.count == 1 && lexicon.lookup("千升")?.pos == "q")
        let cached = try #require(FileManager.default.contentsOfDirectory(atPath: dir + "/cache").first { $0.hasSuffix(".zmlex") })
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/cache/" + cached)))
        let pos = try #require(FuzzRegressionTests.sectionOffset("LPOS", in: bytes))
        bytes[pos] = 200  // the one entry's POS code, past the few names
        let damaged = try write("damaged.zmlex", "")
        try Data(FuzzRegressionTests.prepared([0x01] + bytes).bytes).write(to: URL(fileURLWithPath: damaged))
        let error = #expect(throws: FormatError.self) { _ = try Lexicon(path: damaged) }
        #expect(error?.description.contains("POS code 200 out of range") == true, "\(String(describing: error))")
        let unchecked = try Lexicon(path: damaged, verifyingChecksum: false)
        #expect(unchecked.lookup("千升") != nil)
        #expect(unchecked.lookup("千升")?.pos == nil)
    }

    @Test func everyListOfTheRepositoryIsDeclaredAndSaysWhatItIsFor() throws {
        let directory = try #require(ProjectDictionaries.locate())
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(ProjectDictionaries.lists.map(\.name)))
        for (name, _) in ProjectDictionaries.lists {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            #expect(text.hasPrefix("# \(name) — "), "\(name) has no header line '# \(name) — what it is for'")
        }
        try ProjectDictionaries.checkLists(in: directory)
    }

    @Test func precedenceAndForcedWords() throws {
        let jieba = try write("dict.txt", "株洲 100 ns\n经济 5000 n\n增长 4000 v\n长株潭 20 ns\n")
        _ = try write("Dictionaries/regions.txt", "株洲 3000 ns\n株洲市 2000 ns\n长株潭 5 nz\n")
        let user = try write("user.txt", "经济增长 force\n株洲 50 n\n新词\n")
        let lexicon = try build(LexiconSources(icu: false, jiebaDictionary: jieba, projectDirectory: dir + "/Dictionaries",
                                               userDictionaries: [user]))
        #expect(lexicon.count == 7)
        let zhuzhou = try #require(lexicon.lookup("株洲"))
        // Project raised 100 → 3000; the user's 50 does not lower it but sets the POS.
        #expect(abs(Double(zhuzhou.cost) - (lexicon.info.logTotal - log(3000))) < 1e-4)
        #expect(zhuzhou.pos == "n")
        #expect(zhuzhou.sources == [.jieba, .project, .user])
        // A lower project frequency does not lower jieba's; the POS is the project's.
        let cz = try #require(lexicon.lookup("长株潭"))
        #expect(abs(Double(cz.cost) - (lexicon.info.logTotal - log(20))) < 1e-4)
        #expect(cz.pos == "nz")
        #expect(lexicon.lookup("经济增长")?.forced == true)
        #expect(lexicon.lookup("经济")?.forced == false)
        #expect(lexicon.lookup("新词") != nil)
        #expect(lexicon.lookup("株洲市")?.sources == [.project])
        #expect(lexicon.lookup("不存在") == nil)
        #expect(lexicon.trie.checkInvariants())
    }

    /// Without python3-jieba (an empty system directory), dict.txt and analyse/idf.txt are found in
    /// the copy scripts/setup.sh takes from PyPI; with neither, there is no jieba source.
    @Test func jiebaIsFoundInTheSetUpCopyWhenTheSystemHasNone() throws {
        let system = dir + "/system/jieba", copy = dir + "/share/zhmine/jieba"
        try FileManager.default.createDirectory(atPath: system, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: copy + "/analyse", withIntermediateDirectories: true)
        _ = try write("share/zhmine/jieba/dict.txt", "株洲 100 ns\n")
        _ = try write("share/zhmine/jieba/analyse/idf.txt", "株洲 9.5\n")
        #expect(LexiconSources.jiebaFile("dict.txt", in: [system, copy]) == copy + "/dict.txt")
        #expect(LexiconSources.jiebaFile("analyse/idf.txt", in: [system, copy]) == copy + "/analyse/idf.txt")
        #expect(LexiconSources.jiebaFile("dict.txt", in: [system]) == nil)
        if ProcessInfo.processInfo.environment["ZHMINE_JIEBA_DICT"] == nil {
            #expect(LexiconSources.discover(jiebaDirectories: [system, copy]).jiebaDictionary == copy + "/dict.txt")
            #expect(LexiconSources.discover(jiebaDirectories: [system]).jiebaDictionary == nil)
        }
        let sources = LexiconSources(icu: true, jiebaDictionary: nil, projectDirectory: "/p/Dictionaries")
        #expect(sources.summary == "ICU cjdict + no jieba dict.txt + Dictionaries/ /p/Dictionaries")
    }

    @Test func numeralClassifierCompoundsAreNotWords() throws {
        let jieba = try write("dict.txt", "一年 7966 m\n两个 100 m\n第一个 40 m\n一般 3000 a\n一起 1500 m\n十大 20 j\n年 9000 m\n")
        let lexicon = try build(LexiconSources(icu: false, jiebaDictionary: jieba))
        #expect(lexicon.lookup("一年") == nil && lexicon.lookup("两个") == nil && lexicon.lookup("第一个") == nil)
        #expect(lexicon.lookup("一般") != nil && lexicon.lookup("一起") != nil && lexicon.lookup("十大") != nil)
    }

    @Test func cacheKeyFollowsTheContentOfEverySource() throws {
        let jieba = try write("dict.txt", "株洲 100 ns\n")
        let store = LexiconStore(sources: LexiconSources(icu: false, jiebaDictionary: jieba), cacheDirectory: dir + "/cache")
        let key1 = try store.cacheKey()
        #expect(try store.cacheKey() == key1)
        _ = try write("dict.txt", "株洲 101 ns\n")
        let key2 = try store.cacheKey()
        #expect(key2 != key1)
        let lexicon = try store.load()
        #expect(lexicon.path.hasSuffix("lexicon-\(key2).zmlex"))
    }

    @Test func aDamagedCacheFileIsRebuilt() throws {
        let jieba = try write("dict.txt", "株洲 100 ns\n经济 50 n\n")
        let store = LexiconStore(sources: LexiconSources(icu: false, jiebaDictionary: jieba), cacheDirectory: dir + "/cache")
        let path = try store.load().path
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.self) { try Lexicon(path: path) }
        let rebuilt = try store.load()
        #expect(rebuilt.lookup("经济") != nil)
    }

    @Test func theCacheChecksumIsVerifiedOnceThenRememberedByIdentity() throws {
        let jieba = try write("dict.txt", "株洲 100 ns\n经济 50 n\n")
        let store = LexiconStore(sources: LexiconSources(icu: false, jiebaDictionary: jieba), cacheDirectory: dir + "/cache")
        let path = try store.load().path
        let memo = try String(contentsOfFile: dir + "/cache/source-hashes", encoding: .utf8)
        let line = try #require(memo.split(separator: "\n").first { $0.hasSuffix("verified@" + path) })
        #expect(line.contains(try #require(SourceHashMemo.identity(of: path))))
        #expect(try store.load().lookup("经济") != nil)
    }

    @Test func malformedSourceLineIsAnErrorWithFileAndLine() throws {
        let jieba = try write("dict.txt", "株洲 100 ns\n经济 many n\n")
        #expect(throws: WordListError.self) {
            try build(LexiconSources(icu: false, jiebaDictionary: jieba))
        }
    }

    @Test func icuAloneGivesTheGeneralLexicon() throws {
        let lexicon = try build(LexiconSources(icu: true))
        #expect(lexicon.count >= 300_000)
        #expect(lexicon.lookup("经济") != nil)
        #expect(lexicon.info.sources.map(\.name) == ["icu"])
    }
}
