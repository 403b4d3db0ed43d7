import Testing
import ZhExtract
import ZhText
import ZhTestSupport

/// Unit tests for each rule family and for offsets into the original text.
@Suite struct EntityRuleTests {
    func pairs(_ text: String) throws -> [String] {
        try EntityTestSupport.entities(text).map { "\($0.text)/\($0.type.rawValue)" }
    }

    @Test func offsetsSliceTheOriginalThroughFullWidthAndMarkup() throws {
        let text = "资助学生６万人。实施美丽乡村“**鹊桥工程**”，推动“３＋５＋２”产业集群发展。"
        let original = Array(text.unicodeScalars)
        let found = try EntityTestSupport.entities(text)
        #expect(!found.isEmpty)
        for e in found {
            #expect(String(String.UnicodeScalarView(original[e.start..<e.end])) == e.text)
            #expect(!e.text.contains("*") && !e.text.contains("“") && !e.text.contains("”"))
        }
        #expect(found.contains { $0.text == "鹊桥工程" && $0.type == .program })
        #expect(found.contains { $0.text == "３＋５＋２" && $0.type == .program })
    }

    @Test func quotedCoupletSloganWithASpaceIsOneProgramme() throws {
        // Issue 16: halves of a slogan separated by a space (ASCII or full-width).
        #expect(try pairs("围绕“山水名城 活力之都”目标，加快建设。").contains("山水名城 活力之都/program"))
        #expect(try pairs("打响“江南水乡　幸福之城”品牌。").contains("江南水乡　幸福之城/program"))
        // A space next to Latin text or at the edge of a quote is no couplet.
        #expect(!(try pairs("推广“AI 助手”应用。").contains { $0.hasSuffix("/program") }))
    }

    @Test func bylineWithTwoNamesAndAPaper() throws {
        let p = try pairs("湘潭日报记者 王海燕 陈立新\n正文从这里开始。")
        #expect(p.contains("湘潭日报/organization"))
        #expect(p.contains("王海燕/person"))
        #expect(p.contains("陈立新/person"))
    }

    @Test func speakerHeadingGivesPersonAndOrganization() throws {
        let p = try pairs("**赵明远(岳阳市发展和改革委员会主任)**\n今年我们将加快项目建设。")
        #expect(p.contains("赵明远/person"))
        #expect(p.contains("岳阳市发展和改革委员会/organization"))
    }

    @Test(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
    func titleBeforeAndAfterAName() throws {
        #expect(try pairs("——刘建国市长所作政府工作报告解读").contains("刘建国/person"))
        #expect(try pairs("摄影/孙丽\n").contains("孙丽/person"))
        // No name where the "surname" starts a common word.
        #expect(!(try pairs("各级党委书记要带头")).contains { $0.hasSuffix("/person") })
    }

    @Test func placesFromTheGazetteerWithAndWithoutSuffix() throws {
        let p = try pairs("岳阳市和岳阳都在洞庭湖边,长株潭一体化持续推进。")
        #expect(p.contains("岳阳市/place"))
        #expect(p.contains("岳阳/place"))
        #expect(p.contains("长株潭/place"))
    }

    @Test(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
    func longestNestedNameWins() throws {
        let found = try EntityTestSupport.entities("**周琦(株洲高新区产业发展局局长)**")
        #expect(found.contains { $0.text == "株洲高新区产业发展局" && $0.type == .organization })
        #expect(!found.contains { $0.text == "株洲高新区" || $0.text == "株洲" })
    }

    @Test(.enabled(if: JiebaDictionary.isInstalled, JiebaDictionary.skipMessage))
    func facilitiesNeedANameBeforeOneCharacterHeads() throws {
        let p = try pairs("拉通芙蓉路、新建韶山南路延伸段,点亮市民回家的路。")
        #expect(p.contains("芙蓉路/facility"))
        #expect(!p.contains { $0.hasPrefix("的路") || $0.hasPrefix("回家的路") })
    }

    @Test func quotedPhrasesNeedProgrammeShapeOrCue() throws {
        let p = try pairs("实施“强省会”战略,推动“五好”园区建设,突破“卡脖子”技术,鼓励企业“走出去”。")
        #expect(p.contains("强省会/program"))
        #expect(!p.contains { $0.hasPrefix("卡脖子/") })
        #expect(!p.contains { $0.hasPrefix("走出去/") })
    }

    @Test func planPeriodsWithoutQuotes() throws {
        let p = try pairs("十四五时期和十五五开局,2035年远景目标。")
        #expect(p.contains("十四五/program"))
        #expect(p.contains("十五五/program"))
    }

    @Test func namesFoundInContextAreTaggedWhereTheyRecur() throws {
        let text = "实施“强省会”战略。今年要把强省会放在突出位置。\n记者 邓伟勇\n邓伟勇说,强省会势在必行。"
        let found = try EntityTestSupport.entities(text)
        #expect(found.filter { $0.text == "强省会" && $0.type == .program }.count == 3)
        #expect(found.filter { $0.text == "邓伟勇" && $0.type == .person }.count == 2)
    }

    @Test func emptyAndPunctuationOnlyInputs() throws {
        #expect(try EntityTestSupport.entities("").isEmpty)
        #expect(try EntityTestSupport.entities("“”**()\n\n").isEmpty)
        #expect(try EntityTestSupport.entities("“").isEmpty)
    }
}

/// Arbitrary input never crashes the recogniser and every offset slices the original.
@Suite struct EntityRobustnessTests {
    @Test func randomMixturesKeepOffsetsValid() throws {
        let pieces = ["株洲", "市", "局", "长", "“", "”", "**", "(", ")", "记者", " ", "\n", "3", "+", "十四五", "路",
                      "大桥", "王", "李", "、", "。", "ｓ", "８", "\u{0301}", "届", "至", "河", "村", "-", "/", "#", "书记"]
        var rng = SeededRandom(seed: 20_261_208)
        for _ in 0..<300 {
            let count = Int.random(in: 0...40, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            let original = Array(text.unicodeScalars)
            for e in try EntityTestSupport.entities(text) {
                #expect(e.start >= 0 && e.start < e.end && e.end <= original.count)
                #expect(String(String.UnicodeScalarView(original[e.start..<e.end])) == e.text)
            }
        }
    }
}

/// Issue 16: the person model's character statistics and score, on the installed lexicon.
@Suite struct PersonModelTests {
    @Test func givenNameOddsFavourNameCharacters() throws {
        let recognizer = try #require(EntityTestSupport.recognizer, "the lexicon could not be loaded")
        let lexicon = recognizer.segmenter.lexicon
        // Characters common in given names beat particles and verbs of speech.
        for name in ["伟", "琦", "芳", "兰"] as [Unicode.Scalar] {
            for word in ["的", "说", "们"] as [Unicode.Scalar] {
                #expect(lexicon.givenNameOdds(name) > lexicon.givenNameOdds(word), "\(name) vs \(word)")
            }
        }
    }

    @Test func aListOfNamesWithoutTitlesIsFound() throws {
        let found = try EntityTestSupport.entities("会上，王佳琪、李晓梅等同志作了交流发言。")
        #expect(found.contains { $0.text == "王佳琪" && $0.type == .person && $0.rule == "scoredName" })
        #expect(found.contains { $0.text == "李晓梅" && $0.type == .person })
    }

    @Test func ordinaryWordsStartingWithASurnameAreNoNames() throws {
        for text in ["午后到夜间有雷阵雨。", "深入开展文明城市创建活动。", "全年核发排污许可证三百余张。"] {
            #expect(!(try EntityTestSupport.entities(text)).contains { $0.type == .person }, "\(text)")
        }
    }
}
