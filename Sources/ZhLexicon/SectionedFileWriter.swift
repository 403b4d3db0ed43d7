import Foundation

/// Assembles tagged sections into the bytes of a ``SectionedFile``.
///
/// ```swift
/// var writer = SectionedFileWriter(kind: "LEXI")
/// try writer.add(tag: "RECS", bytes: records)
/// try trie.write(into: &writer)
/// writer.keyCount = trie.count
/// try writer.write(to: "zh.lex", formatVersion: 3)
/// ```
public struct SectionedFileWriter {
    /// The 4-character purpose tag written to the header.
    public var kind: String
    /// The informational key count written to the header.
    public var keyCount: Int
    /// Tags added so far, in order.
    public var tags: [String] { sections.map(\.tag) }

    public init(kind: String = "ZHMN", keyCount: Int = 0) {
        self.kind = kind
        self.keyCount = keyCount
    }

    /// Adds a section. `tag` must be 4 printable ASCII characters and new; `alignment`
    /// a power of two between 8 and 4096.
    public mutating func add(tag: String, bytes: [UInt8], alignment: Int = 8) throws(FormatError) {
        guard SectionedLayout.isValidTag(tag) else { throw FormatError.invalidTag(tag) }
        guard !sections.contains(where: { $0.tag == tag }) else { throw FormatError.duplicateSection(tag: tag) }
        let align = max(8, alignment)
        guard align <= SectionedLayout.maxAlignment, align & (align - 1) == 0 else { throw FormatError.invalidTag(tag) }
        sections.append((tag, bytes, align))
    }

    /// Adds the raw little-endian bytes of an array of fixed-width integers.
    public mutating func add<T: FixedWidthInteger>(tag: String, integers: [T], alignment: Int = 8) throws(FormatError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(integers.count * MemoryLayout<T>.size)
        for v in integers { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        try add(tag: tag, bytes: bytes, alignment: alignment)
    }

    /// The complete file: header, section table, aligned sections, checksum.
    public func bytes(formatVersion: UInt32) -> [UInt8] {
        let tableEnd = SectionedLayout.headerSize + sections.count * SectionedLayout.entrySize
        var offsets: [Int] = []
        var end = tableEnd
        for s in sections {
            end = (end + s.alignment - 1) / s.alignment * s.alignment
            offsets.append(end)
            end += s.bytes.count
        }
        var out = [UInt8](repeating: 0, count: end)
        func put32(_ v: UInt32, _ at: Int) { for i in 0..<4 { out[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) } }
        func put64(_ v: UInt64, _ at: Int) { for i in 0..<8 { out[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) } }
        func putTag(_ t: String, _ at: Int) { for (i, c) in t.utf8.prefix(4).enumerated() { out[at + i] = c } }
        out.replaceSubrange(0..<8, with: SectionedLayout.magic)
        put64(UInt64(end), 16)
        put32(formatVersion, 24)
        putTag(SectionedLayout.isValidTag(kind) ? kind : "ZHMN", 28)
        put64(UInt64(max(0, keyCount)), 32)
        put32(UInt32(sections.count), 40)
        put32(SectionedLayout.layoutVersion, 44)
        for (i, s) in sections.enumerated() {
            let at = SectionedLayout.headerSize + i * SectionedLayout.entrySize
            putTag(s.tag, at)
            put32(UInt32(s.alignment), at + 4)
            put64(UInt64(offsets[i]), at + 8)
            put64(UInt64(s.bytes.count), at + 16)
            out.replaceSubrange(offsets[i]..<offsets[i] + s.bytes.count, with: s.bytes)
        }
        let checksum = out.withUnsafeBytes {
            ContentChecksum.hash(UnsafeRawBufferPointer(rebasing: $0[SectionedLayout.checksummedFrom...]))
        }
        put64(checksum, 8)
        return out
    }

    /// Writes the file atomically (temporary file, then rename).
    public func write(to path: String, formatVersion: UInt32) throws(FormatError) {
        let data = Data(bytes(formatVersion: formatVersion))
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FormatError.ioError(path: path, reason: error.localizedDescription)
        }
    }

    // MARK: - Machinery

    private var sections: [(tag: String, bytes: [UInt8], alignment: Int)] = []
}
