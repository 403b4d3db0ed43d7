import Foundation

/// Paths to the repository's sample documents and to ../shared.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = repositoryRoot.appendingPathComponent("Corpus/zhuzhou-2021-report-interpretation.txt").path
    static var seed: String { (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? "" }
    static let sharedDirectory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A deterministic generator so that property tests are reproducible.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }
}
