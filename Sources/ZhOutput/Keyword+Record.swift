import ZhExtract

extension Record {
    /// The columns of `zhmine keywords`.
    public static let keywordFields = ["word", "weight", "count"]

    /// A keyword record `{word, weight, count}`, the weight rounded as ``Record/roundedWeight(_:)``.
    public init(keyword k: Keyword) {
        self.init([("word", .string(k.word)), ("weight", .double(Self.roundedWeight(k.weight))), ("count", .int(k.count))])
    }

    /// Six decimals: enough to order, short to read.
    public static func roundedWeight(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
}
