import Foundation
import ZhExtract
import ZhTestSupport
import ZhText

/// `zhmine-bench targets-pdf [--columns N] [--header TEXT] [--pdf-dir DIR] [--verbose]`: the held-out report
/// texts (Tests/ZhExtractTests/Corpus/heldout, those with targets gold) typeset as PDFs — hard-wrapped at
/// N (38) Han characters a line, 40 lines a page, "— n —" in the footer, optionally a running header — and
/// scored against the same gold as the .txt, both read the way `zhmine extract FILE` reads them
/// (`TextDecoder.decodeDocument`, then `DecodedText.prepared()`: reflow, normalise).
///
/// Match rule: TargetScoreSuite's (value + unit, span overlaps the gold sentence, indicators share two
/// characters); in the PDF the gold sentence is located in the reflowed text and mapped back to the
/// PDF's decoded text, which record offsets index. `--pdf-dir` keeps the PDFs, so that
/// `zhmine extract DIR/NAME.pdf` can be run on them.
/// ```
/// swift run -c release zhmine-bench targets-pdf --pdf-dir /tmp/heldout-pdf
/// ```
enum TargetPDFScoreSuite {
    static func run(_ arguments: [String]) throws {
        var writer = PDFWriter()
        var verbose = false
        var pdfDir: URL?
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--verbose", "-v": verbose = true; i -= 1
            case "--columns": writer.columns = max(8, Int(value) ?? 38)
            case "--header": writer.header = value
            case "--pdf-dir": pdfDir = URL(fileURLWithPath: value)
            default: throw TargetScoreError("unknown argument \(arguments[i])")
            }
            i += 2
        }
        if let pdfDir { try FileManager.default.createDirectory(at: pdfDir, withIntermediateDirectories: true) }
        let docs = GoldDocument.all(root: Bench.repositoryRoot).filter { $0.set == .heldOut }
        let extractor = TargetExtractor()
        var totalText = TargetScore(), totalPDF = TargetScore()
        var rows: [String] = []
        var pages = 0, reflowedText = 0
        for doc in docs {
            let name = doc.name
            let gold = try GoldTarget.load(doc.gold)
            let bytes = Array(try Data(contentsOf: doc.text))
            // The .txt, as `zhmine extract X.txt` reads it.
            let text = try TextDecoder().decodeDocument(bytes)
            if text.shouldReflow { reflowedText += 1 }
            let textRecords = extractor.records(in: text.prepared(), original: text.scalars, doc: name + ".txt")
            let textScore = TargetScore.match(records: textRecords, gold: gold, text: text.scalars)
            // The PDF, as `zhmine extract X.pdf` reads it.
            let pdfBytes = writer.document(text: String(decoding: bytes, as: UTF8.self))
            if let pdfDir { try Data(pdfBytes).write(to: pdfDir.appendingPathComponent(name + ".pdf")) }
            let pdf = try TextDecoder().decodeDocument(pdfBytes)
            pages += pdf.scalars.filter { $0 == "\u{0C}" }.count + 1
            let reflowed = pdf.reflowed()
            let spans = gold.map { g in
                TargetScore.occurrences(of: Array(g.sentence.unicodeScalars), in: reflowed.scalars).map { reflowed.offsets.originalRange($0) }
            }
            let pdfRecords = extractor.records(in: pdf.prepared(), original: pdf.scalars, doc: name + ".pdf")
            let pdfScore = TargetScore.match(records: pdfRecords, gold: gold, text: pdf.scalars, spans: spans)
            if verbose {
                for (suffix, score) in [(".txt", textScore), (".pdf", pdfScore)] {
                    print("== \(name)\(suffix)")
                    for p in score.problems { print("  \(p)") }
                }
            }
            rows.append(textScore.row(name + ".txt"))
            rows.append(pdfScore.row(name + ".pdf"))
            totalText.add(textScore)
            totalPDF.add(pdfScore)
        }
        print("targets-pdf: held-out texts as .txt and as PDF (\(writer.columns) Han characters a line, \(writer.linesPerPage) lines a page, footer \"\(writer.footer ?? "")\"\(writer.header.map { ", header \"\($0)\"" } ?? ""); \(pages) pages; poppler \(PDFText.popplerVersion))")
        print("  .txt files that reflow by default (looks hard-wrapped): \(reflowedText) of \(docs.count)")
        print(TargetScore.header)
        for row in rows { print(row) }
        print(totalText.row("total .txt"))
        print(totalPDF.row("total .pdf"))
        print(String(format: "difference (pdf − txt): precision %+.3f, recall %+.3f", totalPDF.precision - totalText.precision, totalPDF.recall - totalText.recall))
        print("command: swift run -c release zhmine-bench targets-pdf\(writer.columns != 38 ? " --columns \(writer.columns)" : "")\(writer.header.map { " --header \($0)" } ?? "")")
    }
}
