import Foundation
import Testing
@testable import ZhLexicon

/// ZhMine's own Dictionaries/: every file parses in its documented format.
@Suite struct ProjectDictionariesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Dictionaries").path

    @Test func locatesTheRepositoryCopy() {
        #expect(ProjectDictionaries.locate() != nil)
    }

    @Test(arguments: LexiconSources.projectLexiconFiles)
    func lexiconFilesParseWithoutDuplicates(name: String) throws {
        let entries = try WordListFile.parse(contentsOf: Self.directory + "/" + name)
        #expect(entries.count > 100)
        #expect(Set(entries.map(\.word)).count == entries.count, "duplicates in \(name)")
        #expect(entries.allSatisfy { !$0.forced })
    }

    @Test(arguments: ["surnames.txt", "titles.txt", "org-heads.txt", "facility-heads.txt", "place-suffixes.txt",
                      "program-cues.txt", "stopwords.txt", "stopwords-boilerplate.txt", "organs.txt", "media.txt"])
    func listsAreNonEmptyAndClean(name: String) {
        let list = ProjectDictionaries.list(name, in: Self.directory)
        #expect(list.count >= 20, "\(name)")
        #expect(list.allSatisfy { !$0.isEmpty && !$0.contains(" ") })
    }

    @Test func synonymGroupsDoNotShareTerms() throws {
        let text = try String(contentsOfFile: Self.directory + "/indicator-synonyms.txt", encoding: .utf8)
        var seen: [String: Int] = [:]
        var groups = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            groups += 1
            for term in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                #expect(seen[String(term)] == nil, "\(term) is in two groups")
                seen[String(term)] = groups
            }
        }
        #expect(groups >= 40)
    }
}
