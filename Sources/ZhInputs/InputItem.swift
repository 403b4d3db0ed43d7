import Foundation

/// One document to process: a file, or an entry of a .zip archive, or something refused on sight.
///
/// ```swift
/// let items = try InputDiscovery(options: InputLimits()).discover(["reports/", "archive.zip"])
/// for item in items { print(item.name, item.format) }
/// // reports/a.txt  text
/// // archive.zip!/2021/b.docx  docx
/// ```
public struct InputItem: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Location: Sendable, Hashable {
        case file(path: String)
        case zipEntry(archive: String, entry: String)
    }

    public var location: Location
    public var format: DocumentFormat
    /// Why the item was refused during discovery (unsafe entry name, nested archive …); nil when it can be read.
    public var refusal: String?

    public init(location: Location, format: DocumentFormat, refusal: String? = nil) {
        self.location = location
        self.format = format
        self.refusal = refusal
    }

    /// The name stored in the archive's `documents.path`: the path, or `archive.zip!/entry`.
    public var name: String {
        switch location {
        case let .file(path): return path
        case let .zipEntry(archive, entry): return archive + "!/" + entry
        }
    }
}

/// The formats ZhMine reads text from, chosen by file extension.
///
/// ```swift
/// DocumentFormat(fileName: "report.HTM")   // .html
/// DocumentFormat(fileName: "plan.docx")    // .docx
/// DocumentFormat(fileName: "scan.pdf")     // .pdf
/// DocumentFormat(fileName: "photo.png")    // nil
/// ```
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text and Markdown (.txt, .md, .markdown, .text).
    case text
    /// HTML (.html, .htm, .xhtml): tags, scripts and styles dropped, block elements become line breaks.
    case html
    /// Word 2007+ (.docx): the text of word/document.xml, one paragraph a line.
    case docx
    /// A .zip archive: its entries are documents.
    case zip
    /// PDF (.pdf): the text layer, through poppler (``PDFText``); reflowed when read.
    case pdf

    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text", "md", "markdown": self = .text
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "zip": self = .zip
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

/// Limits that protect a batch from hostile inputs.
///
/// ```swift
/// var limits = InputLimits()
/// limits.maxBytes = 8 << 20          // refuse documents over 8 MiB (after decompression)
/// limits.include = ["*.txt"]         // only text files from directories and archives
/// ```
public struct InputLimits: Sendable {
    /// The largest document, in bytes as stored (after decompression for zip entries).
    /// 16 MiB: a long report is under 1 MiB; a document far above that is a mistake or an attack.
    public var maxBytes: Int = 16 << 20
    /// The largest uncompressed / compressed size ratio accepted for a zip entry. Report text
    /// deflates 2–5×; anything above this is treated as a zip bomb.
    public var maxCompressionRatio: Int = 100
    /// Entries smaller than this are never judged by ratio (a few KiB of blank lines are harmless).
    public var ratioExemptBytes: Int = 1 << 20
    /// Glob patterns (fnmatch) a file in a directory or archive must match; empty means the
    /// known extensions (.txt .md .html .htm .docx .pdf .zip). Paths named on the command line are always read.
    public var include: [String] = []
    /// Glob patterns (fnmatch) that drop a file found in a directory or archive.
    public var exclude: [String] = []
    /// Decode invalid byte sequences as U+FFFD instead of recording the document as failed.
    public var lossy = false

    public init() {}
}
