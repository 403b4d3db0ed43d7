/// A validating UTF-8 decoder that reports the first invalid byte offset.
///
/// Swift's `String(validating:)` says only *that* bytes are invalid; ZhMine's
/// error messages need *where*. Lossy mode substitutes one U+FFFD per maximal
/// invalid subpart, as the Unicode Standard recommends.
enum UTF8Decoding {
    struct Result {
        var scalars: [Unicode.Scalar]
        var firstInvalid: Int?
        var substitutions: Int
        /// Valid multi-byte sequences before the first invalid byte (evidence that the text is UTF-8).
        var multibyteBeforeInvalid = 0
        /// The first invalid sequence is an incomplete sequence cut off by the end of the input.
        var truncatedAtEnd = false
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) -> Result {
        var firstInvalid: Int?
        var substitutions = 0
        var multibyte = 0
        var multibyteBeforeInvalid = 0
        var truncatedAtEnd = false
        let n = bytes.count
        // Every scalar, decoded or substituted, consumes at least one byte: n scalars at most,
        // written straight into the array's storage.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            var i = 0
            var k = 0
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(b0))
                    k += 1
                    i += 1
                    continue
                }
                let (value, length) = decodeMultibyte(bytes, at: i)
                if length > 0 {
                    // `decodeMultibyte` has ruled out surrogates and values past U+10FFFF.
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    k += 1
                    i += length
                    multibyte += 1
                    continue
                }
                if firstInvalid == nil {
                    firstInvalid = i
                    multibyteBeforeInvalid = multibyte
                    truncatedAtEnd = i - length >= n  // the invalid subpart runs to the end of the input
                }
                if !lossy { break }
                (out.baseAddress! + k).initialize(to: "\u{FFFD}")
                k += 1
                substitutions += 1
                i += max(1, -length)
            }
            count = k
        }
        var result = Result(scalars: scalars, firstInvalid: firstInvalid, substitutions: substitutions)
        result.multibyteBeforeInvalid = multibyteBeforeInvalid
        result.truncatedAtEnd = truncatedAtEnd
        return result
    }

    /// Decodes one multi-byte sequence at `i`: (value, length) on success, or
    /// (0, -k) where k is the length of the maximal invalid subpart to skip.
    @inline(__always)
    static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let n = bytes.count
        let b0 = bytes[i]
        @inline(__always) func cont(_ k: Int) -> UInt8? {
            guard i + k < n else { return nil }
            let b = bytes[i + k]
            return b & 0xC0 == 0x80 ? b : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let b1 = cont(1) else { return (0, -1) }
            return (UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F), 2)
        case 0xE0...0xEF:
            guard let b1 = cont(1) else { return (0, -1) }
            if (b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F) { return (0, -1) }
            guard let b2 = cont(2) else { return (0, -2) }
            return (UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
        case 0xF0...0xF4:
            guard let b1 = cont(1) else { return (0, -1) }
            if (b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F) { return (0, -1) }
            guard let b2 = cont(2) else { return (0, -2) }
            guard let b3 = cont(3) else { return (0, -3) }
            return (UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F), 4)
        default:
            return (0, -1)
        }
    }
}

extension String {
    /// Builds a string from Unicode scalars.
    @inlinable
    public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}

/// Encodes scalars as UTF-8 into a byte buffer (no intermediate `String`).
public enum UTF8Encoding {
    @inlinable @inline(__always)
    public static func append(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    @inlinable
    public static func append<C: Collection>(_ scalars: C, to out: inout [UInt8]) where C.Element == Unicode.Scalar {
        for s in scalars { append(s, to: &out) }
    }

    /// Writes the UTF-8 form of `s` at `p[n...]` (room for 4 bytes is the caller's duty) and
    /// returns the index after it: for writers that reserve a line's bytes once.
    @inlinable @inline(__always)
    public static func write(_ s: Unicode.Scalar, to p: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            p[n] = UInt8(truncatingIfNeeded: v)
            return n &+ 1
        } else if v < 0x800 {
            p[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            p[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n &+ 2
        } else if v < 0x10000 {
            p[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            p[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            p[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n &+ 3
        } else {
            p[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            p[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            p[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            p[n &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n &+ 4
        }
    }
}
