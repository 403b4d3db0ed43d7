import Foundation

/// Timing and memory helpers shared by every benchmark suite.
///
/// ```swift
/// let t = Bench.measure(repetitions: 5) { work() }
/// print(Bench.format(seconds: t.median))
/// ```
enum Bench {
    struct Timing {
        var samples: [Double]
        var median: Double { let s = samples.sorted(); return s.isEmpty ? 0 : s[s.count / 2] }
        var min: Double { samples.min() ?? 0 }
    }

    /// Monotonic time in seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` `repetitions` times and returns the wall-clock samples.
    static func measure(repetitions: Int, _ body: () -> Void) -> Timing {
        var samples: [Double] = []
        for _ in 0..<repetitions {
            let t0 = now()
            body()
            samples.append(now() - t0)
        }
        return Timing(samples: samples)
    }

    /// Peak resident set size of this process so far, in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)  // bytes on macOS
        #endif
    }

    static func format(seconds: Double) -> String {
        if seconds < 1e-6 { return String(format: "%.1f ns", seconds * 1e9) }
        if seconds < 1e-3 { return String(format: "%.2f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func format(bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / 1048576)
    }

    /// Keeps the optimiser from deleting work whose result is unused.
    @inline(never)
    static func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

    /// The repository root (this file is Benchmarks/ZhMineBench/BenchSupport.swift).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared next to the repository (research data and the seed's gold).
    static var sharedDirectory: URL { repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared") }
}
