/// The years of China's five-year plans: the one place they are computed.
///
/// The 1st plan ran 1953–57, the 2nd 1958–62; after three adjustment years the 3rd ran 1966–70 and
/// every plan since has followed the one before it, so the Nth plan (N ≥ 3) starts in
/// 1966 + 5·(N − 3): the 14th (十四五) in 2021.
///
/// ```swift
/// PlanPeriods.firstYear(ofPlan: 14)   // 2021
/// PlanPeriods.names["第十五个五年"]    // 2026
/// ```
enum PlanPeriods {
    /// The first year of the Nth plan (N ≥ 3).
    static func firstYear(ofPlan n: Int) -> Int { 1966 + 5 * (n - 3) }

    /// The plans a report's text names by name (the 11th to the 16th), short (十四五) and long
    /// (第十四个五年), each with its first year.
    static let names: [String: Int] = {
        let digits: [Character] = ["一", "二", "三", "四", "五", "六"]
        var table: [String: Int] = [:]
        for n in 11...16 {
            let d = digits[n - 11]
            table["十\(d)五"] = firstYear(ofPlan: n)
            table["第十\(d)个五年"] = firstYear(ofPlan: n)
        }
        return table
    }()
}
