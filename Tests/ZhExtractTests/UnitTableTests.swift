import Foundation
import Testing
import ZhLexicon
import ZhText
@testable import ZhExtract

/// Units and plan periods have one definition each: UnitTable.swift for what the numbers and
/// targets code treats as a unit (every one also a word of Dictionaries/units.txt, so that the
/// segmenter keeps it whole), PlanPeriods for the years of a five-year plan.
@Suite("Units and plan periods, defined once")
struct UnitTableTests {
    func find(_ s: String) -> [Quantity] { QuantityRecognizer().quantities(in: Array(s.unicodeScalars)) }

    @Test("every Han unit of the numbers and targets code is a word of Dictionaries/units.txt")
    func unitsAreLexiconWords() throws {
        let listed = Set(ProjectDictionaries.list("units.txt"))
        #expect(listed.count > 300)
        let han = UnitTable.allWords.filter { $0.unicodeScalars.allSatisfy(CharClass.isHan) }
        #expect(han.count > 120)
        let missing = han.subtracting(listed).sorted()
        #expect(missing.isEmpty, "in UnitTable.swift but not in Dictionaries/units.txt: \(missing)")
    }

    @Test("the target cues' unit sets are UnitTable's")
    func targetCuesUseTheTable() {
        #expect(TargetCues.timeUnits == UnitTable.durationUnits)
        #expect(TargetCues.countUnits == UnitTable.countingUnits)
        #expect(QuantityRecognizer.unitNames.count == UnitTable.all.count)
    }

    @Test("everyday units of reports are read as units", arguments: [
        ("新增城市供水能力5000千升", "千升"), ("近海航线延伸120海里", "海里"), ("新增光伏装机3吉瓦", "吉瓦"),
        ("储能电站容量200兆瓦时", "兆瓦时"), ("建成高标准农田2万标准亩", "万标准亩"), ("每剂含量10毫升", "毫升"),
        ("芯片制程达到7纳米", "纳米"), ("减少排放30万吨二氧化碳", "万吨二氧化碳"),
    ])
    func everydayUnits(text: String, unit: String) throws {
        let q = try #require(find(text).last, "\(text): no quantity")
        #expect(q.unit == unit, "\(text): unit \(q.unit ?? "nil")")
    }

    @Test("a word that is not a unit stays out: 55分贝 has no unit of the table (分贝 is a lexicon word only)")
    func notAUnit() throws {
        #expect(UnitTable.all.contains { $0.text == "分贝" } == false)
        #expect(UnitTable.all.contains { $0.text == "度" } == false)   // 年度, 温度
    }

    @Test("plan periods: the names a report uses and the 十N五 reading agree with the one formula")
    func planPeriods() throws {
        #expect(PlanPeriods.firstYear(ofPlan: 14) == 2021)
        #expect(PlanPeriods.firstYear(ofPlan: 11) == 2006)
        #expect(PlanPeriods.names.count == 12)
        for (name, first) in PlanPeriods.names where name.count == 3 {
            let q = try #require(find("“\(name)”期间").first { $0.kind == .planPeriod }, "\(name)")
            #expect(q.value == .range(Decimal(first), Decimal(first + 4)), "\(name)")
            #expect(PlanPeriods.names["第" + String(name.dropLast()) + "个五年"] == first, "\(name)")
        }
        #expect(DocumentFactsReader.planStarts == PlanPeriods.names)
    }
}
