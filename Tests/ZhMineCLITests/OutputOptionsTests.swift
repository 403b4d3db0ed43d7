import Foundation
import Testing

/// `--format` and `--out` as every command shares them: an unknown format is one line naming it and
/// the usage exit status, before any input is read; the default is named in the help.
@Suite struct OutputOptionsTests {
    /// Each command that writes a result, with arguments that are otherwise valid, and its default format.
    static let commands: [(arguments: [String], standard: String)] = [
        (["extract", CLI.seedPath], "jsonl"),
        (["numbers", CLI.seedPath], "jsonl"),
        (["entities", CLI.seedPath], "jsonl"),
        (["keywords", CLI.seedPath], "jsonl"),
        (["segment", CLI.seedPath], "text"),
        (["text", CLI.seedPath], "text"),
        (["diff", CLI.seedPath, CLI.seedPath], "text"),
        (["panel", "no-such-archive.sqlite"], "csv"),
    ]

    @Test func anUnknownFormatIsOneLineNamingItWithTheUsageStatus() throws {
        for (arguments, _) in Self.commands {
            let r = try CLI.run(arguments + ["--format", "xlsx"])
            #expect(r.status == 64, "\(arguments[0]): \(r.status) \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(arguments[0])")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && r.stderr.contains("'xlsx'"), "\(arguments[0]): \(r.stderr)")
        }
    }

    @Test func theHelpNamesEveryFormatAndTheDefault() throws {
        for (arguments, standard) in Self.commands {
            let r = try CLI.run([arguments[0], "--help"])
            #expect(r.status == 0)
            let help = r.text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
            #expect(help.contains("default \(standard)."), "\(arguments[0]): \(help)")
        }
    }

    @Test func formatsAreNotGuessedFromCase() throws {
        let r = try CLI.run(["numbers", "--format", "JSON", CLI.seedPath])
        #expect(r.status == 64 && r.stderr.contains("'JSON'"), "\(r.stderr)")
    }
}
