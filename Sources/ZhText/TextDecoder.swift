import CICU

/// Decoded text: the Unicode scalars of a file and how they were obtained.
///
/// ```swift
/// let text = try TextDecoder().decode(bytes)
/// print(text.encoding, text.string)
/// ```
public struct DecodedText: Sendable {
    /// The text as Unicode scalars; record offsets index this array.
    public var scalars: [Unicode.Scalar]
    /// The encoding that was used (detected or requested).
    public var encoding: TextEncoding
    /// Whether a byte-order mark was present (and skipped).
    public var hadByteOrderMark: Bool
    /// How many invalid sequences were replaced by U+FFFD (lossy decoding only).
    public var substitutions: Int
    /// The byte offset of the first invalid sequence (lossy decoding only).
    public var firstInvalidOffset: Int?
    /// Whether reading reflows the text (``Reflow``): `.always` for a PDF, by default when it looks hard-wrapped.
    public var reflow: ReflowPolicy = .whenHardWrapped

    public init(scalars: [Unicode.Scalar], encoding: TextEncoding, hadByteOrderMark: Bool = false,
                substitutions: Int = 0, firstInvalidOffset: Int? = nil) {
        self.scalars = scalars
        self.encoding = encoding
        self.hadByteOrderMark = hadByteOrderMark
        self.substitutions = substitutions
        self.firstInvalidOffset = firstInvalidOffset
    }

    /// The text as a Swift string.
    public var string: String { String(scalars: scalars) }
}

/// Turns the bytes of a file into text, detecting the encoding when asked.
///
/// A byte-order mark selects UTF-8, UTF-16LE or UTF-16BE. Without one the
/// decoder tries UTF-8, then GB18030 (a superset of GBK and GB2312) and Big5,
/// keeping those that decode without error and, when both Chinese encodings
/// do, asking ICU's statistical detector which is likelier. Invalid input is an
/// error naming the first bad byte; `lossy` substitutes U+FFFD instead. Text
/// with control characters that only binary files contain is refused, and so are
/// bytes whose signature names a binary format (``FileSignature``: PDF, zip, image …).
///
/// ```swift
/// let decoder = TextDecoder()
/// let text = try decoder.decode(Array("經濟增長".utf8))        // .utf8
/// let gbk = try decoder.decode(gbkBytes)                       // .gb18030, detected
/// let big5 = try decoder.decode(big5Bytes, encoding: .big5)    // forced
/// ```
public struct TextDecoder: Sendable {
    /// Substitute U+FFFD for invalid sequences instead of failing.
    public var lossy: Bool
    /// Refuse text containing NUL or other C0 controls (except tab, line breaks and form feed).
    public var rejectBinary: Bool
    /// With `rejectBinary`, also refuse bytes that start with a binary format's signature
    /// (off for the later chunks of a stream, which do not start a file).
    public var sniffSignature = true

    public init(lossy: Bool = false, rejectBinary: Bool = true) {
        self.lossy = lossy
        self.rejectBinary = rejectBinary
    }

    /// Decodes `bytes`; `encoding == nil` means detect.
    public func decode(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws(TextDecodingError) -> DecodedText {
        if rejectBinary, sniffSignature, let signature = FileSignature.sniff(bytes) {
            throw .notText(signature.description)
        }
        let text = try bytes.withUnsafeBufferPointer { (buffer) throws(TextDecodingError) -> DecodedText in
            try decode(buffer, encoding: encoding)
        }
        if rejectBinary, let (offset, value) = Self.firstBinaryControl(text.scalars) {
            throw .binary(offset: offset, byte: value)
        }
        return text
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, encoding requested: TextEncoding?) throws(TextDecodingError) -> DecodedText {
        // A byte-order mark decides, unless the caller forced something incompatible.
        if let (bomEncoding, bomLength) = Self.byteOrderMark(bytes),
           requested == nil || requested == bomEncoding || (requested == .utf16LE && bomEncoding == .utf16BE) {
            let body = UnsafeBufferPointer(rebasing: bytes[bomLength...])
            var text = try decodeKnown(body, bomEncoding, baseOffset: bomLength)
            text.hadByteOrderMark = true
            return text
        }
        if let requested {
            return try decodeKnown(bytes, requested, baseOffset: 0)
        }
        // Detection: UTF-8 first (cheap, and valid UTF-8 is almost never anything else).
        let utf8 = UTF8Decoding.decode(bytes, lossy: false)
        if utf8.firstInvalid == nil {
            return DecodedText(scalars: utf8.scalars, encoding: .utf8)
        }
        let utf8Offset = utf8.firstInvalid ?? 0
        // Corrupted or truncated UTF-8 must not be "detected" as GB18030 mojibake: a file whose
        // only flaw is a sequence cut off at the end, or that had many valid UTF-8 sequences
        // before its first error, is UTF-8 with an error.
        if utf8.truncatedAtEnd || utf8.multibyteBeforeInvalid >= Self.utf8EvidenceThreshold {
            return try decodeKnown(bytes, .utf8, baseOffset: 0)
        }
        // A candidate must also read like text: random binary decodes "validly" in GB18030
        // (its user-defined areas are private-use characters) and Big5 (0x80 → U+0080).
        let gb = (try? ICUConversion.decode(bytes, charset: "GB18030", lossy: false)).flatMap(Self.plausible)
        let big5 = (try? ICUConversion.decode(bytes, charset: "Big5", lossy: false)).flatMap(Self.plausible)
        switch (gb, big5) {
        case let (gb?, big5?):
            // Both decode: ask ICU's detector, then prefer the text with fewer rare characters.
            let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 1 << 16)])
            let gbConfidence = ICUConversion.confidence(sample, charset: "GB18030")
            let big5Confidence = ICUConversion.confidence(sample, charset: "Big5")
            if gbConfidence != big5Confidence {
                return gbConfidence > big5Confidence
                    ? DecodedText(scalars: gb, encoding: .gb18030)
                    : DecodedText(scalars: big5, encoding: .big5)
            }
            return Self.rareCount(big5) < Self.rareCount(gb)
                ? DecodedText(scalars: big5, encoding: .big5)
                : DecodedText(scalars: gb, encoding: .gb18030)
        case let (gb?, nil):
            return DecodedText(scalars: gb, encoding: .gb18030)
        case let (nil, big5?):
            return DecodedText(scalars: big5, encoding: .big5)
        case (nil, nil):
            if lossy {
                // Lossy without a clear encoding: UTF-8 is the least surprising guess.
                let result = UTF8Decoding.decode(bytes, lossy: true)
                return DecodedText(scalars: result.scalars, encoding: .utf8,
                                   substitutions: result.substitutions, firstInvalidOffset: result.firstInvalid)
            }
            let gbOffset = ICUConversion.firstInvalidOffset(bytes, charset: "GB18030")
            let big5Offset = ICUConversion.firstInvalidOffset(bytes, charset: "Big5")
            throw .undetectable(utf8Offset: utf8Offset, gb18030Offset: gbOffset, big5Offset: big5Offset)
        }
    }

    private func decodeKnown(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding,
                             baseOffset: Int) throws(TextDecodingError) -> DecodedText {
        switch encoding {
        case .utf8:
            let result = UTF8Decoding.decode(bytes, lossy: lossy)
            if let bad = result.firstInvalid, !lossy {
                throw .invalidBytes(encoding: .utf8, offset: bad + baseOffset)
            }
            return DecodedText(scalars: result.scalars, encoding: .utf8, substitutions: result.substitutions,
                               firstInvalidOffset: result.firstInvalid.map { $0 + baseOffset })
        default:
            do {
                let result = try ICUConversion.decodeReporting(bytes, charset: encoding.icuName, lossy: lossy)
                return DecodedText(scalars: result.scalars, encoding: encoding, substitutions: result.substitutions,
                                   firstInvalidOffset: result.firstInvalid.map { $0 + baseOffset })
            } catch let error {
                if case let .invalidBytes(_, offset) = error {
                    throw .invalidBytes(encoding: encoding, offset: offset + baseOffset)
                }
                throw error
            }
        }
    }

    /// Valid multi-byte UTF-8 sequences before an error that make UTF-8 the only plausible reading
    /// (GB18030 or Big5 text rarely forms more than a couple by chance).
    static let utf8EvidenceThreshold = 8

    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// The first control character that does not belong in text: C0 controls other
    /// than tab, line feed, vertical tab, form feed and carriage return, and DEL.
    /// A single trailing 0x1A (DOS end-of-file) is tolerated.
    static func firstBinaryControl(_ scalars: [Unicode.Scalar]) -> (Int, UInt32)? {
        for (i, s) in scalars.enumerated() {
            let v = s.value
            guard v < 0x20 || v == 0x7F else { continue }
            if v == 0x09 || v == 0x0A || v == 0x0B || v == 0x0C || v == 0x0D { continue }
            if v == 0x1A && i == scalars.count - 1 { continue }
            return (i, v)
        }
        return nil
    }

    /// `scalars` unless they hold C1 control characters or more private-use characters than
    /// a document plausibly has (over 1 % of the non-ASCII scalars, and more than 2).
    static func plausible(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var nonASCII = 0, privateUse = 0
        for s in scalars where s.value >= 0x80 {
            nonASCII += 1
            switch s.value {
            case 0x80...0x9F: return nil
            case 0xE000...0xF8FF, 0xF0000...0x10FFFF: privateUse += 1
            default: break
            }
        }
        return privateUse > 2 && privateUse * 100 > nonASCII ? nil : scalars
    }

    /// Characters unlikely in Chinese prose: private use, compatibility ideographs,
    /// Hangul, rare CJK extensions and control pictures. Used only to break ties.
    static func rareCount(_ scalars: [Unicode.Scalar]) -> Int {
        var rare = 0
        for s in scalars {
            let han = CharClass.flags(s)
            if han.contains(.han) {
                if !han.contains(.commonHan) { rare += 1 }
                continue
            }
            switch s.value {
            case 0xE000...0xF8FF, 0xAC00...0xD7AF, 0x2400...0x24FF: rare += 1
            default: break
            }
        }
        return rare
    }
}
