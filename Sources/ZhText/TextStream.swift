import Foundation

/// Reads a document in chunks of whole lines, decoding as it goes, with bounded memory.
///
/// Chunks end after a line feed (never inside a line), so UTF-8, GB18030 and Big5 are
/// cut safely (0x0A is never part of a multi-byte sequence in them). The encoding is
/// detected on the first chunk; while everything seen is ASCII, a later chunk may still
/// decide it. UTF-16 input is decoded whole. Errors name global byte offsets.
///
/// ```swift
/// let stream = try TextStream(path: "report.txt")
/// while let chunk = try stream.next() {
///     print(chunk.scalarOffset, chunk.scalars.count)
/// }
/// ```
public final class TextStream {
    /// One decoded piece of the document: whole lines.
    public struct Chunk {
        public var scalars: [Unicode.Scalar]
        /// Offset of `scalars[0]` in the whole decoded document.
        public var scalarOffset: Int
        /// Offset of the chunk's first byte in the file.
        public var byteOffset: Int
    }

    public let name: String
    /// The encoding in use (nil until the first chunk decides).
    public private(set) var encoding: TextEncoding?
    public private(set) var substitutions = 0
    public private(set) var firstInvalidOffset: Int?

    private let fd: Int32
    private let ownsFD: Bool
    private let decoder: TextDecoder
    private let forced: TextEncoding?
    private let chunkSize: Int
    private let maxBytes: Int
    private var pending: [UInt8] = []
    private var eof = false
    private var bytesRead = 0
    private var byteOffset = 0
    private var scalarOffset = 0
    private var allASCII = true
    private var first = true
    /// Index in `pending` of its last line feed.
    private var lastLineFeed: Int?
    /// Scratch for read(2), allocated on the first fill and reused (one chunk's worth, at most 256 KiB).
    private var readBuffer: [UInt8] = []

    /// Errors of reading (as opposed to decoding).
    public struct ReadError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Opens `path` (or standard input for `-`).
    public init(path: String, encoding: TextEncoding? = nil, lossy: Bool = false,
                chunkSize: Int = 1 << 18, maxBytes: Int = Int.max) throws(ReadError) {
        if path == "-" {
            fd = 0
            ownsFD = false
            name = "<stdin>"
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw ReadError(message: FileBytes.describe(errno: errno)) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(message: "is a directory") }
            if Int(info.st_size) > maxBytes { throw ReadError(message: "is \(info.st_size) bytes, more than --max-bytes \(maxBytes)") }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ReadError(message: FileBytes.describe(errno: errno)) }
            self.fd = fd
            ownsFD = true
            name = path
        }
        self.forced = encoding
        self.encoding = encoding
        self.decoder = TextDecoder(lossy: lossy)
        self.chunkSize = max(chunkSize, 4096)
        self.maxBytes = maxBytes
    }

    deinit { if ownsFD { close(fd) } }

    /// The next chunk of whole lines, or nil at the end.
    public func next() throws -> Chunk? {
        // Read until a chunk's worth ends in a line feed (UTF-16: until the end).
        while !eof && !(pending.count >= chunkSize && lastLineFeed != nil && !isUTF16) {
            try fill()
        }
        if pending.isEmpty { return nil }
        var cut = pending.count
        if !eof, let nl = lastLineFeed { cut = nl + 1 }
        let bytes = Array(pending[..<cut])
        pending.removeFirst(cut)
        lastLineFeed = pending.lastIndex(of: 0x0A)
        let chunkByteOffset = byteOffset
        byteOffset += cut
        let scalars = try decode(bytes, at: chunkByteOffset)
        let chunk = Chunk(scalars: scalars, scalarOffset: scalarOffset, byteOffset: chunkByteOffset)
        scalarOffset += scalars.count
        return chunk
    }

    private var isUTF16: Bool {
        if let e = encoding { return e == .utf16LE || e == .utf16BE }
        // Before the first chunk: a UTF-16 BOM means "decode whole".
        return first && pending.count >= 2 && ((pending[0] == 0xFF && pending[1] == 0xFE) || (pending[0] == 0xFE && pending[1] == 0xFF))
    }

    private func fill() throws {
        if readBuffer.isEmpty { readBuffer = [UInt8](repeating: 0, count: min(chunkSize, 1 << 18)) }
        while true {
            let n = readBuffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: FileBytes.describe(errno: errno))
            }
            if n == 0 { eof = true; return }
            let before = pending.count
            pending.append(contentsOf: readBuffer[0..<n])
            if let nl = readBuffer[0..<n].lastIndex(of: 0x0A) { lastLineFeed = before + nl }
            bytesRead += n
            if bytesRead > maxBytes { throw ReadError(message: "is more than --max-bytes \(maxBytes) bytes") }
            return
        }
    }

    private func decode(_ bytes: [UInt8], at offset: Int) throws -> [Unicode.Scalar] {
        defer { first = false }
        let mayRedetect = forced == nil && allASCII
        let requested = mayRedetect ? nil : encoding
        do {
            var decoder = self.decoder
            decoder.sniffSignature = first  // only the first chunk starts the file
            let text = try decoder.decode(bytes, encoding: requested)
            if encoding == nil || mayRedetect { encoding = text.encoding }
            if text.substitutions > 0 {
                substitutions += text.substitutions
                if firstInvalidOffset == nil { firstInvalidOffset = text.firstInvalidOffset.map { $0 + offset } }
            }
            if allASCII, bytes.contains(where: { $0 >= 0x80 }) { allASCII = false }
            return text.scalars
        } catch {
            switch error {
            case let .invalidBytes(encoding, local):
                throw TextDecodingError.invalidBytes(encoding: encoding, offset: local + offset)
            case let .undetectable(u, g, b):
                throw TextDecodingError.undetectable(utf8Offset: u + offset, gb18030Offset: g < 0 ? g : g + offset,
                                                     big5Offset: b < 0 ? b : b + offset)
            case let .binary(character, value):
                throw TextDecodingError.binary(offset: character + scalarOffset, byte: value)
            case .unsupported, .notText:
                throw error
            }
        }
    }
}
