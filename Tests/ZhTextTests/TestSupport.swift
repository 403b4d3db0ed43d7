import Foundation

/// Paths to the repository's sample documents and to ../shared.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = repositoryRoot.appendingPathComponent("Corpus/zhuzhou-2021-report-interpretation.txt").path
    static var seed: String { (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? "" }
    static let sharedDirectory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
