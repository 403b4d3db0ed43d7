import CICU

/// UTF-16 ↔ scalars helpers and ICU converter calls, internal to ZhText.
enum ICUConversion {
    struct Result {
        var scalars: [Unicode.Scalar]
        var firstInvalid: Int?
        var substitutions: Int
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, lossy: Bool) throws(TextDecodingError) -> [Unicode.Scalar] {
        try decodeReporting(bytes, charset: charset, lossy: lossy).scalars
    }

    static func decodeReporting(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, lossy: Bool) throws(TextDecodingError) -> Result {
        guard bytes.count < Int(Int32.max) - 2 else { throw .unsupported("input larger than 2 GB") }
        if bytes.isEmpty { return Result(scalars: [], firstInvalid: nil, substitutions: 0) }
        var units = [UInt16](repeating: 0, count: bytes.count + 2)
        var length: Int32 = 0
        var bad: Int64 = -1
        var substitutions: Int32 = 0
        let status = units.withUnsafeMutableBufferPointer { dst in
            cicu_decode(charset, bytes.baseAddress, Int32(bytes.count), dst.baseAddress, Int32(dst.count),
                        lossy ? 1 : 0, &length, &bad, &substitutions)
        }
        switch status {
        case Int32(CICU_OK):
            let scalars = scalarsFromUTF16(units[0..<Int(length)])
            return Result(scalars: scalars, firstInvalid: bad >= 0 ? Int(bad) : nil, substitutions: Int(substitutions))
        case Int32(CICU_INVALID_INPUT):
            throw .invalidBytes(encoding: TextEncoding(name: charset) ?? .gb18030, offset: Int(bad))
        default:
            throw .unsupported("ICU converter \(charset) failed (\(status))")
        }
    }

    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) -> Int {
        do {
            _ = try decode(bytes, charset: charset, lossy: false)
            return -1
        } catch {
            if case let .invalidBytes(_, offset) = error { return offset }
            return -1
        }
    }

    static func confidence(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) -> Int {
        Int(cicu_detect_confidence(bytes.baseAddress, Int32(bytes.count), charset))
    }

    /// Encodes scalars in an ICU charset (used by tests and tools that make sample files).
    static func encode(_ scalars: [Unicode.Scalar], charset: String) throws(TextDecodingError) -> [UInt8] {
        let units = utf16(scalars)
        var capacity = units.count * 4 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var length: Int32 = 0
            var bad: Int64 = -1
            let status = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_encode(charset, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &length, &bad)
                }
            }
            switch status {
            case Int32(CICU_OK): return Array(out[0..<Int(length)])
            case Int32(CICU_BUFFER_TOO_SMALL): capacity *= 2
            case Int32(CICU_INVALID_INPUT):
                throw .unsupported("character at UTF-16 offset \(bad) has no \(charset) form")
            default:
                throw .unsupported("ICU converter \(charset) failed (\(status))")
            }
        }
    }

    static func utf16(_ scalars: some Collection<Unicode.Scalar>) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        for s in scalars {
            let v = s.value
            if v < 0x10000 {
                units.append(UInt16(v))
            } else {
                let w = v - 0x10000
                units.append(UInt16(0xD800 + (w >> 10)))
                units.append(UInt16(0xDC00 + (w & 0x3FF)))
            }
        }
        return units
    }

    static func scalarsFromUTF16(_ units: some Collection<UInt16>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var pendingHigh: UInt16 = 0
        for u in units {
            if pendingHigh != 0 {
                if u >= 0xDC00 && u <= 0xDFFF {
                    let v = 0x10000 + ((UInt32(pendingHigh) - 0xD800) << 10) + (UInt32(u) - 0xDC00)
                    scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                    pendingHigh = 0
                    continue
                }
                scalars.append("\u{FFFD}")
                pendingHigh = 0
            }
            if u >= 0xD800 && u <= 0xDBFF {
                pendingHigh = u
            } else {
                scalars.append(Unicode.Scalar(UInt32(u)) ?? "\u{FFFD}")
            }
        }
        if pendingHigh != 0 { scalars.append("\u{FFFD}") }
        return scalars
    }
}

/// Encodes text in one of the supported encodings (ICU converters).
///
/// ```swift
/// let gbk = try TextEncoder.encode("经济增长", as: .gb18030)
/// ```
public enum TextEncoder {
    public static func encode(_ text: String, as encoding: TextEncoding) throws(TextDecodingError) -> [UInt8] {
        if encoding == .utf8 { return Array(text.utf8) }
        return try ICUConversion.encode(Array(text.unicodeScalars), charset: encoding.icuName)
    }
}
