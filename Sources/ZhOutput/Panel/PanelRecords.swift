import Foundation
import ZhExtract

/// A ``Panel`` as output records (csv, jsonl, json through ``RecordWriter``): one per row, with the
/// columns of issue #18 in order. JSON forms add `disagreement` and `other_actuals` (every other
/// document's figure for the same actual: value, unit, text, doc, agrees), so that disagreeing
/// sources are kept; CSV has the fifteen columns only. Ranges are `[lo, hi]` in JSON, `lo–hi` in CSV.
/// ```swift
/// var writer = RecordWriter(format: .csv, columns: PanelRecords.columns)
/// for record in PanelRecords.records(panel, json: false) { writer.write(record, to: &out) }
/// ```
public enum PanelRecords {
    public static let columns = ["jurisdiction", "indicator", "label", "year", "target_value", "target_unit",
                                 "target_qualifier", "target_text", "target_doc", "actual_value", "actual_unit",
                                 "actual_text", "actual_doc", "status", "note"]

    public static func records(_ panel: Panel, json: Bool) -> [Record] {
        panel.rows.map { record($0, panel: panel, json: json) }
    }

    public static func record(_ row: PanelRow, panel: Panel, json: Bool) -> Record {
        let target = row.target?.record, actual = row.actual?.record
        var fields: [(String, FieldValue)] = [
            ("jurisdiction", .string(row.jurisdiction)),
            ("indicator", .string(row.indicator)),
            ("label", .string(row.label)),
            ("year", .int(row.year)),
            ("target_value", FieldValue(target?.value)),
            ("target_unit", .optional(target?.unit)),
            ("target_qualifier", .optional(target?.qualifier.rawValue)),
            ("target_text", .optional(target?.sentence ?? row.notSet?.record.sentence)),
            ("target_doc", .optional((row.target ?? row.notSet).map { panel.documents[$0.document].path })),
            ("actual_value", FieldValue(actual?.value)),
            ("actual_unit", .optional(actual?.unit)),
            ("actual_text", .optional(actual?.sentence)),
            ("actual_doc", .optional(row.actual.map { panel.documents[$0.document].path })),
            ("status", .string(row.status.rawValue)),
            ("note", .string(row.notes.joined(separator: "; "))),
        ]
        if json {
            fields.append(("disagreement", .bool(row.disagreement)))
            fields.append(("other_actuals", .array(row.otherActuals.map { other in
                .object(Record([
                    ("value", FieldValue(other.record.value)),
                    ("unit", .optional(other.record.unit)),
                    ("text", .string(other.record.sentence)),
                    ("doc", .string(panel.documents[other.document].path)),
                    ("agrees", .bool(actual.map { Panel.figuresAgree($0, other.record) } ?? false)),
                ]))
            })))
        }
        return Record(fields)
    }
}
