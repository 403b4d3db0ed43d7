import ZhExtract

extension FieldValue {
    /// A quantity's value: a number, `[lo, hi]`, or null.
    public init(_ value: QuantityValue?) {
        switch value {
        case let .number(d)?: self = .decimal(d)
        case let .range(lo, hi)?: self = .array([.decimal(lo), .decimal(hi)])
        case nil: self = .null
        }
    }
}

extension Record {
    /// The columns of `zhmine numbers`.
    public static let quantityFields = ["text", "value", "unit", "qualifier", "normalized", "kind", "start", "end"]

    /// A number record `{text, value, unit, qualifier, normalized, kind, start, end}`; `text`
    /// and the offsets are the caller's (original text), `normalized` is `{value, unit}` or null.
    public init(quantity q: Quantity, text: String, start: Int, end: Int) {
        let normalized: FieldValue = q.normalized.map {
            .object(Record([("value", FieldValue($0.value)), ("unit", .string($0.unit))]))
        } ?? .null
        self.init([
            ("text", .string(text)),
            ("value", q.isOverflow ? .string("overflow") : FieldValue(q.value)),
            ("unit", .optional(q.unit)),
            ("qualifier", .string(q.qualifier.rawValue)),
            ("normalized", normalized),
            ("kind", .string(q.kind.rawValue)),
            ("start", .int(start)),
            ("end", .int(end)),
        ])
    }
}
