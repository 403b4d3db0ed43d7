import Foundation
import Testing
import ZhTestSupport

/// End-to-end tests of PDF input (and of files that are not text) through the real binary; the PDFs are
/// typeset from Corpus texts by PDFWriter (a CJK CID font, hard-wrapped at 38 characters, page numbers).
@Suite struct PDFInputTests {
    static let corpus = CLI.repositoryRoot.appendingPathComponent("Corpus")
    static let texts = [CLI.seedPath] + ["changsha-2021-work-report-review", "luoyang-2024-work-report", "national-2024-work-report-excerpt"]
        .map { corpus.appendingPathComponent("reports/\($0).txt").path }

    /// The fields of a target record that do not depend on where the text lies (no offsets, sentence, doc).
    static func facts(_ r: CLI.Result) throws -> [String] {
        try ExtractCommandTests.objects(r).map { o in
            ["indicator", "change", "value", "unit", "qualifier", "kind", "year", "section", "reference"]
                .map { "\($0)=\(o[$0].map { "\($0)" } ?? "-")" }.joined(separator: " ")
        }
    }

    static func writePDF(of path: String, to dir: URL, header: String? = nil) throws -> String {
        var writer = PDFWriter()
        writer.header = header
        let pdf = dir.appendingPathComponent(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".pdf")
        try Data(writer.document(text: try String(contentsOfFile: path, encoding: .utf8))).write(to: pdf)
        return pdf.path
    }

    @Test(arguments: texts) func aReportAsPDFGivesTheRecordsOfItsText(path: String) throws {
        let dir = try CLI.temporaryDirectory()
        // A running header too where the report has the pages for it to repeat on (a header seen on one
        // page of two is indistinguishable from a line of text).
        let pages = PDFWriter().layout(try String(contentsOfFile: path, encoding: .utf8)).count
        let pdf = try Self.writePDF(of: path, to: dir, header: pages >= 3 ? "人民政府工作报告" : nil)
        let fromText = try CLI.run(["extract", path])
        let fromPDF = try CLI.run(["extract", pdf])
        #expect(fromPDF.status == 0, "\(fromPDF.stderr)")
        #expect(fromPDF.stderr.isEmpty)
        let a = try Self.facts(fromText), b = try Self.facts(fromPDF)
        #expect(!a.isEmpty)
        #expect(a == b, "only in text: \(a.filter { !b.contains($0) })\nonly in PDF: \(b.filter { !a.contains($0) })")
        // Offsets index the PDF's text as decoded, which `zhmine text X.pdf` prints.
        let decoded = Array(try CLI.run(["text", pdf]).text.unicodeScalars)
        for o in try ExtractCommandTests.objects(fromPDF) {
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            #expect(String(String.UnicodeScalarView(decoded[start..<end])) == o["sentence"] as? String)
        }
    }

    @Test func textPrintsThePDFAsDecodedAndReflowedOnRequest() throws {
        let dir = try CLI.temporaryDirectory()
        let pdf = try Self.writePDF(of: CLI.seedPath, to: dir)
        let plain = try CLI.run(["text", pdf])
        #expect(plain.status == 0)
        #expect(plain.text.contains("— 1 —"))
        #expect(plain.text.contains("\u{0C}"))
        let reflowed = try CLI.run(["text", "--reflow", pdf])
        #expect(reflowed.status == 0)
        #expect(!reflowed.text.contains("— 1 —"))
        let seed = try String(contentsOfFile: CLI.seedPath, encoding: .utf8)
        #expect(reflowed.lines.count == seed.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count)
        // Sentences with offsets into the decoded text.
        let jsonl = try CLI.run(["text", "--reflow", "--sentences", "--format", "jsonl", pdf])
        let decoded = Array(plain.text.unicodeScalars)
        for line in jsonl.lines.prefix(40) {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(o["start"] as? Int), end = try #require(o["end"] as? Int)
            let slice = String(String.UnicodeScalarView(decoded[start..<end])).filter { !$0.isWhitespace && $0 != "\u{0C}" }
            #expect(slice.hasPrefix(((o["text"] as? String) ?? "").filter { !$0.isWhitespace }.prefix(4)))
        }
    }

    @Test func numbersAndEntitiesReadPDFs() throws {
        let dir = try CLI.temporaryDirectory()
        let pdf = try Self.writePDF(of: CLI.seedPath, to: dir)
        for command in ["numbers", "entities", "keywords"] {
            let r = try CLI.run([command, pdf])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(!r.lines.isEmpty, "\(command)")
        }
    }

    @Test func filesThatAreNotTextAreNamedAndRefused() throws {
        let dir = try CLI.temporaryDirectory()
        let cases: [(String, [UInt8], String)] = [
            ("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64), "is a PNG image, not text"),
            ("scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0, count: 64), "is a JPEG image, not text"),
            ("sheet.xlsx", try BatchCommandTests.zipData([("xl/workbook.xml", Array("<workbook/>".utf8))]), "is an Excel workbook (.xlsx), not text"),
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64), "is an Office 97–2003 file"),
            ("scan.pdf", PDFWriter.imageOnly(pages: 3), "has no text layer (3 pages): scanned?"),
            ("locked.pdf", PDFWriter().encrypted(text: "经济增长5%"), "encrypted PDF"),
            ("broken.pdf", Array("%PDF-1.4\n1 0 obj << /Type".utf8), "PDF"),
        ]
        for (name, bytes, message) in cases {
            let path = dir.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let r = try CLI.run(["extract", path])
            #expect(r.status == 1, "\(name)")
            #expect(r.stdout.isEmpty, "\(name)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(path + ": ") && r.stderr.contains(message), "\(name): \(r.stderr)")
        }
    }

    @Test func batchReadsAFolderOfPDFsAndRecordsTheBadOnes() throws {
        let dir = try CLI.temporaryDirectory()
        let docs = dir.appendingPathComponent("pdfs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for path in Self.texts.prefix(3) { _ = try Self.writePDF(of: path, to: docs) }
        try Data(PDFWriter.imageOnly(pages: 2)).write(to: docs.appendingPathComponent("scan.pdf"))
        let good = try Data(contentsOf: URL(fileURLWithPath: Self.writePDF(of: Self.texts[3], to: dir)))
        try good.prefix(good.count / 3).write(to: docs.appendingPathComponent("damaged.pdf"))
        try BatchCommandTests.zip([("in-zip.pdf", [UInt8](good))], at: docs.appendingPathComponent("more.zip"))

        let db = dir.appendingPathComponent("pdf.sqlite").path
        let r = try CLI.run(["batch", docs.path, "--db", db, "--jobs", "2"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("4 done, 2 failed"), "\(r.stderr)")
        let rows = try BatchCommandTests.sql(db, "SELECT path, status, format, IFNULL(error, '') FROM documents ORDER BY path")
        var byName: [String: [String]] = [:]
        for line in rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            byName[f[0].replacingOccurrences(of: docs.path + "/", with: "")] = Array(f.dropFirst())
        }
        #expect(byName["scan.pdf"]?[0] == "failed")
        #expect(byName["scan.pdf"]?[2].contains("has no text layer") == true, "\(byName)")
        #expect(byName["damaged.pdf"]?[0] == "failed")
        #expect(byName["damaged.pdf"]?[2].contains("PDF") == true, "\(byName)")
        #expect(byName["more.zip!/in-zip.pdf"]?[0] == "done", "\(byName)")
        #expect(byName["zhuzhou-2021-report-interpretation.pdf"]?[1] == "pdf")
        let targets = try BatchCommandTests.sql(db, "SELECT COUNT(*) FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.path LIKE '%zhuzhou%'")
        let fromText = try ExtractCommandTests.objects(try CLI.run(["extract", CLI.seedPath])).count
        #expect(Int(targets) == fromText)
    }

    #if os(Linux)
    /// poppler is opened on the first PDF, not linked: a run on text loads none of its libraries, a run on
    /// a PDF loads libpoppler-cpp (glibc's loader lists every library it opens under LD_DEBUG=libs).
    @Test func popplerIsLoadedOnlyForPDFInput() throws {
        let dir = try CLI.temporaryDirectory()
        let pdf = try Self.writePDF(of: CLI.seedPath, to: dir)
        let text = try CLI.run(["segment", CLI.seedPath], environment: ["LD_DEBUG": "libs"])
        #expect(text.status == 0)
        #expect(text.stderr.contains("libicuuc"), "LD_DEBUG=libs lists the libraries the loader opens")
        #expect(!text.stderr.contains("libpoppler"))
        let fromPDF = try CLI.run(["text", pdf], environment: ["LD_DEBUG": "libs"])
        #expect(fromPDF.status == 0)
        #expect(fromPDF.stderr.contains("libpoppler-cpp"))
    }
    #endif
}
