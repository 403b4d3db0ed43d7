/// A tiny PDF writer for tests and benchmarks: text set in a CJK CID font that needs no font file
/// (STSong-Light through the predefined CMap UniGB-UCS2-H, Adobe-GB1), hard-wrapped like a typeset
/// report, with page numbers in the footer and an optional running header. Poppler extracts the text
/// through the CMap (poppler-data).
///
/// ```swift
/// var writer = PDFWriter()
/// writer.columns = 38                       // Han characters a line
/// let pdf = writer.document(text: "一、总体要求\n国内生产总值增长5%左右。")
/// ```
public struct PDFWriter: Sendable {
    /// Line width in Han characters (an ASCII character counts half).
    public var columns = 38
    public var linesPerPage = 40
    /// The footer under each page; `#` is replaced by the page number. Nil: no footer.
    public var footer: String? = "— # —"
    /// A running header on every page but the first.
    public var header: String?
    /// Indent the first line of each paragraph by two characters (as reports are set).
    public var indentParagraphs = true

    public init() {}

    /// The lines a page holds, as laid out: (text, indented).
    public func layout(_ text: String) -> [[(String, Bool)]] {
        var lines: [(String, Bool)] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let body = paragraph.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            if body.isEmpty { continue }
            var current = "", width = 0, first = indentParagraphs
            let limit = columns * 2
            for c in body.unicodeScalars where c.value <= 0xFFFF {
                let w = c.value >= 0x2E80 ? 2 : 1
                let room = first ? limit - 4 : limit
                if width + w > room {
                    lines.append((current, first))
                    current = ""; width = 0; first = false
                }
                current.unicodeScalars.append(c)
                width += w
            }
            if !current.isEmpty { lines.append((current, first)) }
        }
        var pages: [[(String, Bool)]] = []
        var i = 0
        while i < lines.count {
            pages.append(Array(lines[i..<min(lines.count, i + linesPerPage)]))
            i += linesPerPage
        }
        return pages.isEmpty ? [[]] : pages
    }

    /// A PDF of `text`: one paragraph a line of `text`, wrapped at ``columns``.
    public func document(text: String) -> [UInt8] {
        let pages = layout(text)
        var streams: [String] = []
        for (n, page) in pages.enumerated() {
            var ops = "BT\n/F1 12 Tf\n"
            var y = 780
            if let header, n > 0 {
                ops += "1 0 0 1 72 \(y + 24) Tm \(Self.hex(header)) Tj\n"
            }
            for (line, indented) in page {
                ops += "1 0 0 1 \(indented ? 96 : 72) \(y) Tm \(Self.hex(line)) Tj\n"
                y -= 17
            }
            if let footer {
                let label = footer.split(separator: "#", omittingEmptySubsequences: false).joined(separator: String(n + 1))
                ops += "1 0 0 1 280 40 Tm \(Self.hex(label)) Tj\n"
            }
            ops += "ET\n"
            streams.append(ops)
        }
        return Self.assemble(pageStreams: streams)
    }

    /// A PDF whose pages hold no text at all (a drawn rectangle: what a scan's text layer is).
    public static func imageOnly(pages: Int = 1) -> [UInt8] {
        assemble(pageStreams: Array(repeating: "0.5 g 72 72 400 600 re f\n", count: pages))
    }

    /// A PDF encrypted with the standard security handler and a user password (not the empty one).
    public func encrypted(text: String) -> [UInt8] {
        let o = String(repeating: "A7", count: 32), u = String(repeating: "3C", count: 32)
        return Self.assemble(pageStreams: ["BT /F1 12 Tf 72 780 Td \(Self.hex(text)) Tj ET\n"],
                             encrypt: "<< /Filter /Standard /V 1 /R 2 /Length 40 /O <\(o)> /U <\(u)> /P -44 >>")
    }

    // MARK: - Machinery

    static func hex(_ s: String) -> String {
        var out = "<"
        for unit in s.utf16 {
            let h = String(unit, radix: 16, uppercase: true)
            out += String(repeating: "0", count: 4 - h.count) + h
        }
        return out + ">"
    }

    static func assemble(pageStreams: [String], encrypt: String? = nil) -> [UInt8] {
        var objects: [String] = []   // object n is objects[n - 1]
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("")          // the page tree, filled in below
        objects.append("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>")
        objects.append("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>")
        objects.append("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        var kids: [String] = []
        for stream in pageStreams {
            let length = Array(stream.utf8).count
            objects.append("<< /Length \(length) >>\nstream\n\(stream)endstream")
            let contents = objects.count
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contents) 0 R >>")
            kids.append("\(objects.count) 0 R")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(kids.count) >>"
        var encryptRef = ""
        if let encrypt {
            objects.append(encrypt)
            encryptRef = " /Encrypt \(objects.count) 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        }
        var out: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets {
            let s = String(o)
            table += String(repeating: "0", count: 10 - s.count) + s + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(encryptRef) >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }
}
