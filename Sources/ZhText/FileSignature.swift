/// What the first bytes of a file say it is, when that is not text: the one place where ZhMine
/// sniffs file signatures ("magic numbers"), so that a PDF, an archive, an image or an Office file is
/// never decoded as if it were text, whatever its name.
///
/// The signatures are an ordered table (``FileSignature/table``): the first whose magic bytes match at
/// its offset names the file. Zip containers are told apart by the entry names near their start
/// (`word/`, `xl/`, `ppt/`, an OpenDocument `mimetype`).
/// ```swift
/// FileSignature.sniff(Array("%PDF-1.7\n".utf8))?.kind        // .pdf
/// FileSignature.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])?.description  // "a PNG image"
/// FileSignature.sniff(Array("经济增长".utf8))                  // nil: text (or unknown)
/// ```
public struct FileSignature: Sendable, Equatable {
    /// The families of non-text files ZhMine recognises.
    public enum Kind: String, Sendable, Equatable {
        /// A PDF document: ZhMine reads its text layer.
        case pdf
        /// A zip container (plain archive, or an Office Open XML / OpenDocument / EPUB file).
        case zip
        /// A compound-file (OLE2) container: .doc, .xls, .ppt of Office 97–2003.
        case ole2
        case image
        /// Other binary formats (compressed streams, executables, databases, media).
        case binary
    }

    public var kind: Kind
    /// What the file is, with its article, for messages: "a PDF document", "an Excel workbook (.xlsx)".
    public var description: String

    /// The signature of `bytes`, or nil when no known binary format matches (it may be text).
    public static func sniff(_ bytes: [UInt8]) -> FileSignature? {
        bytes.withUnsafeBufferPointer { sniff($0) }
    }

    /// The signature of `bytes`, or nil when no known binary format matches (it may be text).
    public static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> FileSignature? {
        for rule in table where rule.matches(bytes) {
            if rule.kind == .zip { return zipFlavour(bytes) }
            return FileSignature(kind: rule.kind, description: rule.description)
        }
        return nil
    }

    // MARK: - The table

    /// One signature: `magic` at byte `offset` (nil bytes in `magic` match anything).
    struct Rule: Sendable {
        var kind: Kind
        var description: String
        var offset: Int
        var magic: [UInt8?]

        func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= offset + magic.count else { return false }
            for (i, m) in magic.enumerated() where m != nil && bytes[offset + i] != m { return false }
            return true
        }
    }

    private static func ascii(_ s: String) -> [UInt8?] { s.utf8.map { $0 } }

    /// The signatures, in the order they are tried.
    static let table: [Rule] = [
        Rule(kind: .pdf, description: "a PDF document", offset: 0, magic: ascii("%PDF-")),
        Rule(kind: .zip, description: "a zip archive", offset: 0, magic: [0x50, 0x4B, 0x03, 0x04]),
        Rule(kind: .zip, description: "a zip archive", offset: 0, magic: [0x50, 0x4B, 0x05, 0x06]),
        Rule(kind: .zip, description: "a zip archive", offset: 0, magic: [0x50, 0x4B, 0x07, 0x08]),
        Rule(kind: .ole2, description: "an Office 97–2003 file (.doc, .xls or .ppt)", offset: 0,
             magic: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        Rule(kind: .image, description: "a PNG image", offset: 0, magic: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        Rule(kind: .image, description: "a JPEG image", offset: 0, magic: [0xFF, 0xD8, 0xFF]),
        Rule(kind: .image, description: "a GIF image", offset: 0, magic: ascii("GIF87a")),
        Rule(kind: .image, description: "a GIF image", offset: 0, magic: ascii("GIF89a")),
        Rule(kind: .image, description: "a TIFF image", offset: 0, magic: [0x49, 0x49, 0x2A, 0x00]),
        Rule(kind: .image, description: "a TIFF image", offset: 0, magic: [0x4D, 0x4D, 0x00, 0x2A]),
        Rule(kind: .image, description: "a WebP image", offset: 0, magic: ascii("RIFF") + [nil, nil, nil, nil] + ascii("WEBP")),
        Rule(kind: .binary, description: "a RIFF media file (audio or video)", offset: 0, magic: ascii("RIFF")),
        Rule(kind: .binary, description: "a gzip-compressed file", offset: 0, magic: [0x1F, 0x8B]),
        Rule(kind: .binary, description: "a 7-Zip archive", offset: 0, magic: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        Rule(kind: .binary, description: "a RAR archive", offset: 0, magic: ascii("Rar!") + [0x1A, 0x07]),
        Rule(kind: .binary, description: "an ELF executable", offset: 0, magic: [0x7F, 0x45, 0x4C, 0x46]),
        Rule(kind: .binary, description: "an SQLite database", offset: 0, magic: ascii("SQLite format 3") + [0x00]),
    ]

    /// Zip containers by the entry names in their first 64 KiB (local headers hold the names).
    static let zipFlavours: [(marker: [UInt8], description: String)] = [
        (Array("word/".utf8), "a Word document (.docx)"),
        (Array("xl/".utf8), "an Excel workbook (.xlsx)"),
        (Array("ppt/".utf8), "a PowerPoint file (.pptx)"),
        (Array("mimetypeapplication/vnd.oasis.opendocument".utf8), "an OpenDocument file (.odt, .ods or .odp)"),
        (Array("mimetypeapplication/epub+zip".utf8), "an EPUB book"),
    ]

    private static func zipFlavour(_ bytes: UnsafeBufferPointer<UInt8>) -> FileSignature {
        let window = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 1 << 16)])
        for flavour in zipFlavours where contains(window, flavour.marker) {
            return FileSignature(kind: .zip, description: flavour.description)
        }
        return FileSignature(kind: .zip, description: "a zip archive")
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        Occurrence.first(of: needle, in: bytes) != nil
    }
}
