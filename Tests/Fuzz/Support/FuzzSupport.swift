// Shared by every harness: scripts/fuzz.sh compiles this file together with one
// Tests/Fuzz/<name>/main.swift into a libFuzzer binary (-sanitize=fuzzer,address).
// Not part of the SwiftPM package: `swift build` and `swift test` never see it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the run with a message when an invariant fails; libFuzzer records the input as a crash.
///
/// ```swift
/// fuzzRequire(token.start < token.end, "empty token \(token)")
/// ```
@inline(__always)
func fuzzRequire(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                 line: UInt = #line) {
    if !condition() {
        fputs("fuzz invariant failed (line \(line)): \(message())\n", stderr)
        abort()
    }
}

/// Reads choices off the front of a fuzz input, the rest being the payload.
///
/// ```swift
/// var input = FuzzInput(data, size)
/// let simplify = input.takeBool()
/// let text = input.restAsScalars()
/// ```
struct FuzzInput {
    let bytes: [UInt8]
    private(set) var position = 0

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    }

    /// One byte of choice (0 when the input is exhausted).
    mutating func takeByte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func takeBool() -> Bool { takeByte() & 1 == 1 }

    /// The bytes not yet taken.
    var rest: [UInt8] { Array(bytes[position...]) }

    /// The bytes not yet taken, as Unicode scalars (lossy UTF-8: U+FFFD for invalid sequences).
    var restAsScalars: [Unicode.Scalar] { FuzzText.scalars(rest) }
}

enum FuzzText {
    /// Lossy UTF-8 → scalars (the text harnesses take their input as UTF-8 text, so seeds are plain files).
    static func scalars(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    /// Checks that `spans` tile `0..<count` exactly: contiguous, non-empty, in order.
    static func requireTiling(_ spans: [Range<Int>], count: Int, _ what: String) {
        var position = 0
        for (k, r) in spans.enumerated() {
            fuzzRequire(r.lowerBound == position, "\(what) \(k) starts at \(r.lowerBound), expected \(position)")
            fuzzRequire(r.upperBound > r.lowerBound, "\(what) \(k) is empty at \(r.lowerBound)")
            position = r.upperBound
        }
        fuzzRequire(position == count, "\(what)s end at \(position), text has \(count) scalars")
    }

    /// Checks that a range lies inside `0...count`.
    static func requireInBounds(_ r: Range<Int>, count: Int, _ what: String) {
        fuzzRequire(r.lowerBound >= 0 && r.upperBound <= count, "\(what) \(r) outside 0..<\(count)")
    }
}
