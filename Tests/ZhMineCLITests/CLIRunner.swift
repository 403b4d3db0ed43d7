import Foundation
import Testing

/// Runs the real `zhmine` binary built next to the test bundle.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr without the once-per-run warning of an ICU-only lexicon (machines without jieba).
        var diagnostics: String {
            stderr.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("zhmine: warning: the lexicon has ICU's dictionary") }.joined(separator: "\n")
        }
        var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = repositoryRoot.appendingPathComponent("Corpus/zhuzhou-2021-report-interpretation.txt").path
    static let sharedDirectory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the binary's lexicon has jieba's dict.txt, as `zhmine dict stats` lists its sources.
    /// Expectations that hold only with it are skipped, saying so, where it is absent.
    static let hasJieba: Bool = (try? run(["dict", "stats"]))?.lines.contains { $0.hasPrefix("  jieba ") } ?? false
    static let jiebaSkipMessage: Comment = "needs jieba's dict.txt and idf.txt (python3-jieba, or the copy scripts/setup.sh takes from PyPI)"

    /// The directory holding the test bundle holds the products, `zhmine` among them.
    static var binary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            repositoryRoot.appendingPathComponent(".build/debug"),
        ].compactMap { $0 }
        for dir in candidates {
            let url = dir.appendingPathComponent("zhmine")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/zhmine")
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // Drain both pipes concurrently so a large output never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhmine-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
