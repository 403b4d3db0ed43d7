/// The words the target extractor reads: change verbs, scope prefixes, kind and year cues.
///
/// Written for ZhMine from the vocabulary of Chinese government work reports and plan outlines;
/// every list is general report language, none is taken from a particular document.
/// ```swift
/// TargetCues.changeVerbs.longestMatch(endingAt: 4, in: Array("经济增长8%".unicodeScalars))  // "增长"
/// ```
enum TargetCues {
    /// Verbs (and verb phrases) that directly precede a figure and say how it relates to the indicator.
    /// Longest match wins, so 提高到 beats 提高 and 控制在 beats 在.
    static let changeVerbs = ScalarWordSet([
        "增长", "增加", "下降", "降低", "减少", "增产", "减产", "净增", "净增加", "净减少", "提高", "提升", "上涨", "上升", "回落", "扩大", "缩小", "缩短", "压减", "压降",
        "增长到", "增加到", "提高到", "提升到", "上升到", "下降到", "降到", "降至", "降低到", "降低至", "减少到", "减少至",
        "缩小到", "缩小至", "缩短到", "缩短至", "扩大到", "扩大至", "提高至", "提升至", "增至", "升至", "达到", "达",
        "突破", "超过", "超", "逾", "控制在", "保持在", "稳定在", "维持在", "稳在", "保持", "稳定", "为", "平均为", "约为", "分别为", "定为", "执行", "预计执行",
        "完成", "实现", "新增", "新建", "新开工", "开工", "建成", "投产", "签约", "引进", "培育", "新培育", "建设", "改造", "安排",
        "拟安排", "发行", "累计", "累计完成", "涨幅", "增幅", "增速", "占", "不低于", "不少于", "不超过", "不高于", "高于", "低于",
        "翻", "拉通", "打通", "资助", "救助", "帮扶", "惠及", "覆盖", "开通", "开行", "吸引", "带动", "落户", "入选",
        "办好", "办成", "建立", "组建", "创建", "形成", "认定", "培训", "转化", "推广", "推进", "实施", "整治", "治理", "修复",
        "种植", "改扩建", "新开通", "跨越", "迈上", "迈入", "跃上", "登上", "新改建", "新建改扩建", "提质", "升级", "提供", "招引", "引育", "新开", "开工改造",
        "建成投用", "投入", "减免", "减负", "减税", "退税", "节约", "回收", "收储", "消化", "供应", "筹集", "发放",
    ])

    /// Change words that are comparisons with another quantity ("高于全国平均水平3.3个百分点").
    static let comparisonVerbs = ScalarWordSet(["高于", "低于", "快于", "慢于", "领先", "多于", "少于"])

    /// Verbs that set an end level: in 从A提高到B the figure before them is the baseline.
    static let toLevelVerbs = ScalarWordSet([
        "增长到", "增加到", "提高到", "提升到", "上升到", "下降到", "降到", "降至", "降低到", "降低至", "减少到", "减少至",
        "缩小到", "缩小至", "缩短到", "缩短至", "扩大到", "扩大至", "提高至", "提升至", "增至", "升至", "达到", "到", "至",
    ])

    /// Change verbs after which a figure is a bound.
    static let atLeastVerbs = ScalarWordSet(["突破", "超过", "超", "逾", "不低于", "不少于", "多于"])
    static let atMostVerbs = ScalarWordSet(["不超过", "不高于", "少于"])

    /// Words stripped from the start of an indicator: scope, time, modality and connectives.
    static let leadingNoise = ScalarWordSet([
        "全市", "全省", "全区", "全县", "全州", "全国", "全年", "今年", "明年", "去年", "上年", "当年", "年末", "年底", "年内",
        "上半年", "下半年", "今年以来", "一季度", "前三季度",
        "其中", "力争", "确保", "争取", "将力争", "将确保", "将争取", "将继续", "将全力", "努力", "推动", "预计", "累计", "五年累计", "年均", "同时",
        "进一步", "继续", "持续", "已有", "我们", "我市", "我省", "全市上下", "全面", "加快", "着力", "大力", "此外",
        "另外", "以及", "和", "与", "及", "计划", "谋划", "目标", "预期", "过去一年", "过去五年", "五年来",
        "一年来", "初步统计", "据初步统计", "经初步核算", "初步核算", "综合考虑", "主要预期目标", "主要目标", "是", "为",
        "分别", "均", "都", "首次", "连续", "全部", "总计", "合计", "再用", "力求", "全力", "的", "设区市", "各设区市",
        "—", "-", "·", "•", "“", "”", "\"", "(", ")", "（", "）", ":", "：",
    ])

    /// Single-character adverbs stripped only before a change verb (再改造, 共建, 将新增, 拟安排): elsewhere they
    /// begin indicator names (再生资源, 共享单车, 近岸海域, 超高清视频, 要素市场).
    static let adverbsBeforeVerb: Set<Unicode.Scalar> = ["再", "共", "使", "超", "近", "要", "约", "拟", "已", "并", "还", "将", "把", "先", "又", "也"]

    /// Last characters of an indicator name (…率, …比重, …占比, …量, …面积, …能耗): a line label "X：" ending in one
    /// names the indicator of the figures after the colon.
    static let indicatorHeads: Set<Unicode.Scalar> = ["率", "重", "比", "量", "数", "模", "积", "耗", "度", "额", "入", "值", "程", "例", "价"]

    /// Comparison phrases that start a clause and leave the indicator to the clause before: 比上年, 同比, 较上年.
    static let comparisonStarts = ScalarWordSet(["比上年", "比去年", "较上年", "较去年", "同比", "同口径", "比", "较", "与上年相比"])

    /// Words after which a quantity is a list count or scope, not a figure, when the numeral is a small Chinese one.
    static let countCreationVerbs = ScalarWordSet([
        "新增", "新建", "新培育", "培育", "建成", "引进", "办好", "办成", "新开工", "开工", "建设", "打造", "新认定", "创建",
        "实施", "完成", "新改建", "改造",
    ])

    /// Heading words of a review part of a report.
    static let reviewHeadings = ScalarWordSet(["回顾", "回眸", "回望", "盘点", "过去", "成就", "成绩", "总结", "主要工作", "五年来", "一年来", "完成情况", "执行情况",
        // A heading that reports how work went (…工作情况, 落实情况, 进展情况) reviews it, whatever plan word it names.
        "工作情况", "落实情况", "进展情况", "实施情况"])
    /// Heading words of a plan part of a report.
    static let planHeadings = ScalarWordSet([
        "目标", "安排", "任务", "重点工作", "工作部署", "总体要求", "今年", "明年", "规划", "十四五", "十五五", "展望", "远景",
        "建议", "打算", "计划", "开局", "大事", "实事", "重点",
    ])

    /// Relative-target patterns: 增长高于经济增长, 低于全省平均水平, 与经济增长同步.
    static let relativeAbove = ScalarWordSet(["高于", "快于", "不低于", "跑赢", "超过"])
    static let relativeBelow = ScalarWordSet(["低于", "慢于", "不高于", "控制在"])
    static let synchronous = ScalarWordSet(["基本同步", "同步"])

    /// Measure words the number recogniser may leave out (``UnitTable/attachedMeasureWords``).
    static let extraMeasureWords = ScalarWordSet(UnitTable.attachedMeasureWords)

    /// Words after a money or percentage figure that make it part of a name or a threshold (6000亿元台阶, 千亿元产业集群).
    static let modifiedNouns = ScalarWordSet(["台阶", "大关", "关口", "产业集群", "产业链", "级", "企业", "项目", "园区", "俱乐部", "城市"])

    /// Verbs that end the object after a figure (40亿元资金**开展**以旧换新, 8个产业集群**提质**发展).
    static let objectEnds = ScalarWordSet(["开展", "提供", "用于", "提质", "发展", "增收", "入选", "落户", "实现", "建成", "投入", "参与", "享受", "完成", "达到"])

    /// Words before a count of people that make it a meeting's attendance (应到代表420名, 实到398名).
    static let attendanceWords = ScalarWordSet(["应到", "实到", "应出席", "实出席", "出席会议", "列席会议", "缺席"])

    /// Words after a figure that make it a session number (十二届十二次全会).
    static let sessionWords = ScalarWordSet(["全会", "会议", "全体会议", "党代会", "代表大会"])

    /// Units of time and age (``UnitTable/durationUnits``).
    static let timeUnits = UnitTable.durationUnits

    /// Units that make a figure an identifier or a rank, never a target.
    static let identifierUnits: Set<String> = ["号", "号线", "期", "届", "次会议", "强", "代", "级", "类", "版", "路", "楼", "层", "号楼"]

    /// Measure words that count objects (``UnitTable/countingUnits``).
    static let countUnits = UnitTable.countingUnits
}
