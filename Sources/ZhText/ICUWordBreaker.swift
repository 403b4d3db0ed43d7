import CICU
import Foundation

/// ICU's own dictionary-based word segmentation (BreakIterator), kept as a baseline.
///
/// ```swift
/// let breaker = ICUWordBreaker()
/// breaker?.boundaries(in: Array("推动经济发展".unicodeScalars))   // [0, 2, 4, 6]
/// ```
public final class ICUWordBreaker: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    private let lock = NSLock()

    public init?() {
        guard let h = cicu_break_open(Int32(CICU_BREAK_WORD)) else { return nil }
        handle = h
    }

    deinit { cicu_break_close(handle) }

    /// Boundary offsets in scalars, including 0 and `text.count`.
    public func boundaries(in text: [Unicode.Scalar]) -> [Int] {
        if text.isEmpty { return [0] }
        let units = ICUConversion.utf16(text)
        var raw = [Int32](repeating: 0, count: units.count + 2)
        let n = lock.withLock {
            units.withUnsafeBufferPointer { src in
                raw.withUnsafeMutableBufferPointer { dst in
                    cicu_break_boundaries(handle, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count))
                }
            }
        }
        guard n > 0 else { return [0, text.count] }
        // UTF-16 offsets → scalar offsets.
        var scalarAt = [Int32](repeating: 0, count: units.count + 1)
        var s: Int32 = 0
        var u = 0
        while u < units.count {
            scalarAt[u] = s
            if units[u] >= 0xD800 && units[u] <= 0xDBFF && u + 1 < units.count {
                scalarAt[u + 1] = s
                u += 2
            } else {
                u += 1
            }
            s += 1
        }
        scalarAt[units.count] = s
        return raw[0..<Int(n)].map { Int(scalarAt[Int($0)]) }
    }
}

/// Versions of the ICU library and data this binary runs with.
public enum ICUInfo {
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, 32)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    public static var dataVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_data_version(&buffer, 32)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
