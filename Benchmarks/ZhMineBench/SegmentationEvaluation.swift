import Foundation
import ZhLexicon
import ZhOutput
import ZhSegment
import ZhText

/// `zhmine-bench segeval [--gold G] [--test T] [--words W] [--closed-words W]` — ZhMine's
/// segmenter in several configurations on the SIGHAN 2005 PKU test set, scored in-process
/// with ``SegmentationScorer``: the default lexicon (ICU + jieba's dict.txt when installed +
/// Dictionaries/), ICU alone (+ Dictionaries/), without ICU, unknown-word merging off and at
/// several thresholds, and the "closed" figure with PKU's training words as a user dictionary.
enum SegmentationEvaluation {
    static func run(_ arguments: [String]) throws {
        let sighan = Bench.sharedDirectory.appendingPathComponent("sighan").path
        var options = ["--gold": sighan + "/pku_test_gold.utf8", "--test": sighan + "/pku_test.utf8",
                       "--words": sighan + "/pku_training_words.utf8", "--closed-words": sighan + "/pku_training_words.utf8"]
        var i = 0
        while i + 1 < arguments.count {
            options[arguments[i]] = arguments[i + 1]
            i += 2
        }
        let gold = try String(contentsOfFile: options["--gold"] ?? "", encoding: .utf8)
        let input = try String(contentsOfFile: options["--test"] ?? "", encoding: .utf8)
        let words = try options["--words"].map { try SegmentationScorer.loadWordList(URL(fileURLWithPath: $0)) }
        let scorer = SegmentationScorer(trainingWords: words)

        let base = LexiconSources.discover()
        var icuOnly = base
        icuOnly.jiebaDictionary = nil
        var noICU = base
        noICU.icu = false
        var closed = base
        if let w = options["--closed-words"] { closed.userDictionaries = [w] }

        print("segeval  gold=\(options["--gold"] ?? "")")
        print("configuration                              P      R      F1     OOV-R  IV-R   words")
        let configurations: [(String, LexiconSources, UnknownWordModel?)] = [
            ("default (icu+jieba+project), unknown on", base, UnknownWordModel()),
            ("default, unknown-word merging off", base, nil),
            ("default, unknown threshold 40", base, UnknownWordModel(threshold: 40)),
            ("default, unknown threshold 100", base, UnknownWordModel(threshold: 100)),
            ("icu + project only (no jieba)", icuOnly, UnknownWordModel()),
            ("jieba + project only (no icu)", noICU, UnknownWordModel()),
            ("closed: default + PKU training words", closed, UnknownWordModel()),
        ]
        for (name, sources, unknown) in configurations {
            let lexicon = try LexiconStore(sources: sources).load()
            var segmenter = Segmenter(lexicon: lexicon)
            segmenter.unknownWords = unknown
            let output = segmentLines(input, segmenter)
            let s = scorer.score(gold: gold, test: output)
            print(name.padding(toLength: 42, withPad: " ", startingAt: 0)
                + String(format: " %.3f  %.3f  %.3f  %.3f  %.3f  %d", s.precision, s.recall, s.f1, s.oovRecall, s.ivRecall, lexicon.count))
        }
        print("command: swift build -c release --product zhmine-bench && .build/release/zhmine-bench segeval")
    }

    /// Segments every line as `zhmine segment` does (its ``SegmentationWriter``).
    static func segmentLines(_ text: String, _ segmenter: Segmenter) -> String {
        var out: [UInt8] = []
        var scratch = SegmentationWriter.Scratch()
        SegmentationWriter(segmenter: segmenter).write(Array(text.unicodeScalars), scalarOffset: 0, into: &out, scratch: &scratch)
        return String(decoding: out, as: UTF8.self)
    }
}
