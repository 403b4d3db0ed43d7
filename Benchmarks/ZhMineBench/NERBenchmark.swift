import Foundation
import ZhExtract
import ZhLexicon
import ZhSegment

/// `zhmine-bench ner FILE.bio [--half even|odd] [--verbose N]`: scores ``EntityRecognizer`` on a public
/// character-BIO NER file (one `char TAG` a line, blank line between sentences; tags PER, LOC,
/// ORG) by exact span and type, per type and pooled (micro), in two readings of ZhMine's
/// types: strict (person→PER, place→LOC, organization→ORG; facility and programme are not
/// predictions) and facility→LOC. Each sentence is recognised on its own. `--half even` keeps
/// the sentences of even index (0, 2, 4 …), `--half odd` the others: develop on one half's
/// misses and read the other as the estimate for unseen text.
///
/// ```
/// zhmine-bench ner ../shared/ner/pd_dev.bio            # Benchmarks/entities/peers.py scores jieba and LAC alike
/// ```
enum NERBenchmark {
    /// A typed span in scalar offsets of its sentence.
    struct Span: Hashable { var start: Int, end: Int, type: String }

    /// True positives, predictions and gold spans of one type.
    struct Counts {
        var tp = 0, predicted = 0, gold = 0
        var precision: Double { predicted == 0 ? 0 : Double(tp) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(tp) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        mutating func add(_ o: Counts) { tp += o.tp; predicted += o.predicted; gold += o.gold }
    }

    static let types = ["PER", "LOC", "ORG"]

    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first(where: { !$0.hasPrefix("--") }) else {
            throw BenchError.usage("usage: zhmine-bench ner FILE.bio [--half even|odd] [--verbose N]")
        }
        var sentences = try readBIO(path)
        var halfName = "all"
        if let i = arguments.firstIndex(of: "--half") {
            guard i + 1 < arguments.count, let parity = ["even": 0, "odd": 1][arguments[i + 1]] else {
                throw BenchError.usage("zhmine-bench ner: --half takes even or odd")
            }
            halfName = arguments[i + 1]
            sentences = sentences.enumerated().filter { $0.offset % 2 == parity }.map(\.element)
        }
        let lexicon = try LexiconStore().load()
        let recognizer = EntityRecognizer(segmenter: Segmenter(lexicon: lexicon))
        var verboseLeft = 0
        if let i = arguments.firstIndex(of: "--verbose"), i + 1 < arguments.count { verboseLeft = Int(arguments[i + 1]) ?? 0 }

        let readings: [(name: String, map: [EntityType: String])] = [
            ("strict (facility, programme not counted)", [.person: "PER", .place: "LOC", .organization: "ORG"]),
            ("facility→LOC", [.person: "PER", .place: "LOC", .organization: "ORG", .facility: "LOC"]),
        ]
        var counts = Array(repeating: [String: Counts](), count: readings.count)
        var untyped = Array(repeating: Counts(), count: readings.count)
        var cpu = 0.0
        for sentence in sentences {
            let c0 = cpuTime()
            let found = recognizer.entities(in: sentence.text)
            cpu += cpuTime() - c0
            for (r, reading) in readings.enumerated() {
                let predicted = Set(found.compactMap { e in reading.map[e.type].map { Span(start: e.start, end: e.end, type: $0) } })
                for t in types {
                    var c = counts[r][t, default: Counts()]
                    let p = predicted.filter { $0.type == t }, g = sentence.gold.filter { $0.type == t }
                    c.predicted += p.count; c.gold += g.count; c.tp += p.intersection(g).count
                    counts[r][t] = c
                }
                let pu = Set(predicted.map { Span(start: $0.start, end: $0.end, type: "") })
                let gu = Set(sentence.gold.map { Span(start: $0.start, end: $0.end, type: "") })
                untyped[r].add(Counts(tp: pu.intersection(gu).count, predicted: pu.count, gold: gu.count))
                if r == 0 && verboseLeft > 0 && predicted != sentence.gold {
                    verboseLeft -= 1
                    let s = { (x: Span) in String(String.UnicodeScalarView(sentence.text[x.start..<x.end])) + "/" + x.type }
                    print("  " + String(String.UnicodeScalarView(sentence.text)))
                    print("    missed:   " + sentence.gold.subtracting(predicted).sorted { $0.start < $1.start }.map(s).joined(separator: " "))
                    let rules: [Int: String] = Dictionary(found.map { ($0.start, $0.rule ?? "") }, uniquingKeysWith: { a, _ in a })
                    let spurious: [Span] = predicted.subtracting(sentence.gold).sorted { $0.start < $1.start }
                    let shown: [String] = spurious.map { (x: Span) -> String in s(x) + "(" + (rules[x.start] ?? "") + ")" }
                    print("    spurious: " + shown.joined(separator: " "))
                }
            }
        }
        let chars = sentences.reduce(0) { $0 + $1.text.count }
        print("ner  \(path) (sentences: \(halfName)): \(sentences.count) sentences, \(chars) characters; exact span and type")
        for (r, reading) in readings.enumerated() {
            print("reading: \(reading.name)")
            print(pad("type", 8) + pad("gold", 7) + pad("pred", 7) + pad("P", 7) + pad("R", 7) + "F1")
            var all = Counts()
            for t in types {
                let c = counts[r][t] ?? Counts()
                all.add(c)
                print(row(t, c))
            }
            print(row("all", all))
            print(row("span", untyped[r]) + "   (exact span, any type)")
        }
        print(String(format: "recogniser CPU %.2f s (%.1f µs/character), lexicon = installed cache", cpu, cpu / Double(max(chars, 1)) * 1e6))
    }

    private static func row(_ label: String, _ c: Counts) -> String {
        pad(label, 8) + pad("\(c.gold)", 7) + pad("\(c.predicted)", 7) + pad(String(format: "%.3f", c.precision), 7)
            + pad(String(format: "%.3f", c.recall), 7) + String(format: "%.3f", c.f1)
    }

    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(1, n - s.count)) }

    /// Sentences of a character-BIO file with their gold spans.
    static func readBIO(_ path: String) throws -> [(text: [Unicode.Scalar], gold: Set<Span>)] {
        guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
            throw BenchError.usage("\(path): cannot read as UTF-8")
        }
        var sentences: [(text: [Unicode.Scalar], gold: Set<Span>)] = []
        var text: [Unicode.Scalar] = [], gold = Set<Span>()
        var open: (start: Int, type: String)?
        func close() {
            if let o = open { gold.insert(Span(start: o.start, end: text.count, type: o.type)) }
            open = nil
        }
        func flush() {
            close()
            if !text.isEmpty { sentences.append((text, gold)) }
            text = []; gold = []
        }
        for (n, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ")
            if fields.isEmpty { flush(); continue }
            guard fields.count == 2 else { throw BenchError.usage("\(path):\(n + 1): expected `char TAG`") }
            let tag = String(fields[1])
            if tag == "O" { close() } else if tag.hasPrefix("B-") { close(); open = (text.count, String(tag.dropFirst(2))) } else if tag.hasPrefix("I-") {
                if open?.type != String(tag.dropFirst(2)) { close(); open = (text.count, String(tag.dropFirst(2))) }
            } else { throw BenchError.usage("\(path):\(n + 1): unknown tag \(tag)") }
            text.append(contentsOf: fields[0].unicodeScalars)
        }
        flush()
        return sentences
    }
}
