import Foundation
import ZIPFoundation

/// The text of a Word 2007+ document: the `<w:t>` runs of word/document.xml, one paragraph a line,
/// `<w:tab/>` as a tab and `<w:br/>` as a line break. Deleted revisions (`<w:delText>`) and field
/// codes (`<w:instrText>`) are not text and are left out. The .docx is read in memory, under the
/// same size and compression-ratio limits as any zip entry.
///
/// ```swift
/// let text = try DOCXText.extract(docxBytes, limits: InputLimits())
/// // "株洲市2021年政府工作报告\n一、过去一年工作回顾\n…"
/// ```
public enum DOCXText {
    public static func extract(_ docx: [UInt8], limits: InputLimits) throws(InputError) -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(docx), accessMode: .read)
        } catch {
            throw InputError("not a .docx file (not a zip archive)")
        }
        guard let entry = archive["word/document.xml"] else {
            throw InputError("not a .docx file (no word/document.xml)")
        }
        let maxXML = limits.maxBytes.multipliedReportingOverflow(by: 8)  // markup is several times the text
        let xml: [UInt8]
        do {
            xml = try archive.boundedContents(of: entry, maxBytes: maxXML.overflow ? Int.max : maxXML.partialValue, limits: limits)
        } catch Archive.BoundTrip.tooLarge {
            throw InputError("word/document.xml is larger than 8 × --max-bytes")
        } catch Archive.BoundTrip.ratio {
            throw InputError("zip bomb refused: word/document.xml decompresses to more than \(limits.maxCompressionRatio) times its size")
        } catch {
            throw InputError("cannot read word/document.xml (\(InputDiscovery.describe(error)))")
        }
        return WordXMLText.text(of: xml)
    }
}

/// A small walker over WordprocessingML bytes that keeps the text of `<w:t>` elements.
///
/// ```swift
/// WordXMLText.text(of: Array("<w:p><w:r><w:t>增长8%</w:t></w:r></w:p>".utf8))   // "增长8%\n" as UTF-8
/// ```
public enum WordXMLText {
    public static func text(of xml: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(xml.count / 4)
        var i = 0
        let n = xml.count
        var inText = false
        var propertiesDepth = 0  // inside <w:pPr>/<w:rPr>, <w:tab> is a tab stop, not a tab
        while i < n {
            let b = xml[i]
            if b == UInt8(ascii: "<") {
                guard let close = firstIndex(of: UInt8(ascii: ">"), in: xml, from: i + 1) else { break }
                var nameStart = i + 1
                let closing = nameStart < close && xml[nameStart] == UInt8(ascii: "/")
                if closing { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < close, !isDelimiter(xml[nameEnd]) { nameEnd += 1 }
                let selfClosing = close > i + 1 && xml[close - 1] == UInt8(ascii: "/")
                let name = xml[nameStart..<nameEnd]
                if equals(name, "w:t") {
                    inText = !closing && !selfClosing
                } else if equals(name, "w:pPr") || equals(name, "w:rPr") || equals(name, "w:tabs") {
                    if !selfClosing { propertiesDepth = max(0, propertiesDepth + (closing ? -1 : 1)) }
                } else if !closing, propertiesDepth == 0 {
                    if equals(name, "w:tab") { out.append(0x09) }
                    else if equals(name, "w:br") || equals(name, "w:cr") { out.append(0x0A) }
                    else if equals(name, "w:noBreakHyphen") { out.append(UInt8(ascii: "-")) }
                    else if equals(name, "w:p") && selfClosing { out.append(0x0A) }
                } else if closing, equals(name, "w:p") {
                    out.append(0x0A)
                }
                i = close + 1
                continue
            }
            if inText {
                if b == UInt8(ascii: "&"), let (bytes, length) = reference(xml, at: i) {
                    out.append(contentsOf: bytes)
                    i += length
                    continue
                }
                out.append(b)
            }
            i += 1
        }
        return out
    }

    // MARK: - Machinery

    static func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "/") || b == UInt8(ascii: ">")
    }

    static func equals(_ slice: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        guard slice.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { buffer in
            var j = slice.startIndex
            for c in buffer {
                if slice[j] != c { return false }
                j += 1
            }
            return true
        }
    }

    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// An XML character reference at `i` as UTF-8, and its length in bytes.
    static func reference(_ xml: [UInt8], at i: Int) -> ([UInt8], Int)? {
        guard let semicolon = firstIndex(of: UInt8(ascii: ";"), in: xml, from: i + 1), semicolon - i <= 12 else { return nil }
        let body = String(decoding: xml[(i + 1)..<semicolon], as: UTF8.self)
        guard let (scalars, _) = CharacterReferences.decode(Array(("&" + body + ";").unicodeScalars), at: 0) else { return nil }
        return (Array(String(scalars).utf8), semicolon + 1 - i)
    }
}
