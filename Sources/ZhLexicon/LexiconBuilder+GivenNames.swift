import Foundation

extension LexiconBuilder {
    /// How much likelier each BMP character is inside a personal given name than in running
    /// words, from the lexicon's own person-tagged words: for every word tagged `nr` of two or
    /// three characters, the characters after the first (the surname) count as given-name
    /// characters (types, not frequencies: the sources' name frequencies are small and noisy).
    /// The odds are r(c) = P(c | given names) / P(c | words), P(c | words) being the probability
    /// mass of the words containing c (e^(−cost)); stored as 128 + 16·ln r, clamped to 1…255,
    /// 0 for a character never seen in a given name.
    ///
    /// ```swift
    /// givenNameOdds(keys: [Array("张伟".unicodeScalars)], posTags: ["nr"], costs: [12])[Int(("伟" as Unicode.Scalar).value)]  // > 128
    /// ```
    static func givenNameOdds(keys: [[Unicode.Scalar]], posTags: [String?], costs: [Float32]) -> [UInt8] {
        var given = [Double](repeating: 0, count: 65536)
        var mass = [Double](repeating: 0, count: 65536)
        var givenTotal = 0.0, massTotal = 0.0
        for (k, key) in keys.enumerated() {
            let tag = posTags[k]
            if tag == "nr", key.count == 2 || key.count == 3 {
                for s in key.dropFirst() where s.value < 65536 {
                    given[Int(s.value)] += 1
                    givenTotal += 1
                }
                continue  // names are not running words
            }
            let p = exp(-Double(costs[k]))
            for s in key where s.value < 65536 {
                mass[Int(s.value)] += p
                massTotal += p
            }
        }
        var odds = [UInt8](repeating: 0, count: 65536)
        guard givenTotal > 0, massTotal > 0 else { return odds }
        // A floor for the word mass, so a character the words never use is not infinitely name-like.
        let floor = massTotal * 1e-7
        for c in 0..<65536 where given[c] > 0 {
            let r = (given[c] / givenTotal) / (max(mass[c], floor) / massTotal)
            odds[c] = UInt8(max(1, min(255, (128 + 16 * log(r)).rounded())))
        }
        return odds
    }
}
