import ZhText

/// The words that qualify a quantity, before it (约, 超过, 不低于 …) or after it (以上, 左右 …).
///
/// ```swift
/// QualifierWords.suffix(buffer, at: 6, limit: buffer.count)   // (end: 8, .atLeast) for "以上"
/// ```
enum QualifierWords {
    struct Word: Sendable {
        let scalars: [Unicode.Scalar]
        let qualifier: Qualifier
        init(_ text: String, _ qualifier: Qualifier) {
            scalars = Array(text.unicodeScalars)
            self.qualifier = qualifier
        }
    }

    /// Before the numeral; longest first.
    static let prefixes: [Word] = [
        .init("首次超过", .atLeast), .init("不低于", .atLeast), .init("不少于", .atLeast), .init("不小于", .atLeast),
        .init("超过", .atLeast), .init("突破", .atLeast), .init("高于", .atLeast), .init("多于", .atLeast),
        .init("大于", .atLeast), .init("逾", .atLeast), .init("超", .atLeast),
        .init("不超过", .atMost), .init("不高于", .atMost), .init("不多于", .atMost), .init("不大于", .atMost),
        .init("控制在", .atMost), .init("低于", .atMost), .init("少于", .atMost), .init("小于", .atMost),
        .init("不足", .atMost), .init("不到", .atMost),
        .init("大约", .approx), .init("约为", .approx), .init("大概", .approx), .init("接近", .approx),
        .init("将近", .approx), .init("约", .approx), .init("近", .approx),
    ].sorted { $0.scalars.count > $1.scalars.count }

    /// After the numeral and unit; longest first.
    static let suffixes: [Word] = [
        .init("以上", .atLeast), .init("开外", .atLeast), .init("有余", .atLeast),
        .init("以下", .atMost), .init("以内", .atMost), .init("之内", .atMost),
        .init("左右", .approx), .init("上下", .approx),
        .init("内", .atMost),                       // 5个工作日内, 两年内: within
    ]

    /// Characters that, written just before 约/近/超, make a word with it (节约, 最近, 赶超) rather than a qualifier.
    static func formsWordBefore(_ qualifierFirst: Unicode.Scalar, _ previous: Unicode.Scalar) -> Bool {
        switch qualifierFirst {
        case "约": return "节制预签合公契特集履违简邀相".unicodeScalars.contains(previous)
        case "近": return "最临附靠邻亲贴".unicodeScalars.contains(previous)
        case "超": return "赶高".unicodeScalars.contains(previous)
        default: return false
        }
    }

    /// The qualifier word that ends at `end` and starts no earlier than `notBefore`.
    static func prefix(_ s: UnsafeBufferPointer<Unicode.Scalar>, endingAt end: Int, notBefore: Int) -> (start: Int, qualifier: Qualifier)? {
        for word in prefixes {
            let n = word.scalars.count
            let start = end - n
            guard start >= notBefore else { continue }
            var same = true
            for k in 0..<n where s[start + k] != word.scalars[k] { same = false; break }
            if !same { continue }
            if n == 1 || word.scalars[0] == "约", start > notBefore, formsWordBefore(word.scalars[0], s[start - 1]) { continue }
            return (start, word.qualifier)
        }
        return nil
    }

    /// The qualifier word written at `i`.
    /// `afterTimeSpan`: 内 ("within") only qualifies a span of time (3年内), not 3个内设机构.
    static func suffix(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int,
                       afterTimeSpan: Bool) -> (end: Int, qualifier: Qualifier)? {
        for word in suffixes {
            if word.scalars.count == 1, word.scalars[0] == "内", !afterTimeSpan { continue }
            let n = word.scalars.count
            guard i + n <= limit else { continue }
            var same = true
            for k in 0..<n where s[i + k] != word.scalars[k] { same = false; break }
            if !same { continue }
            // 上下游 is a word of its own (upstream and downstream).
            if word.scalars[0] == "上", i + n < limit, s[i + n] == "游" { continue }
            return (i + n, word.qualifier)
        }
        // 多 right after a unit ("3年多", "1个多月" is handled with the unit) when no word follows.
        if i < limit, s[i] == "多" {
            if i + 1 == limit || !CharClass.isHan(s[i + 1]) || s[i + 1] == "来" || s[i + 1] == "的" {
                return (i + 1, .atLeast)
            }
        }
        return nil
    }
}
