import Foundation
import ZhInputs
import ZhOutput
import ZhText

/// The streaming form of a batch (`zhmine batch --jsonl`): JSON lines `{"id": …, "text": …}` in,
/// one JSON line of records per document out, in input order — the command of Spark's
/// `RDD.pipe()` or Hadoop Streaming. No database; documents run in parallel (at most `jobs`).
///
/// A line that is not such an object, or whose text is empty, yields `{"id": …, "error": "…"}`
/// and the stream goes on.
/// ```swift
/// let filter = JSONLinesFilter(processor: pipeline, jobs: 2)
/// let stats = try await filter.run(input: 0) { bytes in try sink.write(bytes) }
/// ```
public struct JSONLinesFilter: Sendable {
    public var processor: any DocumentProcessor
    public var jobs: Int
    /// The longest input line accepted; longer lines are answered with an error.
    public var maxLineBytes: Int

    public init(processor: any DocumentProcessor, jobs: Int, maxLineBytes: Int = 64 << 20) {
        self.processor = processor
        self.jobs = max(1, jobs)
        self.maxLineBytes = maxLineBytes
    }

    /// Counts of a finished stream.
    public struct Stats: Sendable {
        public var documents = 0
        public var failed = 0
    }

    /// Reads lines from file descriptor `input` until end of file, calling `emit` with each output line
    /// (newline included), in input order.
    public func run(input: Int32, emit: ([UInt8]) throws -> Void) async throws -> Stats {
        var reader = LineReader(fd: input, maxLineBytes: maxLineBytes)
        return try await run(lines: { try reader.next() }, emit: emit)
    }

    /// The same over any source of lines (for tests).
    public func run(lines next: () throws -> LineReader.Line?, emit: ([UInt8]) throws -> Void) async throws -> Stats {
        var stats = Stats()
        let processor = self.processor
        let window = jobs * 2
        try await withThrowingTaskGroup(of: (Int, [UInt8], Bool).self) { group in
            var added = 0, emitted = 0
            var ready: [Int: ([UInt8], Bool)] = [:]
            func flushReady() throws {
                while let (line, failed) = ready.removeValue(forKey: emitted) {
                    try emit(line)
                    stats.documents += 1
                    if failed { stats.failed += 1 }
                    emitted += 1
                }
            }
            while let line = try next() {
                if case let .bytes(b) = line, b.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                while added - emitted >= window, let (index, output, failed) = try await group.next() {
                    ready[index] = (output, failed)
                    try flushReady()
                }
                let index = added
                group.addTask {
                    let (output, failed) = Self.answer(line, processor: processor)
                    return (index, output, failed)
                }
                added += 1
            }
            while let (index, output, failed) = try await group.next() {
                ready[index] = (output, failed)
                try flushReady()
            }
        }
        return stats
    }

    // MARK: - Machinery

    /// One output line for one input line, and whether it is an error.
    static func answer(_ line: LineReader.Line, processor: any DocumentProcessor) -> ([UInt8], Bool) {
        let bytes: [UInt8]
        switch line {
        case let .tooLong(length):
            return (errorLine(id: .null, "line of \(length) bytes is longer than the limit"), true)
        case let .bytes(b):
            bytes = b
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            return (errorLine(id: .null, "not a JSON object"), true)
        }
        let id = jsonID(object["id"])
        guard let text = object["text"] as? String else {
            return (errorLine(id: id, "no \"text\" string"), true)
        }
        let scalars = Array(text.unicodeScalars)
        if !scalars.contains(where: { !SentenceSplitter.isSpace($0) }) {
            return (errorLine(id: id, "no text (empty or only white space)"), true)
        }
        let name: String
        switch id {
        case let .string(s): name = s
        case let .int(i): name = String(i)
        default: name = "-"
        }
        let result = processor.process(SourceDocument(name: name, text: DecodedText(scalars: scalars, encoding: .utf8)))
        var out: [UInt8] = []
        DocumentJSON.append(id: id, result: result, to: &out)
        out.append(0x0A)
        return (out, false)
    }

    static func jsonID(_ value: Any?) -> FieldValue {
        switch value {
        case let s as String: return .string(s)
        case let n as NSNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e15 { return .int(Int(d)) }
            return .double(d)
        default: return .null
        }
    }

    static func errorLine(id: FieldValue, _ message: String) -> [UInt8] {
        var out: [UInt8] = []
        JSONText.appendObject(Record([("id", id), ("error", .string(message))]), to: &out)
        out.append(0x0A)
        return out
    }
}

/// Reads lines from a file descriptor without holding more than one line (bounded by a limit).
///
/// ```swift
/// var reader = LineReader(fd: 0, maxLineBytes: 1 << 20)
/// while let line = try reader.next() { … }
/// ```
public struct LineReader {
    public enum Line: Sendable {
        case bytes([UInt8])
        /// The line was longer than the limit and was skipped; its length in bytes.
        case tooLong(Int)
    }

    public init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    /// The next line without its terminator, nil at end of input.
    public mutating func next() throws -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if position == available {
                if finished { break }
                try fill()
                if position == available { finished = true; break }
            }
            var i = position
            while i < available, buffer[i] != 0x0A { i += 1 }
            length += i - position
            if length <= maxLineBytes { line.append(contentsOf: buffer[position..<i]) } else { line = [] }
            let sawNewline = i < available
            position = sawNewline ? i + 1 : i
            if sawNewline { return length > maxLineBytes ? .tooLong(length) : .bytes(line) }
        }
        if length == 0 { return nil }
        return length > maxLineBytes ? .tooLong(length) : .bytes(line)
    }

    // MARK: - Machinery

    private let fd: Int32
    private let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var position = 0
    private var available = 0
    private var finished = false

    private mutating func fill() throws {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            position = 0
            available = n
            return
        }
    }
}
