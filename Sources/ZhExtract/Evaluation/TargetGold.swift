import Foundation

/// One annotated record of a gold file (Corpus/gold/*.targets.json, the held-out batches): the clause, the
/// indicator, the value and unit, and the qualifier, kind and year the extractor must give.
///
/// ```swift
/// let gold = try GoldTarget.load(URL(fileURLWithPath: "Corpus/gold/zhuzhou-2021-report-interpretation.targets.json"))
/// gold[0].indicator   // "千亿产业集群"
/// ```
public struct GoldTarget: Sendable, Hashable {
    public var sentence: String
    public var indicator: String
    public var value: [Double]?
    public var unit: String?
    public var qualifier: String
    public var kind: String
    public var year: String?
    /// Borderline: counts neither for nor against.
    public var optional: Bool

    public init(sentence: String, indicator: String, value: [Double]?, unit: String?, qualifier: String, kind: String,
                year: String?, optional: Bool = false) {
        self.sentence = sentence
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.kind = kind
        self.year = year
        self.optional = optional
    }

    /// The records of a gold file; an error names the file.
    public static func load(_ url: URL) throws -> [GoldTarget] {
        let data = try Data(contentsOf: url)
        guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw GoldFileError(description: "\(url.path): not a JSON list of records")
        }
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

/// A gold file that cannot be read.
public struct GoldFileError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// A document with target gold, and the set it belongs to.
///
/// ```swift
/// for doc in GoldDocument.all(root: repositoryRoot) where doc.set == .heldOut { print(doc.name) }
/// ```
public struct GoldDocument: Sendable, Hashable {
    /// The sets scored separately: the seed, the other Corpus documents the rules were written on, the
    /// national reports of `zhmine panel` (Corpus/panel), and the held-out texts annotated before the
    /// extractor first ran on them.
    public enum Set: String, Sendable, Hashable, CaseIterable {
        case seed, corpus, panel
        case heldOut = "held-out"
    }
    public var name: String
    public var text: URL
    public var gold: URL
    public var set: Set

    /// Every gold document of the repository at `root`: Corpus/gold (texts in Corpus/ or Corpus/reports),
    /// Corpus/diff, Corpus/panel, and Tests/ZhExtractTests/Corpus/heldout.
    public static func all(root: URL) -> [GoldDocument] {
        let fm = FileManager.default
        let corpus = root.appendingPathComponent("Corpus")
        var docs: [GoldDocument] = []
        for (goldDir, textDirs) in [("gold", ["", "reports"]), ("diff", ["diff"]), ("panel", ["panel"])] {
            let dir = corpus.appendingPathComponent(goldDir)
            for file in (try? fm.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where file.hasSuffix(".targets.json") {
                let name = String(file.dropLast(".targets.json".count))
                for t in textDirs {
                    let url = corpus.appendingPathComponent(t).appendingPathComponent(name + ".txt")
                    if fm.fileExists(atPath: url.path) {
                        docs.append(GoldDocument(name: name, text: url, gold: dir.appendingPathComponent(file),
                                                 set: name.hasPrefix("zhuzhou-2021") ? .seed : goldDir == "panel" ? .panel : .corpus))
                        break
                    }
                }
            }
        }
        let heldOut = root.appendingPathComponent("Tests/ZhExtractTests/Corpus/heldout")
        for file in (try? fm.contentsOfDirectory(atPath: heldOut.path))?.sorted() ?? [] where file.hasSuffix(".targets.json") {
            let name = String(file.dropLast(".targets.json".count))
            let text = heldOut.appendingPathComponent(name + ".txt")
            guard fm.fileExists(atPath: text.path) else { continue }
            docs.append(GoldDocument(name: name, text: text, gold: heldOut.appendingPathComponent(file), set: .heldOut))
        }
        return docs
    }
}

/// Precision, recall, and qualifier/kind/year accuracy of records against gold.
///
/// Match rule: a record matches a gold record when value (number or `[lo, hi]`) and unit are the same, the
/// record's span overlaps the gold sentence (located verbatim in the text), and the two indicators share two
/// consecutive characters; pairs are matched one to one in gold order; `optional` gold counts neither way.
/// Qualifier, kind and year are scored over matched pairs.
/// ```swift
/// let score = TargetScore.match(records: records, gold: gold, text: scalars)
/// print(score.precision, score.recall, score.kindAccuracy, score.yearAccuracy)
/// ```
public struct TargetScore: Sendable {
    public var tp = 0, fp = 0, fn = 0
    public var qualifierOK = 0, kindOK = 0, yearOK = 0
    /// What went wrong, one line each (FN, FP, wrong qualifier/kind/year), for `--verbose`.
    public var problems: [String] = []

    public init() {}

    public mutating func add(_ o: TargetScore) {
        tp += o.tp; fp += o.fp; fn += o.fn
        qualifierOK += o.qualifierOK; kindOK += o.kindOK; yearOK += o.yearOK
        problems += o.problems
    }

    public var gold: Int { tp + fn }
    public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var qualifierAccuracy: Double { rate(qualifierOK) }
    public var kindAccuracy: Double { rate(kindOK) }
    public var yearAccuracy: Double { rate(yearOK) }
    func rate(_ n: Int) -> Double { tp == 0 ? 1 : Double(n) / Double(tp) }

    /// Scores `records` of `text` against `gold`; `spans`: where each gold sentence lies in the records' text, when
    /// it is not simply found in `text` (a PDF's text, where the gold sentence may be broken across lines).
    public static func match(records: [TargetRecord], gold: [GoldTarget], text: [Unicode.Scalar],
                             spans located: [[Range<Int>]]? = nil) -> TargetScore {
        var score = TargetScore()
        var used = [Bool](repeating: false, count: records.count)
        let spans = located ?? gold.map { occurrences(of: Array($0.sentence.unicodeScalars), in: text) }
        for (gi, g) in gold.enumerated() where !g.optional {
            if let ri = records.indices.first(where: { !used[$0] && matches(records[$0], g, spans: spans[gi]) }) {
                used[ri] = true
                let r = records[ri]
                score.tp += 1
                if r.qualifier.rawValue == g.qualifier { score.qualifierOK += 1 } else { score.problems.append("~~ qualifier \(r.qualifier.rawValue) ≠ \(g.qualifier): \(g.sentence)") }
                if r.kind.rawValue == g.kind { score.kindOK += 1 } else { score.problems.append("~~ kind \(r.kind.rawValue) ≠ \(g.kind): \(g.sentence)") }
                if r.year == g.year { score.yearOK += 1 } else { score.problems.append("~~ year \(r.year ?? "nil") ≠ \(g.year ?? "nil"): \(g.sentence)") }
            } else {
                score.fn += 1
                score.problems.append("FN \(g.indicator) \(g.value.map { "\($0)" } ?? "nil") \(g.unit ?? "nil") | \(g.sentence)")
            }
        }
        for (ri, r) in records.enumerated() where !used[ri] {
            if !gold.indices.contains(where: { gold[$0].optional && matches(r, gold[$0], spans: spans[$0]) }) {
                score.fp += 1
                score.problems.append("FP \(r.indicator) \(values(r).map { "\($0)" } ?? "nil") \(r.unit ?? "nil") | \(r.sentence)")
            }
        }
        return score
    }

    // MARK: - Machinery

    public static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == needle[0], text[i..<i + needle.count].elementsEqual(needle) { result.append(i..<i + needle.count) }
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
}
