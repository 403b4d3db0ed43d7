import Foundation
import Testing
@testable import ZhExtract

/// The gold records of Corpus/diff (two Xiangyang work reports) and the judgements of expected.json.
enum PlanDiffGold {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus/diff")

    struct Expected: Decodable {
        struct Pair: Decodable {
            var indicator_old: String?
            var indicator_new: String?
            var status: String
            var delta: Decimal?
            var unit: String?
            var section: String
        }
        struct Figure: Decodable {
            var value: Decimal?
            var unit: String?
            var sentence: String
        }
        struct Judgement: Decodable {
            var indicator: String
            var target: Figure
            var actual: Figure
            var met: Bool
        }
        var pairs: [Pair]
        var judgements: [Judgement]
    }

    /// The gold records as written (the record schema without doc, section and offsets), not located in the report.
    static func records(_ year: Int) throws -> [TargetRecord] {
        try DiffRecordReader.parse(Array(Data(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.targets.json"))))
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: corpus.appendingPathComponent("expected.json")))
    }

    static func normalizer() throws -> PlanIndicatorNormalizer {
        try #require(PlanIndicatorNormalizer.projectDefault(directory: root.appendingPathComponent("Dictionaries").path))
    }

    static func diff() throws -> PlanDiff {
        PlanDiff(old: try records(2023), new: try records(2024), options: PlanDiff.Options(normalizer: try normalizer()))
    }
}

@Suite("PlanDiff reproduces Corpus/diff/expected.json")
struct PlanDiffExpectedTests {
    @Test func everyExpectedPairHasItsStatusAndDelta() throws {
        let diff = try PlanDiffGold.diff()
        let expected = try PlanDiffGold.expected()
        #expect(diff.pairs.count == expected.pairs.count)
        var unmatched = diff.pairs
        for e in expected.pairs {
            let index = unmatched.firstIndex { $0.old?.indicator == e.indicator_old && $0.new?.indicator == e.indicator_new }
            guard let index else {
                Issue.record("no pair \(e.indicator_old ?? "-") → \(e.indicator_new ?? "-")")
                continue
            }
            let pair = unmatched.remove(at: index)
            #expect(pair.status.rawValue == e.status, "\(pair.key)")
            #expect(pair.delta == e.delta, "\(pair.key): delta \(pair.delta.map { "\($0)" } ?? "nil")")
            #expect(PlanUnits.fold(pair.unit) == PlanUnits.fold(e.unit), "\(pair.key)")
        }
        #expect(unmatched.isEmpty, "unexpected pairs: \(unmatched.map(\.key))")
    }

    @Test func everyJudgementIsReproduced() throws {
        let diff = try PlanDiffGold.diff()
        let expected = try PlanDiffGold.expected()
        #expect(diff.judgements.count == expected.judgements.count)
        for e in expected.judgements {
            let j = diff.judgements.first { $0.target.indicator == e.indicator }
            guard let j else {
                Issue.record("no judgement for \(e.indicator)")
                continue
            }
            #expect(j.met == e.met, "\(e.indicator): \(j.rule)")
            #expect(j.actual.sentence == e.actual.sentence, "\(e.indicator) judged by the wrong actual")
            #expect(j.target.sentence == e.target.sentence)
        }
    }

    @Test func unitMismatchIsExplainedOnBothSides() throws {
        let diff = try PlanDiffGold.diff()
        let urbanisation = diff.pairs.filter { $0.key == "常住人口城镇化率" }
        #expect(urbanisation.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.added, .dropped])
        for pair in urbanisation {
            #expect(pair.notes.contains { $0.contains("个百分点") && $0.contains("%") && $0.hasPrefix("not paired") })
        }
    }

    @Test func rowsFollowReadingOrder() throws {
        let diff = try PlanDiffGold.diff()
        let oldOrder = try PlanDiffGold.records(2023).filter { $0.kind == .target }.map(\.sentence)
        let newOrder = try PlanDiffGold.records(2024).filter { $0.kind == .target }.map(\.sentence)
        let oldRows = diff.pairs.compactMap { $0.old?.sentence }
        let newRows = diff.pairs.compactMap { $0.new?.sentence }
        #expect(newRows == newOrder)
        #expect(oldRows == oldOrder)
    }
}
