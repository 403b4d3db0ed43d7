import Foundation
import Testing

/// End-to-end tests of `zhmine panel` through the real binary: `zhmine batch` builds an archive of
/// the national reports of Corpus/panel, the panel's rows are checked against Corpus/panel/expected-panel.json.
@Suite(.serialized) struct PanelCommandTests {
    static let corpus = CLI.repositoryRoot.appendingPathComponent("Corpus/panel")

    /// One archive for the suite (a batch over eight short documents).
    static let archive: Result<String, Error> = Result {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("panel.sqlite").path
        let batch = try CLI.run(["batch", corpus.path, "--db", db, "--jobs", "2"])
        guard batch.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": batch.stderr]) }
        return db
    }

    static func rows(_ extra: [String] = []) throws -> [[String: Any]] {
        let db = try archive.get()
        let run = try CLI.run(["panel", db, "--format", "json"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    }

    static func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    @Test func rowsMatchTheExpectedPanel() throws {
        let expected = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("expected-panel.json"))) as? [String: Any])
        let wanted = try #require(expected["rows"] as? [[String: Any]])
        let indicators = Set(wanted.compactMap { $0["indicator"] as? String })
        let rows = try Self.rows(indicators.sorted().flatMap { ["--indicator", $0] })
        var byKey: [String: [String: Any]] = [:]
        for row in rows { byKey["\(row["jurisdiction"] ?? "") \(row["indicator"] ?? "") \(row["year"] ?? "")"] = row }
        var right = 0
        for want in wanted {
            let key = "\(want["jurisdiction"] ?? "") \(want["indicator"] ?? "") \(want["year"] ?? "")"
            guard let row = byKey[key] else { Issue.record("no row for \(key)"); continue }
            var ok = row["status"] as? String == want["status"] as? String
            ok = ok && row["target_qualifier"] as? String == want["target_qualifier"] as? String
            if let range = want["target_value"] as? [Double] {
                ok = ok && (row["target_value"] as? [Double]) == range
            } else {
                ok = ok && Self.number(row["target_value"]) == Self.number(want["target_value"])
            }
            ok = ok && Self.number(row["actual_value"]) == Self.number(want["actual_value"])
            if let doc = want["actual_doc"] as? String { ok = ok && (row["actual_doc"] as? String)?.hasSuffix(doc) == true }
            #expect(ok, "\(key): got \(row["target_value"] ?? "-") \(row["target_qualifier"] ?? "-") / \(row["actual_value"] ?? "-") \(row["status"] ?? "-"); \(row["note"] ?? "")")
            if ok { right += 1 }
        }
        #expect(right == wanted.count)
        #expect(rows.count == wanted.count, "rows beyond the expected ones: \(rows.count - wanted.count)")
    }

    @Test func csvHasTheColumnsInOrderAndRangesAsLoHi() throws {
        let db = try Self.archive.get()
        let run = try CLI.run(["panel", db, "--indicator", "gdp_growth", "--from", "2019", "--to", "2020"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "\u{FEFF}\"jurisdiction\",\"indicator\",\"label\",\"year\",\"target_value\",\"target_unit\",\"target_qualifier\",\"target_text\",\"target_doc\",\"actual_value\",\"actual_unit\",\"actual_text\",\"actual_doc\",\"status\",\"note\"")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().first?.hasPrefix("\"全国\",\"gdp_growth\",\"地区生产总值增速\",\"2019\",\"6–6.5\",\"%\",\"range\"") == true)
        #expect(lines.last?.contains("\"not-set\"") == true)
    }

    @Test func htmlIsOnePageWithInlineSVGAndNothingFetched() throws {
        let db = try Self.archive.get()
        let run = try CLI.run(["panel", db, "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.text
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 4)
        #expect(html.contains("<title>actual 2022 (missed)"))
        for forbidden in ["<script", "src=", "href=\"http", "@import", "url("] { #expect(!html.contains(forbidden), "\(forbidden)") }
    }

    @Test func badInputIsOneLineNamingTheFile() throws {
        let dir = try CLI.temporaryDirectory()
        let junk = dir.appendingPathComponent("junk.sqlite")
        try Data("not a database at all, just text".utf8).write(to: junk)
        for arguments in [["panel", junk.path], ["panel", dir.appendingPathComponent("missing.sqlite").path]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stderr.contains(URL(fileURLWithPath: arguments[1]).lastPathComponent))
        }
        let db = try Self.archive.get()
        let unknown = try CLI.run(["panel", db, "--indicator", "gdp"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown indicator gdp"))
    }
}
