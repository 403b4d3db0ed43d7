import Foundation
import Testing
@testable import ZhExtract

/// The Xiangyang gold of Corpus/diff read the way `zhmine diff` reads it: records located in their report.
extension PlanDiffGold {
    static func text(_ year: Int) throws -> [Unicode.Scalar] {
        let s = try String(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.txt"), encoding: .utf8)
        return Array(s.unicodeScalars)
    }

    static func located(_ year: Int) throws -> [TargetRecord] {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.targets.json")))
        return try DiffRecordReader.parse(bytes, text: try text(year), doc: "xiangyang-\(year)-work-report.txt")
    }

    static func locatedDiff() throws -> PlanDiff {
        PlanDiff(old: try located(2023), new: try located(2024), options: PlanDiff.Options(normalizer: try normalizer()))
    }
}

@Suite("DiffRecordReader")
struct DiffRecordReaderTests {
    @Test func goldRecordsAreLocatedInTheirReport() throws {
        for year in [2023, 2024] {
            let text = try PlanDiffGold.text(year)
            let records = try PlanDiffGold.located(year)
            #expect(records.count > 30)
            for r in records {
                #expect(r.start >= 0, "\(r.sentence) not found")
                guard r.start >= 0 else { continue }
                #expect(String(String.UnicodeScalarView(text[r.start..<r.end])) == r.sentence)
                #expect(r.doc == "xiangyang-\(year)-work-report.txt")
            }
            // One clause, two figures: both records point at the same place.
            if year == 2023 {
                let income = records.filter { $0.sentence.hasPrefix("城乡居民人均可支配收入分别增长") }
                #expect(income.count == 2 && income[0].start == income[1].start)
            }
        }
    }

    @Test func sectionsComeFromTheHeadingAbove() throws {
        let records = try PlanDiffGold.located(2024)
        let gdpTarget = try #require(records.first { $0.indicator == "GDP" })
        #expect(gdpTarget.section == "2024年主要预期目标")
        let cars = try #require(records.first { $0.indicator == "新能源汽车产量" })
        #expect(cars.section == "2024年重点工作")
        let actual = try #require(records.first { $0.kind == .actual })
        #expect(PlanSectionType.classify(actual.section) == .review)
    }

    @Test func pairSectionsMatchExpected() throws {
        let diff = try PlanDiffGold.locatedDiff()
        for e in try PlanDiffGold.expected().pairs {
            let pair = diff.pairs.first { $0.old?.indicator == e.indicator_old && $0.new?.indicator == e.indicator_new }
            #expect(pair?.section?.rawValue == e.section, "\(e.indicator_old ?? "-") → \(e.indicator_new ?? "-")")
        }
    }

    @Test func fullRecordsAsJSONLines() throws {
        let lines = """
        {"doc": "a.txt", "kind": "target", "indicator": "GDP", "change": "增长", "value": 5.5, "unit": "%", "qualifier": "approx", "reference": null, "year": "2024", "section": "目标", "sentence": "GDP增长5.5%左右", "start": 10, "end": 21}

        {"kind": "target", "indicator": "城镇化率", "change": "达到", "value": [60, 62], "unit": "%", "qualifier": "range", "year": 2025, "sentence": "城镇化率达到60%—62%", "start": 30, "end": 43}
        """
        let records = try DiffRecordReader.parse(Array(lines.utf8), doc: "b.txt")
        #expect(records.count == 2)
        #expect(records[0].value == .number(Decimal(string: "5.5") ?? 0) && records[0].doc == "a.txt" && records[0].start == 10)
        #expect(records[1].value == .range(60, 62) && records[1].year == "2025" && records[1].doc == "b.txt")
    }

    @Test func badInputFailsWithOneLine() {
        let cases: [(String, String)] = [
            ("[{\"kind\": \"target\"}]", "missing \"indicator\""),
            ("{\"kind\": \"target\", \"indicator\": \"GDP\", \"qualifier\": \"exact\"}\n{oops", "line 2"),
            ("[1, 2", "not a JSON array"),
            ("[{\"kind\": \"plan\", \"indicator\": \"GDP\"}]", "record 1"),
        ]
        for (input, fragment) in cases {
            do {
                _ = try DiffRecordReader.parse(Array(input.utf8))
                Issue.record("accepted \(input)")
            } catch let failure as DiffRecordReader.Failure {
                #expect(failure.description.contains(fragment), "\(failure.description)")
                #expect(!failure.description.contains("\n"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect((try? DiffRecordReader.parse([])) == [])
    }

    @Test func sectionIsThePartHeadingAboveFromTheDocumentStructure() throws {
        let text = Array("标题\n一、2023年工作回顾\n正文，一、二。\n二、2024年主要目标\n（一）坚持工业强市。全年增长5%。\n## 重点工作\n### 细则\n增长6%。\n".unicodeScalars)
        let structure = DocumentContext(text: text).structure
        func section(of needle: String) throws -> String? {
            let at = try #require(DiffRecordReader.find(Array(needle.unicodeScalars), in: text, from: 0))
            return DiffRecordReader.partHeading(at: at, in: structure)
        }
        #expect(try section(of: "标题") == nil)
        #expect(try section(of: "正文") == "2023年工作回顾")
        // Inside a （一） paragraph: the part it stands in, not the paragraph's own heading.
        #expect(try section(of: "全年增长5%") == "2024年主要目标")
        // Below a level-3 markdown heading: the level-2 one above it.
        #expect(try section(of: "增长6%") == "重点工作")
    }
}
