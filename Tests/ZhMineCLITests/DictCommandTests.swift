import Foundation
import Testing

/// `zhmine dict`: the word lists of Dictionaries/ travel inside the compiled lexicon file.
@Suite struct DictCommandTests {
    /// A lexicon built by `dict build --out`, and an environment in which no Dictionaries/ folder
    /// can be found (ZHMINE_DICTIONARIES names one that does not exist), run from another folder.
    func awayFromTheRepository() throws -> (lexicon: String, folder: URL, environment: [String: String]) {
        let folder = try CLI.temporaryDirectory()
        let lexicon = folder.appendingPathComponent("zh.zmlex").path
        let built = try CLI.run(["dict", "build", "--out", lexicon])
        #expect(built.status == 0, "\(built.stderr)")
        return (lexicon, folder, ["ZHMINE_DICTIONARIES": folder.appendingPathComponent("no-such-folder").path, "ZHMINE_LEXICON": ""])
    }

    @Test("dict stats lists the word lists compiled into a lexicon file read far from any Dictionaries/ folder")
    func statsListTheCompiledLists() throws {
        let (lexicon, folder, environment) = try awayFromTheRepository()
        let stats = try CLI.run(["dict", "stats", "--lexicon", lexicon], environment: environment, directory: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        let header = try #require(stats.lines.first { $0.hasPrefix("word lists") })
        // Every list of the repository's Dictionaries/ (each a .txt with a header; README.md is not one).
        let lists = try FileManager.default.contentsOfDirectory(atPath: CLI.repositoryRoot.appendingPathComponent("Dictionaries").path)
            .filter { $0.hasSuffix(".txt") }
        #expect(lists.count >= 19)
        #expect(header.hasPrefix("word lists   \(lists.count) compiled"), "\(header)")
        for name in ["organs.txt", "surnames.txt", "indicator-synonyms.txt", "units.txt"] {
            #expect(stats.lines.contains { $0.hasPrefix("  \(name) ") }, "\(name) not listed")
        }
    }

    @Test("entities read their lists from the lexicon file alone; without it the tool says the lists are missing")
    func extractorsReadTheCompiledLists() throws {
        let (lexicon, folder, environment) = try awayFromTheRepository()
        let text = folder.appendingPathComponent("news.txt")
        try "据澎湃新闻报道，世界贸易组织总干事当天抵达北京。\n".write(to: text, atomically: true, encoding: .utf8)
        let named = try CLI.run(["entities", "--lexicon", lexicon, text.path], environment: environment, directory: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(!named.stderr.contains("word lists were not found"), "\(named.stderr)")
        // 北京 is a place through regions.txt (世界贸易组织 the lexicon knows as a name by itself).
        #expect(named.text.contains("\"北京\""), "\(named.text)")
        // The same file named by ZHMINE_LEXICON instead of --lexicon.
        var byEnvironment = environment
        byEnvironment["ZHMINE_LEXICON"] = lexicon
        let viaEnvironment = try CLI.run(["entities", text.path], environment: byEnvironment, directory: folder)
        #expect(viaEnvironment.status == 0 && viaEnvironment.text == named.text, "\(viaEnvironment.stderr)")
        // Against: a lexicon built where no Dictionaries/ folder is found carries no lists.
        let bare = folder.appendingPathComponent("bare.zmlex").path
        let builtBare = try CLI.run(["dict", "build", "--out", bare], environment: environment, directory: folder)
        #expect(builtBare.status == 0, "\(builtBare.stderr)")
        let without = try CLI.run(["entities", "--lexicon", bare, text.path], environment: environment, directory: folder)
        #expect(without.stderr.contains("word lists were not found"), "\(without.stderr)")
        #expect(without.status == 0 && !without.text.contains("\"北京\""), "\(without.text)")
        let bareStats = try CLI.run(["dict", "stats", "--lexicon", bare], environment: environment, directory: folder)
        #expect(bareStats.lines.contains { $0.hasPrefix("word lists   0 compiled") }, "\(bareStats.text)")
    }
}
