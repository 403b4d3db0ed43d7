import ArgumentParser
import Foundation
import ZhArchive
import ZhExtract
import ZhOutput

/// `zhmine panel ARCHIVE.sqlite`: targets against outcomes across years, from an archive of `zhmine batch`.
struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "Targets against outcomes across years: one row per jurisdiction, indicator and year, with the target set, the figure achieved and whether it was met.",
        discussion: """
        ARCHIVE is a SQLite archive written by `zhmine batch`. Indicators are the ids of \
        Dictionaries/indicators.txt (gdp_growth, gdp_level, cpi, urban_surveyed_unemployment, new_urban_jobs …). \
        Status: met, missed, no-target, no-actual, not-set (the report says no target was set). Actuals are \
        taken from the statistical communiqué, else the work report, else news; disagreements are kept in JSON.
        """
    )

    @Argument(help: ArgumentHelp("The archive written by `zhmine batch`.", valueName: "archive.sqlite"))
    var archive: String

    @Option(help: ArgumentHelp("Only this jurisdiction, as the archive names it (repeatable): 全国, 湖南省, 株洲市 …", valueName: "name"))
    var jurisdiction: [String] = []

    @Option(help: ArgumentHelp("Only this indicator id (repeatable).", valueName: "id"))
    var indicator: [String] = []

    @Option(help: ArgumentHelp("First year.", valueName: "YYYY"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year.", valueName: "YYYY"))
    var to: Int?

    @OptionGroup var output: OutputOptions<PanelFormat>

    enum PanelFormat: String, RecordFormatsPlusOne {
        case csv, jsonl, json, html
        static let standard = PanelFormat.csv
        static let otherSummary = "one self-contained page with a chart per series"
    }

    func run() throws {
        let format = try output.format()
        guard let indicators = PanelIndicators.projectDefault() else {
            throw CLIError("Dictionaries/indicators.txt or indicator-synonyms.txt not found (set ZHMINE_DICTIONARIES)")
        }
        if let from, let to, from > to { throw CLIError("--from \(from) is after --to \(to)") }
        let panel: Panel
        do {
            let query = PanelQuery(jurisdictions: Set(jurisdiction), indicators: Set(indicator), from: from, to: to)
            panel = try PanelArchiveReader(path: archive).panel(query: query, indicators: indicators) {
                Console.error("zhmine: warning: \($0)")
            }
        } catch let error as ArchiveError {
            throw CLIError(error.message)
        }
        let sink = try output.sink()
        if let recordFormat = format.record {
            var writer = RecordWriter(format: recordFormat, columns: PanelRecords.columns)
            for record in PanelRecords.records(panel, json: format != .csv) {
                try sink.write { writer.write(record, to: &$0) }
            }
            try sink.write { writer.finish(to: &$0) }
        } else {
            try sink.write(PanelHTMLPage.render(panel, archive: URL(fileURLWithPath: archive).lastPathComponent))
        }
        try sink.flush()
    }
}
