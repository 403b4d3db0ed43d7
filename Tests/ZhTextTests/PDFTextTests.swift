import Testing
@testable import ZhText
import ZhTestSupport

/// PDFs generated from Corpus text (PDFWriter: a CJK CID font through UniGB-UCS2-H), read through poppler.
@Suite struct PDFTextTests {
    static func compact(_ s: [Unicode.Scalar]) -> String {
        String(scalars: s.filter { !SentenceSplitter.isSpace($0) })
    }

    @Test func theTextLayerReflowsToTheTextTheCorpusFileHolds() throws {
        let pdf = PDFWriter().document(text: Fixtures.seed)
        let text = try PDFText().text(of: pdf)
        #expect(text.reflow == .always)
        #expect(text.scalars.contains("\u{0C}"), "pages are separated by form feeds")
        let reflowed = text.reflowed()
        #expect(Self.compact(reflowed.scalars) == Self.compact(Array(Fixtures.seed.unicodeScalars)))
        // One paragraph a line again, as in the .txt (page numbers dropped, wrapped lines joined).
        let paragraphs = Fixtures.seed.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        let lines = String(scalars: reflowed.scalars).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(lines.count == paragraphs.count)
    }

    @Test func runningHeadersAreDropped() throws {
        var writer = PDFWriter()
        writer.header = "株洲市人民政府办公室"
        let text = try PDFText().text(of: writer.document(text: Fixtures.seed))
        #expect(String(scalars: text.scalars).contains("株洲市人民政府办公室"))
        #expect(Self.compact(text.reflowed().scalars) == Self.compact(Array(Fixtures.seed.unicodeScalars)))
    }

    @Test func anImageOnlyPDFHasNoTextLayer() {
        #expect(throws: PDFReadError.noText(pages: 2)) { try PDFText().text(of: PDFWriter.imageOnly(pages: 2)) }
        #expect(PDFReadError.noText(pages: 2).description.contains("has no text layer"))
    }

    @Test func anEncryptedPDFNeedsAPassword() {
        #expect(throws: PDFReadError.encrypted) { try PDFText().text(of: PDFWriter().encrypted(text: "经济增长5%")) }
    }

    @Test func aDamagedPDFIsRefused() {
        #expect(throws: PDFReadError.damaged) { try PDFText().text(of: Array("%PDF-1.4\n1 0 obj << /Type".utf8)) }
        let pdf = PDFWriter().document(text: "经济增长5%左右。")
        #expect(throws: PDFReadError.self) { try PDFText().text(of: Array(pdf.prefix(pdf.count / 3))) }
    }

    @Test func thePageCountIsBounded() {
        let pdf = PDFWriter().document(text: String(repeating: "经济增长5%左右。\n", count: 200))
        #expect(throws: PDFReadError.tooManyPages(5, limit: 4)) { try PDFText(maxPages: 4).text(of: pdf) }
        #expect(throws: PDFReadError.tooMuchText(limit: 100)) { try PDFText(maxTextBytes: 100).text(of: pdf) }
    }

    @Test func decodeDocumentGoesByTheBytesNotTheName() throws {
        let pdf = PDFWriter().document(text: "经济增长5%左右。")
        let text = try TextDecoder().decodeDocument(pdf)
        #expect(Self.compact(text.scalars) == "经济增长5%左右。—1—")
    }
}
