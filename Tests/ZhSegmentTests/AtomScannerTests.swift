import Testing
@testable import ZhSegment
import ZhTestSupport

/// Atoms of `text` as (surface, kind) pairs.
func atomize(_ text: String) -> [(String, AtomKind)] {
    let scalars = Array(text.unicodeScalars)
    return AtomScanner().atoms(of: scalars).map { atom in
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[atom.range])
        return (String(s), atom.kind)
    }
}

/// The atoms of `text`, as "surface/kind".
func tokens(_ text: String) -> [String] {
    atomize(text).map { "\($0.0)/\($0.1)" }
}

/// Checks that atoms tile `scalars` exactly, in order, with no empty atom.
func tiles(_ atoms: [Atom], _ count: Int) -> Bool {
    var position: Int32 = 0
    for atom in atoms {
        guard atom.start == position, atom.end > atom.start else { return false }
        position = atom.end
    }
    return Int(position) == count
}

@Suite("AtomScanner: numbers")
struct AtomScannerNumberTests {
    @Test func percentagesAreOneAtom() {
        #expect(tokens("增长8.5%左右") == ["增长/han", "8.5%/percent", "左右/han"])
        #expect(tokens("下降23.4%，") == ["下降/han", "23.4%/percent", "，/punctuation"])
        #expect(tokens("控制在3‰以内") == ["控制在/han", "3‰/percent", "以内/han"])
        #expect(tokens("增长８．５％") == ["增长/han", "８．５％/percent"])
    }

    @Test func spacedFiguresAreOneAtom() {
        // Layout puts a space (ASCII, NBSP, U+3000) between a number and its magnitude or percent sign.
        #expect(tokens("达到 6215.3 亿元") == ["达到/han", " /whitespace", "6215.3 亿/number", "元/han"])
        #expect(tokens("98.6 万亿元") == ["98.6 万亿/number", "元/han"])
        #expect(tokens("增长 5 %") == ["增长/han", " /whitespace", "5 %/percent"])
        #expect(tokens("增长5\u{3000}%") == ["增长/han", "5\u{3000}%/percent"])
        #expect(tokens("98.6\u{A0}万") == ["98.6\u{A0}万/number"])
        // A space before anything else, or three spaces, is still a boundary.
        #expect(tokens("5 个") == ["5/number", " /whitespace", "个/han"])
        #expect(tokens("5   %") == ["5/number", "   /whitespace", "%/punctuation"])
    }

    @Test func separatorsAndDecimalsStayInsideTheNumber() {
        #expect(tokens("总额1,234.5亿元") == ["总额/han", "1,234.5亿/number", "元/han"])
        #expect(tokens("共12,345,678人") == ["共/han", "12,345,678/number", "人/han"])
        // A comma followed by other than three digits is punctuation.
        #expect(tokens("1,2,3") == ["1/number", ",/punctuation", "2/number", ",/punctuation", "3/number"])
        #expect(tokens("达到5.") == ["达到/han", "5/number", "./punctuation"])
    }

    @Test func measureWordsAreSeparateButMagnitudesAttach() {
        #expect(tokens("新增4400个") == ["新增/han", "4400/number", "个/han"])
        #expect(tokens("6万人") == ["6万/number", "人/han"])
        #expect(tokens("320万亩") == ["320万/number", "亩/han"])
        #expect(tokens("1.3万亿斤") == ["1.3万亿/number", "斤/han"])
        #expect(tokens("0.5个百分点") == ["0.5/number", "个百分点/han"])
        #expect(tokens("100项") == ["100/number", "项/han"])
        #expect(tokens("5千米") == ["5/number", "千米/han"])
        #expect(tokens("3千万元") == ["3千万/number", "元/han"])
    }

    @Test func rangesKeepTheDashAsPunctuation() {
        #expect(tokens("3—4年") == ["3/number", "—/punctuation", "4/number", "年/han"])
        #expect(tokens("5%—6%") == ["5%/percent", "—/punctuation", "6%/percent"])
        #expect(tokens("2020-2025") == ["2020/number", "-/punctuation", "2025/number"])
    }

    @Test func signsAttachOnlyWhereTheyCanBeSigns() {
        #expect(tokens("气温-5℃") == ["气温/han", "-5/number", "℃/other"])
        #expect(tokens("增速为－2.1%") == ["增速为/han", "－2.1%/percent"])
        #expect(tokens("(+3)") == ["(/punctuation", "+3/number", ")/punctuation"])
        #expect(tokens("10-5") == ["10/number", "-/punctuation", "5/number"])
        #expect(tokens("3月-5月") == ["3月/date", "-/punctuation", "5月/date"])
        #expect(tokens("三十-四十") == ["三十/chineseNumber", "-/punctuation", "四十/chineseNumber"])
    }

    @Test func fractionsRatiosAndTimes() {
        #expect(tokens("3/4的") == ["3/4/number", "的/han"])
        #expect(tokens("8:30开会") == ["8:30/time", "开会/han"])
        #expect(tokens("比分3:1") == ["比分/han", "3:1/number"])
    }

    @Test func aNumberIsNeverBrokenApart() {
        let digits = String(repeating: "9", count: 100_000)
        let atoms = atomize(digits)
        #expect(atoms.count == 1)
        #expect(atoms.first?.1 == .number)
    }
}

@Suite("AtomScanner: dates")
struct AtomScannerDateTests {
    @Test func dateComponentsAreSeparateAtoms() {
        #expect(tokens("2021年1月7日") == ["2021年/date", "1月/date", "7日/date"])
        #expect(tokens("12月31日") == ["12月/date", "31日/date"])
        #expect(tokens("6月份") == ["6月份/date"])
        #expect(tokens("2035年远景") == ["2035年/date", "远景/han"])
        // A fiscal year: the year is a number and 年度 a word (PKU gold: 2001 年度).
        #expect(tokens("2021年度预算") == ["2021/number", "年度预算/han"])
        #expect(tokens("二〇二一年度") == ["二〇二一/chineseNumber", "年度/han"])
    }

    @Test func onlyFourDigitYearsAndValidMonthsAndDays() {
        #expect(tokens("3年") == ["3/number", "年/han"])
        #expect(tokens("100年") == ["100/number", "年/han"])
        #expect(tokens("13月") == ["13/number", "月/han"])
        #expect(tokens("32日") == ["32/number", "日/han"])
    }

    @Test func chineseDates() {
        #expect(tokens("二〇三五年") == ["二〇三五年/date"])
        #expect(tokens("一九九八年夏") == ["一九九八年/date", "夏/han"])
        #expect(tokens("二○○○年十二月三十一日") == ["二○○○年/date", "十二月/date", "三十一日/date"])
        // Older texts write the zero with an Arabic digit.
        #expect(tokens("二００一年") == ["二００一年/date"])
        #expect(tokens("二0二一年") == ["二0二一年/date"])
        #expect(tokens("三0人") == ["三/han", "0/number", "人/han"])
    }

    @Test func numericDateFormats() {
        #expect(tokens("2021-01-07") == ["2021-01-07/date"])
        #expect(tokens("2021/1/7") == ["2021/1/7/date"])
        #expect(tokens("2021.1.7") == ["2021.1.7/date"])
    }

    @Test func minutesFollowAnHour() {
        #expect(tokens("8时30分") == ["8时/time", "30分/time"])
        #expect(tokens("得了30分") == ["得了/han", "30/number", "分/han"])
    }
}

@Suite("AtomScanner: Chinese numerals")
struct AtomScannerChineseNumeralTests {
    @Test func wellFormedNumeralsAreAtoms() {
        #expect(tokens("三千五百万") == ["三千五百万/chineseNumber"])
        #expect(tokens("一百零五个") == ["一百零五/chineseNumber", "个/han"])
        #expect(tokens("两万三千人") == ["两万三千/chineseNumber", "人/han"])
        #expect(tokens("六千零二十万") == ["六千零二十万/chineseNumber"])
        #expect(tokens("十三点二九亿") == ["十三点二九亿/chineseNumber"])
        #expect(tokens("二十一世纪") == ["二十一/chineseNumber", "世纪/han"])
    }

    @Test func percentagesInWords() {
        #expect(tokens("提高百分之五点五") == ["提高/han", "百分之五点五/percent"])
        #expect(tokens("百分之百") == ["百分之百/percent"])
        #expect(tokens("千分之三") == ["千分之三/percent"])
        #expect(tokens("百分之5.5") == ["百分之5.5/percent"])
    }

    @Test func numeralsInsideWordsStayHan() {
        for word in ["一般", "一些", "统一", "万一", "一带一路", "三高四新", "十大", "两会", "一点一滴",
                     "十四五", "三四", "一一", "十九大", "百分点", "千万", "亿万", "成千上万"] {
            #expect(tokens(word) == ["\(word)/han"], "\(word)")
        }
    }

    @Test func ordinals() {
        #expect(tokens("第十七条") == ["第十七/ordinal", "条/han"])
        #expect(tokens("第242页") == ["第242/ordinal", "页/han"])
        #expect(tokens("第一书记") == ["第一书记/han"])
    }
}

@Suite("AtomScanner: Latin, URLs, e-mail")
struct AtomScannerLatinTests {
    @Test func latinWords() {
        #expect(tokens("GDP增长") == ["GDP/latin", "增长/han"])
        #expect(tokens("5G基站") == ["5G/latin", "基站/han"])
        #expect(tokens("PM2.5浓度") == ["PM2.5/latin", "浓度/han"])
        #expect(tokens("COVID-19疫情") == ["COVID-19/latin", "疫情/han"])
        #expect(tokens("R&D投入") == ["R&D/latin", "投入/han"])
        #expect(tokens("100km") == ["100/number", "km/latin"])
    }

    @Test func urlsAndEmails() {
        #expect(tokens("见https://www.gov.cn/zhengce/。") == ["见/han", "https://www.gov.cn/zhengce//url", "。/punctuation"])
        #expect(tokens("访问www.gov.cn,了解") == ["访问/han", "www.gov.cn/url", ",/punctuation", "了解/han"])
        #expect(tokens("people.com.cn") == ["people.com.cn/url"])
        #expect(tokens("来信caibian3@peopledaily.com.cn。") == ["来信/han", "caibian3@peopledaily.com.cn/email", "。/punctuation"])
        #expect(tokens("12345@qq.com") == ["12345@qq.com/email"])
        #expect(tokens("a@b") == ["a/latin", "@/punctuation", "b/latin"])
    }
}

@Suite("AtomScanner: punctuation, space, coverage")
struct AtomScannerCoverageTests {
    @Test func punctuationRuns() {
        #expect(tokens("等等……") == ["等等/han", "……/punctuation"])
        #expect(tokens("——新年") == ["——/punctuation", "新年/han"])
        #expect(tokens("**8%左右**") == ["**/punctuation", "8%/percent", "左右/han", "**/punctuation"])
        #expect(tokens("。。") == ["。/punctuation", "。/punctuation"])
        #expect(tokens("a  \n b") == ["a/latin", "  \n /whitespace", "b/latin"])
    }

    @Test func documentedExample() {
        #expect(tokens("2021年GDP增长8.5%，新增4400个") == [
            "2021年/date", "GDP/latin", "增长/han", "8.5%/percent", "，/punctuation", "新增/han", "4400/number", "个/han",
        ])
    }

    @Test func emptyInput() {
        #expect(AtomScanner().atoms(of: []).isEmpty)
    }

    @Test func appendsToTheCallersArray() {
        let text = Array("增长8%".unicodeScalars)
        var atoms = [Atom(start: 0, end: 1, kind: .other)]
        text.withUnsafeBufferPointer { AtomScanner().scan($0, into: &atoms) }
        #expect(atoms.count == 3)
        #expect(atoms[1] == Atom(start: 0, end: 2, kind: .han))
    }

    @Test func hostileInputsAreLinearAndTile() {
        let cases: [String] = [
            String(repeating: "点", count: 50_000),
            String(repeating: "一", count: 50_000),
            String(repeating: "十", count: 50_000),
            String(repeating: "一二三四五六七八九十百千万亿", count: 5_000),
            String(repeating: "a_", count: 50_000) + "@x",
            String(repeating: "1.", count: 50_000),
            String(repeating: "1,", count: 50_000),
            String(repeating: "-", count: 50_000),
            "www." + String(repeating: "a", count: 50_000),
            String(repeating: "1@", count: 50_000),
            String(repeating: "第", count: 50_000) + "十二",
            String(repeating: "一点", count: 50_000),
            String(repeating: "百分之", count: 50_000),
            "二" + String(repeating: "0", count: 50_000),
        ]
        for text in cases {
            let scalars = Array(text.unicodeScalars)
            #expect(tiles(AtomScanner().atoms(of: scalars), scalars.count))
        }
    }

    @Test func realReportSentenceTiles() {
        let text = "2021年，全市地区生产总值增长8.5%，规模以上工业增加值增长9%左右；新增城镇就业4400个，"
            + "PM2.5平均浓度下降到35微克/立方米，“十四五”期间推进“三高四新”战略，到二〇三五年基本实现现代化。"
        let scalars = Array(text.unicodeScalars)
        let atoms = AtomScanner().atoms(of: scalars)
        #expect(tiles(atoms, scalars.count))
        let kinds = atomize(text).filter { $0.1 != .han && $0.1 != .punctuation }.map { "\($0.0)/\($0.1)" }
        #expect(kinds == ["2021年/date", "8.5%/percent", "9%/percent", "4400/number", "PM2.5/latin",
                          "35/number", "二〇三五年/date"])
    }

    @Test(arguments: 0..<20)
    func randomMixedInputTiles(seed: Int) {
        let alphabet = Array("0123456789０１２一二三四五六七八九十百千万亿零两〇○点第百分之年月日时分份大的增长GDPaZ.,，。%％-－+/:@_ —…·*\n\u{3000}😀한ä".unicodeScalars)
        var generator = SeededRandom(seed: UInt64(seed))
        for _ in 0..<50 {
            let length = Int(generator.next() % 300)
            let scalars = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let atoms = AtomScanner().atoms(of: scalars)
            #expect(tiles(atoms, scalars.count), "\(String(String.UnicodeScalarView(scalars)))")
        }
    }
}

/// The class table, filled at start-up only for some blocks, gives every BMP scalar the class
/// its Unicode properties give.
@Suite struct ScalarClassTableTests {
    @Test func tableAgreesWithThePropertiesOverTheBMP() {
        let table = ScalarClasses.shared.table
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let fromTable = ScalarClass(rawValue: table[Int(v)]) ?? ScalarClasses.classOfRare(v)
            if fromTable != ScalarClasses.classOf(s) { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "first disagreements: \(wrong.prefix(8).map { String($0, radix: 16) })")
    }
}
