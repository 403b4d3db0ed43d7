import CPDF

/// The text layer of a PDF, through poppler (the CPDF shim, which opens libpoppler-cpp on the first PDF
/// rather than linking it into every process): reading order, one line of the page a
/// line, pages separated by a form feed (U+000C). Offsets in records index this text, which is what
/// `zhmine text X.pdf` prints.
///
/// A document that needs a password, that poppler cannot parse, that has more than `maxPages` pages,
/// whose text passes `maxTextBytes`, or whose pages hold no text (a scan) is a ``PDFReadError`` with a
/// one-line reason. Object nesting is bounded by poppler's parser (its recursion limit), the file size
/// by the caller (`--max-bytes`).
/// ```swift
/// let text = try PDFText(maxPages: 2000).text(of: bytes)
/// print(text.scalars.count, text.encoding)   // …, utf8
/// ```
public struct PDFText: Sendable {
    /// The most pages a document may have: a long budget report has a few hundred; a PDF bomb has millions.
    public var maxPages: Int
    /// The most UTF-8 bytes of text read from the document.
    public var maxTextBytes: Int

    public init(maxPages: Int = 2000, maxTextBytes: Int = 64 << 20) {
        self.maxPages = maxPages
        self.maxTextBytes = maxTextBytes
    }

    /// The decoded text of the PDF `bytes`; its `reflow` is `.always` (a PDF's lines are its layout's).
    public func text(of bytes: [UInt8]) throws(PDFReadError) -> DecodedText {
        var out: UnsafeMutablePointer<CChar>?
        var length = 0
        var pages: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            cpdf_extract_text(buffer.baseAddress, buffer.count, Int32(clamping: maxPages), max(0, maxTextBytes),
                              &out, &length, &pages)
        }
        defer { cpdf_free(out) }
        switch Int(status) {
        case Int(CPDF_OK): break
        case Int(CPDF_DAMAGED): throw .damaged
        case Int(CPDF_ENCRYPTED): throw .encrypted
        case Int(CPDF_TOO_MANY_PAGES): throw .tooManyPages(Int(pages), limit: maxPages)
        case Int(CPDF_TOO_MUCH_TEXT): throw .tooMuchText(limit: maxTextBytes)
        case Int(CPDF_UNAVAILABLE): throw .popplerUnavailable
        default: throw .failure
        }
        let utf8 = UnsafeBufferPointer(start: out.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }, count: length)
        let decoded = UTF8Decoding.decode(utf8, lossy: true)
        // Poppler's own controls aside (form feeds between pages), C0 controls are not text.
        var scalars = decoded.scalars
        scalars.removeAll { $0.value < 0x20 && $0 != "\n" && $0 != "\u{0C}" && $0 != "\t" }
        if !scalars.contains(where: { !SentenceSplitter.isSpace($0) && $0 != "\u{0C}" }) {
            throw .noText(pages: Int(pages))
        }
        var text = DecodedText(scalars: scalars, encoding: .utf8)
        text.reflow = .always
        return text
    }

    /// The poppler version opened for PDF input, e.g. "22.12.0" ("unavailable" without libpoppler-cpp).
    public static var popplerVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cpdf_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why a PDF's text could not be read: one line, without the file's name (the caller adds it).
///
/// ```swift
/// PDFReadError.noText(pages: 3).description   // "has no text layer (3 pages): scanned? …"
/// ```
public enum PDFReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case damaged
    case encrypted
    case tooManyPages(Int, limit: Int)
    case tooMuchText(limit: Int)
    case noText(pages: Int)
    case popplerUnavailable
    case failure

    public var description: String {
        switch self {
        case .damaged: return "damaged PDF: poppler cannot read it"
        case .encrypted: return "encrypted PDF: it needs a password"
        case let .tooManyPages(n, limit): return "PDF has \(n) pages, more than the limit of \(limit): refused"
        case let .tooMuchText(limit): return "PDF text passes \(limit) bytes: refused"
        case let .noText(pages): return "has no text layer (\(pages) page\(pages == 1 ? "" : "s")): scanned? (run OCR first)"
        case .popplerUnavailable: return "PDF input needs libpoppler-cpp, which could not be opened (apt install libpoppler-cpp0v5)"
        case .failure: return "PDF could not be read (poppler failed)"
        }
    }
}

extension TextDecoder {
    /// The text of a document's bytes, by what they are: a PDF's text layer (``PDFText``), otherwise the
    /// bytes decoded as text (other binary formats are refused by their ``FileSignature``). Throws a
    /// ``PDFReadError`` or a ``TextDecodingError``, each one line.
    /// ```swift
    /// let text = try TextDecoder().decodeDocument(bytes)   // a .txt, or a PDF whatever its name
    /// ```
    public func decodeDocument(_ bytes: [UInt8], encoding: TextEncoding? = nil, pdf: PDFText = PDFText()) throws -> DecodedText {
        if FileSignature.sniff(bytes)?.kind == .pdf { return try pdf.text(of: bytes) }
        return try decode(bytes, encoding: encoding)
    }
}
