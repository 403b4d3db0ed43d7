import Foundation
import Testing
@testable import ZhExtract

/// Pairing and status of `Panel` on hand-made records (the end-to-end tests in ZhMineCLITests run
/// the real extractor over Corpus/panel).
struct PanelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func table() throws -> PanelIndicators {
        try #require(PanelIndicators.projectDefault(directory: root.appendingPathComponent("Dictionaries").path))
    }

    static func rec(_ kind: TargetKind, _ indicator: String, _ change: String?, _ value: QuantityValue?, _ unit: String?,
                    _ qualifier: Qualifier = .exact, year: String?, sentence: String? = nil, start: Int = 0) -> TargetRecord {
        TargetRecord(kind: kind, indicator: indicator, change: change, value: value, unit: unit, qualifier: qualifier,
                     year: year, sentence: sentence ?? "\(indicator)\(change ?? "")", start: start, end: start + 5)
    }

    static let docs = [
        PanelDocument(path: "r2022.txt", jurisdiction: "全国", year: 2022, title: "政府工作报告"),
        PanelDocument(path: "r2023.txt", jurisdiction: "全国", year: 2023, title: "政府工作报告"),
        PanelDocument(path: "c2022.txt", jurisdiction: "全国", year: 2023, title: "中华人民共和国2022年国民经济和社会发展统计公报"),
        PanelDocument(path: "news.txt", jurisdiction: "全国", year: 2023, title: "经济稳中向好"),
    ]

    func panel(_ figures: [(Int, TargetRecord)], notSet: [PanelNotSetStatement] = [], query: PanelQuery = PanelQuery()) throws -> Panel {
        Panel(documents: Self.docs, figures: figures.map { PanelFigure(record: $0.1, document: $0.0) }, notSet: notSet,
              indicators: try Self.table(), query: query)
    }

    @Test func tableIsCompleteAndKeepsGrowthApartFromLevel() throws {
        let t = try Self.table()
        #expect(t.problems.isEmpty)
        for id in ["gdp_growth", "gdp_level", "cpi", "urban_surveyed_unemployment", "registered_unemployment", "new_urban_jobs",
                   "general_budget_revenue", "fixed_asset_investment", "retail_sales", "trade", "industrial_value_added",
                   "grain_output", "energy_intensity", "carbon_intensity", "rd_intensity", "disposable_income",
                   "urbanization_rate", "deficit_ratio"] {
            #expect(t.indicator(id: id) != nil, "\(id)")
        }
        #expect(t.indicator(of: Self.rec(.target, "国内生产总值", "增长", .number(5), "%", year: "2024"))?.id == "gdp_growth")
        #expect(t.indicator(of: Self.rec(.target, "全市生产总值", "突破", .number(5), "万亿元", year: "2024"))?.id == "gdp_level")
        #expect(t.indicator(of: Self.rec(.target, "全省地区生产总值", "增长", .number(6), "%", year: "2024"))?.id == "gdp_growth")
        #expect(t.indicator(of: Self.rec(.target, "GDP", nil, .number(2), "万亿元", year: "2024"))?.id == "gdp_level")
        #expect(t.indicator(of: Self.rec(.actual, "经济增速", nil, .number(5.2), "%", year: "2023"))?.id == "gdp_growth")
        #expect(t.indicator(of: Self.rec(.target, "居民消费价格", "涨幅", .number(3), "%", year: "2024"))?.id == "cpi")
        #expect(t.indicator(of: Self.rec(.target, "居民消费价格涨幅", nil, .number(3), "%", year: "2024"))?.id == "cpi")
        #expect(t.indicator(of: Self.rec(.actual, "城镇调查失业率", "降到", .number(5.2), "%", year: "2020"))?.id == "urban_surveyed_unemployment")
        #expect(t.indicator(of: Self.rec(.target, "赤字率", "安排", .number(3), "%", year: "2024"))?.id == "deficit_ratio")
        // An addition to a level and a change in points are neither growth nor level.
        #expect(t.indicator(of: Self.rec(.target, "国内生产总值", "增加", .number(1), "万亿元", year: "2024")) == nil)
        #expect(t.indicator(of: Self.rec(.target, "赤字率", "提高", .number(1), "个百分点", year: "2024")) == nil)
    }

    @Test func statusesMetMissedNoTargetNoActual() throws {
        let p = try panel([
            (0, Self.rec(.target, "国内生产总值", "增长", .number(5.5), "%", .approx, year: "2022")),
            (1, Self.rec(.actual, "国内生产总值", "增长", .number(3), "%", year: "2022")),
            (0, Self.rec(.target, "城镇新增就业", nil, .number(1100), "万人", .atLeast, year: "2022")),
            (1, Self.rec(.actual, "城镇新增就业", nil, .number(1206), "万人", year: "2022")),
            (1, Self.rec(.target, "城镇调查失业率", nil, .number(5.5), "%", .approx, year: "2023")),
            (0, Self.rec(.actual, "城镇调查失业率", "平均为", .number(5.1), "%", year: "2021")),
        ])
        let byKey = Dictionary(uniqueKeysWithValues: p.rows.map { ("\($0.indicator) \($0.year)", $0) })
        #expect(byKey["gdp_growth 2022"]?.status == .missed)
        #expect(byKey["gdp_growth 2022"]?.notes.first == "approx: met when the actual is at least 5 (5.5 - 0.5)")
        #expect(byKey["new_urban_jobs 2022"]?.status == .met)
        #expect(byKey["urban_surveyed_unemployment 2023"]?.status == .noActual)
        #expect(byKey["urban_surveyed_unemployment 2021"]?.status == .noTarget)
        #expect(p.rows.map(\.indicator) == ["gdp_growth", "urban_surveyed_unemployment", "urban_surveyed_unemployment", "new_urban_jobs"])
    }

    @Test func lowerIsBetterAndPriceGuidesAreCeilings() throws {
        let p = try panel([
            (0, Self.rec(.target, "城镇调查失业率", nil, .number(5.5), "%", .approx, year: "2022")),
            (1, Self.rec(.actual, "城镇调查失业率", "降到", .number(6.2), "%", year: "2022")),
            (0, Self.rec(.target, "居民消费价格", "涨幅", .number(3), "%", .approx, year: "2022")),
            (1, Self.rec(.actual, "居民消费价格", "上涨", .number(2), "%", year: "2022")),
        ])
        #expect(p.rows.first { $0.indicator == "urban_surveyed_unemployment" }?.status == .missed)
        // Rule level-reached: 降到5.5% is the level reached, judged against 控制在5.5%以内.
        let reached = try panel([
            (0, Self.rec(.target, "城镇调查失业率", "控制在", .number(5.5), "%", .atMost, year: "2022")),
            (1, Self.rec(.actual, "城镇调查失业率", "降到", .number(5.5), "%", year: "2022")),
        ])
        #expect(reached.rows.first?.status == .met)
        let cpi = try #require(p.rows.first { $0.indicator == "cpi" })
        #expect(cpi.status == .met)
        #expect(cpi.notes.first?.contains("at most 3.5") == true)
    }

    @Test func communiqueIsPreferredAndDisagreementIsFlagged() throws {
        let p = try panel([
            (0, Self.rec(.target, "国内生产总值", "增长", .number(5.5), "%", .approx, year: "2022")),
            (1, Self.rec(.actual, "国内生产总值", "增长", .number(3), "%", year: "2022")),
            (2, Self.rec(.actual, "国内生产总值", "增长", .number(3.0), "%", year: "2022")),
            (3, Self.rec(.actual, "GDP", "增长", .number(3.6), "%", year: "2022")),
            (1, Self.rec(.actual, "国内生产总值", nil, .number(121), "万亿元", year: "2022")),
            (2, Self.rec(.actual, "国内生产总值", nil, .number(1210207), "亿元", year: "2022")),
        ])
        let growth = try #require(p.rows.first { $0.indicator == "gdp_growth" })
        #expect(growth.actual?.document == 2)
        #expect(growth.otherActuals.map(\.document) == [1, 3])
        #expect(growth.disagreement)
        #expect(growth.notes.contains { $0.contains("preferred over the work report r2023.txt, which agrees") })
        #expect(growth.notes.contains { $0.contains("DISAGREES") && $0.contains("news.txt") })
        let level = try #require(p.rows.first { $0.indicator == "gdp_level" })
        #expect(level.actual?.document == 2)
        #expect(!level.disagreement)   // 121万亿元 and 1210207亿元 agree at the precision of the coarser
    }

    /// Rule `agree` at the precision of the coarser figure, through each of its paths: the same value
    /// and unit, a difference too large for any precision, and the digits written deciding.
    @Test func agreeAtThePrecisionOfTheCoarserFigure() {
        func agree(_ a: QuantityValue, _ ua: String, _ b: QuantityValue, _ ub: String) -> Bool {
            Panel.figuresAgree(Self.rec(.actual, "国内生产总值", nil, a, ua, year: "2022"),
                               Self.rec(.actual, "国内生产总值", nil, b, ub, year: "2022"))
        }
        #expect(agree(.number(5.2), "%", .number(5.2), "%"))
        #expect(agree(.number(5.2), "%", .number(5.24), "%"))      // 0.04 ≤ 0.1 / 2
        #expect(!agree(.number(5.2), "%", .number(5.4), "%"))
        #expect(!agree(.number(1200), "万人", .number(1206), "万人"))  // whole units at most: 6 > 0.5
        #expect(agree(.number(134.9), "万亿元", .number(1349084), "亿元"))
        #expect(!agree(.number(134.9), "万亿元", .number(1359084), "亿元"))
        #expect(agree(.range(6, 6.5), "%", .range(6, 6.5), "%"))
        #expect(!agree(.number(5), "%", .number(5), "万人"))        // units that do not convert
    }

    @Test func multiYearFiguresAreNeverAYearsActual() throws {
        let p = try panel([
            (1, Self.rec(.actual, "国内生产总值", "年均增长", .number(5.2), "%", year: "2022", sentence: "五年年均增长5.2%")),
            (1, Self.rec(.actual, "国内生产总值", "增长", .number(5.1), "%", year: "2022", sentence: "两年平均增长5.1%")),
            (1, Self.rec(.actual, "城镇新增就业", "累计超过", .number(6000), "万人", year: "2022", sentence: "“十三五”时期城镇新增就业累计超过6000万人")),
            (1, Self.rec(.actual, "居民消费价格", "上涨", .number(2.1), "%", year: "2018-2022")),
        ])
        #expect(p.rows.isEmpty, "\(p.rows.map { "\($0.indicator) \($0.year)" })")
    }

    @Test func notSetComesFromTheClauseAndUnitsConvert() throws {
        let table = try Self.table()
        let scanner = PanelNotSetScanner(indicators: table)
        let text = Array("城镇新增就业900万人以上。需要说明的是，今年我们没有提出全年经济增速具体目标，主要考虑是不确定性很大。".unicodeScalars)
        let statements = scanner.statements(in: text, document: 0, year: 2022)
        #expect(statements.map(\.indicator) == ["gdp_growth"])
        #expect(scanner.mayStateNotSet(utf8: Array(String(String.UnicodeScalarView(text)).utf8)))
        #expect(!scanner.mayStateNotSet(utf8: Array("主要预期目标是：国内生产总值增长5%左右。".utf8)))
        #expect(scanner.statements(in: Array("主要预期目标是：国内生产总值增长5%左右。".unicodeScalars), document: 0, year: 2022).isEmpty)
        let p = try panel([
            (1, Self.rec(.actual, "国内生产总值", "增长", .number(2.3), "%", year: "2022")),
            (0, Self.rec(.target, "粮食产量", nil, .number(1.3), "万亿斤", .atLeast, year: "2022")),
            (1, Self.rec(.actual, "粮食总产量", "达到", .number(13731), "亿斤", year: "2022")),
        ], notSet: statements)
        #expect(p.rows.first { $0.indicator == "gdp_growth" }?.status == .notSet)
        let grain = try #require(p.rows.first { $0.indicator == "grain_output" })
        #expect(grain.status == .met)
        #expect(grain.notes.contains { $0.contains("converted from 亿斤 to 万亿斤") })
    }

    @Test func queryFiltersAndGapDocuments() throws {
        let figures = [
            (0, Self.rec(.target, "国内生产总值", "增长", .number(5.5), "%", .approx, year: "2022")),
            (1, Self.rec(.target, "国内生产总值", "增长", .number(5), "%", .approx, year: "2023")),
        ]
        #expect(try panel(figures, query: PanelQuery(from: 2023)).rows.map(\.year) == [2023])
        #expect(try panel(figures, query: PanelQuery(jurisdictions: ["湖南省"])).rows.isEmpty)
        #expect(try panel(figures, query: PanelQuery(indicators: ["cpi"])).rows.isEmpty)
        let docs = [2021, 2022, 2023].map { (year: Int) in PanelDocument(path: "r\(year).txt", jurisdiction: "全国", year: year, title: "政府工作报告") }
        let gap = [
            PanelFigure(record: Self.rec(.target, "国内生产总值", "增长", .number(6), "%", year: "2021"), document: 0),
            PanelFigure(record: Self.rec(.target, "国内生产总值", "增长", .number(5), "%", year: "2023"), document: 2),
        ]
        #expect(Panel.gapDocuments(documents: docs, figures: gap, indicators: try Self.table()) == [1])
    }
}
