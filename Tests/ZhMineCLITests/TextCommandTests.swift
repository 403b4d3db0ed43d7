import Foundation
import Testing

/// End-to-end tests of `zhmine text` through the real binary.
@Suite struct TextCommandTests {
    let seed = (try? Data(contentsOf: URL(fileURLWithPath: CLI.seedPath))) ?? Data()

    @Test func versionPrintsAndExitsZero() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.text.hasPrefix("zhmine "))
    }

    @Test func utf8FileIsPrintedByteForByte() throws {
        let r = try CLI.run(["text", CLI.seedPath])
        #expect(r.status == 0)
        #expect(r.stdout == seed)
    }

    @Test func gb18030FromStdinIsPrintedAsUTF8() throws {
        let gb = try Self.iconv(seed, to: "GB18030")
        #expect(gb != seed)
        let r = try CLI.run(["text", "-"], stdin: gb)
        #expect(r.status == 0)
        #expect(r.stdout == seed)
    }

    @Test func big5ConvertsToSimplified() throws {
        let traditional = "經濟增長，國內生產總值增長百分之五左右。發展質量明顯提升。\n"
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("big5.txt")
        try Self.iconv(Data(traditional.utf8), to: "BIG5").write(to: file)
        let r = try CLI.run(["text", "--simplified", file.path])
        #expect(r.status == 0)
        #expect(r.text == "经济增长，国内生产总值增长百分之五左右。发展质量明显提升。\n")
    }

    @Test func sentencesAsJSONLinesSliceTheOriginal() throws {
        let r = try CLI.run(["text", "--sentences", "--format", "jsonl", CLI.seedPath])
        #expect(r.status == 0)
        let original = Array(String(decoding: seed, as: UTF8.self).unicodeScalars)
        #expect(r.lines.count > 80)
        for line in r.lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == text)
        }
    }

    @Test func normalizedSentencesMapBackToTheFullWidthOriginal() throws {
        let text = "增长８．５％。ＧＤＰ增长５％左右！"
        let r = try CLI.run(["text", "--normalize", "--sentences", "--format", "jsonl", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        let objects = try r.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["text"] as? String } == ["增长8.5%。", "GDP增长5%左右!"])
        #expect(objects.map { $0["start"] as? Int } == [0, 7])
        #expect(objects.map { $0["end"] as? Int } == [7, 17])
    }

    // MARK: Bad input: one line on stderr naming the file, non-zero exit, never a crash.

    @Test func missingFile() throws {
        let r = try CLI.run(["text", "/nonexistent/report.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: /nonexistent/report.txt: no such file\n")
    }

    @Test func directory() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["text", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: \(dir.path): is a directory\n")
    }

    @Test func emptyFileGivesEmptyOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("empty.txt")
        try Data().write(to: file)
        let r = try CLI.run(["text", "--sentences", file.path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
    }

    @Test func binaryFileIsRefused() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("image.png")
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        png += (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        try Data(png).write(to: file)
        let r = try CLI.run(["text", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("zhmine: \(file.path): "))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func truncatedUTF8NamesTheByteOffset() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("cut.txt")
        try seed.dropLast(1).write(to: file)
        let r = try CLI.run(["text", file.path])
        #expect(r.status == 1)
        #expect(r.stderr == "zhmine: \(file.path): invalid UTF-8 at byte \(seed.count - 3)\n")
        let lossy = try CLI.run(["text", "--lossy", file.path])
        #expect(lossy.status == 0)
        #expect(lossy.stderr.contains("warning"))
        #expect(lossy.text.hasSuffix("\u{FFFD}"))
    }

    @Test func aMegabyteLineWithoutPunctuation() throws {
        let line = String(repeating: "经济社会发展", count: 200_000)
        let r = try CLI.run(["text", "--sentences", "-"], stdin: Data(line.utf8))
        #expect(r.status == 0)
        #expect(r.text == line + "\n")
    }

    @Test func usageErrorsExit64() throws {
        let r = try CLI.run(["text", "--encoding", "latin9", CLI.seedPath])
        #expect(r.status == 64)
    }

    static func iconv(_ data: Data, to encoding: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }
}
