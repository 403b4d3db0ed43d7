import Foundation
import ZIPFoundation
import ZhExtract
@testable import ZhStore

/// Builders for the files the tests read: zip archives (written with ZIPFoundation) and .docx.
enum Fixtures {
    /// A fresh temporary directory.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A zip file with the given entries (deflated), names used exactly as given.
    static func zip(_ entries: [(String, [UInt8])], at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, bytes) in entries {
            try add(name, bytes, to: archive)
        }
    }

    /// The bytes of a zip archive built in memory.
    static func zipData(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in entries { try add(name, bytes, to: archive) }
        return [UInt8](archive.data ?? Data())
    }

    /// A minimal .docx whose body is `paragraphs`, each a list of runs.
    static func docx(paragraphs: [[String]], extraBody: String = "") throws -> [UInt8] {
        var body = ""
        for runs in paragraphs {
            body += "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
            for run in runs { body += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(run)</w:t></w:r>" }
            body += "</w:p>"
        }
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\(extraBody)</w:body></w:document>
            """
        return try zipData([
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("word/document.xml", Array(xml.utf8)),
        ])
    }

    private static func add(_ name: String, _ bytes: [UInt8], to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }
    }

    /// `text` in another encoding, through iconv(1).
    static func iconv(_ text: String, to encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// Report-like text with a title line, for processors and archives.
    static func report(_ n: Int) -> String {
        "第\(n)号文件：某市\(2000 + n % 25)年政府工作报告\n地区生产总值增长\(n % 9 + 1)%左右，城镇新增就业\(n)万人以上。\n"
    }
}

/// A processor for runner and archive tests: metadata from the real reader, one number row per
/// ASCII digit run, and the distinct Han bigrams as terms — deterministic and independent of the lexicon.
struct DigitsProcessor: DocumentProcessor {
    func process(_ document: SourceDocument) -> DocumentResult {
        let s = document.scalars
        let context = DocumentContext(text: s)
        var result = DocumentResult(metadata: DocumentMetadata(title: context.title, jurisdiction: context.jurisdiction,
                                                               year: context.reportYear, chars: s.count))
        var i = 0
        while i < s.count {
            guard s[i].properties.numericType != nil, s[i].isASCII else { i += 1; continue }
            var j = i
            while j < s.count, s[j].isASCII, s[j].properties.numericType != nil { j += 1 }
            let text = String(String.UnicodeScalarView(s[i..<j]))
            result.numbers.append(NumberRow(text: text, value: Decimal(string: text).map { .number($0) }, unit: nil,
                                            qualifier: "exact", kind: "amount", start: i, end: j))
            i = j
        }
        var terms = Set<String>()
        for k in 0..<max(0, s.count - 1) where s[k].value >= 0x4E00 && s[k + 1].value >= 0x4E00 && s[k].value <= 0x9FFF && s[k + 1].value <= 0x9FFF {
            terms.insert(String(String.UnicodeScalarView(s[k...k + 1])))
        }
        result.terms = terms.sorted()
        return result
    }
}
