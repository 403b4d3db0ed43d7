import Foundation
import ZIPFoundation

/// Builders for the files the tests read: zip archives (written with ZIPFoundation) and .docx.
public enum Fixtures {
    /// A fresh temporary directory.
    public static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhmine-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A zip file with the given entries (deflated), names used exactly as given.
    public static func zip(_ entries: [(String, [UInt8])], at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, bytes) in entries {
            try add(name, bytes, to: archive)
        }
    }

    /// The bytes of a zip archive built in memory.
    public static func zipData(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in entries { try add(name, bytes, to: archive) }
        return [UInt8](archive.data ?? Data())
    }

    /// A minimal .docx whose body is `paragraphs`, each a list of runs.
    public static func docx(paragraphs: [[String]], extraBody: String = "") throws -> [UInt8] {
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
    public static func iconv(_ text: String, to encoding: String) throws -> [UInt8] {
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
    public static func report(_ n: Int) -> String {
        "第\(n)号文件：某市\(2000 + n % 25)年政府工作报告\n地区生产总值增长\(n % 9 + 1)%左右，城镇新增就业\(n)万人以上。\n"
    }
}
