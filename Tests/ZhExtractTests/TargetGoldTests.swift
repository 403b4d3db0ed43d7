import Foundation
import Testing
import ZhExtract

/// Every gold file of the repository scored as `zhmine-bench targets` scores it, against the thresholds
/// committed in Corpus/targets-gold-thresholds.txt: a change that lowers precision, recall, qualifier, kind
/// or year accuracy on any set fails here.
@Suite("Target gold")
struct TargetGoldTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `set  P  R  qualifier  kind  year` per line.
    static func thresholds() throws -> [GoldDocument.Set: [Double]] {
        let url = root.appendingPathComponent("Tests/ZhExtractTests/Corpus/targets-gold-thresholds.txt")
        var out: [GoldDocument.Set: [Double]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 6, let set = GoldDocument.Set(rawValue: String(parts[0])) else { continue }
            out[set] = parts.dropFirst().compactMap { Double($0) }
        }
        return out
    }

    @Test("every set meets its committed thresholds", arguments: GoldDocument.Set.allCases)
    func set(_ set: GoldDocument.Set) throws {
        let docs = GoldDocument.all(root: Self.root).filter { $0.set == set }
        #expect(!docs.isEmpty, "no gold documents for \(set.rawValue)")
        let limits = try #require(try Self.thresholds()[set], "no thresholds for \(set.rawValue)")
        #expect(limits.count == 5)
        var total = TargetScore()
        for doc in docs {
            let scalars = Array(try String(contentsOf: doc.text, encoding: .utf8).unicodeScalars)
            let records = TargetExtractor().records(in: scalars, doc: doc.name)
            total.add(TargetScore.match(records: records, gold: try GoldTarget.load(doc.gold), text: scalars))
        }
        let measured = [total.precision, total.recall, total.qualifierAccuracy, total.kindAccuracy, total.yearAccuracy]
        let names = ["precision", "recall", "qualifier", "kind", "year"]
        for (i, name) in names.enumerated() {
            #expect(measured[i] >= limits[i], "\(set.rawValue) \(name) \(measured[i]) < \(limits[i]): \(total.problems.prefix(12).joined(separator: "\n"))")
        }
    }

    @Test func theScorerCanFail() {
        // A record with the wrong kind and year matches but is counted wrong; a missing one is a miss.
        let text = Array("过去一年，地区生产总值增长5.2%。".unicodeScalars)
        let gold = [GoldTarget(sentence: "地区生产总值增长5.2%", indicator: "地区生产总值", value: [5.2], unit: "%",
                               qualifier: "exact", kind: "actual", year: "2023", optional: false)]
        let wrong = TargetRecord(kind: .target, indicator: "地区生产总值", change: "增长", value: .number(5.2), unit: "%",
                                 qualifier: .exact, year: "2024", sentence: "地区生产总值增长5.2%", start: 5, end: 17)
        let s = TargetScore.match(records: [wrong], gold: gold, text: text)
        #expect(s.tp == 1 && s.kindAccuracy == 0 && s.yearAccuracy == 0)
        #expect(TargetScore.match(records: [], gold: gold, text: text).recall == 0)
    }
}
