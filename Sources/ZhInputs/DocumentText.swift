import ZhText

/// Turns the bytes of a document into text, by format: plain text is decoded (UTF-8/16, GB18030,
/// Big5, detected); HTML is decoded then stripped to its readable text; .docx is unpacked in memory;
/// a PDF (by its bytes, whatever its name) is read through poppler (``PDFText``). Other binary files
/// (images, archives, Office 97 files …) are refused by their signature (``FileSignature``).
///
/// Offsets in records index the text this returns: the file itself for .txt/.md, the extracted
/// text for .html, .docx and .pdf. Empty and whitespace-only documents are errors (nothing to mine).
/// ```swift
/// let text = try DocumentText(limits: InputLimits()).text(of: bytes, format: .html)
/// print(text.encoding, text.scalars.count)
/// ```
public struct DocumentText: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits) {
        self.limits = limits
    }

    public func text(of bytes: [UInt8], format: DocumentFormat) throws(InputError) -> DecodedText {
        if bytes.isEmpty { throw InputError("empty file") }
        var text: DecodedText
        if format == .pdf || FileSignature.sniff(bytes)?.kind == .pdf {
            do {
                return try PDFText(maxTextBytes: limits.maxBytes).text(of: bytes)
            } catch {
                throw InputError(error.description)
            }
        }
        switch format {
        case .text, .pdf:
            text = try decode(bytes)
        case .html:
            text = try decode(bytes)
            text.scalars = HTMLText.extract(text.scalars)
        case .docx:
            let plain = try DOCXText.extract(bytes, limits: limits)
            text = try decode(plain, encoding: .utf8)
            text.reflow = .never  // one paragraph a line
        case .zip:
            throw InputError("nested zip archive: not supported (unpack it and pass its contents)")
        }
        if !text.scalars.contains(where: { !SentenceSplitter.isSpace($0) }) {
            throw InputError("no text (the document is empty or only white space)")
        }
        return text
    }

    // MARK: - Machinery

    private func decode(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws(InputError) -> DecodedText {
        do {
            return try TextDecoder(lossy: limits.lossy).decode(bytes, encoding: encoding)
        } catch {
            throw InputError(error.description)
        }
    }
}
