import Foundation
import Testing
import ZhExtract
import ZhLexicon
import ZhSegment

/// One recogniser for all entity tests (the lexicon is loaded once, from the cache).
enum EntityTestSupport {
    static let recognizer: EntityRecognizer? = {
        guard let lexicon = try? LexiconStore().load() else { return nil }
        return EntityRecognizer(segmenter: Segmenter(lexicon: lexicon))
    }()

    static func entities(_ text: String) throws -> [Entity] {
        let recognizer = try #require(recognizer, "the lexicon could not be loaded")
        return recognizer.entities(in: Array(text.unicodeScalars))
    }

    static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/entities.corpus")
}
