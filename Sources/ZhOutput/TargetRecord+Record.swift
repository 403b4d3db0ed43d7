import ZhExtract

extension TargetRecord {
    /// The record as output fields, in the schema order of DESIGN.md (`TargetRecord.fieldNames`).
    ///
    /// `value` is a number, `[lo, hi]` for a range, or null for a relative target.
    /// ```swift
    /// var writer = RecordWriter(format: .jsonl, columns: TargetRecord.fieldNames)
    /// var out: [UInt8] = []
    /// for r in TargetExtractor().records(in: Array("经济增长8%左右".unicodeScalars)) { writer.write(r.record, to: &out) }
    /// // {"doc": null, "kind": "target", "indicator": "经济", "change": "增长", "value": 8, "unit": "%", …}
    /// ```
    public var record: Record {
        let valueField: FieldValue
        switch value {
        case nil: valueField = .null
        case let .number(d)?: valueField = .decimal(d)
        case let .range(lo, hi)?: valueField = .array([.decimal(lo), .decimal(hi)])
        }
        return Record([
            ("doc", .optional(doc)),
            ("kind", .string(kind.rawValue)),
            ("indicator", .string(indicator)),
            ("change", .optional(change)),
            ("value", valueField),
            ("unit", .optional(unit)),
            ("qualifier", .string(qualifier.rawValue)),
            ("reference", .optional(reference)),
            ("year", .optional(year)),
            ("section", .optional(section)),
            ("sentence", .string(sentence)),
            ("start", .int(start)),
            ("end", .int(end)),
        ])
    }

    /// The record with why it has its kind and year (`zhmine extract --explain`): `frame`, `kind_rule`, `year_rule`.
    public var explainedRecord: Record {
        var fields = record.fields
        fields.append(("frame", .optional(explanation?.frame)))
        fields.append(("kind_rule", .optional(explanation?.kindRule)))
        fields.append(("year_rule", .optional(explanation?.yearRule)))
        return Record(fields)
    }

    /// Field names of ``explainedRecord``, in order.
    public static let explainedFieldNames = fieldNames + ["frame", "kind_rule", "year_rule"]
}
