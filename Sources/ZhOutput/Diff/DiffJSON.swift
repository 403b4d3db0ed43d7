import Foundation
import ZhExtract

/// Renders a ``PlanDiff`` as one JSON document for programs (keys in a fixed order, exact decimals).
///
/// Pairs carry `indicator_old`, `indicator_new`, `key`, `status`, `delta` (new minus old, in
/// `delta_unit`), `unit`, `section` (main|tasks|review|other|null), the two records and `notes`;
/// judgements carry `indicator`, `key`, `target`, `actual`, `met` (true|false|null),
/// `actual_in_target_terms` and `rule`. Records have the fields of DESIGN.md (offsets null when unknown).
/// ```swift
/// let bytes = DiffJSON.render(diff)   // {"old": "a.txt", "new": "b.txt", "old_year": "2023", … "pairs": [...]}
/// ```
public enum DiffJSON {
    public static func render(_ diff: PlanDiff) -> [UInt8] {
        var summary: [(String, Node)] = []
        let counts = diff.statusCounts
        for s in PlanDiffStatus.allCases { summary.append((s.rawValue, .int(counts[s] ?? 0))) }
        summary.append(("met", .int(diff.judgements.filter { $0.met == true }.count)))
        summary.append(("missed", .int(diff.judgements.filter { $0.met == false }.count)))
        summary.append(("not_judged", .int(diff.judgements.filter { $0.met == nil }.count)))
        let root = Node.object([
            ("old", .string(diff.oldName)),
            ("new", .string(diff.newName)),
            ("old_year", .string(diff.oldYear)),
            ("new_year", .string(diff.newYear)),
            ("tolerance", .object([
                ("approx_points", .decimal(diff.options.approxPointTolerance)),
                ("approx_relative", .decimal(diff.options.approxRelativeTolerance)),
            ])),
            ("summary", .object(summary)),
            ("pairs", .array(diff.pairs.map(pair))),
            ("judgements", .array(diff.judgements.map(judgement))),
        ])
        var out: [UInt8] = []
        root.append(to: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    // MARK: - Machinery

    static func pair(_ p: PlanDiffPair) -> Node {
        .object([
            ("indicator_old", .string(p.old?.indicator)),
            ("indicator_new", .string(p.new?.indicator)),
            ("key", .string(p.key)),
            ("status", .string(p.status.rawValue)),
            ("delta", p.delta.map(Node.decimal) ?? .null),
            ("delta_unit", p.delta == nil ? .null : .string(p.deltaUnit)),
            ("unit", .string(p.unit)),
            ("section", .string(p.section?.rawValue)),
            ("old", p.old.map(record) ?? .null),
            ("new", p.new.map(record) ?? .null),
            ("notes", .array(p.notes.map { .string($0) })),
        ])
    }

    static func judgement(_ j: PlanJudgement) -> Node {
        .object([
            ("indicator", .string(j.target.indicator)),
            ("key", .string(j.key)),
            ("target", record(j.target)),
            ("actual", record(j.actual)),
            ("met", j.met.map(Node.bool) ?? .null),
            ("actual_in_target_terms", j.actualInTargetTerms.map(Node.decimal) ?? .null),
            ("rule", .string(j.rule)),
        ])
    }

    static func record(_ r: TargetRecord) -> Node {
        let value: Node
        switch r.value {
        case let .number(d)?: value = .decimal(d)
        case let .range(lo, hi)?: value = .array([.decimal(lo), .decimal(hi)])
        case nil: value = .null
        }
        let known = r.start >= 0 && r.end >= r.start
        return .object([
            ("doc", .string(r.doc)),
            ("kind", .string(r.kind.rawValue)),
            ("indicator", .string(r.indicator)),
            ("change", .string(r.change)),
            ("value", value),
            ("unit", .string(r.unit)),
            ("qualifier", .string(r.qualifier.rawValue)),
            ("reference", .string(r.reference)),
            ("year", .string(r.year)),
            ("section", .string(r.section)),
            ("sentence", .string(r.sentence)),
            ("start", known ? .int(r.start) : .null),
            ("end", known ? .int(r.end) : .null),
        ])
    }

    /// A JSON tree; objects keep their key order. Printed with one-space indents, records on one line.
    indirect enum Node {
        case object([(String, Node)])
        case array([Node])
        case string(String?)
        case decimal(Decimal)
        case int(Int)
        case bool(Bool)
        case null

        var isFlat: Bool {
            switch self {
            case let .object(fields): return fields.allSatisfy { $0.1.isScalar || $0.1.isScalarArray }
            case .array: return isScalarArray
            default: return true
            }
        }

        var isScalar: Bool {
            switch self {
            case .object, .array: return false
            default: return true
            }
        }

        var isScalarArray: Bool {
            if case let .array(items) = self { return items.allSatisfy(\.isScalar) }
            return false
        }

        func append(to out: inout [UInt8], indent: Int) {
            switch self {
            case let .object(fields):
                if fields.isEmpty { out.append(contentsOf: Array("{}".utf8)); return }
                if isFlat && indent > 0 {
                    out.append(UInt8(ascii: "{"))
                    for (i, (k, v)) in fields.enumerated() {
                        if i > 0 { out.append(contentsOf: Array(", ".utf8)) }
                        JSONText.appendString(k, to: &out)
                        out.append(contentsOf: Array(": ".utf8))
                        v.append(to: &out, indent: indent + 1)
                    }
                    out.append(UInt8(ascii: "}"))
                    return
                }
                out.append(contentsOf: Array("{\n".utf8))
                for (i, (k, v)) in fields.enumerated() {
                    out.append(contentsOf: [UInt8](repeating: 0x20, count: indent + 1))
                    JSONText.appendString(k, to: &out)
                    out.append(contentsOf: Array(": ".utf8))
                    v.append(to: &out, indent: indent + 1)
                    out.append(contentsOf: Array((i == fields.count - 1 ? "\n" : ",\n").utf8))
                }
                out.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
                out.append(UInt8(ascii: "}"))
            case let .array(items):
                if items.isEmpty { out.append(contentsOf: Array("[]".utf8)); return }
                if isScalarArray {
                    out.append(UInt8(ascii: "["))
                    for (i, item) in items.enumerated() {
                        if i > 0 { out.append(contentsOf: Array(", ".utf8)) }
                        item.append(to: &out, indent: indent)
                    }
                    out.append(UInt8(ascii: "]"))
                    return
                }
                out.append(contentsOf: Array("[\n".utf8))
                for (i, item) in items.enumerated() {
                    out.append(contentsOf: [UInt8](repeating: 0x20, count: indent + 1))
                    item.append(to: &out, indent: indent + 1)
                    out.append(contentsOf: Array((i == items.count - 1 ? "\n" : ",\n").utf8))
                }
                out.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
                out.append(UInt8(ascii: "]"))
            case let .string(s):
                if let s { JSONText.appendString(s, to: &out) } else { out.append(contentsOf: Array("null".utf8)) }
            case let .decimal(d): out.append(contentsOf: Array(JSONText.decimalString(d).utf8))
            case let .int(i): out.append(contentsOf: Array(String(i).utf8))
            case let .bool(b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
            case .null: out.append(contentsOf: Array("null".utf8))
            }
        }
    }
}
