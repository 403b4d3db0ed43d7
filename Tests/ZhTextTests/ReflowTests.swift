import Foundation
import Testing
@testable import ZhText
import ZhTestSupport

@Suite struct ReflowTests {
    func reflow(_ s: String) -> String { String(scalars: Reflow().reflow(Array(s.unicodeScalars)).scalars) }

    // MARK: Joining (BreakRule.continuation) and keeping (the other break rules)

    @Test func aBreakBetweenTwoHanCharactersJoins() {
        #expect(reflow("国内\n生产总值达到98.6万亿元、增长6%。") == "国内生产总值达到98.6万亿元、增长6%。")
    }

    @Test func aBreakInsideAFigureJoins() {
        #expect(reflow("全年地区生产总值达到98.6\n万亿元，增长5\n%。") == "全年地区生产总值达到98.6万亿元，增长5%。")
        #expect(reflow("粮食产量达到1\n234.5万吨。") == "粮食产量达到1234.5万吨。")
    }

    @Test func headingsListItemsAndNewParagraphsAreNotJoined() {
        #expect(reflow("工作回顾\n一、过去一年工作回顾") == "工作回顾\n一、过去一年工作回顾")
        #expect(reflow("一、总体要求\n今年经济社会发展的主要预期目标是") == "一、总体要求\n今年经济社会发展的主要预期目标是")
        #expect(reflow("坚持稳中求进\n（一）扩大有效投资") == "坚持稳中求进\n（一）扩大有效投资")
        #expect(reflow("主要抓好以下工作\n1. 稳定工业增长") == "主要抓好以下工作\n1. 稳定工业增长")
        #expect(reflow("主要抓好以下工作\n——稳定工业增长") == "主要抓好以下工作\n——稳定工业增长")
        #expect(reflow("主要抓好以下工作\n●稳定工业增长") == "主要抓好以下工作\n●稳定工业增长")
        #expect(reflow("全面完成目标任务\n\n今年要突出抓好") == "全面完成目标任务\n\n今年要突出抓好")
        #expect(reflow("全面完成目标任务\n\u{3000}\u{3000}今年要突出抓好") == "全面完成目标任务\n\u{3000}\u{3000}今年要突出抓好")
        #expect(reflow("全面完成目标任务。\n今年要突出抓好") == "全面完成目标任务。\n今年要突出抓好")
        #expect(reflow("建设城乡居民家门口小游园；\n实施美丽乡村工程") == "建设城乡居民家门口小游园；\n实施美丽乡村工程")
        // Table rows, Markdown list items, a wholly emphasised heading.
        #expect(reflow("| 地区生产总值（亿元） | 5000 |\n| 一般公共预算收入（亿元） | 300 |") == "| 地区生产总值（亿元） | 5000 |\n| 一般公共预算收入（亿元） | 300 |")
        #expect(reflow("- 新增3个以上千亿产业集群\n- 新增2个以上全日制本科院校") == "- 新增3个以上千亿产业集群\n- 新增2个以上全日制本科院校")
        #expect(reflow("**关键词 打造国家重要先进制造业高地**\n加快建设更具实力的动力谷") == "**关键词 打造国家重要先进制造业高地**\n加快建设更具实力的动力谷")
        // Mid-paragraph, ：and a closing quote do not end the line's paragraph.
        #expect(reflow("主要预期目标是：\n地区生产总值增长5%") == "主要预期目标是：地区生产总值增长5%")
    }

    @Test func theTitleOfALaidOutDocumentIsKeptApart() {
        let text = """
        某市2025年国民经济和社会发展统计公报发布——全年经济运行总体平稳稳中有进
        2026年3月1日 来源：某市统计局
        全年全市地区生产总值达到五千亿元，比上年增长百分之五点六，其中第一产业增加
        值增长百分之三，第二产业增加值增长百分之五点八，第三产业增加值增长百分之六
        点一，三次产业结构持续优化，经济发展质量和效益稳步提升，发展后劲不断增强。
        """
        let lines = reflow(text).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix("稳中有进"))       // titleLine
        #expect(lines[1].hasPrefix("2026年3月1日"))    // shortLine
        #expect(lines[2].hasPrefix("全年") && lines[2].hasSuffix("不断增强。"))
    }

    @Test func aFigureAtTheStartOfALineIsNotAListItem() {
        #expect(reflow("一般公共预算收入达到\n1.5万亿元") == "一般公共预算收入达到1.5万亿元")
    }

    @Test func latinWordsKeepASpace() {
        #expect(reflow("the green\nbond market") == "the green bond market")
    }

    @Test func aLineMuchShorterThanTheWrapWidthEndsItsParagraph() {
        let wrapped = """
        过去一年，全市地区生产总值增长百分之五点五以上，城乡居民收入稳步增长
        就业形势总体稳定物价水平保持平稳财政收入实现较快增长基础设施建设
        加快推进生态环境持续改善各项社会事业全面进步人民生活水平不断提高
        各项工作取得新成效
        今年全市经济社会发展的主要预期目标是地区生产总值增长百分之五左右
        """
        let lines = reflow(wrapped).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("各项工作取得新成效"))
    }

    // MARK: Page furniture (DropRule)

    @Test func pageNumbersAreDropped() {
        #expect(reflow("国内生产总值\n— 3 —\n增长5%") == "国内生产总值增长5%")
        #expect(reflow("国内生产总值\n-3-\n增长5%") == "国内生产总值增长5%")
        #expect(reflow("国内生产总值\n第3页\n增长5%") == "国内生产总值增长5%")
        #expect(reflow("国内生产总值\n第 3 页 共 10 页\n增长5%") == "国内生产总值增长5%")
        #expect(reflow("国内生产总值\n3\n\u{0C}增长5%") == "国内生产总值增长5%")
        // A bare number that is not at a page's edge is content.
        #expect(reflow("指标\n2024\n数值") == "指标2024数值")
    }

    @Test func aHeaderRepeatedOnMostPagesIsDropped() {
        var pages: [String] = []
        for (n, last) in zip(1...4, ["甲", "乙", "丙", "丁"]) {
            pages.append((n > 1 ? "某市人民政府工作报告\n" : "") + "第\(n)页的正文继续讲述经济社会发展\n情况\(last)\n— \(n) —\n")
        }
        let out = reflow(pages.joined(separator: "\u{0C}"))
        #expect(!out.contains("某市人民政府工作报告"))
        #expect(!out.contains("—"))
        #expect(out.hasPrefix("第1页的正文"))
    }

    // MARK: Offsets

    @Test func everyScalarMapsBackToItsSource() {
        let original = Array("国内\n生产总值\n— 2 —\n\u{0C}达到98.6\n万亿元。\n\n（一）扩大投资\n".unicodeScalars)
        let r = Reflow().reflow(original)
        #expect(r.offsets.checkInvariants())
        for (i, c) in r.scalars.enumerated() where c != "\n" {
            let o = r.offsets.originalRange(i..<(i + 1))
            #expect(o.count == 1 && original[o.lowerBound] == c)
        }
    }

    @Test func preparedTextComposesReflowAndNormalisation() {
        var text = DecodedText(scalars: Array("增长８\n．５％".unicodeScalars), encoding: .utf8)
        text.reflow = .always
        let p = text.prepared()
        #expect(String(scalars: p.scalars) == "增长8.5%")
        #expect(p.offsets.originalRange(2..<6) == 2..<7)
    }

    // MARK: When plain text reflows by default

    @Test func noCorpusTextLooksHardWrapped() throws {
        let root = Fixtures.repositoryRoot.appendingPathComponent("Corpus")
        var texts = [Fixtures.seedPath]
        for dir in ["reports", "diff"] {
            let d = root.appendingPathComponent(dir)
            for f in (try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? [] where f.hasSuffix(".txt") {
                texts.append(d.appendingPathComponent(f).path)
            }
        }
        #expect(texts.count > 3)
        for path in texts {
            let text = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
            #expect(!Reflow.looksHardWrapped(text), "\(path)")
        }
    }

    @Test func aHardWrappedCopyLooksHardWrapped() {
        let wrapped = PDFWriter().layout(Fixtures.seed).flatMap { $0 }.map(\.0).joined(separator: "\n")
        #expect(Reflow.looksHardWrapped(Array(wrapped.unicodeScalars)))
        var text = DecodedText(scalars: Array(wrapped.unicodeScalars), encoding: .utf8)
        #expect(text.shouldReflow)
        text.reflow = .never
        #expect(!text.shouldReflow)
    }
}

@Suite struct FileSignatureTests {
    @Test func binaryFormatsAreNamedByTheirBytes() {
        #expect(FileSignature.sniff(Array("%PDF-1.7\n".utf8))?.kind == .pdf)
        #expect(FileSignature.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])?.description == "a PNG image")
        #expect(FileSignature.sniff([0xFF, 0xD8, 0xFF, 0xE0])?.description == "a JPEG image")
        #expect(FileSignature.sniff(Array("GIF89a".utf8))?.kind == .image)
        #expect(FileSignature.sniff(Array("RIFF\u{1}\u{0}\u{0}\u{0}WEBPVP8 ".utf8))?.description == "a WebP image")
        #expect(FileSignature.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])?.kind == .ole2)
        #expect(FileSignature.sniff([0x50, 0x4B, 0x03, 0x04] + Array("....xl/workbook.xml".utf8))?.description == "an Excel workbook (.xlsx)")
        #expect(FileSignature.sniff([0x50, 0x4B, 0x03, 0x04] + Array("....word/document.xml".utf8))?.description == "a Word document (.docx)")
        #expect(FileSignature.sniff([0x50, 0x4B, 0x03, 0x04, 0, 0])?.description == "a zip archive")
    }

    @Test func textHasNoSignature() {
        #expect(FileSignature.sniff(Array("经济增长5%".utf8)) == nil)
        #expect(FileSignature.sniff([]) == nil)
        #expect(FileSignature.sniff(Array("PDF-1.7 is a format".utf8)) == nil)
    }

    @Test func theDecoderRefusesABinaryFormatWithItsName() {
        #expect(throws: TextDecodingError.notText("a PDF document")) { try TextDecoder().decode(Array("%PDF-1.4\n1 0 obj".utf8)) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        #expect(throws: TextDecodingError.notText("a PNG image")) { try TextDecoder(lossy: true).decode(png) }
    }
}
