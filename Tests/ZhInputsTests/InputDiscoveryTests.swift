import Foundation
import Testing
import ZhTestSupport
@testable import ZhInputs

/// Directory walking, include/exclude, zip entries (unsafe names, nested archives) and the loader's guards.
@Suite struct InputDiscoveryTests {
    @Test func directoriesAreWalkedRecursivelyInOrderWithFilters() throws {
        let dir = try Fixtures.directory()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for name in ["a.txt", "b/z.html", "b/c/y.docx", "b/c/skip.png", ".hidden.txt", "b/notes.md", "b/c/draft.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        var limits = InputLimits()
        limits.exclude = ["draft*"]
        let found = InputDiscovery(limits: limits).discover([dir.path])
        #expect(found.items.map(\.name) == ["a.txt", "b/c/y.docx", "b/notes.md", "b/z.html"].map { dir.path + "/" + $0 })
        #expect(found.items.map(\.format) == [.text, .docx, .text, .html])
        #expect(found.ignored == 2)  // skip.png, draft.txt

        limits = InputLimits()
        limits.include = ["*.png", "b/notes.*"]
        let only = InputDiscovery(limits: limits).discover([dir.path])
        #expect(only.items.map(\.name) == ["b/c/skip.png", "b/notes.md"].map { dir.path + "/" + $0 })
        #expect(only.items.first?.format == .text)  // an included unknown extension is read as text
    }

    @Test func zipEntriesAreListedAndUnsafeOnesRefused() throws {
        let dir = try Fixtures.directory()
        let zip = dir.appendingPathComponent("a.zip")
        let inner = try Fixtures.zipData([("inner.txt", Array("内层".utf8))])
        try Fixtures.zip([
            ("2021/report.txt", Array("报告".utf8)),
            ("../../etc/passwd", Array("root:x:0:0".utf8)),
            ("/abs/path.txt", Array("绝对".utf8)),
            ("ok/a..b.txt", Array("名字里有两点但不是上级目录".utf8)),
            ("nested.zip", inner),
            ("__MACOSX/2021/._report.txt", [0, 1, 2]),
            ("image.png", [0x89, 0x50]),
        ], at: zip)
        let found = InputDiscovery(limits: InputLimits()).discover([zip.path])
        let byEntry = Dictionary(uniqueKeysWithValues: found.items.map { ($0.name.replacingOccurrences(of: zip.path + "!/", with: ""), $0) })
        #expect(Set(byEntry.keys) == ["2021/report.txt", "../../etc/passwd", "/abs/path.txt", "ok/a..b.txt", "nested.zip"])
        #expect(byEntry["2021/report.txt"]?.refusal == nil)
        #expect(byEntry["ok/a..b.txt"]?.refusal == nil)
        #expect(byEntry["../../etc/passwd"]?.refusal?.contains("..") == true)
        #expect(byEntry["/abs/path.txt"]?.refusal?.contains("absolute") == true)
        #expect(byEntry["nested.zip"]?.refusal?.contains("nested zip") == true)
        #expect(found.ignored == 1)  // image.png

        let loader = InputLoader(limits: InputLimits())
        #expect(try loader.load(#require(byEntry["2021/report.txt"])) == Array("报告".utf8))
        #expect(throws: InputError.self) { try loader.load(#require(byEntry["../../etc/passwd"])) }
        // Nothing was extracted next to the archive or above it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.zip"])
    }

    @Test func zipBombIsRefusedByRatioAndBySize() throws {
        let dir = try Fixtures.directory()
        let zip = dir.appendingPathComponent("bomb.zip")
        // 40 MB of zeros deflates to about 40 KB: a ratio of ~1000:1.
        try Fixtures.zip([("bomb.txt", [UInt8](repeating: 0x30, count: 40_000_000)),
                          ("fine.txt", Array(String(repeating: "经济增长百分之八。", count: 50).utf8))], at: zip)
        var limits = InputLimits()
        limits.maxBytes = 100_000_000
        let found = InputDiscovery(limits: limits).discover([zip.path])
        #expect(found.items.count == 2)
        let loader = InputLoader(limits: limits)
        let bomb = try #require(found.items.first { $0.name.hasSuffix("bomb.txt") })
        do {
            _ = try loader.load(bomb)
            Issue.record("zip bomb accepted")
        } catch {
            #expect(error.message.contains("zip bomb"))
        }
        #expect(try loader.load(#require(found.items.first { $0.name.hasSuffix("fine.txt") })).count == 50 * 27)

        limits.maxBytes = 1_000_000
        limits.maxCompressionRatio = 100_000
        do {
            _ = try InputLoader(limits: limits).load(bomb)
            Issue.record("oversized entry accepted")
        } catch {
            #expect(error.message.contains("--max-bytes"))
        }
    }

    @Test func vanishedAndMissingFilesAreLoaderErrors() throws {
        let dir = try Fixtures.directory()
        let file = dir.appendingPathComponent("gone.txt")
        try Data("将要消失".utf8).write(to: file)
        let found = InputDiscovery(limits: InputLimits()).discover([dir.path, dir.path + "/never.txt"])
        try FileManager.default.removeItem(at: file)
        let loader = InputLoader(limits: InputLimits())
        for item in found.items {
            do {
                _ = try loader.load(item)
                Issue.record("\(item.name) loaded")
            } catch {
                #expect(error.message.contains("no such file"))
            }
        }
        #expect(found.items.count == 2)
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let dir = try Fixtures.directory()
        let file = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2000).write(to: file)
        var limits = InputLimits()
        limits.maxBytes = 1000
        #expect(throws: InputError("is 2000 bytes, more than --max-bytes 1000")) {
            try InputLoader(limits: limits).load(InputItem(location: .file(path: file.path), format: .text))
        }
    }
}
