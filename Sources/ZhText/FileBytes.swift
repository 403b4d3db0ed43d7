import Foundation

/// Reads a whole file, or standard input (`-`), into memory under a size limit, with one-line
/// reasons for failure ("no such file", "is a directory", "is 20971520 bytes, more than
/// --max-bytes 16777216"). The size is checked before reading (from `stat`) and again while
/// reading, for files that grow and for pipes.
///
/// ```swift
/// let bytes = try FileBytes.read("report.txt", maxBytes: 16 << 20)
/// ```
public enum FileBytes {
    /// The bytes of `path` ("-": standard input). `regularFilesOnly` also refuses pipes, devices
    /// and sockets (a batch reads files it found, not whatever a path names).
    public static func read(_ path: String, maxBytes: Int, regularFilesOnly: Bool = false) throws(FileReadError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, maxBytes: maxBytes, expected: 0) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileReadError(errno: errno) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw FileReadError("is a directory") }
        if regularFilesOnly, type != S_IFREG { throw FileReadError("not a regular file") }
        if Int(info.st_size) > maxBytes {
            throw FileReadError("is \(info.st_size) bytes, more than --max-bytes \(maxBytes)")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileReadError(errno: errno) }
        defer { close(fd) }
        return try readAll(fd: fd, maxBytes: maxBytes, expected: type == S_IFREG ? Int(info.st_size) : 0)
    }

    /// A one-line description of an `errno` value, in the words ZhMine's errors use.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code))
        }
    }

    // MARK: - Machinery

    private static func readAll(fd: Int32, maxBytes: Int, expected: Int) throws(FileReadError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(errno: errno)
            }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
            if result.count > maxBytes {
                throw FileReadError("is more than --max-bytes \(maxBytes) bytes" + (expected > 0 ? " (it grew while being read)" : ""))
            }
        }
    }
}

/// Why ``FileBytes`` could not read a file: one line, without the file's name (the caller adds it).
///
/// ```swift
/// FileReadError("is a directory").description   // "is a directory"
/// ```
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public init(errno code: Int32) { self.init(FileBytes.describe(errno: code)) }
    public var description: String { message }
}
