import Foundation
import ZhText

// The C ABI of Sources/ZhMineC/include/zhmine.h: handles, options, strings and errors around
// the calls of ZhMineFacade.swift. Nothing here throws across the boundary or exits.

/// A failure of one call: an error code of zhmine.h and the one line the CLI would print.
///
/// ```swift
/// ZhMineFailure(.decode, file: "<text>", "invalid UTF-8 at byte 3").description
/// // "zhmine: <text>: invalid UTF-8 at byte 3"
/// ```
struct ZhMineFailure: Error, CustomStringConvertible {
    /// The codes of zhmine.h (ZHMINE_ERROR_*).
    enum Code: Int32 { case argument = 1, decode = 2, io = 3, lexicon = 4 }
    var code: Code
    var file: String?
    var message: String

    init(_ code: Code, file: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.message = message
    }

    var description: String {
        let text = message.replacingOccurrences(of: "\n", with: " ")
        return file.map { "zhmine: \($0): \(text)" } ?? "zhmine: \(text)"
    }
}

/// The options object of a call (a JSON object; NULL or "" is empty), with typed, checked reads.
///
/// ```swift
/// let o = try CallOptions(json: #"{"top": 5}"#)
/// try o.int("top")   // 5
/// ```
struct CallOptions {
    private let values: [String: Any]

    init(json: UnsafePointer<CChar>?) throws(ZhMineFailure) {
        guard let json, json.pointee != 0 else { values = [:]; return }
        let data = Data(bytes: json, count: strlen(json))
        guard let object = try? JSONSerialization.jsonObject(with: data), let dictionary = object as? [String: Any] else {
            throw ZhMineFailure(.argument, "options must be a JSON object")
        }
        values = dictionary
    }

    /// Rejects keys the call does not know (a misspelt option is an error, not a silent default).
    func allow(_ keys: Set<String>) throws(ZhMineFailure) {
        if let unknown = values.keys.sorted().first(where: { !keys.contains($0) }) {
            throw ZhMineFailure(.argument, "unknown option '\(unknown)'")
        }
    }

    func string(_ key: String) throws(ZhMineFailure) -> String? {
        guard let value = present(key) else { return nil }
        guard let s = value as? String else { throw wrongType(key, "a string") }
        return s
    }

    func bool(_ key: String) throws(ZhMineFailure) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value as? Bool else { throw wrongType(key, "true or false") }
        return flag
    }

    func int(_ key: String) throws(ZhMineFailure) -> Int? {
        guard let value = present(key) else { return nil }
        guard let number = value as? NSNumber, let i = Int(exactly: number.doubleValue), Double(i) == number.doubleValue else {
            throw wrongType(key, "an integer")
        }
        return i
    }

    func strings(_ key: String) throws(ZhMineFailure) -> [String]? {
        guard let value = present(key) else { return nil }
        if let s = value as? String { return [s] }
        guard let list = value as? [Any], let strings = list as? [String] else { throw wrongType(key, "a list of strings") }
        return strings
    }

    private func present(_ key: String) -> Any? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        return value
    }

    private func wrongType(_ key: String, _ expected: String) -> ZhMineFailure {
        ZhMineFailure(.argument, "option '\(key)' must be \(expected)")
    }
}

/// The C struct zhmine_error {int code; char *message;}.
private struct CError {
    var code: Int32
    var message: UnsafeMutablePointer<CChar>?
}

/// A malloc'd NUL-terminated copy of `bytes` (freed by zhmine_free).
private func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar>? {
    guard let memory = malloc(bytes.count + 1) else { return nil }
    let p = memory.assumingMemoryBound(to: UInt8.self)
    bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { p.update(from: base, count: bytes.count) } }
    p[bytes.count] = 0
    return UnsafeMutableRawPointer(p).assumingMemoryBound(to: CChar.self)
}

private func report(_ failure: ZhMineFailure, to error: UnsafeMutableRawPointer?) {
    guard let error else { return }
    let e = error.assumingMemoryBound(to: CError.self)
    e.pointee = CError(code: failure.code.rawValue, message: cString(Array(failure.description.utf8)))
}

private func clear(_ error: UnsafeMutableRawPointer?) {
    error?.assumingMemoryBound(to: CError.self).pointee = CError(code: 0, message: nil)
}

/// Runs one call: the result as a C string, or NULL with the failure reported.
private func call(_ handle: UnsafeMutableRawPointer?, _ errorOut: UnsafeMutableRawPointer?,
                  _ body: (ZhMineEngine) throws(ZhMineFailure) -> [UInt8]) -> UnsafeMutablePointer<CChar>? {
    clear(errorOut)
    guard let handle else {
        report(ZhMineFailure(.argument, "no handle (zhmine_open failed or was not called)"), to: errorOut)
        return nil
    }
    do {
        return cString(try body(Unmanaged<ZhMineEngine>.fromOpaque(handle).takeUnretainedValue()))
    } catch {
        report(error, to: errorOut)
        return nil
    }
}

/// A call on one text: its options parsed, its UTF-8 decoded, then `run`.
private func textCall(_ handle: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?, _ length: Int,
                      _ options: UnsafePointer<CChar>?, _ errorOut: UnsafeMutableRawPointer?,
                      _ method: (ZhMineEngine) -> ([Unicode.Scalar], CallOptions) throws(ZhMineFailure) -> [UInt8]) -> UnsafeMutablePointer<CChar>? {
    call(handle, errorOut) { engine throws(ZhMineFailure) in
        let o = try CallOptions(json: options)
        return try method(engine)(try scalars(text, length, name: textName(o)), o)
    }
}

/// The text of a call, decoded strictly as UTF-8 by the CLI's decoder, every scalar kept (a
/// leading U+FEFF too, so that offsets stay the caller's string indices).
private func scalars(_ text: UnsafePointer<CChar>?, _ length: Int, name: String) throws(ZhMineFailure) -> [Unicode.Scalar] {
    if length == 0 { return [] }
    guard let text, length > 0 else { throw ZhMineFailure(.argument, "text is NULL or its length negative") }
    let bytes = Array(UnsafeRawBufferPointer(start: text, count: length))
    do {
        let decoded = try TextDecoder(lossy: false, rejectBinary: false).decode(bytes, encoding: .utf8)
        return decoded.hadByteOrderMark ? ["\u{FEFF}"] + decoded.scalars : decoded.scalars
    } catch {
        throw ZhMineFailure(.decode, file: name, error.description)
    }
}

@_cdecl("zhmine_version")
public func zhmine_version() -> UnsafePointer<CChar> {
    let version: StaticString = "0.1.0"
    return UnsafeRawPointer(version.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("zhmine_open")
public func zhmine_open(_ options: UnsafePointer<CChar>?, _ errorOut: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    clear(errorOut)
    do {
        let engine = try ZhMineEngine(options: try CallOptions(json: options))
        return Unmanaged.passRetained(engine).toOpaque()
    } catch {
        report(error, to: errorOut)
        return nil
    }
}

@_cdecl("zhmine_close")
public func zhmine_close(_ handle: UnsafeMutableRawPointer?) {
    guard let handle else { return }
    Unmanaged<ZhMineEngine>.fromOpaque(handle).release()
}

@_cdecl("zhmine_free")
public func zhmine_free(_ string: UnsafeMutablePointer<CChar>?) {
    free(string)
}

// The five calls on one text (zhmine.h: handle, UTF-8 text and its length, options, error): the C
// name and the engine method behind it, one line each; segment keeps its parsed options per text.
/// zhmine.h's `zhmine_handle *`.
public typealias CHandle = UnsafeMutableRawPointer?
/// A `const char *` of zhmine.h: UTF-8 text or a JSON options object.
public typealias CText = UnsafePointer<CChar>?
/// zhmine.h's `zhmine_error *` (may be NULL).
public typealias CErrorOut = UnsafeMutableRawPointer?
/// A result string of zhmine.h (free with zhmine_free), NULL on failure.
public typealias CResult = UnsafeMutablePointer<CChar>?

@_cdecl("zhmine_extract") public func zhmine_extract(_ h: CHandle, _ t: CText, _ n: Int, _ o: CText, _ e: CErrorOut) -> CResult { textCall(h, t, n, o, e, ZhMineEngine.extract) }
@_cdecl("zhmine_numbers") public func zhmine_numbers(_ h: CHandle, _ t: CText, _ n: Int, _ o: CText, _ e: CErrorOut) -> CResult { textCall(h, t, n, o, e, ZhMineEngine.numbers) }
@_cdecl("zhmine_entities") public func zhmine_entities(_ h: CHandle, _ t: CText, _ n: Int, _ o: CText, _ e: CErrorOut) -> CResult { textCall(h, t, n, o, e, ZhMineEngine.entities) }
@_cdecl("zhmine_keywords") public func zhmine_keywords(_ h: CHandle, _ t: CText, _ n: Int, _ o: CText, _ e: CErrorOut) -> CResult { textCall(h, t, n, o, e, ZhMineEngine.keywords) }
@_cdecl("zhmine_segment") public func zhmine_segment(_ h: CHandle, _ t: CText, _ n: Int, _ o: CText, _ e: CErrorOut) -> CResult {
    call(h, e) { engine throws(ZhMineFailure) in
        let settings = try engine.segmentSettings(o)  // parsed once per distinct options text (no "doc": errors name "<text>")
        return try engine.segment(try scalars(t, n, name: "<text>"), settings)
    }
}

@_cdecl("zhmine_diff")
public func zhmine_diff(_ handle: UnsafeMutableRawPointer?, _ old: UnsafePointer<CChar>?, _ oldLength: Int,
                        _ new: UnsafePointer<CChar>?, _ newLength: Int,
                        _ options: UnsafePointer<CChar>?, _ error: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<CChar>? {
    call(handle, error) { engine throws(ZhMineFailure) in
        try engine.diff(try scalars(old, oldLength, name: "<old>"), try scalars(new, newLength, name: "<new>"),
                        try CallOptions(json: options))
    }
}

@_cdecl("zhmine_read")
public func zhmine_read(_ handle: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?,
                        _ options: UnsafePointer<CChar>?, _ error: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<CChar>? {
    pathCall(handle, path, options, error) { (engine, path, o) throws(ZhMineFailure) in try engine.read(path: path, o) }
}

@_cdecl("zhmine_panel")
public func zhmine_panel(_ handle: UnsafeMutableRawPointer?, _ archive: UnsafePointer<CChar>?,
                         _ options: UnsafePointer<CChar>?, _ error: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<CChar>? {
    pathCall(handle, archive, options, error) { (engine, path, o) throws(ZhMineFailure) in try engine.panel(archive: path, o) }
}

@_cdecl("zhmine_archive_targets")
public func zhmine_archive_targets(_ handle: UnsafeMutableRawPointer?, _ archive: UnsafePointer<CChar>?,
                                   _ options: UnsafePointer<CChar>?, _ error: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<CChar>? {
    pathCall(handle, archive, options, error) { (engine, path, o) throws(ZhMineFailure) in try engine.archiveTargets(archive: path, o) }
}

/// A call on one file: the path checked, its options parsed, then `run`.
private func pathCall(_ handle: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?, _ options: UnsafePointer<CChar>?,
                      _ errorOut: UnsafeMutableRawPointer?,
                      _ run: (ZhMineEngine, String, CallOptions) throws(ZhMineFailure) -> [UInt8]) -> UnsafeMutablePointer<CChar>? {
    call(handle, errorOut) { engine throws(ZhMineFailure) in
        guard let path else { throw ZhMineFailure(.argument, "path is NULL") }
        return try run(engine, String(cString: path), try CallOptions(json: options))
    }
}

/// The name a text's decode error shows: its "doc" option, else "<text>".
private func textName(_ options: CallOptions) -> String {
    (try? options.string("doc")).flatMap { $0 } ?? "<text>"
}
