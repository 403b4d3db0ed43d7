import Foundation

/// A value in an output record: what JSON, JSON Lines, CSV and SQLite can all hold.
///
/// ```swift
/// let v: FieldValue = .decimal(Decimal(string: "8.5")!)
/// ```
public enum FieldValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case decimal(Decimal)
    case double(Double)
    case bool(Bool)
    case array([FieldValue])
    indirect case object(Record)
    case null

    /// `.string(s)` or `.null` when `s` is nil.
    public static func optional(_ s: String?) -> FieldValue { s.map { .string($0) } ?? .null }
}

/// One output record: named fields in schema order.
///
/// ```swift
/// let r = Record([("text", .string("株洲")), ("type", .string("place")), ("start", .int(3))])
/// ```
public struct Record: Sendable, Equatable {
    public var fields: [(String, FieldValue)]
    public init(_ fields: [(String, FieldValue)]) { self.fields = fields }
    public subscript(name: String) -> FieldValue? { fields.first { $0.0 == name }?.1 }

    public static func == (a: Record, b: Record) -> Bool {
        a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}

/// The tabular formats every record-producing command offers.
public enum RecordFormat: String, Sendable, CaseIterable {
    case jsonl, json, csv
}

/// Streams records as JSON Lines, a JSON array, or CSV (UTF-8 with BOM, every field quoted, for Excel).
///
/// ```swift
/// var w = RecordWriter(format: .csv, columns: ["text", "type"])
/// var out: [UInt8] = []
/// w.write(Record([("text", .string("株洲")), ("type", .string("place"))]), to: &out)
/// w.finish(to: &out)
/// ```
public struct RecordWriter: Sendable {
    public let format: RecordFormat
    public let columns: [String]
    private var count = 0

    public init(format: RecordFormat, columns: [String]) {
        self.format = format
        self.columns = columns
    }

    public mutating func write(_ record: Record, to out: inout [UInt8]) {
        switch format {
        case .jsonl:
            JSONText.appendObject(record, to: &out)
            out.append(0x0A)
        case .json:
            out.append(contentsOf: count == 0 ? Array("[\n".utf8) : Array(",\n".utf8))
            JSONText.appendObject(record, to: &out)
        case .csv:
            if count == 0 { writeCSVHeader(to: &out) }
            for (i, column) in columns.enumerated() {
                if i > 0 { out.append(0x2C) }
                CSVText.appendField(record[column] ?? .null, to: &out)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        count += 1
    }

    /// Closes the output (the JSON array's bracket; a CSV header when there were no rows).
    public mutating func finish(to out: inout [UInt8]) {
        switch format {
        case .jsonl: break
        case .json: out.append(contentsOf: count == 0 ? Array("[]\n".utf8) : Array("\n]\n".utf8))
        case .csv: if count == 0 { writeCSVHeader(to: &out) }
        }
    }

    private func writeCSVHeader(to out: inout [UInt8]) {
        out.append(contentsOf: [0xEF, 0xBB, 0xBF])
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            CSVText.appendField(.string(column), to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }
}

/// JSON serialisation of `FieldValue`s, keys in record order, UTF-8 kept as is.
public enum JSONText {
    public static func appendObject(_ record: Record, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (name, value)) in record.fields.enumerated() {
            if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
            appendString(name, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
            appendValue(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    public static func appendValue(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case let .string(s): appendString(s, to: &out)
        case let .int(i): out.append(contentsOf: Array(String(i).utf8))
        case let .decimal(d): out.append(contentsOf: Array(decimalString(d).utf8))
        case let .double(d):
            if d.isFinite {
                out.append(contentsOf: Array(shortestString(d).utf8))
            } else {
                out.append(contentsOf: Array("null".utf8))
            }
        case let .bool(b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
                appendValue(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(record): appendObject(record, to: &out)
        case .null: out.append(contentsOf: Array("null".utf8))
        }
    }

    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                out.append(contentsOf: Array(String(format: "\\u%04x", b).utf8))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// A plain decimal string: 8.5, 1200, 0.05, 0.000000000000001 (no exponent, no trailing zeros).
    /// A value as written is printed exactly; only a quotient's long tail (1/3 = 0.333…) is rounded
    /// to 12 places.
    public static func decimalString(_ d: Decimal) -> String {
        let exact = NSDecimalNumber(decimal: d).stringValue
        if let point = exact.firstIndex(of: "."), exact.distance(from: point, to: exact.endIndex) > 21 {
            var value = d
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 12, .plain)
            return NSDecimalNumber(decimal: rounded).stringValue
        }
        return exact
    }

    static func shortestString(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}

/// CSV field quoting (RFC 4180): every field quoted, quotes doubled.
public enum CSVText {
    public static func appendField(_ value: FieldValue, to out: inout [UInt8]) {
        let text: String
        switch value {
        case let .string(s): text = s
        case .null: return  // an empty, unquoted field
        case let .array(items):
            text = items.map { item -> String in
                var bytes: [UInt8] = []
                JSONText.appendValue(item, to: &bytes)
                return String(decoding: bytes, as: UTF8.self)
            }.joined(separator: "–")
        default:
            var bytes: [UInt8] = []
            JSONText.appendValue(value, to: &bytes)
            text = String(decoding: bytes, as: UTF8.self)
        }
        out.append(0x22)
        for b in text.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }
}
