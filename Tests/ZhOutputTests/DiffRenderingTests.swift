import Foundation
import Testing
import ZhExtract
@testable import ZhOutput

/// The two Xiangyang reports of Corpus/diff, read the way `zhmine diff` reads them.
enum DiffFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus/diff")

    static func text(_ year: Int) throws -> [Unicode.Scalar] {
        let s = try String(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.txt"), encoding: .utf8)
        return Array(s.unicodeScalars)
    }

    static func records(_ year: Int) throws -> [TargetRecord] {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("xiangyang-\(year)-work-report.targets.json")))
        return try DiffRecordReader.parse(bytes, text: try text(year), doc: "xiangyang-\(year)-work-report.txt")
    }

    static func diff() throws -> PlanDiff {
        let normalizer = try #require(PlanIndicatorNormalizer.projectDefault(directory: root.appendingPathComponent("Dictionaries").path))
        return PlanDiff(old: try records(2023), new: try records(2024), options: PlanDiff.Options(normalizer: normalizer))
    }
}

@Suite("Diff renderers")
struct DiffRenderingTests {
    @Test func terminalColumns() {
        #expect(TerminalColumns.width("地区生产总值") == 12)
        #expect(TerminalColumns.width("GDP增长6.5%") == 11)
        #expect(TerminalColumns.width("ＧＤＰ") == 6)
        #expect(TerminalColumns.width("e\u{301}") == 1)
        #expect(TerminalColumns.pad("城镇", to: 6) == "城镇  ")
    }

    @Test func textColumnsLineUpWithChineseText() throws {
        let out = DiffTextTable.table(header: ["Indicator", "2023", "Status"],
                                      rows: [["地区生产总值", "增长6%左右", "raised"], ["GDP", "6.5%", "x"]], groups: [:])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // The last column starts at the same terminal column on every line.
        let starts = lines.map { line -> Int in
            let lastCell = line.split(separator: " ").last.map(String.init) ?? ""
            return TerminalColumns.width(String(line.dropLast(lastCell.count)))
        }
        #expect(Set(starts).count == 1, "\(starts)")
    }

    @Test func textTableOfTheXiangyangPair() throws {
        let text = DiffTextTable.render(try DiffFixtures.diff())
        let lines = text.split(separator: "\n").map(String.init)
        let gdp = try #require(lines.first { $0.contains("地区生产总值 = GDP") })
        #expect(gdp.contains("增长6%左右") && gdp.contains("增长6.5%左右") && gdp.contains("+0.5个百分点") && gdp.contains("raised"))
        let trade = try #require(lines.first { $0.hasPrefix("  外贸进出口总额") && $0.contains("missed") })
        #expect(trade.contains("下降3.5%"))
        // Value columns line up: every data row of the targets table puts the 2023 value at one column.
        let header = try #require(lines.first { $0.hasPrefix("  Indicator") })
        let column = TerminalColumns.width(String(header[..<(try #require(header.range(of: "2023"))).lowerBound]))
        for line in lines where line.contains("增长") && line.contains("个百分点") && !line.contains("not paired") {
            guard let r = line.range(of: "增长") else { continue }
            #expect(TerminalColumns.width(String(line[..<r.lowerBound])) == column, "\(line)")
        }
    }

    @Test func jsonIsParsableAndExact() throws {
        let bytes = DiffJSON.render(try DiffFixtures.diff())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 25)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"delta\": 0.5,"))           // no binary floating-point noise
        #expect(text.contains("\"value\": 100.4,"))
        let judgements = try #require(object["judgements"] as? [[String: Any]])
        #expect(judgements.count == 13)
        let first = try #require(pairs.first?["old"] as? [String: Any])
        #expect(first["start"] is Int && first["section"] as? String == "2023年主要预期目标")
    }

    @Test func htmlIsSelfContainedAndLinked() throws {
        let html = DiffHTMLPage.render(try DiffFixtures.diff(), oldText: try DiffFixtures.text(2023), newText: try DiffFixtures.text(2024))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        for forbidden in ["http://", "https://", "<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Every link to a sentence has its target on the page.
        let hrefs = matches(of: "href=\"#", in: html)
        let ids = Set(matches(of: "id=\"", in: html))
        #expect(hrefs.count >= 40)
        for h in hrefs { #expect(ids.contains(h), "#\(h) has no target") }
        // Changed cells are marked; unchanged ones are not.
        #expect(html.contains("<tr class=\"raised\">") && html.contains("td class=\"new changed\""))
        #expect(html.contains("<mark>全市GDP增长6.5%左右</mark>"))
    }

    @Test func htmlEscapes() {
        #expect(DiffHTMLPage.esc("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    @Test func formatting() {
        let r = TargetRecord(kind: .target, indicator: "汽车产业产值", change: "突破", value: .number(2300), unit: "亿元",
                             qualifier: .atLeast, year: "2024", sentence: "", start: 0, end: 0)
        #expect(DiffFormatting.value(r) == "突破2300亿元")
        var range = r
        range.change = "增长"
        range.value = .range(5, 6)
        range.unit = "%"
        range.qualifier = .range
        #expect(DiffFormatting.value(range) == "增长5%—6%")
        var relative = r
        relative.change = "增长"
        relative.value = nil
        relative.unit = nil
        relative.reference = "经济增长"
        relative.qualifier = .atLeast
        #expect(DiffFormatting.value(relative) == "增长高于经济增长")
    }

    /// The values of `prefix"…"` attributes.
    private func matches(of prefix: String, in html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let r = rest.range(of: prefix) {
            rest = rest[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") { out.append(String(rest[..<end])) }
        }
        return out
    }
}
