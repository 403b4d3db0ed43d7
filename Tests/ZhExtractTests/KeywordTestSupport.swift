import Foundation
import ZhLexicon
import ZhSegment
@testable import ZhExtract

/// The default lexicon and segmenter, built once for every keyword test.
enum KeywordFixtures {
    static let lexicon: Lexicon? = try? LexiconStore(sources: .discover()).load()
    static let segmenter: Segmenter? = lexicon.map { Segmenter(lexicon: $0) }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every document in Corpus/ (the seed and the reports).
    static var corpusFiles: [String] {
        let corpus = repositoryRoot.appendingPathComponent("Corpus")
        let reports = corpus.appendingPathComponent("reports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        return [corpus.appendingPathComponent("zhuzhou-2021-report-interpretation.txt").path]
            + names.filter { $0.hasSuffix(".txt") }.sorted().map { reports.appendingPathComponent($0).path }
    }

    static func extractor(idf: (any InverseDocumentFrequencies)? = nil, _ configure: (inout KeywordOptions) -> Void = { _ in })
        throws -> KeywordExtractor? {
        guard let lexicon, let segmenter else { return nil }
        var options = KeywordOptions()
        configure(&options)
        return KeywordExtractor(segmenter: segmenter, idf: idf ?? LexiconIDF(lexicon: lexicon), options: options)
    }
}
