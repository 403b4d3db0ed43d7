/// Where a short run of elements occurs in a longer one: the one substring scan of the package,
/// used on scalars (the diff reader locating a clause) and on bytes (file signatures, the panel's
/// word tests on UTF-8, where a word occurs in the bytes exactly when it occurs in the scalars).
///
/// ```swift
/// Occurrence.first(of: Array("增长".unicodeScalars), in: Array("GDP增长5%".unicodeScalars))   // 3
/// Occurrence.first(of: Array("PK".utf8), in: Array("xxPK".utf8), from: 1)                // 2
/// ```
public enum Occurrence {
    /// The first index at or after `from` where `needle` starts in `haystack`, or nil (nil for an
    /// empty needle too). A direct scan: the needles are words, a few elements long.
    @inlinable
    public static func first<Haystack: RandomAccessCollection, Needle: RandomAccessCollection>(
        of needle: Needle, in haystack: Haystack, from: Int = 0
    ) -> Int? where Haystack.Index == Int, Needle.Index == Int, Haystack.Element == Needle.Element, Needle.Element: Equatable {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let n0 = needle.startIndex, h0 = haystack.startIndex
        var i = max(0, from)
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[h0 + i] == first {
                var k = 1
                while k < needle.count, haystack[h0 + i + k] == needle[n0 + k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
