import Foundation
import ZhArchive
import ZhExtract
import ZhLexicon
import ZhSegment
import ZhText

/// `zhmine-bench batch [PATH...] [--repeat N]`: a batch's per-document work (``DocumentPipeline``:
/// metadata, distinct words, entities, targets, numbers, keywords) over report texts, in this
/// process without the archive, on one thread — and how many times each document was segmented
/// (``AnalyzedText/tokenizations`` before and after each document: 1 when every extractor shares
/// one analysis). PATHs are .txt files or folders of them (default: Corpus/reports).
enum BatchBenchmark {
    static func run(_ arguments: [String]) throws {
        var repetitions = 3
        var paths: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--repeat" {
                guard let value = rest.popFirst(), let n = Int(value), n > 0 else {
                    throw SegmentationScoreSuite.UsageError(message: "--repeat needs a positive number")
                }
                repetitions = n
            } else if argument.hasPrefix("-") {
                throw SegmentationScoreSuite.UsageError(message: "unknown option \(argument)")
            } else {
                paths.append(argument)
            }
        }
        if paths.isEmpty { paths = [Bench.repositoryRoot.appendingPathComponent("Corpus/reports").path] }
        let documents = try load(paths)
        guard !documents.isEmpty else { throw SegmentationScoreSuite.UsageError(message: "no .txt documents in \(paths.joined(separator: " "))") }
        let chars = documents.reduce(0) { $0 + $1.scalars.count }

        let lexicon = try LexiconStore().load()
        let segmenter = Segmenter(lexicon: lexicon)
        let idf = try IDFSource.automatic.load(lexicon: lexicon)
        let pipeline = DocumentPipeline(segmenter: segmenter, keywordExtractor: KeywordExtractor(segmenter: segmenter, idf: idf))

        // Segmentations per document, on a first pass (also the warm-up).
        var perDocument: [Int] = []
        var rows = 0
        for document in documents {
            let before = AnalyzedText.tokenizations
            let result = pipeline.process(document)
            perDocument.append(AnalyzedText.tokenizations - before)
            rows += result.targets.count + result.entities.count + result.numbers.count + result.keywords.count
        }
        let cpu0 = cpuSeconds(), wall = Bench.measure(repetitions: repetitions) {
            for document in documents { Bench.blackHole(pipeline.process(document)) }
        }
        let cpu = (cpuSeconds() - cpu0) / Double(repetitions)

        print("batch pipeline over \(documents.count) documents (\(chars) characters, \(rows) rows), one thread, no archive")
        print("  segmentations per document: min \(perDocument.min() ?? 0), max \(perDocument.max() ?? 0), "
              + "total \(perDocument.reduce(0, +)) for \(documents.count) documents")
        let best = wall.min
        print(String(format: "  best of %d: %@ (%.1f documents/s, %.2f M chars/s); CPU %@ per pass, %@ per document",
                     repetitions, Bench.format(seconds: best), Double(documents.count) / best, Double(chars) / best / 1e6,
                     Bench.format(seconds: cpu), Bench.format(seconds: cpu / Double(documents.count))))
        print("command: .build-test/release/zhmine-bench batch" + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")))
    }

    /// The .txt files among `paths` (folders read one level deep, in name order), decoded as the CLI does.
    static func load(_ paths: [String]) throws -> [SourceDocument] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SegmentationScoreSuite.UsageError(message: "\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return try files.map { file in
            let bytes = try FileBytes.read(file, maxBytes: 64 << 20)
            return SourceDocument(name: file, text: try TextDecoder().decodeDocument(bytes, encoding: nil))
        }
    }

    /// CPU time of this process (user + system), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
