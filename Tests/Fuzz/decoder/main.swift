// Harness: TextDecoder — detection, forced encodings, lossy decoding.
// Input: the bytes of a file. Invariants: strict decoding either succeeds or throws an
// error whose offsets lie in the input; UTF-8 that decodes strictly re-encodes to the
// same bytes; lossy decoding without the binary check never throws and counts its
// substitutions consistently.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    checkStrict(bytes, encoding: nil)
    // A forced encoding chosen by the input's length, so every encoding gets exercised.
    let forced = TextEncoding.allCases[size % TextEncoding.allCases.count]
    checkStrict(bytes, encoding: forced)
    checkLossy(bytes, encoding: nil)
    checkLossy(bytes, encoding: forced)
    return 0
}

func checkStrict(_ bytes: [UInt8], encoding: TextEncoding?) {
    do {
        let text = try TextDecoder().decode(bytes, encoding: encoding)
        fuzzRequire(text.substitutions == 0 && text.firstInvalidOffset == nil, "strict decoding substituted")
        if text.encoding == .utf8 {
            let body = text.hadByteOrderMark ? Array(bytes.dropFirst(3)) : bytes
            let again = Array(String(scalars: text.scalars).utf8)
            fuzzRequire(again == body, "UTF-8 round trip differs (\(bytes.count) bytes)")
        }
        if encoding == nil, !text.hadByteOrderMark, text.encoding == .utf16LE || text.encoding == .utf16BE {
            fuzzRequire(false, "detection chose UTF-16 without a byte-order mark")
        }
    } catch {
        switch error {
        case let .invalidBytes(_, offset):
            fuzzRequire(offset >= 0 && offset <= bytes.count, "invalid-bytes offset \(offset) outside \(bytes.count)")
        case let .undetectable(u, g, b):
            fuzzRequire(u >= 0 && u <= bytes.count, "utf8 offset \(u)")
            fuzzRequire(g >= -1 && g <= bytes.count && b >= -1 && b <= bytes.count, "offsets \(g) \(b)")
        case let .binary(offset, value):
            fuzzRequire(offset >= 0 && offset < bytes.count, "binary offset \(offset)")
            fuzzRequire(value < 0x20 || value == 0x7F, "binary value \(value)")
        case .notText:
            fuzzRequire(FileSignature.sniff(bytes) != nil, "notText without a signature")
        case .unsupported:
            fuzzRequire(false, "unsupported: \(error)")
        }
        fuzzRequire(!error.description.isEmpty, "empty message")
    }
}

func checkLossy(_ bytes: [UInt8], encoding: TextEncoding?) {
    do {
        let text = try TextDecoder(lossy: true, rejectBinary: false).decode(bytes, encoding: encoding)
        fuzzRequire((text.substitutions == 0) == (text.firstInvalidOffset == nil),
                    "substitutions \(text.substitutions) vs first invalid \(String(describing: text.firstInvalidOffset))")
        if let first = text.firstInvalidOffset {
            fuzzRequire(first >= 0 && first < bytes.count, "first invalid \(first) outside \(bytes.count)")
        }
        fuzzRequire(text.scalars.count <= bytes.count, "\(text.scalars.count) scalars from \(bytes.count) bytes")
    } catch {
        fuzzRequire(false, "lossy decoding threw \(error)")
    }
}
