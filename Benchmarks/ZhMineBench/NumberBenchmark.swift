import Foundation
import ZhExtract

/// `zhmine-bench numbers` — accuracy and speed of QuantityRecognizer on the numbers corpus.
///
/// ```
/// zhmine-bench numbers [--corpus PATH] [--repeat N] [--show-failures]
/// zhmine-bench numbers --units            # the unit table, one a line (for the peers' script)
/// zhmine-bench numbers --render < lines   # the notation of every quantity in each stdin line
/// ```
/// Corpus lines are `TEXT<TAB>EXPECTED` (see Tests/ZhExtractTests/Corpus/numbers.corpus). A line is
/// right when the notation of everything reported equals EXPECTED; the "value+unit" score compares
/// only the first two fields of each item, magnitudes applied (what the peers can produce).
enum NumberBenchmark {
    struct Line {
        var text: String
        var expected: String
    }

    static func run(_ arguments: [String]) throws {
        if arguments.contains("--units") {
            for name in QuantityRecognizer.unitNames { print(name) }
            return
        }
        let recognizer = QuantityRecognizer()
        if arguments.contains("--render") {
            while let line = readLine(strippingNewline: true) {
                print(render(recognizer.quantities(in: Array(line.unicodeScalars))))
            }
            return
        }
        var corpusPath = Bench.repositoryRoot.appendingPathComponent("Tests/ZhExtractTests/Corpus/numbers.corpus").path
        var repetitions = 200
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--corpus" where index + 1 < arguments.count: corpusPath = arguments[index + 1]; index += 1
            case "--repeat" where index + 1 < arguments.count: repetitions = max(1, Int(arguments[index + 1]) ?? 200); index += 1
            default: break
            }
            index += 1
        }
        let showFailures = arguments.contains("--show-failures")
        let lines = try load(corpusPath)
        let inputs = lines.map { Array($0.text.unicodeScalars) }

        var full = 0
        var valueUnit = 0
        for (line, input) in zip(lines, inputs) {
            let got = render(recognizer.quantities(in: input))
            if got == line.expected { full += 1 } else if showFailures {
                print("FAIL \(line.text)\n     expected: \(line.expected)\n     got:      \(got)")
            }
            if valueAndUnit(got) == valueAndUnit(line.expected) { valueUnit += 1 }
        }

        var sink = 0
        let timing = Bench.measure(repetitions: 5) {
            for _ in 0..<repetitions {
                for input in inputs { sink &+= recognizer.quantities(in: input).count }
            }
        }
        Bench.blackHole(sink)

        // Running text: the seed document (when ../shared is there), scalars per second.
        let seed = Bench.sharedDirectory.appendingPathComponent("seed/zhuzhou-2021-report-interpretation.txt")
        var documentLine = "document: \(seed.path) not found"
        if let content = try? String(contentsOf: seed, encoding: .utf8) {
            let scalars = Array(content.unicodeScalars)
            var found = 0
            let docTiming = Bench.measure(repetitions: 5) {
                for _ in 0..<50 { found = recognizer.quantities(in: scalars).count }
            }
            let rate = Double(scalars.count * 50) / max(docTiming.median, 1e-9)
            documentLine = String(format: "document: seed report, %d scalars, %d quantities, %.1f M scalars/s",
                                  scalars.count, found, rate / 1e6)
        }
        let expressions = Double(inputs.count * repetitions)
        let perSecond = expressions / max(timing.median, 1e-9)
        let n = Double(lines.count)
        print("corpus: \(corpusPath) (\(lines.count) lines)")
        print(String(format: "tool      full-rule  value+unit  expressions/s"))
        print(String(format: "zhmine    %7.2f%%   %7.2f%%   %12.0f", 100 * Double(full) / n, 100 * Double(valueUnit) / n, perSecond))
        print(documentLine)
        print("command: swift run -c release zhmine-bench numbers --corpus \(corpusPath)")
    }

    static func render(_ quantities: [Quantity]) -> String {
        quantities.isEmpty ? "-" : quantities.map(\.notation).joined(separator: " ; ")
    }

    /// The scoring key shared with Benchmarks/numbers/compare.py: every item's VALUE and UNIT, with a
    /// written magnitude applied ("6 万人" and "60000 人" are the same answer).
    static func valueAndUnit(_ notation: String) -> String {
        if notation == "-" { return "-" }
        return notation.components(separatedBy: " ; ").map { item in
            let fields = item.split(separator: " ").map(String.init)
            return baseItem(fields.first ?? "", fields.count > 1 ? fields[1] : "-")
        }.joined(separator: " ; ")
    }

    static let units = Set(QuantityRecognizer.unitNames)
    static let prefixes: [(String, Int)] = [("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9), ("千万", 7),
                                            ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4), ("千", 3), ("百", 2)]

    static func baseItem(_ value: String, _ unit: String) -> String {
        guard unit != "-", !units.contains(unit) else { return value + " " + unit }
        for (prefix, exponent) in prefixes where unit.hasPrefix(prefix) {
            let rest = String(unit.dropFirst(prefix.count))
            guard rest.isEmpty || units.contains(rest) else { continue }
            guard let v = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else { return value + " " + unit }
            let scaled = v * Decimal(sign: .plus, exponent: exponent, significand: 1)
            return "\(scaled) " + (rest.isEmpty ? "-" : rest)
        }
        return value + " " + unit
    }

    static func load(_ path: String) throws -> [Line] {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        var lines: [Line] = []
        for raw in content.split(separator: "\n", omittingEmptySubsequences: true) {
            if raw.hasPrefix("#") { continue }
            let parts = raw.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            lines.append(Line(text: String(parts[0]), expected: String(parts[1]).trimmingCharacters(in: .whitespaces)))
        }
        return lines
    }
}
