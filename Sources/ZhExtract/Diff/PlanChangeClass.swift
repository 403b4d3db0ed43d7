import Foundation
import ZhText

/// What a record's change word says about its figure: a change (增长, 下降 …, signed), an addition
/// (新增, 新建 …), a level (达到, 稳定在, 控制在 …), some other action (实施, 改造 …) or nothing.
///
/// ```swift
/// PlanChangeClass.classify("下降")   // .change(sign: -1)
/// PlanChangeClass.classify("达到")   // .level
/// ```
enum PlanChangeClass: Sendable, Equatable {
    case change(sign: Int)
    case addition
    case level
    case action
    case unspecified

    /// The class of a change word (nil → `.unspecified`).
    static func classify(_ change: String?) -> PlanChangeClass {
        guard let raw = change, !raw.isEmpty else { return .unspecified }
        let word = Array(PlanIndicatorNormalizer.nfkc(raw).unicodeScalars)
        // Rule `level-reached`: a change word ending in 到/至 (降到, 提高到, 下降至, 增加到) states the
        // level reached, not the size of the change.
        if word.count > 1, let last = word.last, levelReachedEndings.contains(last) { return .level }
        if declineWords.leads(word) { return .change(sign: -1) }
        if word.first == "新" || additionWords.leads(word) { return .addition }
        if growthWords.leads(word) { return .change(sign: 1) }
        if levelWords.leads(word) { return .level }
        return .action
    }

    /// +1 for growth, -1 for decline; +1 for anything that is not a change.
    var sign: Int {
        if case let .change(sign) = self { return sign }
        return 1
    }

    /// Whether figures with these change words measure the same sort of thing: a growth rate never
    /// compares with a level, a number of new units never with a total. Unspecified goes with anything.
    func isComparable(with other: PlanChangeClass) -> Bool {
        switch (self, other) {
        case (.unspecified, _), (_, .unspecified): return true
        case (.change, .change): return true
        case (.change, _), (_, .change): return false
        case (.addition, .level), (.level, .addition): return false
        default: return true
        }
    }

    static let levelReachedEndings: Set<Unicode.Scalar> = ["到", "至"]
    static let declineWords = PlanWordList(["下降", "降低", "减少", "回落", "降幅", "下调", "压减", "缩减", "削减", "压降", "减", "降"])
    static let additionWords = PlanWordList(["增加", "净增"])
    static let growthWords = PlanWordList(["增长", "增速", "增幅", "提高", "提升", "上涨", "上升", "涨幅", "增", "涨", "提"])
    static let levelWords = PlanWordList(["达到", "达", "稳定在", "稳定", "保持在", "保持", "控制在", "控制", "突破", "超过", "不低于",
                                          "不超过", "不少于", "为", "平均为", "累计", "总量", "总数", "完成", "实现", "跨越", "跃上", "迈上"])
}

/// Substring tests for the small word lists of plan diffs and the panel's figure rules (no
/// Foundation string search): over scalars, or over a string's UTF-8 bytes read in place (the
/// panel's rules run on every record of an archive; a word occurs in UTF-8 exactly when its
/// scalars occur, UTF-8 being self-synchronising).
///
/// ```swift
/// let words = PlanWordList(["失业率", "能耗"])
/// words.occurs(in: "城镇调查失业率")   // true
/// ```
struct PlanWordList: Sendable {
    let words: [[Unicode.Scalar]]
    /// The same words as UTF-8 bytes.
    private let utf8: [[UInt8]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }
        self.utf8 = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// True when `text` starts with one of the words.
    func leads(_ text: [Unicode.Scalar]) -> Bool {
        words.contains { !$0.isEmpty && $0.count <= text.count && text.starts(with: $0) }
    }

    /// True when any word occurs in `text` (searched as UTF-8, in place).
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in utf8.contains { Occurrence.first(of: $0, in: bytes) != nil } }
    }

    /// True when any word occurs in `scalars`.
    func occurs(in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        for word in words where !word.isEmpty && word.count <= scalars.count {
            var i = scalars.startIndex
            let last = scalars.endIndex - word.count
            while i <= last {
                if scalars[i] == word[0] {
                    var k = 1
                    while k < word.count, scalars[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
                i += 1
            }
        }
        return false
    }
}
