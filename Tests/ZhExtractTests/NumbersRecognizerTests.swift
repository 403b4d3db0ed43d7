import Foundation
import Testing
@testable import ZhExtract
import ZhTestSupport

@Suite("QuantityRecognizer")
struct NumbersRecognizerTests {
    func find(_ s: String) -> [Quantity] { QuantityRecognizer().quantities(in: Array(s.unicodeScalars)) }
    func slice(_ s: String, _ r: Range<Int>) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String()
        out.unicodeScalars.append(contentsOf: scalars[r])
        return out
    }

    @Test("span covers qualifier words, numberSpan only the numeral and unit")
    func spans() throws {
        let text = "城镇新增就业1200万人以上"
        let q = try #require(find(text).first)
        #expect(slice(text, q.span) == "1200万人以上")
        #expect(slice(text, q.numberSpan) == "1200万人")
        #expect(q.qualifier == .atLeast)
    }

    @Test("prefix qualifier is inside the span")
    func prefixSpan() throws {
        let text = "总投资约50亿元"
        let q = try #require(find(text).first)
        #expect(slice(text, q.span) == "约50亿元")
        #expect(q.qualifier == .approx)
    }

    @Test("a space (ASCII, NBSP, U+3000) between a number and its magnitude, unit or percent sign is no boundary")
    func spacedFigures() throws {
        for space in [" ", "\u{A0}", "\u{3000}"] {
            let money = try #require(find("收入达到6215.3\(space)亿元").first)
            #expect(money.value == .number(Decimal(string: "6215.3")!) && money.unit == "亿元")
            let gdp = try #require(find("生产总值达到98.6\(space)万亿元").first)
            #expect(gdp.unit == "万亿元" && gdp.normalized?.value == .number(Decimal(string: "98600000000000")!))
            let share = try #require(find("增长\(space)5\(space)%").first)
            #expect(share.value == .number(5) && share.unit == "%" && share.kind == .percent)
        }
        // A line break is a boundary (joining broken lines is the reflow step's job).
        #expect(find("98.6\n万亿元").first?.unit == nil)
    }

    @Test("words and idioms made of numerals stay unread; numerals with structure are numbers")
    func unitlessNumerals() {
        for word in ["一般", "一些", "十分重要", "万一出现", "一一落实", "老百姓", "千万不要", "千万别", "万万不可",
                     "一带一路", "三高四新", "一二线", "三三两两", "一点一滴", "两点一线"] {
            #expect(find(word).isEmpty, "\(word)")
        }
        let cases: [(String, Decimal)] = [("两千零二十", 2020), ("一万零八百", 10800), ("贰仟伍佰", 2500), ("三十", 30),
                                          ("三万五", 35000), ("一百二", 120), ("两千六", 2600), ("一七二零", 1720),
                                          ("七亿二千万", 720000000)]
        for (text, value) in cases {
            let q = find(text)
            #expect(q.count == 1 && q.first?.value == .number(value) && q.first?.kind == .number && q.first?.unit == nil, "\(text)")
        }
        let money = find("玖仟陆佰陆拾伍圆壹角捌分")
        #expect(money.first?.value == .number(Decimal(string: "9665.18")!) && money.first?.unit == "元")
        #expect(money.first?.span == 0..<12)
    }

    @Test("markdown emphasis between numeral and unit is covered by the span")
    func markup() throws {
        let text = "资助家庭经济困难学生**6**万人"
        let q = try #require(find(text).first)
        #expect(slice(text, q.span) == "6**万人")
        #expect(q.unit == "万人")
        let approx = try #require(find("经济增长**8%左右**").first)
        #expect(approx.qualifier == .approx && approx.value == .number(8))
    }

    @Test("normalized applies the magnitude",
          arguments: [("资助学生6万人", "60000", "人"), ("投资1.2万亿元", "1200000000000", "元"),
                      ("3000多万", "30000000", ""), ("三成", "30", "%"), ("增长8%", "8", "%"),
                      ("建设用地一万亿平方米", "1000000000000", "平方米")])
    func normalized(_ text: String, _ value: String, _ unit: String) throws {
        let q = try #require(find(text).first)
        let expected = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))
        #expect(q.normalized == NormalizedQuantity(value: .number(expected ?? .nan), unit: unit))
    }

    @Test("ranges normalize both ends")
    func normalizedRange() throws {
        let q = try #require(find("吸纳1.2万—1.5万人就业").first)
        #expect(q.value == .range(Decimal(string: "1.2") ?? 0, Decimal(string: "1.5") ?? 0))
        #expect(q.normalized == NormalizedQuantity(value: .range(12000, 15000), unit: "人"))
    }

    @Test("plan periods follow the five-year-plan calendar",
          arguments: [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026)])
    func planPeriods(_ text: String, _ start: Int) throws {
        let q = try #require(find("“\(text)”时期").first)
        #expect(q.kind == .planPeriod)
        #expect(q.value == .range(Decimal(start), Decimal(start + 4)))
    }

    @Test("dates carry their parts")
    func dates() throws {
        let q = try #require(find("2021年1月7日召开").first)
        #expect(q.kind == .date)
        #expect(q.date == CalendarDate(year: 2021, month: 1, day: 7))
        #expect(q.value == nil && !q.isOverflow)
        let y = try #require(find("到二〇三五年").first)
        #expect(y.kind == .year && y.value == .number(2035) && y.date == CalendarDate(year: 2035))
    }

    @Test("a sub-range is searched alone but spans stay offsets into the whole text")
    func subRange() {
        let text = Array("增长5%,新增20个".unicodeScalars)
        let all = QuantityRecognizer().quantities(in: text)
        #expect(all.count == 2)
        let tail = QuantityRecognizer().quantities(in: text, range: 5..<text.count)
        #expect(tail.count == 1)
        #expect(tail.first?.span == 7..<10)
        #expect(QuantityRecognizer().quantities(in: text, range: 50..<80).isEmpty)
        #expect(QuantityRecognizer().quantities(in: text, range: 3..<3).isEmpty)
    }

    @Test("a quantity never crosses the end of the sub-range")
    func subRangeCut() {
        let text = Array("新增1200万人以上".unicodeScalars)
        let qs = QuantityRecognizer().quantities(in: text, range: 0..<5)
        #expect(qs.allSatisfy { $0.span.upperBound <= 5 })
    }

    @Test("hostile input finishes with no value or a marked overflow")
    func hostile() {
        let huge = String(repeating: "9", count: 100_000) + "人"
        let q = find(huge)
        #expect(q.count == 1 && q.first?.isOverflow == true && q.first?.value == nil)
        #expect(find(String(repeating: "一千亿", count: 20_000)).isEmpty)
        #expect(find(String(repeating: "点", count: 50_000)).isEmpty)
        #expect(find(String(repeating: "%", count: 50_000)).isEmpty)
        #expect(find(String(repeating: "百分之", count: 20_000)).isEmpty)
        let chained = find(String(repeating: "1-", count: 20_000))
        #expect(chained.allSatisfy { !$0.isOverflow })
        #expect(find(String(repeating: "*", count: 50_000)).isEmpty)
        #expect(find(String(repeating: "一二三四五六七八九十", count: 5_000)).isEmpty)
    }

    @Test("results are in order and do not overlap")
    func ordered() {
        let text = "2021年经济增长**8%左右**,新增就业1200万人以上,用3—4年时间,“十四五”期间新增3个以上园区"
        let qs = find(text)
        #expect(qs.count == 6)   // 2021年, 8%, 1200万人, 3—4年, 十四五, 3个
        for (a, b) in zip(qs, qs.dropFirst()) { #expect(a.span.upperBound <= b.span.lowerBound) }
    }
}

@Suite("QuantityRecognizer on generated input")
struct NumbersFuzzTests {
    static let alphabet = Array("0123456789１２.,，-—~至到一二两三五九十百千万亿零〇点廿壹拾佰分之%‰个万人元年月日第约近超过以上以下左右多余翻番*“”\"强大+GPM 成倍".unicodeScalars)

    @Test("random text over the numeral alphabet: no crash, spans inside the input, in order")
    func generated() {
        var rng = SeededRandom(seed: 20_210_107)
        let recognizer = QuantityRecognizer()
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...24, using: &rng)
            let text = (0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &rng)] }
            let lower = Int.random(in: 0...length, using: &rng)
            let upper = Int.random(in: lower...length, using: &rng)
            for range in [0..<text.count, lower..<upper] {
                let found = recognizer.quantities(in: text, range: range)
                var last = range.lowerBound
                for q in found {
                    #expect(q.span.lowerBound >= last && q.span.upperBound <= range.upperBound)
                    #expect(q.numberSpan.lowerBound >= q.span.lowerBound && q.numberSpan.upperBound <= q.span.upperBound)
                    #expect(!q.isOverflow || q.value == nil)
                    last = q.span.upperBound
                }
            }
            _ = NumberParser.parse(text)
        }
    }
}
