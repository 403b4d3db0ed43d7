import Foundation
import Testing
import ZhTestSupport
@testable import ZhInputs

/// HTML and DOCX text extraction, and the decoding of documents by format.
@Suite struct InputTextTests {
    static func html(_ s: String) -> String {
        String(String.UnicodeScalarView(HTMLText.extract(Array(s.unicodeScalars))))
    }

    @Test func htmlDropsTagsScriptsStylesAndComments() {
        let page = """
            <!DOCTYPE html><html><head><meta charset="gbk"><title>株洲市政府工作报告</title>
            <style>p { color: red; } </style><script type="text/javascript">var a = "<p>不是正文</p>";</script></head>
            <body><!-- 注释 <p>也不是</p> --><h1>一、主要目标</h1><p>地区生产总值增长<b>8%</b>左右。</p>
            <SCRIPT>document.write('x')</SCRIPT><div>城镇新增就业<span class="n">3万人</span></div></body></html>
            """
        #expect(Self.html(page) == "株洲市政府工作报告\n一、主要目标\n地区生产总值增长8%左右。\n城镇新增就业3万人\n")
    }

    @Test func htmlDecodesCharacterReferences() {
        #expect(Self.html("<p>&ldquo;十四五&rdquo;&nbsp;规划&#x89C4;&#21010; a&amp;b &lt;c&gt; &unknown; AT&T</p>")
                == "“十四五” 规划规划 a&b <c> &unknown; AT&T\n")
    }

    @Test func htmlBlockElementsAndBreaksBecomeLines() {
        let page = "<ul><li>第一条</li><li>第二条</li></ul>第三行<br>第四行<br/><table><tr><td>指标</td><td>8%</td></tr></table>"
        #expect(Self.html(page) == "第一条\n第二条\n第三行\n第四行\n指标\t8%\n")
    }

    @Test func htmlCollapsesWhiteSpaceButKeepsPre() {
        #expect(Self.html("<p>  增长   \n  8%  </p>") == "增长 8%\n")
        #expect(Self.html("<pre>a  b\n c</pre>") == "a  b\n c\n")
    }

    @Test func htmlTruncatedPagesDoNotHang() {
        #expect(Self.html("<p>增长8%<script>never closed") == "增长8%\n")
        #expect(Self.html("文本 < 符号 <p") == "文本 < 符号\n")  // a tag cut off at the end is dropped
        #expect(Self.html("<!-- 未闭合注释") == "")
    }

    @Test func docxParagraphsBecomeLinesAndOnlyTextRunsCount() throws {
        let docx = try Fixtures.docx(paragraphs: [["株洲市", "2021年政府工作报告"], ["增长8%", "左右 &amp; 稳定"], []],
                                     extraBody: "<w:p><w:r><w:delText>删掉的</w:delText><w:instrText>PAGE</w:instrText><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>")
        let text = try DocumentText(limits: InputLimits()).text(of: docx, format: .docx)
        #expect(text.string == "株洲市2021年政府工作报告\n增长8%左右 & 稳定\n\n甲\t乙\n丙\n")
    }

    @Test func notADocxIsAnError() {
        #expect(throws: InputError.self) { try DocumentText(limits: InputLimits()).text(of: Array("hello".utf8), format: .docx) }
        let noDocument = (try? Fixtures.zipData([("a.txt", Array("x".utf8))])) ?? []
        #expect(throws: InputError("not a .docx file (no word/document.xml)")) {
            try DocumentText(limits: InputLimits()).text(of: noDocument, format: .docx)
        }
    }

    @Test func emptyAndBlankDocumentsAreErrors() {
        let reader = DocumentText(limits: InputLimits())
        #expect(throws: InputError("empty file")) { try reader.text(of: [], format: .text) }
        #expect(throws: InputError.self) { try reader.text(of: Array(" \n\t\u{3000}\n".utf8), format: .text) }
        #expect(throws: InputError.self) { try reader.text(of: Array("<html><script>x</script></html>".utf8), format: .html) }
    }

    @Test func binaryAndInvalidBytesAreErrorsWithReasons() {
        let reader = DocumentText(limits: InputLimits())
        do {
            _ = try reader.text(of: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], format: .text)
            Issue.record("binary accepted")
        } catch {
            #expect(error.message == "is an ELF executable, not text")  // named by its signature
        }
        do {
            _ = try reader.text(of: [0x01, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], format: .text)
            Issue.record("binary accepted")
        } catch {
            #expect(error.message.contains("binary"))  // no known signature: the control-character check
        }
        #expect(throws: InputError.self) { try reader.text(of: [0xE4, 0xB8, 0xAD, 0xFF, 0xFE, 0xC0, 0x80, 0x81], format: .text) }
    }

    @Test func lossyDecodingKeepsTheDocument() throws {
        var limits = InputLimits()
        limits.lossy = true
        let bytes = Array("经济增长百分之五左右，国内生产总值稳步提升".utf8) + [0xFF] + Array("。".utf8)
        let text = try DocumentText(limits: limits).text(of: bytes, format: .text)
        #expect(text.substitutions == 1)
        #expect(text.string.hasSuffix("\u{FFFD}。"))
    }

    @Test func gbkHTMLIsDetectedThenStripped() throws {
        let utf8 = "<p>经济增长百分之五左右，国内生产总值稳步提升。</p>"
        let gbk = try Fixtures.iconv(utf8, to: "GBK")
        #expect(gbk != Array(utf8.utf8))
        let text = try DocumentText(limits: InputLimits()).text(of: gbk, format: .html)
        #expect(text.encoding == .gb18030)
        #expect(text.string == "经济增长百分之五左右，国内生产总值稳步提升。\n")
    }

    @Test func formatsByExtension() {
        #expect(DocumentFormat(fileName: "a/b/报告.HTM") == .html)
        #expect(DocumentFormat(fileName: "x.md") == .text)
        #expect(DocumentFormat(fileName: "x.docx") == .docx)
        #expect(DocumentFormat(fileName: "x.PDF") == .pdf)
        #expect(DocumentFormat(fileName: "x.png") == nil)
        #expect(DocumentFormat(fileName: "dir.d/README") == nil)
    }
}
