import Foundation
import ZhExtract
import ZhOutput

/// One document's result as one JSON object: id, metadata, then the arrays of records in the
/// schemas of DESIGN.md (`targets`, `entities`, `keywords`, `numbers`).
///
/// ```swift
/// var out: [UInt8] = []
/// DocumentJSON.append(id: .string("doc-1"), result: result, to: &out)
/// // {"id": "doc-1", "title": "…", "jurisdiction": "株洲市", "year": 2021, "chars": 20314,
/// //  "targets": [{"doc": …, "kind": "target", …}], "entities": [], "keywords": [], "numbers": […]}
/// ```
public enum DocumentJSON {
    public static func append(id: FieldValue, result: DocumentResult, to out: inout [UInt8]) {
        let m = result.metadata
        out.append(UInt8(ascii: "{"))
        appendField("id", id, first: true, to: &out)
        appendField("title", .optional(m.title), to: &out)
        appendField("jurisdiction", .optional(m.jurisdiction), to: &out)
        appendField("year", m.year.map { .int($0) } ?? .null, to: &out)
        appendField("chars", .int(m.chars), to: &out)
        appendArray("targets", result.targets.map(record), to: &out)
        appendArray("entities", result.entities.map(record), to: &out)
        appendArray("keywords", result.keywords.map(record), to: &out)
        appendArray("numbers", result.numbers.map(record), to: &out)
        out.append(UInt8(ascii: "}"))
    }

    public static func record(_ t: TargetRecord) -> Record {
        Record([
            ("doc", .optional(t.doc)), ("kind", .string(t.kind.rawValue)), ("indicator", .string(t.indicator)),
            ("change", .optional(t.change)), ("value", value(t.value)), ("unit", .optional(t.unit)),
            ("qualifier", .string(t.qualifier.rawValue)), ("reference", .optional(t.reference)),
            ("year", .optional(t.year)), ("section", .optional(t.section)), ("sentence", .string(t.sentence)),
            ("start", .int(t.start)), ("end", .int(t.end)),
        ])
    }

    public static func record(_ e: Entity) -> Record {
        Record([("text", .string(e.text)), ("type", .string(e.type.rawValue)), ("start", .int(e.start)), ("end", .int(e.end))])
    }

    public static func record(_ k: KeywordRow) -> Record {
        Record([("word", .string(k.word)), ("score", .double(k.score)), ("rank", .int(k.rank))])
    }

    /// The fields of `zhmine numbers` (`Record.quantityFields`).
    public static func record(_ n: NumberRow) -> Record {
        let normalized: FieldValue = n.normalizedUnit.map {
            .object(Record([("value", value(n.normalizedValue)), ("unit", .string($0))]))
        } ?? .null
        return Record([
            ("text", .string(n.text)), ("value", n.overflow ? .string("overflow") : value(n.value)), ("unit", .optional(n.unit)),
            ("qualifier", .string(n.qualifier)), ("normalized", normalized), ("kind", .string(n.kind)),
            ("start", .int(n.start)), ("end", .int(n.end)),
        ])
    }

    public static func value(_ v: QuantityValue?) -> FieldValue {
        switch v {
        case nil: return .null
        case let .number(d)?: return .decimal(d)
        case let .range(lo, hi)?: return .array([.decimal(lo), .decimal(hi)])
        }
    }

    // MARK: - Machinery

    private static func appendField(_ name: String, _ value: FieldValue, first: Bool = false, to out: inout [UInt8]) {
        if !first { out.append(contentsOf: [0x2C, 0x20]) }
        JSONText.appendString(name, to: &out)
        out.append(contentsOf: [0x3A, 0x20])
        JSONText.appendValue(value, to: &out)
    }

    private static func appendArray(_ name: String, _ records: [Record], to out: inout [UInt8]) {
        out.append(contentsOf: [0x2C, 0x20])
        JSONText.appendString(name, to: &out)
        out.append(contentsOf: [0x3A, 0x20, UInt8(ascii: "[")])
        for (i, r) in records.enumerated() {
            if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
            JSONText.appendObject(r, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
