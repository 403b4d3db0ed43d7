import Foundation
import ZhText

/// Reads target records for `zhmine diff` from a JSON array or JSON Lines file.
///
/// Accepts full ``TargetRecord``s (the `zhmine extract --format json|jsonl` schema) and the shorter
/// gold form of Corpus/diff/*.targets.json, which has no `start`, `end`, `doc` or `section`: those
/// records are found in the report text when it is given (see ``companionReportPath(for:)``) —
/// their offsets are the sentence's scalar offsets and their section is the part heading above it
/// (``partHeadingLevel``: "二、2023年主要预期目标" → "2023年主要预期目标", also for a record inside a
/// "（一）…" paragraph under it), read from the report's ``DocumentContext``; records not found keep
/// `start == end == -1`.
/// ```swift
/// let bytes = Array(try Data(contentsOf: url))
/// let text = Array(try String(contentsOfFile: "r.txt", encoding: .utf8).unicodeScalars)
/// let records = try DiffRecordReader.parse(bytes, text: text, doc: "r.txt")
/// ```
public enum DiffRecordReader {
    /// A file that cannot be read as target records; `description` is one line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// True for the extensions read as record files (.json, .jsonl, .ndjson); anything else is a report.
    public static func isRecordFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    /// The report a gold record file describes: `NAME.targets.json` (or `NAME.json`, `NAME.jsonl`)
    /// → `NAME.txt` in the same folder, when that file exists.
    public static func companionReportPath(for path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        var base = url.deletingPathExtension()
        if base.pathExtension == "targets" { base = base.deletingPathExtension() }
        let candidate = base.appendingPathExtension("txt").path
        return FileManager.default.isReadableFile(atPath: candidate) ? candidate : nil
    }

    /// Parses records: a JSON array of objects, or one object per line.
    /// - Parameters:
    ///   - text: the report's scalars, to locate records that carry no offsets or section.
    ///   - doc: the document name given to records without one.
    public static func parse(_ bytes: [UInt8], text: [Unicode.Scalar]? = nil, doc: String? = nil) throws -> [TargetRecord] {
        var loose = try decode(bytes)
        if let text { locate(&loose, in: text) }
        return loose.map { $0.record(doc: doc) }
    }

    // MARK: - Machinery

    /// A record whose offsets, document and section may be missing.
    struct LooseRecord: Decodable {
        var doc: String?
        var kind: TargetKind
        var indicator: String
        var change: String?
        var value: QuantityValue?
        var unit: String?
        var qualifier: Qualifier
        var reference: String?
        var year: String?
        var section: String?
        var sentence: String
        var start: Int?
        var end: Int?

        enum CodingKeys: String, CodingKey {
            case doc, kind, indicator, change, value, unit, qualifier, reference, year, section, sentence, start, end
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            doc = try c.decodeIfPresent(String.self, forKey: .doc)
            kind = try c.decode(TargetKind.self, forKey: .kind)
            indicator = try c.decode(String.self, forKey: .indicator)
            change = try c.decodeIfPresent(String.self, forKey: .change)
            value = try c.decodeIfPresent(QuantityValue.self, forKey: .value)
            unit = try c.decodeIfPresent(String.self, forKey: .unit)
            qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
            reference = try c.decodeIfPresent(String.self, forKey: .reference)
            if let y = try? c.decodeIfPresent(String.self, forKey: .year) {
                year = y
            } else {
                year = try c.decodeIfPresent(Int.self, forKey: .year).map(String.init)
            }
            section = try c.decodeIfPresent(String.self, forKey: .section)
            sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
            start = try c.decodeIfPresent(Int.self, forKey: .start)
            end = try c.decodeIfPresent(Int.self, forKey: .end)
        }

        func record(doc fallback: String?) -> TargetRecord {
            TargetRecord(doc: doc ?? fallback, kind: kind, indicator: indicator, change: change, value: value, unit: unit,
                         qualifier: qualifier, reference: reference, year: year, section: section, sentence: sentence,
                         start: start ?? -1, end: end ?? -1)
        }
    }

    static func decode(_ bytes: [UInt8]) throws -> [LooseRecord] {
        let decoder = JSONDecoder()
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return [] }
        if first == UInt8(ascii: "[") {
            do {
                return try decoder.decode([LooseRecord].self, from: Data(body))
            } catch {
                throw Failure(description: "not a JSON array of target records (\(describe(error)))")
            }
        }
        var records: [LooseRecord] = []
        var lineNumber = 0
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                records.append(try decoder.decode(LooseRecord.self, from: Data(line)))
            } catch {
                throw Failure(description: "line \(lineNumber): not a target record (\(describe(error)))")
            }
        }
        return records
    }

    /// A short, one-line reason from a DecodingError.
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "invalid JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let parts = context.codingPath.map { $0.intValue.map { "record \($0 + 1)" } ?? $0.stringValue }
            return parts.isEmpty ? "" : " at " + parts.joined(separator: ".")
        }
        switch e {
        case let .keyNotFound(key, context): return "missing \"\(key.stringValue)\"\(path(context))"
        case let .typeMismatch(_, context): return "wrong type\(path(context))"
        case let .valueNotFound(_, context): return "null value\(path(context))"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "invalid JSON" : "invalid value\(path(context))"
        @unknown default: return "invalid JSON"
        }
    }

    /// The deepest heading level that names a part of a report for the diff: 一、… / 第一章 … / `#`, `##`
    /// (level 2 and above in ``DocumentStructure``). A record under "（一）坚持工业强市。" keeps the part it
    /// stands in ("2023年重点工作"), whose type (``PlanSectionType``) the aligner compares.
    public static let partHeadingLevel = 2

    /// The part heading enclosing `offset` in `structure`, without its numbering.
    static func partHeading(at offset: Int, in structure: DocumentStructure) -> String? {
        structure.headingPath(at: offset).last { $0.level <= partHeadingLevel }?.text
    }

    /// Fills offsets and sections from the report text, searching forward from the previous record.
    static func locate(_ records: inout [LooseRecord], in text: [Unicode.Scalar]) {
        let structure = DocumentContext(text: text).structure
        var cursor = 0
        var previous: LooseRecord?
        for i in records.indices {
            var r = records[i]
            if r.start == nil || r.end == nil {
                let needle = Array(r.sentence.unicodeScalars)
                // A clause that states two figures yields two records with one sentence.
                var from = cursor
                if let p = previous, p.sentence == r.sentence, p.indicator != r.indicator, let s = p.start { from = s }
                if let at = find(needle, in: text, from: from) ?? find(needle, in: text, from: 0) {
                    r.start = at
                    r.end = at + needle.count
                }
            }
            if let s = r.start, s >= 0, s <= text.count {
                if r.section == nil { r.section = partHeading(at: s, in: structure) }
                cursor = r.end ?? s
            }
            records[i] = r
            previous = r
        }
    }

    static func find(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int? {
        Occurrence.first(of: needle, in: text, from: from)
    }
}
