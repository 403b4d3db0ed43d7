import Foundation
import Testing
import ZhExtract
import ZhLexicon
import ZhSegment

/// Whether the lexicon has jieba's dict.txt (and the keyword tests jieba's idf.txt). Expectations
/// that hold only with them are skipped, saying so, where they are absent.
enum JiebaDictionary {
    static let isInstalled = LexiconSources.discover().jiebaDictionary != nil
    static let isInstalledWithIDF = isInstalled && IDFSource.installedJiebaTable() != nil
    static let skipMessage: Comment = "needs jieba's dict.txt (python3-jieba, or the copy scripts/setup.sh takes from PyPI); the lexicon here is ICU's alone"
    static let skipMessageIDF: Comment = "needs jieba's dict.txt and analyse/idf.txt (python3-jieba, or scripts/setup.sh's copy from PyPI)"
}

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
