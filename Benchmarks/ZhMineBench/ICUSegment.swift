import Foundation
import ZhText

/// `zhmine-bench icu-segment FILE`: ICU's BreakIterator as a segmentation peer, in the
/// SIGHAN text format (one output line per input line, tokens separated by one space).
///
/// ```
/// zhmine-bench icu-segment ../shared/sighan/pku_test.utf8 > Benchmarks/out/pku-icu.txt
/// ```
/// Run by Benchmarks/segment/peers.py (PyICU is not available); white space tokens are dropped.
enum ICUSegmentSuite {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 1, let path = arguments.first else {
            throw SegmentationScoreSuite.UsageError(message: "usage: zhmine-bench icu-segment FILE")
        }
        guard let breaker = ICUWordBreaker() else {
            throw SegmentationScoreSuite.UsageError(message: "ICU word break iterator unavailable")
        }
        let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        let stdout = FileHandle.standardOutput
        for line in SegmentationScorer.lines(text) {
            let scalars = Array(line.unicodeScalars)
            let bounds = breaker.boundaries(in: scalars)
            var first = true
            for k in 0..<max(0, bounds.count - 1) where bounds[k] < bounds[k + 1] {
                let token = scalars[bounds[k]..<bounds[k + 1]]
                if token.allSatisfy(\.properties.isWhitespace) { continue }
                if !first { out.append(0x20) }
                first = false
                for s in token { out.append(contentsOf: String(s).utf8) }
            }
            out.append(0x0A)
            if out.count >= 1 << 20 {
                stdout.write(Data(out))
                out.removeAll(keepingCapacity: true)
            }
        }
        stdout.write(Data(out))
    }
}
