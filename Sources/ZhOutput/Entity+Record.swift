import ZhExtract

extension Record {
    /// The columns of `zhmine entities`.
    public static let entityFields = ["text", "type", "start", "end"]
    /// The columns of `zhmine entities --unique`.
    public static let uniqueEntityFields = ["text", "type", "count"]

    /// An entity record `{text, type, start, end}` (offsets into the original text).
    ///
    /// ```swift
    /// Record(entity: Entity(text: "株洲", type: .place, start: 0, end: 2))
    /// // {"text": "株洲", "type": "place", "start": 0, "end": 2}
    /// ```
    /// With `explain`, a last field `rule` names the rule that found the entity (`zhmine entities --explain`).
    public init(entity e: Entity, explain: Bool = false) {
        var fields: [(String, FieldValue)] = [("text", .string(e.text)), ("type", .string(e.type.rawValue)),
                                              ("start", .int(e.start)), ("end", .int(e.end))]
        if explain { fields.append(("rule", .string(e.rule ?? ""))) }
        self.init(fields)
    }

    /// Each distinct (text, type) once as `{text, type, count}`, most frequent first, ties in
    /// order of first occurrence (`zhmine entities --unique`).
    public static func uniqueEntities(_ entities: [Entity]) -> [Record] {
        var counts: [EntityKey: Int] = [:]
        var order: [EntityKey] = []
        for e in entities {
            let key = EntityKey(text: e.text, type: e.type)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        let sorted = order.enumerated().sorted {
            let a = counts[$0.element] ?? 0, b = counts[$1.element] ?? 0
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
        return sorted.map { Record([("text", .string($0.text)), ("type", .string($0.type.rawValue)), ("count", .int(counts[$0] ?? 0))]) }
    }
}

private struct EntityKey: Hashable {
    var text: String
    var type: EntityType
}
