import Foundation
import Testing
@testable import ZhExtract

@Suite("NumberParser")
struct NumbersParserTests {
    func parse(_ s: String) -> Decimal? { NumberParser.parse(s.unicodeScalars) }
    func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }

    @Test("Arabic numerals with separators, decimals and full-width digits",
          arguments: [("1200", "1200"), ("1,200", "1200"), ("1,234,567.89", "1234567.89"), ("1.57", "1.57"),
                      ("0.05", "0.05"), ("１２３", "123"), ("３．５", "3.5"), ("007", "7"), ("0", "0")])
    func arabic(_ input: String, _ expected: String) {
        #expect(parse(input) == dec(expected))
    }

    @Test("1.57 stays exactly 1.57 (no binary floating point)")
    func exactDecimal() {
        let v = parse("1.57")
        #expect(v == Decimal(157) / Decimal(100))
        #expect(v.map { "\($0)" } == "1.57")
    }

    @Test("Chinese and financial numerals",
          arguments: [("一", "1"), ("十", "10"), ("十五", "15"), ("二十", "20"), ("一百二十三", "123"),
                      ("两万三千", "23000"), ("一万零五百", "10500"), ("三亿五千万", "350000000"),
                      ("一千零五", "1005"), ("一千零五十", "1050"), ("一百二", "120"), ("两万三", "23000"),
                      ("一亿五", "150000000"), ("廿三", "23"), ("卅", "30"), ("壹万贰仟", "12000"),
                      ("叁仟肆佰伍拾", "3450"), ("玖佰", "900"), ("零", "0"), ("五点五", "5.5"),
                      ("三点一四一五", "3.1415"), ("零点五", "0.5"), ("一万亿", "1000000000000"),
                      ("一万二千亿", "1200000000000"), ("百万", "1000000")])
    func chinese(_ input: String, _ expected: String) {
        #expect(parse(input) == dec(expected))
    }

    @Test("mixed Arabic and Chinese magnitudes",
          arguments: [("3.5万", "35000"), ("1200亿", "120000000000"), ("1.3万亿", "1300000000000"),
                      ("3万5千", "35000"), ("5千万", "50000000"), ("三点五万", "35000"), ("12万", "120000")])
    func mixed(_ input: String, _ expected: String) {
        #expect(parse(input) == dec(expected))
    }

    @Test("digit-by-digit readings", arguments: [("二〇三五", "2035"), ("一九九八", "1998"), ("二○二一", "2021")])
    func digitSequences(_ input: String, _ expected: String) {
        #expect(parse(input) == dec(expected))
    }

    @Test("malformed numerals give nil",
          arguments: ["", "点", "点点", "百分之", "%%%%", "一千亿亿亿亿亿", "亿亿", "十十", "三百五五十", "五十百",
                      "1.2.3", "3万5", "12a", "一点", "万万"])
    func malformed(_ input: String) {
        #expect(parse(input) == nil)
    }

    @Test("overflow is nil, never a rounded or wrapped value")
    func overflow() {
        #expect(parse(String(repeating: "9", count: 100_000)) == nil)
        #expect(parse(String(repeating: "9", count: 39)) == nil)
        #expect(parse(String(repeating: "9", count: 38)) != nil)
        #expect(parse("0." + String(repeating: "0", count: 200) + "1") == nil)
        #expect(parse(String(repeating: "一", count: 10_000)) == nil)
    }
}
