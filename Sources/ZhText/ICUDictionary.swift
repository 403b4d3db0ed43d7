import CICU

/// ICU's own CJK word dictionary (`cjdict` in ICU's break-iterator data): ~316k words with costs.
///
/// It ships with every libicu, so it is ZhMine's always-available general lexicon.
/// Costs run from about 27 to 251; lower means more frequent.
///
/// ```swift
/// let count = ICUDictionary.forEachWord { word, cost in
///     if String(scalars: word) == "经济" { print(cost) }
/// }
/// ```
public enum ICUDictionary {
    /// Calls `body` with every word (as scalars) and its ICU cost. Returns the number
    /// of words, or nil when this ICU has no CJK dictionary.
    @discardableResult
    public static func forEachWord(_ body: ([Unicode.Scalar], Int) -> Void) -> Int? {
        typealias Body = ([Unicode.Scalar], Int) -> Void
        return withoutActuallyEscaping(body) { escapable -> Int? in
            var box: Body = escapable
            var count: Int64 = 0
            let status = withUnsafeMutablePointer(to: &box) { pointer -> Int32 in
                cicu_cjdict_enumerate(UnsafeMutableRawPointer(pointer), { context, word, length, cost in
                    guard let context, let word else { return 0 }
                    let body = context.assumingMemoryBound(to: Body.self).pointee
                    let units = UnsafeBufferPointer(start: word, count: Int(length))
                    body(ICUConversion.scalarsFromUTF16(units), Int(cost))
                    return 0
                }, &count)
            }
            return status == Int32(CICU_OK) ? Int(count) : nil
        }
    }

    /// The file the dictionary is mapped from (libicudata), when the loader can tell.
    public static func location() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard cicu_cjdict_location(&buffer, Int32(buffer.count)) == Int32(CICU_OK) else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A content fingerprint of the dictionary data: (size in bytes, 64-bit hash), or nil.
    public static func fingerprint() -> (size: UInt64, hash: UInt64)? {
        var size: UInt64 = 0, hash: UInt64 = 0
        guard cicu_cjdict_fingerprint(&size, &hash) == Int32(CICU_OK) else { return nil }
        return (size, hash)
    }
}
