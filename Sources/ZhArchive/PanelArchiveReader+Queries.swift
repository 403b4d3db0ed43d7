import GRDB
import ZhExtract

/// The two questions callers ask an archive as a whole: the panel (`zhmine panel`, `zhmine_panel`)
/// and every target record with its document (`zhmine_archive_targets`, Python's `Archive.targets()`).
///
/// ```swift
/// let reader = try PanelArchiveReader(path: "archive.sqlite")
/// let panel = try reader.panel(query: PanelQuery(indicators: ["gdp_growth"]), indicators: table) { print($0) }
/// let targets = try reader.targets()   // [ArchivedTarget], by document path, then text order
/// ```
extension PanelArchiveReader {
    /// The panel for `query`: the documents and records read, the reports that leave a gap searched
    /// for a clause saying no target was set (`warn` hears once about reports that cannot be read),
    /// the rows judged. An indicator id of the query that `indicators` does not know is an error.
    public func panel(query: PanelQuery, indicators: PanelIndicators, warn: (String) -> Void) throws -> Panel {
        for id in query.indicators.sorted() where indicators.indicator(id: id) == nil {
            throw ArchiveError("unknown indicator \(id); known: \(indicators.indicators.map(\.id).joined(separator: ", "))")
        }
        let input = try read(jurisdictions: query.jurisdictions, indicators: indicators)
        let notSet = notSetStatements(input, indicators: indicators, warn: warn)
        return Panel(documents: input.documents, figures: input.figures, notSet: notSet, indicators: indicators, query: query)
    }

    /// Every target and actual of the archive's done documents, each with its document (path,
    /// title, jurisdiction, report year as the panel reads them), ordered by document path, then
    /// by position in the text. Values read back as the decimals they were written from.
    public func targets() throws -> [ArchivedTarget] {
        do {
            return try queue.read { db in
                var out: [ArchivedTarget] = []
                var documents: [Int64: PanelDocument] = [:]
                var values = ValueMemo()
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.id, d.path, d.title, d.jurisdiction, d.year, t.kind, t.indicator, t.change, t.value,
                           t.value_high, t.unit, t.qualifier, t.reference, t.year, t.section, t.sentence, t.start, t."end"
                      FROM targets t JOIN documents d ON d.id = t.document_id
                     WHERE d.status = 'done'
                     ORDER BY d.path, t.start, t.id
                    """)
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let document = documents[id] ?? PanelDocument(path: row[1], jurisdiction: row[3], year: row[4], title: row[2])
                    documents[id] = document
                    guard let kind = TargetKind(rawValue: row[5]) else { continue }
                    let record = TargetRecord(doc: document.path, kind: kind, indicator: row[6], change: row[7],
                                              value: values.value(row[8], row[9]), unit: row[10],
                                              qualifier: Qualifier(rawValue: row[11]) ?? .exact, reference: row[12],
                                              year: row[13], section: row[14], sentence: row[15], start: row[16], end: row[17])
                    out.append(ArchivedTarget(document: document, record: record))
                }
                return out
            }
        } catch {
            throw ArchiveError("\(path): cannot read the archive: \(ArchiveStore.describe(error))")
        }
    }
}

/// A target record of an archive with the document it came from.
///
/// ```swift
/// for t in try PanelArchiveReader(path: "archive.sqlite").targets() { print(t.document.jurisdiction ?? "?", t.record.indicator) }
/// ```
public struct ArchivedTarget: Sendable {
    public var document: PanelDocument
    public var record: TargetRecord
}
