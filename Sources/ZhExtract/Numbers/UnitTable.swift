import ZhText

/// A unit or measure word that can follow a numeral, with the class that decides the quantity's kind.
///
/// Magnitudes (万, 亿, 千万 …) are not units: they belong to the numeral and are prefixed to the
/// unit text by the recognizer ("6万人" = 6 × "万" + "人").
/// ```swift
/// UnitTable.longestMatch(buffer, at: 3, limit: buffer.count)?.text   // "个百分点" in "提高2个百分点"
/// ```
struct QuantityUnit: Sendable {
    enum UnitClass: UInt8, Sendable {
        case count, people, money, length, area, volume, mass, power, energy, freight, time
        case percent, permille, permyriad, percentagePoint, tenth, multiple, ordinal
    }
    let text: String
    let scalars: [Unicode.Scalar]
    let unitClass: UnitClass

    init(_ text: String, _ unitClass: UnitClass) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.unitClass = unitClass
    }

    var isLatin: Bool { scalars.first.map(CharClass.isAnyLatin) ?? false }
}

/// The closed class of units and measure words ZhMine recognises after a numeral.
///
/// Vague measures (批, 些, 点, 方面), measure words that start common words after 一
/// (部分, 片, 头, 块, 门) and 度 (年度/温度) are left out on purpose: a numeral followed by
/// them is not reported unless something else makes it a quantity.
/// ```swift
/// UnitTable.all.count   // number of entries
/// ```
enum UnitTable {
    static let all: [QuantityUnit] = [
        // Measure words for counts.
        .init("个", .count), .init("家", .count), .init("项", .count), .init("条", .count), .init("所", .count),
        .init("座", .count), .init("户", .count), .init("套", .count), .init("台套", .count), .init("辆", .count),
        .init("台", .count), .init("张", .count), .init("床", .count), .init("件", .count), .init("次", .count),
        .init("项次", .count), .init("场", .count), .init("种", .count), .init("类", .count), .init("支", .count),
        .init("只", .count), .init("株", .count), .init("棵", .count), .init("篇", .count), .init("本", .count),
        .init("册", .count), .init("份", .count), .init("例", .count), .init("宗", .count), .init("栋", .count),
        .init("幢", .count), .init("间", .count), .init("艘", .count), .init("架", .count), .init("颗", .count),
        .init("枚", .count), .init("笔", .count), .init("段", .count), .init("层", .count), .init("组", .count),
        .init("家次", .count), .init("处", .count), .init("起", .count),
        // People.
        .init("人", .people), .init("名", .people), .init("位", .people), .init("人次", .people),
        // Money.
        .init("元", .money), .init("圆", .money), .init("美元", .money), .init("欧元", .money), .init("港元", .money),
        .init("日元", .money), .init("英镑", .money),
        // Length, area, volume, mass.
        .init("公里", .length), .init("千米", .length), .init("米", .length), .init("厘米", .length),
        .init("毫米", .length), .init("微米", .length), .init("纳米", .length),
        .init("延米", .length), .init("延长米", .length), .init("海里", .length), .init("英尺", .length), .init("km", .length), .init("m", .length),
        .init("cm", .length), .init("mm", .length),
        .init("平方公里", .area), .init("平方千米", .area), .init("平方米", .area), .init("平米", .area),
        .init("平方厘米", .area), .init("亩", .area), .init("标准亩", .area), .init("公顷", .area), .init("千公顷", .area), .init("km2", .area), .init("m2", .area),
        .init("立方米", .volume), .init("升", .volume), .init("千升", .volume), .init("毫升", .volume), .init("m3", .volume),
        .init("吨", .mass), .init("公斤", .mass), .init("千克", .mass), .init("克", .mass), .init("斤", .mass),
        .init("kg", .mass), .init("毫克", .mass), .init("微克", .mass), .init("吨二氧化碳", .mass),
        // Power and energy.
        .init("千瓦", .power), .init("兆瓦", .power), .init("吉瓦", .power), .init("瓦", .power), .init("千伏", .power), .init("伏", .power),
        .init("kW", .power), .init("MW", .power), .init("GW", .power),
        .init("千瓦时", .energy), .init("兆瓦时", .energy), .init("kWh", .energy), .init("MWh", .energy), .init("吨标准煤", .energy), .init("吨标煤", .energy),
        .init("克标准煤", .energy), .init("千克标准煤", .energy), .init("公斤标准煤", .energy), .init("克标煤", .energy),
        // Freight and traffic.
        .init("标准箱", .freight), .init("标箱", .freight), .init("TEU", .freight), .init("架次", .freight),
        .init("车次", .freight), .init("班次", .freight), .init("航次", .freight), .init("吨公里", .freight),
        // Time spans (a year number before 年 makes a `.year` instead).
        .init("年", .time), .init("个月", .time), .init("天", .time), .init("小时", .time), .init("分钟", .time),
        .init("秒", .time), .init("周", .time), .init("周年", .time), .init("周岁", .time), .init("岁", .time),
        .init("个工作日", .time), .init("工作日", .time), .init("自然日", .time),
        // Ratios.
        .init("%", .percent), .init("％", .percent), .init("‰", .permille), .init("‱", .permyriad),
        .init("个百分点", .percentagePoint), .init("百分点", .percentagePoint),
        .init("成", .tenth), .init("倍", .multiple),
        // Always ordinal: 十九届, 第十五届.
        .init("届", .ordinal),
    ]

    /// Measure words the number recogniser leaves out (300列, 6548万头: vague or a common word
    /// after 一) but the target extractor attaches to a figure.
    static let attachedMeasureWords = ["列", "头", "羽", "匹", "尾", "口", "眼", "盏", "根", "道", "片", "块", "批", "趟", "班", "门",
                                       "千升", "升", "千公顷", "万吨级", "标箱"]

    /// Units of time and age: a figure in these is a duration or a scope unless a change verb sets it.
    static let durationUnits: Set<String> = ["年", "个月", "月", "周", "天", "日", "小时", "分钟", "秒", "周年", "岁", "年度", "季度", "个季度"]

    /// Measure words that count objects (个, 家, 所 …): with a following noun they name the object counted.
    static let countingUnits: Set<String> = [
        "个", "家", "所", "条", "项", "件", "座", "处", "批", "场", "支", "名", "位", "台", "辆", "套", "张", "户", "栋", "种",
        "类", "片", "块", "间", "艘", "架", "列", "班", "份", "部", "宗", "对", "组", "只", "头", "棵", "株", "公里", "千米", "米",
        "亩", "平方米", "平方公里", "人", "人次", "次",
    ]

    /// Every unit word of the tables above: each is a word of Dictionaries/units.txt too, so that the
    /// segmenter keeps it whole (UnitTableTests checks; Latin units and signs are atoms, not words).
    static var allWords: Set<String> {
        Set(all.map(\.text)).union(attachedMeasureWords).union(durationUnits).union(countingUnits)
    }

    /// 个月, for "1个多月".
    static let months = QuantityUnit("个月", .time)

    /// Entries by first scalar, longest first.
    static let byFirstScalar: [UInt32: [QuantityUnit]] = {
        var table: [UInt32: [QuantityUnit]] = [:]
        for unit in all {
            guard let first = unit.scalars.first else { continue }
            table[first.value, default: []].append(unit)
        }
        for key in table.keys { table[key]?.sort { $0.scalars.count > $1.scalars.count } }
        return table
    }()

    /// Longest unit written at `i`, with a compound "/unit" after it (元/吨, 微克/立方米);
    /// Latin units must end at a word boundary.
    static func longestCompoundMatch(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int) -> QuantityUnit? {
        guard let unit = longestMatch(s, at: i, limit: limit) else { return nil }
        let slash = i + unit.scalars.count
        guard slash < limit, s[slash] == "/", let per = longestMatch(s, at: slash + 1, limit: limit),
              per.unitClass != .percent, unit.unitClass != .percent else { return unit }
        return QuantityUnit(unit.text + "/" + per.text, unit.unitClass)
    }

    /// Longest unit written at `i`; Latin units must end at a word boundary.
    static func longestMatch(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int) -> QuantityUnit? {
        guard i < limit, let candidates = byFirstScalar[s[i].value] else { return nil }
        outer: for unit in candidates {
            let n = unit.scalars.count
            guard i + n <= limit else { continue }
            for k in 0..<n where s[i + k] != unit.scalars[k] { continue outer }
            if unit.isLatin, i + n < limit, CharClass.isAnyLatin(s[i + n]) || NumeralScalars.arabicDigit(s[i + n]) != nil {
                continue
            }
            return unit
        }
        return nil
    }
}
