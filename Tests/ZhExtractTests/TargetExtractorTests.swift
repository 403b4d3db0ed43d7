import Foundation
import Testing
import ZhTestSupport
import ZhText
@testable import ZhExtract

@Suite("Target extractor")
struct TargetExtractorTests {
    @Test func sentenceAndOffsetsReferToTheOriginalText() throws {
        // Full-width digits and punctuation are normalised for matching; the record still slices the original.
        let text = "二、２０２４年主要预期目标\n地区生产总值增长**５．５％左右**，城镇新增就业６万人以上。"
        let original = Array(text.unicodeScalars)
        let records = TargetExtractor().records(in: original, doc: "a.txt")
        #expect(records.count == 2)
        for r in records {
            #expect(String(String.UnicodeScalarView(original[r.start..<r.end])) == r.sentence)
            #expect(r.doc == "a.txt")
            #expect(r.year == "2024")
            #expect(r.kind == .target)
        }
        #expect(records.first?.sentence == "地区生产总值增长**５．５％左右**")
        #expect(records.first?.value == .number(Decimal(string: "5.5")!))
        #expect(records.first?.qualifier == .approx)
        #expect(records.last?.unit == "万人")
    }

    @Test func spacedFiguresKeepTheIndicatorAndBothFigures() {
        // Text from a PDF or a web page: a space between each number and its unit.
        let text = "二、2024年主要预期目标\n地方一般公共预算收入达到 6215.3 亿元、增长 1.4%。"
        let r = TargetExtractor().records(in: Array(text.unicodeScalars))
        #expect(r.map(\.indicator) == ["地方一般公共预算收入", "地方一般公共预算收入"])
        #expect(r.map(\.value) == [.number(Decimal(string: "6215.3")!), .number(Decimal(string: "1.4")!)])
        #expect(r.map(\.unit) == ["亿元", "%"])
    }

    @Test func sectionIsTheNearestHeading() {
        let text = "**2021年经济社会发展的主要预期目标**\n\n经济增长**8%左右**。\n"
        let r = TargetExtractor().records(in: Array(text.unicodeScalars))
        #expect(r.map(\.section) == ["2021年经济社会发展的主要预期目标"])
        #expect(r.map(\.year) == ["2021"])
    }

    @Test func reviewAndPlanPartsOfOneReport() {
        let text = """
        ——2024年1月10日在洛阳市第十六届人民代表大会第四次会议上
        一、2023年工作回顾
        全年地区生产总值完成5482.2亿元，同比增长4.5%；城镇新增就业6.9万人。
        二、2024年工作安排
        地区生产总值增长6%左右，城镇新增就业6万人以上。
        """
        let r = TargetExtractor().records(in: Array(text.unicodeScalars))
        #expect(r.map(\.kind) == [.actual, .actual, .actual, .target, .target])
        #expect(r.map(\.year) == ["2023", "2023", "2023", "2024", "2024"])
        #expect(r.map(\.indicator) == ["地区生产总值", "地区生产总值", "城镇新增就业", "地区生产总值", "城镇新增就业"])
    }

    @Test func fiveYearReviewGivesPeriodsForFlowsAndEndYearsForLevels() {
        let text = "——2023年1月在四川省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n过去五年，常住人口城镇化率从50.8%提高到58.35%，五年累计新增城镇就业500万人以上。"
        let r = TargetExtractor().records(in: Array(text.unicodeScalars))
        #expect(r.map(\.year) == ["2022", "2018-2022"])
        #expect(r.map(\.kind) == [.actual, .actual])
        #expect(r.first?.value == .number(Decimal(string: "58.35")!))
    }

    @Test func withoutAnyYearTheYearIsNull() {
        let r = TargetExtractor().records(in: Array("粮食产量稳定在1.3万亿斤以上".unicodeScalars))
        #expect(r.count == 1)
        #expect(r.first?.year == nil)
        #expect(TargetExtractor(defaultYear: 2025).records(in: Array("粮食产量稳定在1.3万亿斤以上".unicodeScalars)).first?.year == "2025")
    }

    /// Seeded, so that a failure replays; the inputs are random only in which draw fails.
    @Test func arbitraryInputNeverCrashes() {
        var generator = SeededRandom(seed: 20_261_207)
        var recordCount = 0
        let alphabet = Array("增长达到提高到从以上左右以内分别均等个万亿元%。，、：；**“”《》()（）—0123456789.一二三十百千年月日今去明过五十四\n\t#【】关键词高于低于同步".unicodeScalars)
        for _ in 0..<300 {
            let n = Int.random(in: 0..<120, using: &generator)
            let text = (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let records = TargetExtractor(defaultYear: 2024).records(in: text)
            for r in records {
                guard r.start >= 0, r.start < r.end, r.end <= text.count else {
                    Issue.record("record outside the text: \(r.start)..<\(r.end) of \(text.count)")
                    continue
                }
                #expect(r.sentence == String(String.UnicodeScalarView(text[r.start..<r.end])))
            }
            recordCount += records.count
        }
        // The alphabet makes targets (增长…%, 达到…亿元): a run that finds none tested nothing.
        #expect(recordCount >= 30, "only \(recordCount) records from 300 random texts")
    }
}

@Suite("Target extractor on long input")
struct TargetExtractorLongInputTests {
    @Test func aLongRunOnParagraphIsExtractedWholeAndConsistently() {
        // One paragraph, no sentence end: every figure still becomes a record with its own clause.
        let unit = "新增学位1000个，城镇新增就业6万人以上，“稳企12条”落地，"
        let text = Array(String(repeating: unit, count: 400).unicodeScalars)
        let records = TargetExtractor(defaultYear: 2024).records(in: text)
        #expect(records.count == 800)
        #expect(Set(records.map(\.indicator)) == ["学位", "城镇新增就业"])
        #expect(records.allSatisfy { $0.year == "2024" && $0.kind == .target })
    }
}

@Suite("Target extractor report year")
struct TargetExtractorReportYearTests {
    @Test func theFileNameGivesTheYearWhenTheTextDoesNot() {
        let text = Array("今年地区生产总值增长5%左右。".unicodeScalars)
        #expect(TargetExtractor().records(in: text, doc: "reports/beijing-2024-work-report.txt").first?.year == "2024")
        #expect(TargetExtractor().records(in: text, doc: "report.txt").first?.year == nil)
        #expect(DocumentFactsReader.year(inName: "a/b/20240301-report.txt") == nil)
        #expect(DocumentFactsReader.year(inName: "hefei-14th-plan.txt") == nil)
    }

    @Test func theTextWinsOverTheFileName() {
        let text = Array("——2023年1月10日在某市第十六届人民代表大会第二次会议上\n今年地区生产总值增长5%左右。".unicodeScalars)
        #expect(TargetExtractor(defaultYear: 2030).records(in: text, doc: "x-2024.txt").first?.year == "2023")
    }
}
