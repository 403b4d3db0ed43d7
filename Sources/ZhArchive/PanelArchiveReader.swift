import Foundation
import GRDB
import ZhExtract
import ZhInputs
import ZhText

/// Reads what the panel needs from a `zhmine batch` archive: the done documents (path, title,
/// jurisdiction, year) and their target/actual records; and, for the reports whose year leaves a
/// gap in a series, the report text, to find a clause saying no target was set.
///
/// The archive is opened read-only; a file that is not a ZhMine archive is an ``ArchiveError``.
/// ```swift
/// let reader = try PanelArchiveReader(path: "archive.sqlite")
/// let input = try reader.read(jurisdictions: ["全国"])
/// let panel = Panel(documents: input.documents, figures: input.figures, indicators: table)
/// ```
public struct PanelArchiveReader {
    public let path: String

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.readonly = true
        // Pages read in place from the page cache instead of copied by pread (the panel reads much of the targets table).
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError("\(path): no such file") }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            let tables = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            guard tables.contains("documents"), tables.contains("targets") else {
                throw ArchiveError("\(path): not a zhmine archive (no documents/targets tables); build one with `zhmine batch`")
            }
            let version = try queue.read { db in try Int.fetchOne(db, sql: "SELECT MAX(version) FROM schema_version") } ?? 0
            if version > ArchiveSchema.version {
                throw ArchiveError("\(path): the archive has schema version \(version); this zhmine reads up to \(ArchiveSchema.version)")
            }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(path): cannot read the archive: \(ArchiveStore.describe(error))")
        }
    }

    /// The documents and records of the archive.
    public struct Input: Sendable {
        public var documents: [PanelDocument]
        /// `format` and `encoding` of each document (text, html, docx; UTF-8, GB18030 …), as stored.
        public var formats: [String?]
        public var encodings: [String?]
        public var figures: [PanelFigure]
    }

    /// The done documents (of these jurisdictions, when given) and their records of one year
    /// (``PanelRules/singleYear(_:)``) whose indicator belongs to a group of `indicators` (the others
    /// are never read: the distinct indicator names are mapped first, and only rows with a mapped
    /// name, a value and a single year are fetched).
    public func read(jurisdictions: Set<String> = [], indicators: PanelIndicators) throws -> Input {
        do {
            return try queue.read { db in
                var input = Input(documents: [], formats: [], encodings: [], figures: [])
                var index: [Int64: Int] = [:]
                let docs = try Row.fetchCursor(db, sql: """
                    SELECT id, path, title, jurisdiction, year, format, encoding FROM documents WHERE status = 'done' ORDER BY id
                    """)
                while let row = try docs.next() {
                    let document = PanelDocument(path: row["path"], jurisdiction: row["jurisdiction"], year: row["year"],
                                                 title: row["title"])
                    if !jurisdictions.isEmpty, !jurisdictions.contains(document.jurisdiction ?? Panel.unknownJurisdiction) { continue }
                    let id: Int64 = row["id"]
                    index[id] = input.documents.count
                    input.documents.append(document)
                    input.formats.append(row["format"])
                    input.encodings.append(row["encoding"])
                }
                let names = try String.fetchAll(db, sql: "SELECT DISTINCT indicator FROM targets").filter(indicators.knowsGroup(of:))
                let list = String(decoding: try JSONSerialization.data(withJSONObject: names), as: UTF8.self)
                // The panel's indicators are the headline figures, a large share of an archive's records: one pass over
                // the table in rowid order (documents in order, each in text order) costs less than the indicator index's
                // random reads plus SQLite sorting whole rows; the order is checked below, and restored if ever needed.
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT document_id, kind, indicator, change, value, value_high, unit, qualifier, reference, year,
                           section, sentence, start, "end", id FROM targets NOT INDEXED
                     WHERE value IS NOT NULL AND year GLOB ? AND indicator IN (SELECT value FROM json_each(?))
                    """, arguments: [PanelRules.singleYearGlob, list])
                var values = ValueMemo()
                var order: [(Int, Int, Int64)] = []  // document, start, id: the order the panel judges figures in
                var ordered = true
                while let row = try rows.next() {
                    let documentID: Int64 = row[0]
                    guard let document = index[documentID], let kind = TargetKind(rawValue: row[1]) else { continue }
                    let qualifier = Qualifier(rawValue: row[7]) ?? .exact
                    let record = TargetRecord(doc: input.documents[document].path, kind: kind, indicator: row[2], change: row[3],
                                              value: values.value(row[4], row[5]), unit: row[6], qualifier: qualifier,
                                              reference: row[8], year: row[9], section: row[10], sentence: row[11],
                                              start: row[12], end: row[13])
                    let key = (document, record.start, row[14] as Int64)
                    if let last = order.last, key < last { ordered = false }
                    order.append(key)
                    input.figures.append(PanelFigure(record: record, document: document))
                }
                if !ordered {
                    input.figures = order.indices.sorted { order[$0] < order[$1] }.map { input.figures[$0] }
                }
                return input
            }
        } catch {
            throw ArchiveError("\(path): cannot read the archive: \(ArchiveStore.describe(error))")
        }
    }

    /// The not-set clauses of the reports that leave a gap (``Panel/gapDocuments(documents:figures:indicators:)``),
    /// read from their source files; `warn` is told once, in one line, about the reports that cannot be read (an
    /// archive moved away from its sources names the first and counts the rest).
    public func notSetStatements(_ input: Input, indicators: PanelIndicators, warn: (String) -> Void) -> [PanelNotSetStatement] {
        let scanner = PanelNotSetScanner(indicators: indicators)
        let loader = InputLoader(limits: InputLimits())
        var out: [PanelNotSetStatement] = []
        var unreadable: [(path: String, message: String)] = []
        defer {
            if let first = unreadable.first {
                let more = unreadable.count > 1 ? " (and \(unreadable.count - 1) more reports)" : ""
                warn("\(first.path): cannot read the report to look for a clause saying no target was set: \(first.message)\(more)")
            }
        }
        for document in Panel.gapDocuments(documents: input.documents, figures: input.figures, indicators: indicators) {
            let doc = input.documents[document]
            guard let year = doc.year else { continue }
            do throws(InputError) {
                let item = sourceItem(doc.path, format: input.formats[document])
                let bytes = try loader.load(item)
                // UTF-8 plain text without any cue is skipped before decoding (most reports).
                if item.format == .text, input.encodings[document] == "UTF-8", !scanner.mayStateNotSet(utf8: bytes) { continue }
                let text = try DocumentText(limits: loader.limits).text(of: bytes, format: item.format)
                out += scanner.statements(in: text.scalars, document: document, year: year)
            } catch {
                unreadable.append((doc.path, error.message))
            }
        }
        return out
    }

    // MARK: - Machinery

    let queue: DatabaseQueue

    /// Where a document's bytes are: its path as stored (`a.zip!/entry` for a zip entry), else
    /// relative to the archive's folder.
    func sourceItem(_ stored: String, format: String?) -> InputItem {
        let kind = format.flatMap(DocumentFormat.init(rawValue:)) ?? DocumentFormat(fileName: stored) ?? .text
        var location: InputItem.Location = .file(path: stored)
        if let bang = stored.range(of: "!/") {
            location = .zipEntry(archive: resolve(String(stored[..<bang.lowerBound])), entry: String(stored[bang.upperBound...]))
        } else {
            location = .file(path: resolve(stored))
        }
        return InputItem(location: location, format: kind)
    }

    private func resolve(_ stored: String) -> String {
        if stored.hasPrefix("/") || FileManager.default.fileExists(atPath: stored) { return stored }
        let folder = (path as NSString).deletingLastPathComponent
        let candidate = (folder as NSString).appendingPathComponent(stored)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : stored
    }

    /// A stored REAL as the decimal it was written from: 15 significant digits, so that a double such as
    /// 4.5600000000000005 (4.56 through a binary conversion) reads back as 4.56.
    static func decimal(_ d: Double) -> Decimal? { Decimal(string: String(format: "%.15g", d)) }

    /// Stored values (`value`, `value_high`) as ``QuantityValue``s, each distinct double converted
    /// once (``decimal(_:)``): an archive states the same few thousand figures (5, 5.5, 3 …) in
    /// hundreds of thousands of records, and formatting and parsing a decimal costs microseconds.
    struct ValueMemo {
        private var decimals: [UInt64: Decimal?] = [:]

        mutating func value(_ lo: Double?, _ hi: Double?) -> QuantityValue? {
            guard let lo, let a = decimal(lo) else { return nil }
            if let hi, let b = decimal(hi) { return .range(a, b) }
            return .number(a)
        }

        private mutating func decimal(_ d: Double) -> Decimal? {
            if let known = decimals[d.bitPattern] { return known }
            let parsed = PanelArchiveReader.decimal(d)
            decimals[d.bitPattern] = .some(parsed)
            return parsed
        }
    }
}
