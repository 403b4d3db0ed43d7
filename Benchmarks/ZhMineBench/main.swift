import Foundation

// zhmine-bench SUITE [ARGS...] — every suite prints a table and the command that reproduces it.
let arguments = Array(CommandLine.arguments.dropFirst())
let suites: [String: ([String]) throws -> Void] = [
    "atoms": AtomScanBench.run,
    "icu-segment": ICUSegmentSuite.run,
    "segscore": SegmentationScoreSuite.run,
    "segeval": SegmentationEvaluation.run,
    "segment": SegmentStages.run,
    "numbers": NumberBenchmark.run,
    "targets": TargetScoreSuite.run,
    "targets-pdf": TargetPDFScoreSuite.run,
    "diff": DiffBenchmark.run,
    "trie": TrieBenchmark.run,
    "keywords": KeywordBenchmark.run,
    "entities": EntityScoreSuite.run,
    "ner": NERBenchmark.run,
    "limits": LimitsBenchmark.run,
    "batch": BatchBenchmark.run,
]

guard let name = arguments.first, let suite = suites[name] else {
    let names = suites.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: zhmine-bench SUITE [ARGS...]   suites: \(names)\n".utf8))
    exit(64)
}
do {
    try suite(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("zhmine-bench \(name): \(error)\n".utf8))
    exit(1)
}
