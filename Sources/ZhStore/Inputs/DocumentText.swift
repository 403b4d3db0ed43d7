import ZhText

/// Turns the bytes of a document into text, by format: plain text is decoded (UTF-8/16, GB18030,
/// Big5, detected); HTML is decoded then stripped to its readable text; .docx is unpacked in memory.
///
/// Offsets in records index the text this returns: the file itself for .txt/.md, the extracted
/// text for .html and .docx. Empty and whitespace-only documents are errors (nothing to mine).
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
        switch format {
        case .text:
            text = try decode(bytes)
        case .html:
            text = try decode(bytes)
            text.scalars = HTMLText.extract(text.scalars)
        case .docx:
            let plain = try DOCXText.extract(bytes, limits: limits)
            text = try decode(plain, encoding: .utf8)
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
