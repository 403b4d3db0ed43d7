import Foundation
import Testing
import ZhExtract
import ZhText

/// The document facts of every Corpus and held-out text against Tests/ZhExtractTests/Corpus/heldout/documents.expected.json
/// (written by hand): jurisdiction and report year as `zhmine batch` stores them.
@Suite("Document facts of the corpus")
struct DocumentFactsCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Expected: Decodable {
        var file: String
        var jurisdiction: String?
        var year: String?
        var genre: String?
    }

    struct Listing: Decodable { var documents: [Expected] }

    @Test func jurisdictionAndYearOfEveryListedDocument() throws {
        let url = Self.root.appendingPathComponent("Tests/ZhExtractTests/Corpus/heldout/documents.expected.json")
        let listing = try JSONDecoder().decode(Listing.self, from: Data(contentsOf: url))
        #expect(listing.documents.count >= 40)
        let gazetteer = Gazetteer(names: JurisdictionNames.load())
        var wrongJurisdiction: [String] = [], wrongYear: [String] = [], wrongGenre: [String] = []
        for doc in listing.documents {
            let text = Array(try String(contentsOf: Self.root.appendingPathComponent(doc.file), encoding: .utf8).unicodeScalars)
            let c = DocumentContext(text: Normalizer().normalize(text).scalars, name: doc.file, gazetteer: gazetteer)
            if c.jurisdiction != doc.jurisdiction { wrongJurisdiction.append("\(doc.file): \(c.jurisdiction ?? "nil") ≠ \(doc.jurisdiction ?? "nil")") }
            if c.reportYear.map(String.init) != doc.year { wrongYear.append("\(doc.file): \(c.reportYear.map(String.init) ?? "nil") (\(c.reportYearSource?.rawValue ?? "-")) ≠ \(doc.year ?? "nil")") }
            if let g = doc.genre, c.genre.rawValue != g { wrongGenre.append("\(doc.file): \(c.genre.rawValue) ≠ \(g)") }
        }
        // Committed thresholds: all but one jurisdiction and all but one year (issue #15); genre is reported, not enforced.
        #expect(wrongJurisdiction.count <= 1, "\(wrongJurisdiction.joined(separator: "\n"))")
        #expect(wrongYear.count <= 1, "\(wrongYear.joined(separator: "\n"))")
        print("document facts: \(listing.documents.count) documents; jurisdiction wrong \(wrongJurisdiction.count), year wrong \(wrongYear.count), genre wrong \(wrongGenre.count)")
        for line in wrongJurisdiction + wrongYear + wrongGenre { print("  \(line)") }
    }
}
