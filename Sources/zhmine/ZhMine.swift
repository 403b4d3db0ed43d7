import ArgumentParser
import Foundation
import ZhLexicon
import ZhText

/// The `zhmine` command line: one subcommand per job, all reading FILE or `-`.
@main
struct ZhMine: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "zhmine",
        abstract: "Mine Chinese government documents: text, segmentation, numbers, entities, targets, keywords.",
        version: "zhmine \(version) (ICU \(ICUInfo.version))\nlexicon sources: \(LexiconSources.discover().summary)",
        subcommands: [
            ExtractCommand.self, NumbersCommand.self, EntitiesCommand.self, KeywordsCommand.self, DiffCommand.self, BatchCommand.self, PanelCommand.self,
            SegmentCommand.self, TextCommand.self, DictCommand.self,
        ]
    )

    /// Runs a command; user-facing failures print one line and exit 1, usage errors exit 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            Console.error(error.description)
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
