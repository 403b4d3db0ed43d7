/// A character encoding ZhMine can decode.
///
/// ```swift
/// TextEncoding(name: "gbk")   // .gb18030 (GB18030 is a superset of GBK and GB2312)
/// TextEncoding.big5.icuName   // "Big5"
/// ```
public enum TextEncoding: String, Sendable, CaseIterable, CustomStringConvertible {
    case utf8 = "utf8"
    case utf16LE = "utf16le"
    case utf16BE = "utf16be"
    case gb18030 = "gb18030"
    case big5 = "big5"

    /// Parses a user-facing name: utf8, utf-8, utf16 (little-endian unless a BOM says
    /// otherwise), utf16le, utf16be, gb18030, gbk, gb2312, big5 (case-insensitive).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "big5", "cp950": self = .big5
        default: return nil
        }
    }

    /// The converter name ICU knows this encoding by.
    public var icuName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        case .big5: return "Big5"
        }
    }

    public var description: String { icuName }
}
