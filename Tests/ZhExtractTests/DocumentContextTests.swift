import Foundation
import Testing
@testable import ZhExtract

/// A document's own facts — title, date, report year and its source, genre, jurisdiction — and the
/// time frames its paragraphs inherit.
@Suite("Document context")
struct DocumentContextTests {
    static let gazetteer = Gazetteer(names: [
        "湖南省": "湖南省", "湖南": "湖南省", "株洲市": "株洲市", "株洲": "株洲市", "长沙市": "长沙市", "长沙": "长沙市",
        "四川省": "四川省", "四川": "四川省", "成都市": "成都市", "成都": "成都市", "锦江区": "锦江区", "芦淞区": "芦淞区",
    ])

    static func context(_ text: String, name: String? = nil, gazetteer: Gazetteer? = Self.gazetteer) -> DocumentContext {
        DocumentContext(text: Array(text.unicodeScalars), name: name, gazetteer: gazetteer)
    }

    static func offset(of needle: String, in text: String) -> Int {
        guard let r = text.range(of: needle) else { return -1 }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    }

    @Test func titleDateJurisdictionAndYearOfAWorkReport() {
        let c = Self.context("""
        2021年株洲市政府工作报告

        ——2021年1月7日在株洲市第十五届人民代表大会第四次会议上

        株洲市人民政府市长 阳卫国

        一、2020年工作回顾
        过去一年，全市地区生产总值增长4.1%。
        """)
        #expect(c.title == "2021年株洲市政府工作报告")
        #expect(c.date == CalendarDate(year: 2021, month: 1, day: 7))
        #expect(c.jurisdiction == "株洲市")
        #expect(c.reportYear == 2021)
        #expect(c.reportYearSource == .date)
        #expect(c.genre == .workReport)
    }

    @Test func beijingWireWithNationalFiguresIsNational() {
        // A ministry's national figures, then the provinces one by one: the nation, not the first province named.
        let wire = Self.context("上半年全国完成交通投资1.6万亿元\n\n新华社北京7月20日电（记者 王明）记者从交通运输部获悉，上半年全国完成交通固定资产投资1.6万亿元。其中，四川完成1200亿元，湖南完成900亿元，四川居全国前列。\n")
        #expect(wire.jurisdiction == "全国")
        // The same wire from a provincial capital, or a Beijing wire on one province's figures, is that province's.
        let provincial = Self.context("湖南上半年完成交通投资900亿元\n\n新华社长沙7月20日电 湖南省上半年完成交通投资900亿元，增速居全国前列，湖南将继续加大投入。\n")
        #expect(provincial.jurisdiction == "湖南省")
        let noNation = Self.context("四川举行项目推介\n\n新华社北京7月20日电 四川省今天在京举行项目推介会，四川签约项目86个，四川将扩大开放。\n")
        #expect(noNation.jurisdiction == "四川省")
    }

    @Test func nationalReportSessionLineGivesTheNationAndTheYear() {
        let c = Self.context("政府工作报告\n——２０２４年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n".precomposedStringWithCompatibilityMapping)
        #expect(c.jurisdiction == "全国")
        #expect(c.reportYear == 2024)
        #expect(c.title == "政府工作报告")
    }

    @Test func withoutAGazetteerOnlySuffixedNamesCount() {
        let c = Self.context("四川省政府工作报告（摘要）\n一、2022年工作回顾\n全省…\n二、2023年主要预期目标\n", gazetteer: nil)
        #expect(c.jurisdiction == "四川省")
        #expect(c.reportYear == 2023)
        #expect(c.reportYearSource == .lead || c.reportYearSource == .heading)
    }

    @Test func aBareDateAtTheFootOfAPlan() {
        let c = Self.context("合肥市国民经济和社会发展第十四个五年规划纲要\n第一章 发展目标\n…\n合肥市人民政府 发布\n2021年4月\n", gazetteer: nil)
        #expect(c.date == CalendarDate(year: 2021, month: 4))
        #expect(c.reportYear == 2021)
        #expect(c.jurisdiction == "合肥市")
        #expect(c.planPeriod == YearSpan(2021, 2025))
        #expect(c.genre == .plan)
    }

    @Test func aProvincialCongressReportedUnderItsCapitalsDatelineIsTheProvinces() {
        let c = Self.context("""
        奋力谱写高质量发展新篇章
        新华社成都1月20日电 四川省第十四届人民代表大会第二次会议20日在成都开幕。省长在政府工作报告中指出，过去一年，全省经济回升向好。
        成都市代表团审议报告。
        """)
        #expect(c.jurisdiction == "四川省")
        #expect(c.genre == .reportNews)
        #expect(c.reportMonth == 1)
    }

    @Test func theHallWhereTheCongressMetIsNotTheJurisdiction() {
        let c = Self.context("""
        长沙市第十六届人民代表大会第三次会议开幕
        会议在锦江区会议中心举行。
        长沙市代表听取政府工作报告。长沙市地区生产总值增长4.8%。
        """)
        #expect(c.jurisdiction == "长沙市")
    }

    @Test func aFirstSentenceReviewingLastYearIsNotTheReportsYear() {
        let c = Self.context("2023年，全市地区生产总值增长5%。\n2024年主要预期目标\n地区生产总值增长6%左右。", name: "x.txt")
        #expect(c.title == nil)
        #expect(c.reportYear == 2024)
        let unnamed = Self.context("2023年，全市地区生产总值增长5%。\n城镇新增就业5万人。", name: "changsha-2024-report.txt")
        #expect(unnamed.reportYear == 2024)
        #expect(unnamed.reportYearSource == .fileName)
    }

    @Test func aBodyYearIsNotTheReportsYearAndNothingSaysNothing() {
        // The outline names its period, not a year: it is adopted in the period's first year, not the body's 2020.
        let plan = Self.context("合肥市国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n2020年地区生产总值突破1万亿元。")
        #expect(plan.reportYear == 2021)
        let proposal = Self.context("中共成都市委关于制定成都市国民经济和社会发展第十五个五年规划的建议\n“十四五”时期…")
        #expect(proposal.reportYear == 2025 && proposal.reportMonth == 10)
        let notice = Self.context("关于做好工作的通知\n各单位：\n请于12345号文件所述时间前完成。")
        #expect(notice.jurisdiction == nil)
        #expect(notice.reportYear == nil)
        #expect(Self.context("").title == nil)
    }

    @Test func genresByTheirRules() {
        #expect(Self.context("徐州市2025年国民经济和社会发展统计公报\n全年地区生产总值9000亿元。").genre == .statisticalCommunique)
        #expect(Self.context("关于山东省2025年预算执行情况和2026年预算草案的报告\n").genre == .budgetReport)
        #expect(Self.context("# 2021:奋力开好局\n## ——《政府工作报告》解读之四\n").genre == .interpretation)
        #expect(Self.context("报告摘登\n●预计全省地区生产总值增长5.5%左右\n●粮食总产达到700亿斤\n●城镇新增就业60万人\n").genre == .digest)
    }

    // MARK: - Frames

    @Test func aReviewLeadHoldsOverTheDashParagraphsUntilAPlanCue() {
        let text = """
        2024年湖南省政府工作报告解读
        省长在政府工作报告中指出，过去一年，全省经济回升向好。
        ——经济运行稳中向好。地区生产总值达到5.3万亿元，增长4.6%。
        ——民生保障有力。城镇新增就业46万人。
        今年全省经济社会发展的主要预期目标是：
        ——地区生产总值增长5.5%左右。
        """
        let c = Self.context(text)
        let dash1 = c.frames.inherited(at: Self.offset(of: "——经济运行", in: text))
        #expect(dash1.kind == .actual)
        #expect(dash1.years == "2023")
        #expect(dash1.rule == "review-opener")
        #expect(c.frames.inherited(at: Self.offset(of: "——民生", in: text)).kind == .actual)
        let plan = c.frames.inherited(at: Self.offset(of: "——地区生产总值增长5.5%", in: text))
        #expect(plan.kind == .target)
        #expect(plan.years == "2024")
        // Every frame names a rule of the table.
        #expect(c.frames.all.allSatisfy { f in TimeFrames.rules.contains { $0.name == f.rule } })
    }

    @Test func headingLikeLinesOpenFramesAndTheFiveYearsAreTheReportsFive() {
        let text = "2023年政府工作报告\n过去五年工作回顾\n地区生产总值年均增长6.6%。\n2023年工作安排\n地区生产总值增长6%左右。"
        let c = Self.context(text)
        let review = c.frames.inherited(at: Self.offset(of: "地区生产总值年均", in: text))
        #expect(review.kind == .actual && review.rule == "heading-review")
        let plan = c.frames.inherited(at: Self.offset(of: "地区生产总值增长6%", in: text))
        #expect(plan.kind == .target && plan.years == "2023")
        let speech = Self.context("2023年株洲市政府工作报告\n这五年，我们砥砺前行。\n全市经济总量增加到3600亿元。")
        #expect(speech.frames.all.first?.years == "2018-2022")
    }

    @Test func everyFrameRuleHasANameACueAndAResult() {
        #expect(TimeFrames.rules.count >= 5)
        #expect(Set(TimeFrames.rules.map(\.name)).count == TimeFrames.rules.count)
        #expect(TimeFrames.rules.allSatisfy { !$0.cue.isEmpty && !$0.result.isEmpty })
    }
}
