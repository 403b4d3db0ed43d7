import Foundation

/// A read-only, memory-mapped container of tagged binary sections (the compiled lexicon's file).
///
/// ```swift
/// let file = try SectionedFile(path: "zh.lex", expectedVersion: 3, expectedKind: "LEXI")
/// if let units = file.section("TUNI") { … }   // a view into the mapping, no copy
/// let trie = try DoubleArrayTrie(file: file)
/// ```
///
/// Opening validates the header, every section's bounds and alignment, and the
/// checksum of the whole content (one pass at several GB/s); after that a section is
/// an `UnsafeRawBufferPointer` into the mapping, valid while this object lives.
/// Layout (all integers little-endian):
///
/// | offset | size | field |
/// |---|---|---|
/// | 0  | 8  | magic `ZHMSECT` + 0x1A |
/// | 8  | 8  | checksum (``ContentChecksum``) of bytes 16..<fileLength |
/// | 16 | 8  | fileLength |
/// | 24 | 4  | formatVersion (the payload's, chosen by the writer) |
/// | 28 | 4  | kind, 4 ASCII bytes (what the file is for, e.g. `LEXI`) |
/// | 32 | 8  | keyCount (informational) |
/// | 40 | 4  | sectionCount |
/// | 44 | 4  | container layout version (1) |
/// | 48 | 24 × n | section table: tag (4 ASCII), alignment (UInt32, power of two ≥ 8), offset (UInt64), length (UInt64) |
///
/// Section data follows, each section starting at a multiple of its alignment.
public final class SectionedFile: Sendable {
    /// The path the file was read from, or `<memory>`.
    public let path: String
    /// The payload format version stored in the header.
    public let formatVersion: UInt32
    /// The 4-character purpose tag stored in the header.
    public let kind: String
    /// The key count stored in the header (informational).
    public let keyCount: Int
    /// Total size in bytes.
    public let byteCount: Int
    /// The section tags in file order.
    public var tags: [String] { sections.map(\.tag) }

    /// Maps `path` read-only and validates it. `expectedKind`, when given, must match the header.
    /// `verifyingChecksum: false` skips only the whole-content checksum (the header, bounds and
    /// alignment are still checked): for a file already verified whose identity has not changed.
    public convenience init(path: String, expectedVersion: UInt32, expectedKind: String? = nil,
                            verifyingChecksum: Bool = true) throws(FormatError) {
        let region = try MappedRegion(path: path)
        try self.init(region: region, path: path, expectedVersion: expectedVersion, expectedKind: expectedKind,
                      verifyingChecksum: verifyingChecksum)
    }

    /// Copies `bytes` into aligned memory and validates them like a file.
    public convenience init(bytes: [UInt8], expectedVersion: UInt32, expectedKind: String? = nil, name: String = "<memory>") throws(FormatError) {
        let region = MappedRegion(copying: bytes)
        try self.init(region: region, path: name, expectedVersion: expectedVersion, expectedKind: expectedKind)
    }

    /// The bytes of section `tag`, or nil when the file has no such section.
    public func section(_ tag: String) -> UnsafeRawBufferPointer? {
        guard let s = sections.first(where: { $0.tag == tag }) else { return nil }
        return UnsafeRawBufferPointer(start: region.base.map { $0 + s.offset }, count: s.length)
    }

    /// The bytes of section `tag`, or `FormatError.missingSection`.
    public func requiredSection(_ tag: String) throws(FormatError) -> UnsafeRawBufferPointer {
        guard let s = section(tag) else { throw FormatError.missingSection(path: path, tag: tag) }
        return s
    }

    // MARK: - Machinery

    struct Entry { let tag: String; let offset: Int; let length: Int }
    private let region: MappedRegion
    private let sections: [Entry]

    private init(region: MappedRegion, path: String, expectedVersion: UInt32, expectedKind: String?,
                 verifyingChecksum: Bool = true) throws(FormatError) {
        self.region = region
        self.path = path
        let bytes = UnsafeRawBufferPointer(start: region.base, count: region.count)
        let header = try SectionedLayout.readHeader(bytes, path: path, verifyingChecksum: verifyingChecksum)
        guard header.formatVersion == expectedVersion else {
            throw FormatError.wrongVersion(path: path, found: header.formatVersion, expected: expectedVersion)
        }
        if let expectedKind, header.kind != expectedKind {
            throw FormatError.wrongKind(path: path, found: header.kind, expected: expectedKind)
        }
        formatVersion = header.formatVersion
        kind = header.kind
        keyCount = header.keyCount
        byteCount = region.count
        sections = header.sections
    }
}

/// Why a compiled file could not be opened; every message is one line naming the file.
///
/// ```swift
/// do { _ = try SectionedFile(path: p, expectedVersion: 1) }
/// catch { print(error) }   // "zh.lex: checksum mismatch (stored …, computed …): the file is corrupted"
/// ```
public enum FormatError: Error, Equatable, CustomStringConvertible {
    case ioError(path: String, reason: String)
    case truncated(path: String, expected: Int, actual: Int)
    case badMagic(path: String)
    case unsupportedLayout(path: String, found: UInt32)
    case wrongVersion(path: String, found: UInt32, expected: UInt32)
    case wrongKind(path: String, found: String, expected: String)
    case checksumMismatch(path: String, stored: UInt64, computed: UInt64)
    case sectionOutOfBounds(path: String, tag: String)
    case missingSection(path: String, tag: String)
    case malformedSection(path: String, tag: String, reason: String)
    case invalidTag(String)
    case duplicateSection(tag: String)

    public var description: String {
        switch self {
        case let .ioError(path, reason): return "\(path): cannot read: \(reason)"
        case let .truncated(path, expected, actual):
            return "\(path): truncated (\(actual) bytes, header needs \(expected)): rebuild the file"
        case let .badMagic(path): return "\(path): not a ZhMine compiled file (bad magic)"
        case let .unsupportedLayout(path, found): return "\(path): unsupported container layout \(found)"
        case let .wrongVersion(path, found, expected):
            return "\(path): format version \(found), this build reads version \(expected): rebuild the file"
        case let .wrongKind(path, found, expected): return "\(path): holds '\(found)', expected '\(expected)'"
        case let .checksumMismatch(path, stored, computed):
            return "\(path): checksum mismatch (stored \(hex(stored)), computed \(hex(computed))): the file is corrupted"
        case let .sectionOutOfBounds(path, tag): return "\(path): section '\(tag)' lies outside the file or is misaligned"
        case let .missingSection(path, tag): return "\(path): required section '\(tag)' is missing"
        case let .malformedSection(path, tag, reason): return "\(path): section '\(tag)' is malformed: \(reason)"
        case let .invalidTag(tag): return "invalid section tag '\(tag)': need exactly 4 ASCII characters"
        case let .duplicateSection(tag): return "section '\(tag)' added twice"
        }
    }

    private func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }
}

/// The owner of the bytes a `SectionedFile` views: an `mmap`ed file or an aligned heap copy.
final class MappedRegion: @unchecked Sendable {
    let base: UnsafeRawPointer?
    let count: Int
    private let isMapped: Bool

    init(path: String) throws(FormatError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FormatError.ioError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FormatError.ioError(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size >= SectionedLayout.headerSize else {
            throw FormatError.truncated(path: path, expected: SectionedLayout.headerSize, actual: size)
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw FormatError.ioError(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(p)
        count = size
        isMapped = true
    }

    init(copying bytes: [UInt8]) {
        count = bytes.count
        isMapped = false
        guard !bytes.isEmpty else { base = nil; return }
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: SectionedLayout.maxAlignment)
        bytes.withUnsafeBytes { if let src = $0.baseAddress { p.copyMemory(from: src, byteCount: bytes.count) } }
        base = UnsafeRawPointer(p)
    }

    deinit {
        guard let base else { return }
        if isMapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { base.deallocate() }
    }
}

/// Byte layout shared by the reader and ``SectionedFileWriter``.
enum SectionedLayout {
    static let magic: [UInt8] = Array("ZHMSECT".utf8) + [0x1A]
    static let headerSize = 48
    static let entrySize = 24
    static let layoutVersion: UInt32 = 1
    /// Largest section alignment accepted (a page); heap copies use it too.
    static let maxAlignment = 4096
    static let checksummedFrom = 16

    struct Header {
        var formatVersion: UInt32
        var kind: String
        var keyCount: Int
        var sections: [SectionedFile.Entry]
    }

    static func isValidTag(_ tag: String) -> Bool {
        tag.utf8.count == 4 && tag.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    static func readHeader(_ b: UnsafeRawBufferPointer, path: String, verifyingChecksum: Bool = true) throws(FormatError) -> Header {
        guard b.count >= headerSize else { throw FormatError.truncated(path: path, expected: headerSize, actual: b.count) }
        guard b.prefix(8).elementsEqual(magic) else { throw FormatError.badMagic(path: path) }
        let fileLength = u64(b, 16)
        guard fileLength <= UInt64(Int.max), Int(fileLength) <= b.count else {
            throw FormatError.truncated(path: path, expected: Int(clamping: fileLength), actual: b.count)
        }
        let length = Int(fileLength)
        guard length >= headerSize else { throw FormatError.truncated(path: path, expected: headerSize, actual: length) }
        let layout = u32(b, 44)
        guard layout == layoutVersion else { throw FormatError.unsupportedLayout(path: path, found: layout) }
        let sectionCount = Int(u32(b, 40))
        let tableEnd = headerSize + sectionCount * entrySize
        guard sectionCount <= 4096, tableEnd <= length else {
            throw FormatError.truncated(path: path, expected: tableEnd, actual: length)
        }
        if verifyingChecksum {
            let stored = u64(b, 8)
            let computed = ContentChecksum.hash(UnsafeRawBufferPointer(rebasing: b[checksummedFrom..<length]))
            guard stored == computed else { throw FormatError.checksumMismatch(path: path, stored: stored, computed: computed) }
        }

        var sections: [SectionedFile.Entry] = []
        for i in 0..<sectionCount {
            let at = headerSize + i * entrySize
            let tag = printable(UnsafeRawBufferPointer(rebasing: b[at..<at + 4]))
            guard isValidTag(tag) else { throw FormatError.malformedSection(path: path, tag: tag, reason: "invalid tag") }
            let alignment = u32(b, at + 4)
            let offset = u64(b, at + 8), len = u64(b, at + 16)
            guard alignment >= 8, alignment <= maxAlignment, alignment & (alignment - 1) == 0,
                  offset >= UInt64(tableEnd), offset % UInt64(alignment) == 0,
                  len <= UInt64(length), offset <= UInt64(length) - len
            else { throw FormatError.sectionOutOfBounds(path: path, tag: tag) }
            guard !sections.contains(where: { $0.tag == tag }) else {
                throw FormatError.malformedSection(path: path, tag: tag, reason: "appears twice")
            }
            sections.append(.init(tag: tag, offset: Int(offset), length: Int(len)))
        }
        let kind = printable(UnsafeRawBufferPointer(rebasing: b[28..<32]))
        return Header(formatVersion: u32(b, 24), kind: kind, keyCount: Int(clamping: u64(b, 32)), sections: sections)
    }

    /// Bytes as text for messages: printable ASCII as is, anything else as `\xNN` (so that a
    /// corrupted tag cannot put a line break or a control character into a one-line error).
    static func printable(_ bytes: UnsafeRawBufferPointer) -> String {
        var out = ""
        for byte in bytes {
            if byte >= 0x20 && byte < 0x7F {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    @inline(__always) static func u32(_ b: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
    @inline(__always) static func u64(_ b: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
}
