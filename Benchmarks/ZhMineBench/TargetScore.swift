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
        let root = Bench.repositoryRoot.appendingPathComponent("Corpus")
        var docs: [(name: String, text: URL, gold: URL)] = []
        let fm = FileManager.default
        for (goldDir, textDirs) in [("gold", ["", "reports"]), ("diff", ["diff"])] {
            let dir = root.appendingPathComponent(goldDir)
            for file in (try? fm.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where file.hasSuffix(".targets.json") {
                let name = String(file.dropLast(".targets.json".count))
                for t in textDirs {
                    let url = root.appendingPathComponent(t).appendingPathComponent(name + ".txt")
                    if fm.fileExists(atPath: url.path) { docs.append((name, url, dir.appendingPathComponent(file))); break }
                }
            }
        }
        // Held-out texts written for the targets work, annotated before the extractor ran on them.
        let heldOutDir = Bench.repositoryRoot.appendingPathComponent("Tests/ZhExtractTests/Corpus/heldout")
        var heldOutNames: Set<String> = []
        for file in (try? fm.contentsOfDirectory(atPath: heldOutDir.path))?.sorted() ?? [] where file.hasSuffix(".targets.json") {
            let name = String(file.dropLast(".targets.json".count))
            docs.append((name, heldOutDir.appendingPathComponent(name + ".txt"), heldOutDir.appendingPathComponent(file)))
            heldOutNames.insert(name)
        }
        let extractor = TargetExtractor()
        var total = Score()
        var heldOut = Score()
        var fresh = Score()
        var rows: [(String, Score)] = []
        for doc in docs where filter.map({ doc.name.contains($0) }) ?? true {
            let text = try String(contentsOf: doc.text, encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            let gold = try GoldTarget.load(doc.gold)
            let records = extractor.records(in: scalars, doc: doc.name)
            let score = Score.match(records: records, gold: gold, text: scalars, verbose: verbose, name: doc.name)
            rows.append((doc.name, score))
            total.add(score)
            if heldOutNames.contains(doc.name) { fresh.add(score) } else if !doc.name.hasPrefix("zhuzhou") { heldOut.add(score) }
        }
        print("targets: TargetExtractor against Corpus gold (match: value+unit, span overlaps gold sentence, indicators share 2 chars)")
        print(Score.header)
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

/// One annotated record of a gold file.
struct GoldTarget {
    var sentence: String
    var indicator: String
    var value: [Double]?
    var unit: String?
    var qualifier: String
    var kind: String
    var year: String?
    var optional: Bool

    static func load(_ url: URL) throws -> [GoldTarget] {
        let data = try Data(contentsOf: url)
        guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { throw TargetScoreError("\(url.path): not a list") }
        return list.map { o in
            var value: [Double]?
            if let n = o["value"] as? NSNumber { value = [n.doubleValue] } else if let a = o["value"] as? [NSNumber] { value = a.map(\.doubleValue) }
            return GoldTarget(sentence: o["sentence"] as? String ?? "", indicator: o["indicator"] as? String ?? "",
                              value: value, unit: o["unit"] as? String, qualifier: o["qualifier"] as? String ?? "exact",
                              kind: o["kind"] as? String ?? "target", year: o["year"] as? String,
                              optional: o["optional"] as? Bool ?? false)
        }
    }
}

struct Score {
    var tp = 0, fp = 0, fn = 0
    var qualifierOK = 0, kindOK = 0, yearOK = 0

    mutating func add(_ o: Score) {
        tp += o.tp; fp += o.fp; fn += o.fn
        qualifierOK += o.qualifierOK; kindOK += o.kindOK; yearOK += o.yearOK
    }

    var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    func rate(_ n: Int) -> Double { tp == 0 ? 1 : Double(n) / Double(tp) }

    static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static let header = padded("document", 44) + "  gold    TP    FP      P      R     F1   qual   kind   year"

    func row(_ name: String) -> String {
        Self.padded(name, 44) + String(format: " %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f", tp + fn, tp, fp,
                                       precision, recall, f1, rate(qualifierOK), rate(kindOK), rate(yearOK))
    }

    /// Scalar ranges where `needle` occurs in `text`.
    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == needle[0], Array(text[i..<i + needle.count]) == needle { result.append(i..<i + needle.count) }
            i += 1
        }
        return result
    }

    static func shareTwo(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count >= 2, y.count >= 2 else { return false }
        for i in 0..<(x.count - 1) {
            for j in 0..<(y.count - 1) where x[i] == y[j] && x[i + 1] == y[j + 1] { return true }
        }
        return false
    }

    static func values(_ r: TargetRecord) -> [Double]? {
        switch r.value {
        case nil: return nil
        case let .number(d)?: return [NSDecimalNumber(decimal: d).doubleValue]
        case let .range(lo, hi)?: return [NSDecimalNumber(decimal: lo).doubleValue, NSDecimalNumber(decimal: hi).doubleValue]
        }
    }

    static func matches(_ r: TargetRecord, _ g: GoldTarget, spans: [Range<Int>]) -> Bool {
        let v = values(r)
        if (v == nil) != (g.value == nil) { return false }
        if let v, let gv = g.value {
            if v.count != gv.count || zip(v, gv).contains(where: { abs($0 - $1) > 1e-9 }) { return false }
        }
        if (r.unit ?? "") != (g.unit ?? "") { return false }
        guard spans.contains(where: { $0.overlaps(r.start..<r.end) }) else { return false }
        return shareTwo(r.indicator, g.indicator)
    }

    /// `spans`: where each gold sentence lies in the records' text (default: located in `text`).
    static func match(records: [TargetRecord], gold: [GoldTarget], text: [Unicode.Scalar], verbose: Bool, name: String,
                      spans located: [[Range<Int>]]? = nil) -> Score {
        var score = Score()
        var used = [Bool](repeating: false, count: records.count)
        let spans = located ?? gold.map { occurrences(of: Array($0.sentence.unicodeScalars), in: text) }
        var missed: [GoldTarget] = []
        var wrong: [String] = []
        for (gi, g) in gold.enumerated() where !g.optional {
            if let ri = records.indices.first(where: { !used[$0] && matches(records[$0], g, spans: spans[gi]) }) {
                used[ri] = true
                let r = records[ri]
                score.tp += 1
                if r.qualifier.rawValue == g.qualifier { score.qualifierOK += 1 } else { wrong.append("qualifier \(r.qualifier.rawValue) ≠ \(g.qualifier): \(g.sentence)") }
                if r.kind.rawValue == g.kind { score.kindOK += 1 } else { wrong.append("kind \(r.kind.rawValue) ≠ \(g.kind): \(g.sentence)") }
                if r.year == g.year { score.yearOK += 1 } else { wrong.append("year \(r.year ?? "nil") ≠ \(g.year ?? "nil"): \(g.sentence)") }
            } else {
                score.fn += 1
                missed.append(g)
            }
        }
        var extra: [TargetRecord] = []
        for (ri, r) in records.enumerated() where !used[ri] {
            let optionalMatch = gold.indices.contains { gold[$0].optional && matches(r, gold[$0], spans: spans[$0]) }
            if !optionalMatch { score.fp += 1; extra.append(r) }
        }
        if verbose {
            print("== \(name)")
            for g in missed { print("  FN \(g.indicator) \(g.value.map { "\($0)" } ?? "nil") \(g.unit ?? "nil") | \(g.sentence)") }
            for r in extra {
                let v = values(r).map { "\($0)" } ?? "nil"
                print("  FP \(r.indicator) \(v) \(r.unit ?? "nil") | \(r.sentence)")
            }
            for w in wrong { print("  ~~ \(w)") }
        }
        return score
    }
}
