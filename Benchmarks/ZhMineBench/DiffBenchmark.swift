import Foundation
import ZhExtract

/// `zhmine-bench diff` — agreement of PlanDiff with Corpus/diff/expected.json, and its speed.
///
/// ```
/// zhmine-bench diff [--scale N]...     # default scales 1 10 100 1000
/// ```
/// Agreement: pairs whose status and delta equal expected.json's, judgements whose met/missed does.
/// Speed: the two Xiangyang record sets repeated N times with distinct indicators (N × 35 and N × 42
/// records), PlanDiff built 5 times, median.
enum DiffBenchmark {
    struct Expected: Decodable {
        struct Pair: Decodable {
            var indicator_old: String?
            var indicator_new: String?
            var status: String
            var delta: Decimal?
        }
        struct Judgement: Decodable {
            var indicator: String
            var met: Bool
        }
        var pairs: [Pair]
        var judgements: [Judgement]
    }

    static func run(_ arguments: [String]) throws {
        var scales: [Int] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--scale", index + 1 < arguments.count, let n = Int(arguments[index + 1]), n > 0 {
                scales.append(n)
                index += 1
            }
            index += 1
        }
        if scales.isEmpty { scales = [1, 10, 100, 1000] }
        let corpus = Bench.repositoryRoot.appendingPathComponent("Corpus/diff")
        func records(_ year: Int) throws -> [TargetRecord] {
            let data = try Data(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.targets.json"))
            return try DiffRecordReader.parse(Array(data))
        }
        let old = try records(2023), new = try records(2024)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: corpus.appendingPathComponent("expected.json")))
        let normalizer = PlanIndicatorNormalizer.projectDefault(
            directory: Bench.repositoryRoot.appendingPathComponent("Dictionaries").path) ?? .scopeOnly
        let options = PlanDiff.Options(normalizer: normalizer)

        let diff = PlanDiff(old: old, new: new, options: options)
        var rightPairs = 0
        for e in expected.pairs {
            if let p = diff.pairs.first(where: { $0.old?.indicator == e.indicator_old && $0.new?.indicator == e.indicator_new }),
               p.status.rawValue == e.status, p.delta == e.delta {
                rightPairs += 1
            }
        }
        var rightJudgements = 0
        for e in expected.judgements where diff.judgements.first(where: { $0.target.indicator == e.indicator })?.met == e.met {
            rightJudgements += 1
        }
        print("Agreement with Corpus/diff/expected.json")
        print("  pairs       \(rightPairs)/\(expected.pairs.count) (status and delta), \(diff.pairs.count) rows produced")
        print("  judgements  \(rightJudgements)/\(expected.judgements.count) (met/missed), \(diff.judgements.count) produced")
        print("")
        print("| scale | old records | new records | rows | median | per record |")
        print("| --- | --- | --- | --- | --- | --- |")
        for n in scales {
            let bigOld = repeated(old, n), bigNew = repeated(new, n)
            var rows = 0
            let t = Bench.measure(repetitions: 5) { rows = PlanDiff(old: bigOld, new: bigNew, options: options).pairs.count }
            let perRecord = t.median / Double(bigOld.count + bigNew.count)
            print("| \(n) | \(bigOld.count) | \(bigNew.count) | \(rows) | \(Bench.format(seconds: t.median)) | \(Bench.format(seconds: perRecord)) |")
        }
        print("\nzhmine-bench diff \(scales.map { "--scale \($0)" }.joined(separator: " "))")
    }

    /// `records` n times; copies after the first get distinct indicators (…#2, …#3) so keys stay distinct.
    static func repeated(_ records: [TargetRecord], _ n: Int) -> [TargetRecord] {
        var out: [TargetRecord] = []
        out.reserveCapacity(records.count * n)
        for k in 0..<n {
            for var r in records {
                if k > 0 { r.indicator += "#\(k)" }
                out.append(r)
            }
        }
        return out
    }
}
