import Foundation
import Testing
@testable import ZhExtract

/// Builds records tersely: `t("GDP", "增长", "6.5", "%", .approx)`.
func planRecord(_ indicator: String, _ change: String?, _ value: String?, _ unit: String?, _ qualifier: Qualifier = .exact,
                kind: TargetKind = .target, year: String? = nil, section: String? = nil, reference: String? = nil) -> TargetRecord {
    let v = value.flatMap { Decimal(string: $0) }.map(QuantityValue.number)
    return TargetRecord(kind: kind, indicator: indicator, change: change, value: v, unit: unit, qualifier: qualifier,
                        reference: reference, year: year, section: section,
                        sentence: indicator + (change ?? "") + (value ?? "") + (unit ?? ""), start: 0, end: 0)
}

private func d(_ s: String) -> Decimal { Decimal(string: s) ?? .nan }

@Suite("PlanDiff alignment")
struct PlanDiffAlignmentTests {
    let options = PlanDiff.Options(normalizer: PlanIndicatorNormalizer(groups: [
        ["地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长"],
        ["规模以上工业增加值", "规模工业增加值", "规上工业增加值"],
        ["居民消费价格涨幅", "居民消费价格", "CPI"],
    ]))

    @Test func synonymsAndScopeWordsAlign() {
        let diff = PlanDiff(old: [planRecord("全省地区生产总值", "增长", "6", "%", .approx),
                                  planRecord("全年规上工业增加值", "增长", "8", "%")],
                            new: [planRecord("GDP", "增长", "6.5", "%", .approx),
                                  planRecord("全市规模以上工业增加值", "增长", "7", "%")],
                            options: options)
        #expect(diff.pairs.count == 2)
        let gdp = diff.pairs[0], industry = diff.pairs[1]
        #expect(gdp.status == .raised && gdp.delta == d("0.5") && gdp.deltaUnit == "个百分点")
        #expect(gdp.key == "地区生产总值")
        #expect(gdp.notes.contains { $0.hasPrefix("synonyms:") })
        #expect(gdp.notes.contains { $0.contains("全省") })
        #expect(industry.status == .lowered && industry.delta == -1)
        #expect(industry.notes.contains { $0.contains("全年") } && industry.notes.contains { $0.contains("全市") })
    }

    @Test func normalizerKeys() {
        let n = options.normalizer
        #expect(n.key("全市GDP") == "地区生产总值")
        #expect(n.key("地区生产总值") == "地区生产总值")
        #expect(n.key("全国国内生产总值") == "地区生产总值")
        #expect(n.key("2024年全市ＧＤＰ") == "地区生产总值")        // leading year, full-width Latin
        #expect(n.key("今年城镇新增就业") == "城镇新增就业")          // outside every group: scope-stripped name
        #expect(n.key("单位地区生产总值能耗") == "单位地区生产总值能耗")   // 地区 only at the front
        #expect(n.key("全市") == "全市")                             // never stripped to nothing
        #expect(n.explain("全市GDP").scopeWords == ["全市"])
    }

    @Test func projectSynonymFileParses() throws {
        let n = try PlanDiffGold.normalizer()
        #expect(n.groups.count > 50)
        #expect(n.key("规上工业增加值") == n.key("规模以上工业增加值"))
        #expect(n.key("粮食总产量") == "粮食产量")
        #expect(n.key("全社会固定资产投资") == "固定资产投资")
    }

    @Test func percentAndPercentagePointsNeverPair() {
        let diff = PlanDiff(old: [planRecord("常住人口城镇化率", "提高", "1.2", "个百分点")],
                            new: [planRecord("常住人口城镇化率", "达到", "68", "%")], options: options)
        #expect(diff.pairs.map(\.status) == [.dropped, .added])
        #expect(diff.pairs.allSatisfy { $0.delta == nil })
        #expect(diff.pairs[0].notes.first?.contains("unit 个百分点 vs %") == true)
    }

    @Test func growthRateNeverPairsWithLevelInTheSameUnit() {
        let diff = PlanDiff(old: [planRecord("民生支出占比", "提高", "2", "%")],
                            new: [planRecord("民生支出占比", "达到", "78", "%")], options: options)
        #expect(diff.pairs.map(\.status) == [.dropped, .added])
    }

    @Test func magnitudesConvertWithANote() {
        let diff = PlanDiff(old: [planRecord("城镇新增就业", nil, "1100", "万人", .atLeast)],
                            new: [planRecord("城镇新增就业", nil, "0.12", "亿人", .atLeast)], options: options)
        #expect(diff.pairs.count == 1)
        #expect(diff.pairs[0].status == .raised)
        #expect(diff.pairs[0].delta == 100 && diff.pairs[0].deltaUnit == "万人")
        #expect(diff.pairs[0].notes.contains { $0.contains("亿人 converted to 万人") })
    }

    @Test func closestCandidatePairsAndSaysSo() {
        let old = [planRecord("固定资产投资", "增长", "10", "%", section: "2023年主要预期目标"),
                   planRecord("固定资产投资", "增长", "12", "%", section: "2023年重点工作")]
        let new = [planRecord("固定资产投资", "增长", "9", "%", section: "2024年重点工作")]
        let diff = PlanDiff(old: old, new: new, options: options)
        let paired = diff.pairs.filter { $0.old != nil && $0.new != nil }
        #expect(paired.count == 1)
        #expect(paired.first?.old?.section == "2023年重点工作")
        #expect(paired.first?.notes.contains { $0.contains("closest of 2") && $0.contains("same section type") } == true)
        let dropped = diff.pairs.filter { $0.status == .dropped }
        #expect(dropped.count == 1 && dropped[0].notes.contains { $0.contains("closer") })
    }

    @Test func sameUnitWinsOverConvertibleUnit() {
        let old = [planRecord("城镇新增就业", nil, "5", "万人")]
        let new = [planRecord("城镇新增就业", nil, "60000", "人"), planRecord("城镇新增就业", nil, "6", "万人")]
        let diff = PlanDiff(old: old, new: new, options: options)
        let paired = diff.pairs.first { $0.old != nil && $0.new != nil }
        #expect(paired?.new?.unit == "万人")
        #expect(paired?.delta == 1)
    }

    @Test func statusesAndSignedDeltas() {
        let diff = PlanDiff(
            old: [planRecord("社会消费品零售总额", "增长", "8", "%", .approx),
                  planRecord("单位地区生产总值能耗", "下降", "3", "%"),
                  planRecord("出口", "增长", "2", "%"),
                  planRecord("城乡居民人均可支配收入", "增长", nil, nil, reference: "经济增长"),
                  planRecord("新增城镇就业", nil, "0.1", "万人")],
            new: [planRecord("社会消费品零售总额", "增长", "8", "%", .atLeast),
                  planRecord("单位地区生产总值能耗", "下降", "2.5", "%"),
                  planRecord("出口", "下降", "1", "%"),
                  planRecord("城乡居民人均可支配收入", "增长", nil, nil, .atLeast, reference: "经济增长"),
                  planRecord("新增城镇就业", nil, "0.3", "万人")],
            options: options)
        #expect(diff.pairs.map(\.status) == [.requalified, .lowered, .lowered, .requalified, .raised])
        #expect(diff.pairs.map(\.delta) == [0, d("-0.5"), -3, nil, d("0.2")])
    }

    @Test func rangesCompareByMidpoint() {
        let range = TargetRecord(kind: .target, indicator: "地区生产总值", change: "增长", value: .range(5, 6), unit: "%",
                                 qualifier: .range, year: nil, sentence: "增长5%—6%", start: 0, end: 0)
        let diff = PlanDiff(old: [range], new: [planRecord("GDP", "增长", "5.5", "%", .approx)], options: options)
        #expect(diff.pairs.map(\.status) == [.requalified])
        #expect(diff.pairs.first?.delta == 0)
    }

    @Test func emptyInputsGiveNoRows() {
        let diff = PlanDiff(old: [], new: [], options: options)
        #expect(diff.pairs.isEmpty && diff.judgements.isEmpty && diff.oldYear == nil)
    }
}

@Suite("PlanDiff met or missed")
struct PlanDiffJudgementTests {
    let options = PlanDiff.Options(normalizer: PlanIndicatorNormalizer(groups: [["居民消费价格涨幅", "居民消费价格", "CPI"],
                                                                                ["进出口总额", "外贸进出口总额"]]))

    func verdict(_ target: TargetRecord, _ actual: TargetRecord) -> Bool?? {
        let diff = PlanDiff(old: [target], new: [actual], options: options)
        guard let j = diff.judgements.first else { return .none }
        return .some(j.met)
    }

    func actual(_ indicator: String, _ change: String?, _ value: String, _ unit: String, year: String? = "2023") -> TargetRecord {
        planRecord(indicator, change, value, unit, kind: .actual, year: year)
    }

    @Test func declineAgainstGrowthIsMissed() {
        let target = planRecord("外贸进出口总额", "增长", "10", "%", year: "2023")
        let diff = PlanDiff(old: [target], new: [actual("进出口总额", "下降", "3.5", "%")], options: options)
        #expect(diff.judgements.first?.met == false)
        #expect(diff.judgements.first?.actualInTargetTerms == d("-3.5"))
        // A small growth target is missed by a decline too, and met by growth.
        #expect(verdict(planRecord("出口", "增长", "1", "%", year: "2023"), actual("出口", "下降", "0.5", "%")) == false)
        #expect(verdict(planRecord("出口", "增长", "1", "%", year: "2023"), actual("出口", "增长", "1", "%")) == true)
    }

    @Test func declineTargetsAreMetByLargerDeclines() {
        let target = planRecord("单位地区生产总值能耗", "下降", "3", "%", year: "2023")
        #expect(verdict(target, actual("单位地区生产总值能耗", "下降", "3.2", "%")) == true)
        #expect(verdict(target, actual("单位地区生产总值能耗", "下降", "2.5", "%")) == false)
        #expect(verdict(target, actual("单位地区生产总值能耗", "上升", "1", "%")) == false)
    }

    @Test func approxToleranceInPointsAndShares() {
        let rate = planRecord("地区生产总值", "增长", "6", "%", .approx, year: "2023")
        #expect(verdict(rate, actual("地区生产总值", "增长", "5.5", "%")) == true)
        #expect(verdict(rate, actual("地区生产总值", "增长", "5.49", "%")) == false)
        #expect(verdict(rate, actual("地区生产总值", "增长", "7.2", "%")) == true)
        let amount = planRecord("城镇新增就业", nil, "5", "万人", .approx, year: "2023")
        #expect(verdict(amount, actual("城镇新增就业", nil, "4.75", "万人")) == true)
        #expect(verdict(amount, actual("城镇新增就业", nil, "4.7", "万人")) == false)
        #expect(verdict(amount, actual("城镇新增就业", nil, "47500", "人")) == true)   // converted
    }

    @Test func ceilingsAndLowerIsBetter() {
        let atMost = planRecord("城镇调查失业率", "控制在", "5.5", "%", .atMost, year: "2023")
        #expect(verdict(atMost, actual("城镇调查失业率", nil, "5.2", "%")) == true)
        #expect(verdict(atMost, actual("城镇调查失业率", nil, "5.6", "%")) == false)
        let approx = planRecord("城镇调查失业率", nil, "5.5", "%", .approx, year: "2023")
        #expect(verdict(approx, actual("城镇调查失业率", nil, "4.8", "%")) == true)
        #expect(verdict(approx, actual("城镇调查失业率", nil, "6.1", "%")) == false)
        let atLeast = planRecord("粮食产量", "稳定在", "100", "亿斤", .atLeast, year: "2023")
        #expect(verdict(atLeast, actual("粮食产量", "达到", "99.9", "亿斤")) == false)
        #expect(verdict(atLeast, actual("粮食产量", "达到", "100", "亿斤")) == true)
    }

    @Test func priceGuidesAreShownButNotJudged() {
        let cpi = planRecord("居民消费价格", "涨幅", "3", "%", .approx, year: "2023")
        #expect(verdict(cpi, actual("CPI", "上涨", "0.2", "%")) == .some(nil))
    }

    @Test func wrongYearUnitOrKindIsNotJudged() {
        let target = planRecord("固定资产投资", "增长", "10", "%", year: "2023")
        #expect(verdict(target, actual("固定资产投资", "增长", "6.3", "%", year: "2022")) == .none)
        #expect(verdict(target, actual("固定资产投资", "达到", "3000", "亿元")) == .none)
        // A target in the new report is not an actual.
        let diff = PlanDiff(old: [target], new: [planRecord("固定资产投资", "增长", "6", "%", year: "2023")], options: options)
        #expect(diff.judgements.isEmpty)
    }

    @Test func theActualInTheTargetsUnitIsPreferred() {
        let target = planRecord("常住人口城镇化率", "提高", "1.2", "个百分点", year: "2023")
        let diff = PlanDiff(old: [target], new: [actual("常住人口城镇化率", "达到", "66.9", "%"),
                                                 actual("常住人口城镇化率", "提高", "1.1", "个百分点")], options: options)
        #expect(diff.judgements.count == 1)
        #expect(diff.judgements.first?.actual.unit == "个百分点")
        #expect(diff.judgements.first?.met == false)
    }

    @Test func periodTargetsAreJudgedByTheirLastYear() {
        let target = planRecord("森林覆盖率", "达到", "60", "%", year: "2021-2025")
        #expect(verdict(target, actual("森林覆盖率", "达到", "60.2", "%", year: "2025")) == true)
        #expect(verdict(target, actual("森林覆盖率", "达到", "60.2", "%", year: "2023")) == .none)
    }
}

@Suite("PlanChangeClass and PlanUnits")
struct PlanChangeClassTests {
    @Test func classes() {
        #expect(PlanChangeClass.classify("下降") == .change(sign: -1))
        #expect(PlanChangeClass.classify("降低") == .change(sign: -1))
        #expect(PlanChangeClass.classify("增长") == .change(sign: 1))
        #expect(PlanChangeClass.classify("涨幅") == .change(sign: 1))
        #expect(PlanChangeClass.classify("新增") == .addition)
        #expect(PlanChangeClass.classify("新建、改扩建") == .addition)
        #expect(PlanChangeClass.classify("增加") == .addition)
        #expect(PlanChangeClass.classify("达到") == .level)
        #expect(PlanChangeClass.classify("控制在") == .level)
        #expect(PlanChangeClass.classify("实施") == .action)
        #expect(PlanChangeClass.classify(nil) == .unspecified)
        #expect(PlanChangeClass.classify("") == .unspecified)
    }

    @Test func comparability() {
        #expect(PlanChangeClass.change(sign: 1).isComparable(with: .change(sign: -1)))
        #expect(!PlanChangeClass.change(sign: 1).isComparable(with: .level))
        #expect(!PlanChangeClass.addition.isComparable(with: .level))
        #expect(PlanChangeClass.addition.isComparable(with: .action))
        #expect(PlanChangeClass.unspecified.isComparable(with: .change(sign: 1)))
    }

    @Test func units() {
        #expect(PlanUnits.factor(from: "亿元", to: "万元") == 10000)
        #expect(PlanUnits.factor(from: "万人", to: "人") == 10000)
        #expect(PlanUnits.factor(from: "人", to: "万人") == Decimal(string: "0.0001"))
        #expect(PlanUnits.factor(from: "％", to: "%") == 1)
        #expect(PlanUnits.factor(from: "百分点", to: "个百分点") == 1)
        #expect(PlanUnits.factor(from: "%", to: "个百分点") == nil)
        #expect(PlanUnits.factor(from: "%", to: "‰") == nil)
        #expect(PlanUnits.factor(from: "万吨", to: "万人") == nil)
        #expect(PlanUnits.factor(from: nil, to: "%") == nil)
        #expect(PlanUnits.deltaUnit("%") == "个百分点")
        #expect(PlanUnits.deltaUnit("亿元") == "亿元")
    }
}
