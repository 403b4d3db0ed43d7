import Foundation
import ZhExtract
import ZhLexicon
import ZhSegment
import ZhText

/// `zhmine-bench entities [--gold-dir DIR] [--verbose]`: scores ``EntityRecognizer`` on every
/// `Corpus/gold/*.entities.json` against the text of the same name in `Corpus/` or
/// `Corpus/reports/`, and on the held-out `Tests/ZhExtractTests/Corpus/heldout/*.entities.json`
/// (pooled on their own row: their gold was committed before the recogniser ran on them), with the rule in the gold's note: recall over `entities` by text and
/// by text+type; precision over predicted distinct texts, ignoring those in `optional`.
///
/// ```
/// swift run -c release zhmine-bench entities --verbose
/// ```
enum EntityScoreSuite {
    struct Score {
        var gold = 0, foundText = 0, foundTyped = 0, predicted = 0, correct = 0
        var recallText: Double { gold == 0 ? 1 : Double(foundText) / Double(gold) }
        var recallTyped: Double { gold == 0 ? 1 : Double(foundTyped) / Double(gold) }
        var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
        mutating func add(_ o: Score) {
            gold += o.gold; foundText += o.foundText; foundTyped += o.foundTyped
            predicted += o.predicted; correct += o.correct
        }
    }

    static func run(_ arguments: [String]) throws {
        let verbose = arguments.contains("--verbose")
        var goldDir = Bench.repositoryRoot.appendingPathComponent("Corpus/gold")
        if let i = arguments.firstIndex(of: "--gold-dir"), i + 1 < arguments.count {
            goldDir = URL(fileURLWithPath: arguments[i + 1])
        }
        let t0 = Bench.now()
        let lexicon = try LexiconStore().load()
        let recognizer = EntityRecognizer(segmenter: Segmenter(lexicon: lexicon))
        let loadSeconds = Bench.now() - t0
        if let i = arguments.firstIndex(of: "--text"), i + 1 < arguments.count {
            for e in recognizer.entities(in: Array(arguments[i + 1].unicodeScalars)) {
                print("\(e.text)\t\(e.type.rawValue)\t\(e.start)\t\(e.end)")
            }
            return
        }
        // Corpus documents (the rules were developed on them), then the held-out texts in
        // Tests/ZhExtractTests/Corpus/heldout whose entity gold was committed before the
        // recogniser first ran on them: pooled separately, the latter is the blind estimate.
        var docs: [(name: String, text: URL, gold: URL, heldOut: Bool)] = []
        let fm = FileManager.default
        let corpus = goldDir.deletingLastPathComponent()
        for file in try fm.contentsOfDirectory(atPath: goldDir.path).filter({ $0.hasSuffix(".entities.json") }).sorted() {
            let base = String(file.dropLast(".entities.json".count))
            let candidates = [corpus.appendingPathComponent(base + ".txt"), corpus.appendingPathComponent("reports/" + base + ".txt")]
            guard let textURL = candidates.first(where: { fm.fileExists(atPath: $0.path) }) else {
                FileHandle.standardError.write(Data("entities: no text for \(file)\n".utf8))
                continue
            }
            docs.append((base, textURL, goldDir.appendingPathComponent(file), false))
        }
        if !arguments.contains("--gold-dir") {
            let heldOutDir = Bench.repositoryRoot.appendingPathComponent("Tests/ZhExtractTests/Corpus/heldout")
            for file in ((try? fm.contentsOfDirectory(atPath: heldOutDir.path)) ?? []).filter({ $0.hasSuffix(".entities.json") }).sorted() {
                let base = String(file.dropLast(".entities.json".count))
                let textURL = heldOutDir.appendingPathComponent(base + ".txt")
                guard fm.fileExists(atPath: textURL.path) else {
                    FileHandle.standardError.write(Data("entities: no text for heldout/\(file)\n".utf8))
                    continue
                }
                docs.append((base, textURL, heldOutDir.appendingPathComponent(file), true))
            }
        }
        print("entities  gold=\(goldDir.path) + Tests/ZhExtractTests/Corpus/heldout")
        print(pad("document", 46) + pad("gold", 6) + pad("R text", 8) + pad("R type", 8) + pad("pred", 6) + pad("P", 7) + "ms")
        var total = Score()
        var corpusTotal = Score()
        var heldOutTotal = Score()
        var allText = ""
        var seed = Score()
        for doc in docs {
            let base = doc.name
            let textURL = doc.text
            let text = try String(contentsOf: textURL, encoding: .utf8)
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: doc.gold)) as? [String: Any] ?? [:]
            let goldEntities = (gold["entities"] as? [[String: Any]] ?? []).compactMap { e -> (String, String)? in
                guard let t = e["text"] as? String, let y = e["type"] as? String else { return nil }
                return (t, y)
            }
            let optional = Set(gold["optional"] as? [String] ?? [])
            let scalars = Array(text.unicodeScalars)
            if !doc.heldOut { allText += text + "\n" }
            let t1 = Bench.now()
            let found = recognizer.entities(in: scalars)
            let ms = (Bench.now() - t1) * 1000
            var predictedTypes: [String: Set<String>] = [:]
            for e in found { predictedTypes[e.text, default: []].insert(e.type.rawValue) }
            let goldTexts = Set(goldEntities.map(\.0))
            var s = Score()
            s.gold = goldEntities.count
            var missing: [String] = [], mistyped: [String] = [], spurious: [String] = []
            for (t, y) in goldEntities {
                if let types = predictedTypes[t] {
                    s.foundText += 1
                    if types.contains(y) { s.foundTyped += 1 } else { mistyped.append("\(t)/\(y)→\(types.sorted().joined(separator: ","))") }
                } else {
                    missing.append("\(t)/\(y)")
                }
            }
            for t in predictedTypes.keys.sorted() where !optional.contains(t) {
                s.predicted += 1
                if goldTexts.contains(t) { s.correct += 1 } else { spurious.append("\(t)/\(predictedTypes[t]?.sorted().joined(separator: ",") ?? "")") }
            }
            print(pad((doc.heldOut ? "heldout/" : "") + base, 46) + pad("\(s.gold)", 6) + pad(f(s.recallText), 8) + pad(f(s.recallTyped), 8)
                  + pad("\(s.predicted)", 6) + pad(f(s.precision), 7) + String(format: "%.1f", ms))
            if verbose {
                if !missing.isEmpty { print("    missing:  " + missing.joined(separator: " ")) }
                if !mistyped.isEmpty { print("    mistyped: " + mistyped.joined(separator: " ")) }
                if !spurious.isEmpty { print("    spurious: " + spurious.joined(separator: " ")) }
            }
            total.add(s)
            if doc.heldOut { heldOutTotal.add(s) } else { corpusTotal.add(s) }
            if base.hasPrefix("zhuzhou-2021") { seed = s }
        }
        for (label, score) in [("Corpus/ documents (rules developed on them)", corpusTotal),
                               ("held-out (Tests/…/Corpus/heldout)", heldOutTotal)] where score.gold > 0 {
            print(pad(label, 46) + pad("\(score.gold)", 6) + pad(f(score.recallText), 8) + pad(f(score.recallTyped), 8)
                  + pad("\(score.predicted)", 6) + pad(f(score.precision), 7))
        }
        print(pad("total", 46) + pad("\(total.gold)", 6) + pad(f(total.recallText), 8) + pad(f(total.recallTyped), 8)
              + pad("\(total.predicted)", 6) + pad(f(total.precision), 7))
        print(String(format: "lexicon load %.2f s", loadSeconds))
        if !allText.isEmpty {
            // Throughput on the whole corpus repeated: 1× and 8× should take proportional time (linear).
            for copies in [1, 8] {
                let scalars = Array(String(repeating: allText, count: copies).unicodeScalars)
                let timing = Bench.measure(repetitions: 3) { Bench.blackHole(recognizer.entities(in: scalars)) }
                print(String(format: "throughput %d× corpus: %d scalars in %@ (%.2f M scalars/s)", copies, scalars.count,
                             Bench.format(seconds: timing.median), Double(scalars.count) / max(timing.median, 1e-9) / 1e6))
                let normalized = Normalizer().normalize(scalars).scalars
                let segmentation = Bench.measure(repetitions: 3) { Bench.blackHole(recognizer.segmenter.segment(normalized)) }
                print(String(format: "  segmenting the same (normalised) text alone: %@", Bench.format(seconds: segmentation.median)))
            }
            // The issue's budget: entities of 30 000 characters, in CPU time of this thread.
            let budget = Array(String(repeating: allText, count: 30_000 / max(allText.unicodeScalars.count, 1) + 1).unicodeScalars.prefix(30_000))
            var cpu: [Double] = []
            for _ in 0..<7 {
                let c0 = cpuTime()
                Bench.blackHole(recognizer.entities(in: budget))
                cpu.append(cpuTime() - c0)
            }
            print("entities of \(budget.count) characters: median " + Bench.format(seconds: cpu.sorted()[cpu.count / 2])
                  + " CPU, min " + Bench.format(seconds: cpu.min() ?? 0) + " (7 runs)")
        }
        if seed.gold > 0 {
            let pass = seed.recallText >= 0.95 && seed.recallTyped >= 0.90 && seed.precision >= 0.90
            print("seed targets (R text ≥ 0.95, R type ≥ 0.90, P ≥ 0.90): " + (pass ? "met" : "NOT met"))
        }
    }

    private static func f(_ x: Double) -> String { String(format: "%.3f", x) }
    private static func pad(_ s: String, _ n: Int) -> String {
        let width = s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        return s + String(repeating: " ", count: max(1, n - width))
    }
}
