import Foundation
import ZhSegment

/// `zhmine-bench atoms [--gold GOLD] [--input FILE] [--mb N]`: atom scanner throughput,
/// and how its non-Han atoms agree with a gold segmentation (the PKU standard).
///
/// ```
/// zhmine-bench atoms                      # ../shared/sighan/pku_test_gold.utf8, 16 MB
/// ```
/// An atom "agrees" when it is exactly one gold word; it "conflicts" when a gold word
/// boundary falls strictly inside it (the segmenter could never recover that word).
enum AtomScanBench {
    static func run(_ arguments: [String]) throws {
        var goldPath = Bench.sharedDirectory.appendingPathComponent("sighan/pku_test_gold.utf8").path
        var inputPath: String?
        var megabytes = 16
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw SegmentationScoreSuite.UsageError(message: "\(flag) needs a value") }
            switch flag {
            case "--gold": goldPath = value
            case "--input": inputPath = value
            case "--mb": megabytes = max(1, Int(value) ?? 16)
            default: throw SegmentationScoreSuite.UsageError(message: "unknown option \(flag)")
            }
        }
        let gold = try String(contentsOf: URL(fileURLWithPath: goldPath), encoding: .utf8)
        agreement(gold: gold)

        // Throughput over a repeated input.
        let source = try inputPath.map { try String(contentsOf: URL(fileURLWithPath: $0), encoding: .utf8) }
            ?? SegmentationScorer.lines(gold).map { SegmentationScorer.words($0).joined() }.joined(separator: "\n")
        let unit = Array(source.unicodeScalars)
        let unitBytes = source.utf8.count
        guard unitBytes > 0 else { return }
        let copies = max(1, megabytes * 1_048_576 / unitBytes)
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(unit.count * copies)
        for _ in 0..<copies { text.append(contentsOf: unit) }
        let bytes = unitBytes * copies
        var atoms: [Atom] = []
        atoms.reserveCapacity(text.count)
        let scanner = AtomScanner()
        let timing = Bench.measure(repetitions: 5) {
            atoms.removeAll(keepingCapacity: true)
            text.withUnsafeBufferPointer { scanner.scan($0, into: &atoms) }
            Bench.blackHole(atoms.count)
        }
        print("")
        print(String(format: "throughput  %.1f MB of UTF-8 (%d scalars), %d atoms", Double(bytes) / 1_048_576, text.count, atoms.count))
        print(String(format: "  median %@  →  %.0f MB/s   (min %@)", Bench.format(seconds: timing.median),
                     Double(bytes) / 1_048_576 / timing.median, Bench.format(seconds: timing.min)))
        print("command: swift run -c release zhmine-bench atoms" + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")))
    }

    static func agreement(gold: String) {
        var counts: [AtomKind: (agree: Int, conflict: Int, inside: Int)] = [:]
        var insides: [String: Int] = [:]
        var conflicts: [String: Int] = [:]
        let scanner = AtomScanner()
        var atoms: [Atom] = []
        for line in SegmentationScorer.lines(gold) {
            let words = SegmentationScorer.words(line)
            var text: [Unicode.Scalar] = []
            var boundaries = Set<Int>()
            var starts: [Int: Int] = [:]
            for word in words {
                let start = text.count
                text.append(contentsOf: word.unicodeScalars)
                starts[start] = text.count
                boundaries.insert(start)
            }
            atoms.removeAll(keepingCapacity: true)
            text.withUnsafeBufferPointer { scanner.scan($0, into: &atoms) }
            for atom in atoms where atom.kind != .han && atom.kind != .whitespace && atom.kind != .punctuation {
                var entry = counts[atom.kind] ?? (0, 0, 0)
                if starts[Int(atom.start)] == Int(atom.end) {
                    entry.agree += 1
                } else if (Int(atom.start) + 1..<Int(atom.end)).contains(where: boundaries.contains) {
                    entry.conflict += 1
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: text[atom.range])
                    conflicts[String(s) + " (" + goldWords(text, atom, starts) + ")", default: 0] += 1
                } else {
                    entry.inside += 1
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: text[atom.range])
                    insides[String(s) + " (" + goldWords(text, atom, starts) + ")", default: 0] += 1
                }
                counts[atom.kind] = entry
            }
        }
        print("atoms vs gold segmentation (non-Han, non-punctuation atoms)")
        print("kind            agree  conflict  inside")
        for kind in AtomKind.allCases {
            guard let c = counts[kind] else { continue }
            let name = "\(kind)".padding(toLength: 14, withPad: " ", startingAt: 0)
            print(name + String(format: " %6d  %8d  %6d", c.agree, c.conflict, c.inside))
        }
        let top = conflicts.sorted { $0.value > $1.value }.prefix(25)
        if !top.isEmpty {
            print("conflicts (atom (gold words)):")
            for (text, count) in top { print("  \(count)× \(text)") }
        }
        let topInside = insides.sorted { $0.value > $1.value }.prefix(15)
        if !topInside.isEmpty {
            print("inside a longer gold word (atom (gold word)):")
            for (text, count) in topInside { print("  \(count)× \(text)") }
        }
    }

    /// The gold words that cover an atom, space-separated.
    private static func goldWords(_ text: [Unicode.Scalar], _ atom: Atom, _ starts: [Int: Int]) -> String {
        var position = starts.keys.filter { $0 <= Int(atom.start) }.max() ?? 0
        var parts: [String] = []
        while position < Int(atom.end), let end = starts[position] {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text[position..<end])
            parts.append(String(s))
            position = end
        }
        return parts.joined(separator: " ")
    }
}
