/// Why a sequence of bytes could not be read as text.
///
/// Every case names a byte offset where one helps, so that the CLI can print
/// one line such as `report.txt: invalid GB18030 at byte 1043`.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not valid in the (given or detected) encoding.
    case invalidBytes(encoding: TextEncoding, offset: Int)
    /// The bytes are not valid UTF-8, GB18030 or Big5.
    case undetectable(utf8Offset: Int, gb18030Offset: Int, big5Offset: Int)
    /// The bytes decode, but contain control characters that only binary files have.
    case binary(offset: Int, byte: UInt32)
    /// The bytes are a known binary format (``FileSignature``), named here: "a PDF document".
    case notText(String)
    /// ICU failed or lacks a converter.
    case unsupported(String)

    public var description: String {
        switch self {
        case let .invalidBytes(encoding, offset):
            return "invalid \(encoding) at byte \(offset)"
        case let .undetectable(u, g, b):
            // A negative offset: the bytes decode, but to control or private-use characters, not text.
            func reason(_ name: String, _ offset: Int) -> String {
                offset >= 0 ? "\(name) at byte \(offset)" : "\(name) decodes to no plausible text"
            }
            return "not text in UTF-8, GB18030 or Big5 (invalid \(reason("UTF-8", u)), \(reason("GB18030", g)), \(reason("Big5", b))); use --encoding or --lossy"
        case let .binary(offset, byte):
            return "looks like a binary file (control character 0x\(String(byte, radix: 16, uppercase: true)) at character \(offset))"
        case let .notText(what):
            return "is \(what), not text"
        case let .unsupported(what):
            return "cannot decode: \(what)"
        }
    }
}
