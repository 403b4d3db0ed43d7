import Foundation
import Testing
import ZhLexicon
import ZhText
@testable import ZhSegment

/// The default lexicon (ICU + jieba's dict.txt when installed + Dictionaries/), built once.
enum SharedLexicon {
    static let lexicon: Lexicon? = try? LexiconStore(sources: .discover()).load()
    static let segmenter: Segmenter? = lexicon.map { Segmenter(lexicon: $0) }
}

/// Whether the lexicon has jieba's dict.txt. Expectations that hold only with it (they test jieba's
/// word list and frequencies, not ZhMine's rules) are skipped, saying so, where it is absent.
enum JiebaDictionary {
    static let isInstalled = LexiconSources.discover().jiebaDictionary != nil
    static let skipMessage: Comment = "needs jieba's dict.txt (python3-jieba, or the copy scripts/setup.sh takes from PyPI); the lexicon here is ICU's alone"
}

@Suite struct SegmenterTests {
    let segmenter: Segmenter

    init() throws {
        segmenter = try #require(SharedLexicon.segmenter)
    }

    func words(_ text: String, mode: SegmentationMode = .accurate) -> [String] {
        let scalars = Normalizer().normalize(text).scalars
        return segmenter.segment(scalars, mode: mode).map { String(scalars: scalars[$0.range]) }
    }

    @Test(arguments: ["株洲", "长株潭", "规模以上工业增加值", "社会消费品零售总额", "城镇调查失业率", "一般公共预算收入"])
    func reportTermsAreOneToken(term: String) {
        #expect(words("推动\(term)发展").contains(term), "\(words("推动\(term)发展"))")
    }

    @Test func numbersAreNeverBrokenApart() {
        #expect(words("规模以上工业增加值增长8.5%") == ["规模以上工业增加值", "增长", "8.5%"])
        #expect(words("新建城区道路停车位4400个").suffix(2) == ["4400", "个"])
        #expect(words("到二〇三五年").last == "二〇三五年")
        #expect(words("用3—4年时间") == ["用", "3", "—", "4", "年", "时间"])
        #expect(words("收入1,234.5亿元").contains("1,234.5亿"))
        #expect(words("提高0.5个百分点").contains("0.5"))
        #expect(words("增长２３．４％") == ["增长", "23.4%"])
    }

    /// With ICU's dictionary alone the segmenter keeps 一年 whole (measured: 过去/的/一年).
    @Test(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
    func numeralAndClassifierAreSeparateTokens() {
        #expect(words("过去的一年") == ["过去", "的", "一", "年"])
    }

    @Test func numeralWordsThatAreNoClassifierCompoundsStayWhole() {
        // 十大 is a word (大 is no classifier), so the numeral + classifier rule leaves it whole.
        #expect(words("实施十大工程") == ["实施", "十大", "工程"])
        #expect(words("这种情况一般不会出现").contains("一般"))
    }

    @Test func tokensTileTheInputAndSliceItExactly() {
        let lines = ["经济增长**8%左右**,地方一般公共预算收入增长**5%**。", "  ", "", "**周琦(株洲高新区产业发展局局长)**",
                     "ＧＤＰ增长５％，PM2.5浓度下降", "访问 https://www.gov.cn 或 mail@gov.cn 。", "𠀀𠀁中国"]
        for line in lines {
            let scalars = Normalizer().normalize(line).scalars
            let tokens = segmenter.segment(scalars)
            var position = 0
            for t in tokens {
                #expect(Int(t.start) == position && t.end > t.start)
                position = Int(t.end)
            }
            #expect(position == scalars.count)
        }
    }

    @Test func markdownNeverJoinsAWord() {
        let w = words("增长**8.5%**")
        #expect(w == ["增长", "**", "8.5%", "**"])
    }

    @Test func searchModeAddsSubWordsOfLongWords() {
        let w = words("规模以上工业增加值", mode: .search)
        #expect(w.last == "规模以上工业增加值")
        #expect(w.contains("工业") && w.contains("增加值"))
    }

    @Test func fullModeListsEveryWord() {
        let w = words("中华人民共和国", mode: .full)
        #expect(w.contains("中华") && w.contains("人民") && w.contains("共和国") && w.contains("中华人民共和国"))
    }

    @Test func icuModeIsICUsBreakIterator() {
        let w = words("推动经济发展", mode: .icu)
        #expect(w.joined() == "推动经济发展")
        #expect(w.count >= 2)
    }

    @Test func aMegabyteLineWithoutPunctuationSegments() {
        let scalars = Array(String(repeating: "经济社会发展", count: 200_000).unicodeScalars)
        let tokens = segmenter.segment(scalars)
        #expect(tokens.last.map { Int($0.end) } == scalars.count)
        #expect(tokens.count >= 200_000)
    }

    @Test func sharedBetweenThreads() async {
        let segmenter = self.segmenter
        let text = Array(Fixtures.seed.unicodeScalars)
        let expected = segmenter.segment(text)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask { segmenter.segment(text) == expected }
            }
            for await same in group { #expect(same) }
        }
    }
}

/// User dictionaries: forced words are never split, whatever the rest of the lexicon says.
@Suite struct ForcedWordTests {
    @Test func forcedWordsSurviveTheBestPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhmine-seg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let user = dir + "/user.txt"
        try "东部先进制造业发展带 force\n经济强市 force n\n".write(toFile: user, atomically: true, encoding: .utf8)
        var sources = LexiconSources.discover()
        sources.userDictionaries = [user]
        let lexicon = try LexiconStore(sources: sources).load()
        let segmenter = Segmenter(lexicon: lexicon)
        for text in ["打造长株潭东部先进制造业发展带", "基本建成经济强市、科教强市"] {
            let scalars = Array(text.unicodeScalars)
            let w = segmenter.segment(scalars).map { String(scalars: scalars[$0.range]) }
            #expect(w.contains("东部先进制造业发展带") || w.contains("经济强市"), "\(w)")
        }
    }
}

enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var seed: String {
        (try? String(contentsOfFile: repositoryRoot.appendingPathComponent("Corpus/zhuzhou-2021-report-interpretation.txt").path,
                     encoding: .utf8)) ?? ""
    }
}
