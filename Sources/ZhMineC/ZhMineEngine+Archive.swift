import ZhArchive
import ZhExtract
import ZhOutput

/// What `zhmine_panel` and `zhmine_archive_targets` compute over a `zhmine batch` archive, through
/// the reader `zhmine panel` uses (``PanelArchiveReader``).
///
/// ```swift
/// let json = try engine.panel(archive: "archive.sqlite", try CallOptions(json: #"{"indicator": ["gdp_growth"]}"#))
/// // {"rows": [{"jurisdiction": "全国", "indicator": "gdp_growth", …}], "warnings": []}
/// ```
extension ZhMineEngine {
    /// The columns of an archived target: the target record's (DESIGN.md; `doc` is the document's
    /// path), then the document's title, jurisdiction and year.
    static let archivedTargetFields = TargetRecord.fieldNames + ["title", "jurisdiction", "report_year"]

    /// `zhmine panel ARCHIVE --format json` as `{"rows": [...], "warnings": [...]}`: the rows are the
    /// CLI's records; the warnings are the lines the CLI prints to stderr (without "zhmine: warning: ").
    func panel(archive: String, _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["jurisdiction", "indicator", "from", "to"])
        let from = try options.int("from"), to = try options.int("to")
        if let from, let to, from > to { throw ZhMineFailure(.argument, "from \(from) is after to \(to)") }
        guard let indicators = PanelIndicators.projectDefault() else {
            throw ZhMineFailure(.lexicon, "Dictionaries/indicators.txt or indicator-synonyms.txt not found (set ZHMINE_DICTIONARIES)")
        }
        let query = PanelQuery(jurisdictions: Set(try options.strings("jurisdiction") ?? []),
                               indicators: Set(try options.strings("indicator") ?? []), from: from, to: to)
        var warnings: [String] = []
        let panel = try archiveCall { try PanelArchiveReader(path: archive).panel(query: query, indicators: indicators) { warnings.append($0) } }
        var out = Array(#"{"rows": "#.utf8)
        var writer = RecordWriter(format: .json, columns: PanelRecords.columns)
        for record in PanelRecords.records(panel, json: true) { writer.write(record, to: &out) }
        writer.finish(to: &out)
        out += Array(#", "warnings": "#.utf8)
        JSONText.appendValue(.array(warnings.map { .string($0) }), to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Every target record of the archive with its document (``archivedTargetFields``), a JSON array.
    func archiveTargets(archive: String, _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow([])
        let targets = try archiveCall { try PanelArchiveReader(path: archive).targets() }
        var out: [UInt8] = []
        var writer = RecordWriter(format: .json, columns: Self.archivedTargetFields)
        for t in targets {
            let document: [(String, FieldValue)] = [("title", .optional(t.document.title)),
                                                    ("jurisdiction", .optional(t.document.jurisdiction)),
                                                    ("report_year", t.document.year.map { .int($0) } ?? .null)]
            writer.write(Record(t.record.record.fields + document), to: &out)
        }
        writer.finish(to: &out)
        return out
    }

    /// Runs a reader call; an archive's one-line error becomes an I/O failure with the same line.
    private func archiveCall<T>(_ body: () throws -> T) throws(ZhMineFailure) -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw ZhMineFailure(.io, error.message)
        } catch {
            throw ZhMineFailure(.io, "\(error)")
        }
    }
}
