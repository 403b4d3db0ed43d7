import Foundation
import ZhExtract
import ZhText

/// `zhmine-bench targets [--verbose] [--doc SUBSTRING] [--repetitions N]`: scores `TargetExtractor` on every
/// gold file of the corpus and times a 30 000-character report.
///
/// Match rule (issue #6): same value (number or [lo, hi]) and unit, the record's span overlaps the gold
/// sentence (located in the text), and the indicators share at least two consecutive characters.
/// Gold records marked `optional` count neither way. Pairs are matched one to one, in gold order.
/// ```
/// swift run -c release zhmine-bench targets --verbose
/// ```
enum TargetScoreSuite {
    static func run(_ arguments: [String]) throws {
        var verbose = false
        var filter: String?
        var repetitions = 20
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--verbose", "-v": verbose = true
            case "--doc": i += 1; filter = i < arguments.count ? arguments[i] : nil
            case "--repetitions": i += 1; repetitions = max(1, i < arguments.count ? Int(arguments[i]) ?? 20 : 20)
            default: throw TargetScoreError("unknown argument \(arguments[i])")
            }
            i += 1
        }
        let docs = GoldDocument.all(root: Bench.repositoryRoot)
        let extractor = TargetExtractor()
        var total = TargetScore()
        var heldOut = TargetScore()
        var fresh = TargetScore()
        var rows: [(String, TargetScore)] = []
        for doc in docs where filter.map({ doc.name.contains($0) }) ?? true {
            let text = try String(contentsOf: doc.text, encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            let gold = try GoldTarget.load(doc.gold)
            let records = extractor.records(in: scalars, doc: doc.name)
            let score = TargetScore.match(records: records, gold: gold, text: scalars)
            if verbose {
                print("== \(doc.name)")
                for p in score.problems { print("  \(p)") }
            }
            rows.append((doc.name, score))
            total.add(score)
            switch doc.set {
            case .heldOut: fresh.add(score)
            case .corpus, .panel: heldOut.add(score)
            case .seed: break
            }
        }
        print("targets: TargetExtractor against Corpus gold (match: value+unit, span overlaps gold sentence, indicators share 2 chars)")
        print(TargetScore.header)
        for (name, score) in rows { print(score.row(name)) }
        print(heldOut.row("Corpus/ documents other than the seed"))
        print(fresh.row("held-out (Tests/…/Corpus/heldout)"))
        print(total.row("total"))
        try timing(repetitions: repetitions, docs: docs.map(\.text))
        print("command: swift run -c release zhmine-bench targets\(verbose ? " --verbose" : "")")
    }

    /// Times full extraction (normalise, structure, quantities, records) of a ~30 000-character report made of the corpus.
    static func timing(repetitions: Int, docs: [URL]) throws {
        var text: [Unicode.Scalar] = []
        var k = 0
        while text.count < 30_000, !docs.isEmpty {
            let t = try String(contentsOf: docs[k % docs.count], encoding: .utf8)
            text.append(contentsOf: t.unicodeScalars)
            text.append("\n")
            k += 1
        }
        text = Array(text.prefix(30_000))
        let extractor = TargetExtractor()
        var count = 0
        var cpu: [Double] = []
        let timing = Bench.measure(repetitions: repetitions) {
            let c0 = cpuTime()
            let r = extractor.records(in: text, doc: "bench")
            cpu.append(cpuTime() - c0)
            count = r.count
            Bench.blackHole(r)
        }
        let cpuMedian = cpu.sorted()[cpu.count / 2]
        let normalize = Bench.measure(repetitions: repetitions) { Bench.blackHole(Normalizer().normalize(text)) }
        let normalized = Normalizer().normalize(text)
        let recognise = Bench.measure(repetitions: repetitions) { Bench.blackHole(QuantityRecognizer().quantities(in: normalized.scalars)) }
        let structure = Bench.measure(repetitions: repetitions) { Bench.blackHole(DocumentStructure(text: normalized.scalars)) }
        print("  of which: normalise \(Bench.format(seconds: normalize.median)), quantities \(Bench.format(seconds: recognise.median)), structure \(Bench.format(seconds: structure.median))")
        print("speed: \(text.count) characters, \(count) records: median \(Bench.format(seconds: timing.median)), min \(Bench.format(seconds: timing.min)) wall, median \(Bench.format(seconds: cpuMedian)) CPU, over \(repetitions) runs")
    }
}

/// CPU time of this thread in seconds (robust against other processes sharing the cores).
func cpuTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

struct TargetScoreError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

extension TargetScore {
    static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static let header = padded("document", 44) + "  gold    TP    FP      P      R     F1   qual   kind   year"

    func row(_ name: String) -> String {
        Self.padded(name, 44) + String(format: " %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f", tp + fn, tp, fp,
                                       precision, recall, f1, qualifierAccuracy, kindAccuracy, yearAccuracy)
    }
}
