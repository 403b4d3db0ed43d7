import CICUTrieBench
import Foundation
import ZhLexicon

/// `zhmine-bench trie [--keys PATH] [--text PATH] [--repeat N]` — DoubleArrayTrie (dense and
/// UTF-8 labels) against a Swift Dictionary and ICU's UCharsTrie on the same keys and text.
///
/// ```sh
/// swift build -c release --product zhmine-bench && .build/release/zhmine-bench trie
/// ```
enum TrieBenchmark {
    static func run(_ arguments: [String]) throws {
        var keysPath = "/usr/lib/python3/dist-packages/jieba/dict.txt"
        var textPath = Bench.sharedDirectory.appendingPathComponent("sighan/pku_test.utf8").path
        var repetitions = 5
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--keys": keysPath = value
            case "--text": textPath = value
            case "--repeat": repetitions = max(1, Int(value) ?? 5)
            default: throw BenchError.usage("unknown argument \(arguments[i]); use --keys PATH --text PATH --repeat N")
            }
            i += 2
        }
        let data = try TrieBenchData(keysPath: keysPath, textPath: textPath)
        print("trie benchmark: \(data.entries.count) distinct keys from \(keysPath)")
        print("text: \(data.text.count) scalars from \(textPath); prefix search maxLength \(TrieBenchData.maxLength); \(repetitions) runs each")
        print("")
        var rows: [[String]] = []
        var figures: [String: Int] = [:]
        let variants: [(name: String, build: () throws -> DoubleArrayTrie)] = [
            ("DAT dense (default)", { try DoubleArrayTrieBuilder.build(data.entries) }),
            ("DAT dense 1 label/scalar", { try DoubleArrayTrieBuilder.build(data.entries, singleLabels: 32765, lowLabels: 32765) }),
            ("DAT UTF-8 labels", { try DoubleArrayTrieBuilder.build(data.entries, encoding: .utf8) }),
        ]
        for variant in variants {
            let r = try measureTrie(data, name: variant.name, repetitions: repetitions, variant.build)
            rows.append(r.row)
            figures[variant.name] = r.matches
        }
        let icu = try measureICU(data, repetitions: repetitions)
        rows.append(icu.row)
        let dict = measureDictionary(data, repetitions: repetitions)
        rows.append(dict.row)
        printTable(
            header: ["structure", "build ns/key", "load", "exact sorted ns", "exact shuffled ns", "prefix ns/pos", "bytes/key", "units", "prefix matches"],
            rows: rows)
        print("")
        print("times: thread CPU time, best of \(repetitions) runs (median in parentheses); load = open + mmap + checksum + validation")
        let counts = Set(figures.values + [icu.matches, dict.matches])
        print("")
        print(counts.count == 1 ? "all structures report the same \(icu.matches) prefix matches"
                                : "MISMATCH in prefix matches: \(figures) icu \(icu.matches) dictionary \(dict.matches)")
        print("peak RSS \(Bench.format(bytes: Bench.peakRSS()))")
        print("reproduce: swift build -c release --product zhmine-bench && .build/release/zhmine-bench trie --keys \(keysPath) --text \(textPath)")
    }

    // MARK: - DoubleArrayTrie

    static func measureTrie(_ data: TrieBenchData, name: String, repetitions: Int,
                            _ builder: () throws -> DoubleArrayTrie) throws -> (row: [String], matches: Int) {
        var trie: DoubleArrayTrie?
        var buildError: Error?
        let build = TrieBenchmark.cpuMeasure(repetitions: max(1, repetitions / 2)) {
            do { trie = try builder() } catch { buildError = error }
        }
        if let buildError { throw buildError }
        guard let built = trie else { throw BenchError.usage("no trie built") }
        guard built.checkInvariants() else { throw BenchError.usage("invariants fail for \(name)") }

        // Save, then time opening: mmap + header + checksum pass + view.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhmine-trie-bench-\(getpid()).lex").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = SectionedFileWriter(kind: "TRIE", keyCount: built.count)
        try built.write(into: &writer)
        try writer.write(to: path, formatVersion: DoubleArrayTrie.formatVersion)
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var loaded: DoubleArrayTrie? = nil
        let load = TrieBenchmark.cpuMeasure(repetitions: repetitions * 4) {
            loaded = try? DoubleArrayTrie(file: SectionedFile(path: path, expectedVersion: DoubleArrayTrie.formatVersion))
        }
        guard let trie = loaded else { throw BenchError.usage("cannot reload \(path)") }
        let fileCopy = try Data(contentsOf: URL(fileURLWithPath: path))
        let checksum = TrieBenchmark.cpuMeasure(repetitions: repetitions * 4) {
            fileCopy.withUnsafeBytes { Bench.blackHole(ContentChecksum.hash($0)) }
        }

        // Exact match, sorted then shuffled order.
        var exact: [String] = []
        for keys in [data.sortedKeys, data.shuffledKeys] {
            var found = 0
            let t = TrieBenchmark.cpuMeasure(repetitions: repetitions) {
                for key in keys where trie.exactMatch(key) != nil { found &+= 1 }
            }
            guard found == keys.count * repetitions else { throw BenchError.usage("exact match lost keys (\(name))") }
            exact.append(per(t, keys.count))
        }

        // Common-prefix search at every text position.
        var matches = 0
        let prefix = data.text.withUnsafeBufferPointer { buf in
            TrieBenchmark.cpuMeasure(repetitions: repetitions) {
                var m = 0
                var sum: UInt64 = 0
                for start in 0..<buf.count {
                    trie.forEachPrefix(in: buf, from: start, maxLength: TrieBenchData.maxLength) { _, value in
                        m &+= 1
                        sum &+= UInt64(value)
                    }
                }
                matches = m
                Bench.blackHole(sum)
            }
        }
        let note = String(format: "%.2f ms (%.2f; checksum %.1f GB/s)", load.min * 1e3, load.median * 1e3,
                          Double(fileBytes) / checksum.min / 1e9)
        return ([name, fmt(build.min / Double(data.entries.count) * 1e9), note, exact[0], exact[1],
                 per(prefix, data.text.count),
                 String(format: "%.2f (file %.2f)", Double(trie.byteSize) / Double(trie.count), Double(fileBytes) / Double(trie.count)),
                 "\(trie.unitCount)", "\(matches)"], matches)
    }

    // MARK: - ICU UCharsTrie

    static func measureICU(_ data: TrieBenchData, repetitions: Int) throws -> (row: [String], matches: Int) {
        var units: [UInt16] = []
        var offsets: [Int32] = [0]
        let sortedByUTF16 = data.entries.indices.sorted { // ICU's builder sorts itself; order only speeds it
            data.utf16Keys[$0].lexicographicallyPrecedes(data.utf16Keys[$1])
        }
        var values: [Int32] = []
        for i in sortedByUTF16 {
            units += data.utf16Keys[i]
            offsets.append(Int32(units.count))
            values.append(Int32(bitPattern: data.entries[i].value))
        }
        var handle: UnsafeMutableRawPointer?
        var size: Int32 = 0
        let build = TrieBenchmark.cpuMeasure(repetitions: max(1, repetitions / 2)) {
            if let h = handle { cicu_ucharstrie_free(h) }
            handle = cicu_ucharstrie_build(units, offsets, values, Int32(values.count), &size)
        }
        guard let trie = handle else { throw BenchError.usage("ICU UCharsTrieBuilder failed") }
        defer { cicu_ucharstrie_free(trie) }
        var exact: [String] = []
        for keys in [data.sortedUTF16, data.shuffledUTF16] {
            var found = 0
            var value: Int32 = 0
            let t = TrieBenchmark.cpuMeasure(repetitions: repetitions) {
                for key in keys where cicu_ucharstrie_exact(trie, key, Int32(key.count), &value) == 1 { found &+= 1 }
            }
            guard found == keys.count * repetitions else { throw BenchError.usage("ICU exact match lost keys") }
            exact.append(per(t, keys.count))
        }
        var matches = 0
        let prefix = data.text16.withUnsafeBufferPointer { buf in
            TrieBenchmark.cpuMeasure(repetitions: repetitions) {
                var m = 0
                var sum: Int64 = 0
                for start in data.scalarStarts16 {
                    m += Int(cicu_ucharstrie_prefix_count(trie, buf.baseAddress, Int32(buf.count), start,
                                                          Int32(TrieBenchData.maxLength), &sum))
                }
                matches = m
                Bench.blackHole(sum)
            }
        }
        return (["ICU UCharsTrie", fmt(build.min / Double(values.count) * 1e9), "n/a (in memory)",
                 exact[0], exact[1], per(prefix, data.text.count),
                 String(format: "%.2f", Double(size) / Double(values.count)), "-", "\(matches)"], matches)
    }

    // MARK: - Dictionary<String, Int32>

    static func measureDictionary(_ data: TrieBenchData, repetitions: Int) -> (row: [String], matches: Int) {
        var dict: [String: Int32] = [:]
        let build = TrieBenchmark.cpuMeasure(repetitions: max(1, repetitions / 2)) {
            dict = Dictionary(minimumCapacity: data.entries.count)
            for e in data.entries { dict[String(String.UnicodeScalarView(e.key))] = Int32(bitPattern: e.value) }
        }
        var exact: [String] = []
        for keys in [data.sortedStrings, data.shuffledStrings] {
            var found = 0
            let t = TrieBenchmark.cpuMeasure(repetitions: repetitions) { for key in keys where dict[key] != nil { found &+= 1 } }
            exact.append(per(t, keys.count))
        }
        // Prefix search as repeated lookups of text[i..<i+k], k = 1…maxLength (a String per candidate).
        var matches = 0
        let prefix = TrieBenchmark.cpuMeasure(repetitions: max(1, repetitions / 2)) {
            var m = 0
            for start in 0..<data.text.count {
                let end = min(data.text.count, start + TrieBenchData.maxLength)
                for stop in start + 1...end {
                    let candidate = String(String.UnicodeScalarView(data.text[start..<stop]))
                    if dict[candidate] != nil { m += 1 }
                }
            }
            matches = m
        }
        // Approximate heap: String keys of ≤ 15 UTF-8 bytes are stored inline (16 bytes) + 4-byte value,
        // in a hash table of capacity ≥ count / 0.75.
        let bytes = Double(dict.capacity) * Double(MemoryLayout<String>.stride + MemoryLayout<Int32>.stride) / Double(dict.count)
        return (["Dictionary<String,Int32>", fmt(build.min / Double(data.entries.count) * 1e9), "n/a (rebuild)",
                 exact[0], exact[1], per(prefix, data.text.count),
                 String(format: "≈%.1f", bytes), "-", "\(matches)"], matches)
    }

    // MARK: - Output

    /// Like `Bench.measure`, but in CPU time of this thread (CLOCK_THREAD_CPUTIME_ID): on a
    /// shared machine, time spent descheduled would otherwise dominate the figures.
    static func cpuMeasure(repetitions: Int, _ body: () -> Void) -> Bench.Timing {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        var samples: [Double] = []
        for _ in 0..<repetitions {
            let t0 = now()
            body()
            samples.append(now() - t0)
        }
        return Bench.Timing(samples: samples)
    }

    /// "best (median)" nanoseconds per item.
    static func per(_ t: Bench.Timing, _ count: Int) -> String {
        "\(fmt(t.min / Double(count) * 1e9)) (\(fmt(t.median / Double(count) * 1e9)))"
    }

    static func fmt(_ v: Double) -> String { v >= 100 ? String(format: "%.0f", v) : String(format: "%.1f", v) }

    static func printTable(header: [String], rows: [[String]]) {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            "| " + r.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
        }
        print(line(header))
        print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        rows.forEach { print(line($0)) }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String { if case let .usage(m) = self { return m }; return "" }
}

/// Keys (first column of a jieba-style dictionary) and a text, in every shape the peers need.
struct TrieBenchData {
    static let maxLength = 16
    var entries: [(key: [Unicode.Scalar], value: UInt32)] = []
    var sortedKeys: [[Unicode.Scalar]] = []
    var shuffledKeys: [[Unicode.Scalar]] = []
    var sortedStrings: [String] = []
    var shuffledStrings: [String] = []
    var utf16Keys: [[UInt16]] = []
    var sortedUTF16: [[UInt16]] = []
    var shuffledUTF16: [[UInt16]] = []
    var text: [Unicode.Scalar] = []
    var text16: [UInt16] = []
    var scalarStarts16: [Int32] = []

    init(keysPath: String, textPath: String) throws {
        let raw = try String(contentsOfFile: keysPath, encoding: .utf8)
        var seen = Set<String>()
        for line in raw.split(whereSeparator: \.isNewline) {
            guard let word = line.split(separator: " ").first.map(String.init), !word.isEmpty, seen.insert(word).inserted
            else { continue }
            entries.append((Array(word.unicodeScalars), UInt32(entries.count)))
        }
        let strings = entries.map { String(String.UnicodeScalarView($0.key)) }
        var rng = SystemRandomNumberGenerator()
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        let shuffled = order.shuffled(using: &rng)
        utf16Keys = strings.map { Array($0.utf16) }
        sortedKeys = order.map { entries[$0].key }
        shuffledKeys = shuffled.map { entries[$0].key }
        sortedStrings = order.map { strings[$0] }
        shuffledStrings = shuffled.map { strings[$0] }
        sortedUTF16 = order.map { utf16Keys[$0] }
        shuffledUTF16 = shuffled.map { utf16Keys[$0] }
        let t = try String(contentsOfFile: textPath, encoding: .utf8)
        text = Array(t.unicodeScalars)
        for s in text {
            scalarStarts16.append(Int32(text16.count))
            text16 += Array(String(Character(s)).utf16)
        }
    }
}
