import CICU
import Foundation

/// An ICU transliterator ("Traditional-Simplified", "Han-Latin", …), safe to share between threads.
///
/// ICU transliterators keep state while they run, so calls are serialised by a lock.
///
/// ```swift
/// let t = try Transliterator(id: "Traditional-Simplified")
/// t.transform("經濟增長")   // "经济增长"
/// ```
public final class Transliterator: @unchecked Sendable {
    public let id: String
    private let handle: OpaquePointer
    private let lock = NSLock()

    public struct UnknownTransliterator: Error, CustomStringConvertible {
        public let id: String
        public var description: String { "ICU has no transliterator \"\(id)\"" }
    }

    public init(id: String) throws(UnknownTransliterator) {
        guard let raw = cicu_translit_open(id) else { throw UnknownTransliterator(id: id) }
        self.id = id
        self.handle = OpaquePointer(raw)
    }

    deinit { cicu_translit_close(UnsafeMutableRawPointer(handle)) }

    /// Transliterates scalars; on an ICU failure the input comes back unchanged.
    public func transform(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        var units = ICUConversion.utf16(scalars)
        let length = units.count
        var capacity = max(16, length * 4)
        while true {
            units.reserveCapacity(capacity)
            while units.count < capacity { units.append(0) }
            var resultLength: Int32 = 0
            let status = lock.withLock {
                units.withUnsafeMutableBufferPointer { buffer in
                    cicu_translit(UnsafeMutableRawPointer(handle), buffer.baseAddress, Int32(length),
                                  Int32(buffer.count), &resultLength)
                }
            }
            if status == Int32(CICU_BUFFER_TOO_SMALL) {
                units = ICUConversion.utf16(scalars)
                capacity = Int(resultLength) + 16
                continue
            }
            if status != Int32(CICU_OK) { return Array(scalars) }
            return ICUConversion.scalarsFromUTF16(units[0..<Int(resultLength)])
        }
    }

    public func transform(_ string: String) -> String {
        String(scalars: transform(Array(string.unicodeScalars)))
    }
}

/// Traditional ↔ Simplified conversion and pinyin, from ICU's transliterators.
///
/// ```swift
/// ChineseScript.simplified("發展")        // "发展"
/// ChineseScript.pinyin("株洲")            // "zhū zhōu"
/// ChineseScript.pinyin("株洲", tones: false)  // "zhu zhou"
/// ```
public enum ChineseScript {
    static let toSimplified = try? Transliterator(id: "Traditional-Simplified")
    static let toTraditional = try? Transliterator(id: "Simplified-Traditional")
    static let toPinyin = try? Transliterator(id: "Han-Latin")
    static let toPinyinPlain = try? Transliterator(id: "Han-Latin; Latin-ASCII")

    public static func simplified(_ text: String) -> String { toSimplified?.transform(text) ?? text }
    public static func traditional(_ text: String) -> String { toTraditional?.transform(text) ?? text }

    /// Romanises Han characters in Hanyu Pinyin (syllables separated by spaces).
    public static func pinyin(_ text: String, tones: Bool = true) -> String {
        let t = tones ? toPinyin : toPinyinPlain
        return t?.transform(text) ?? text
    }

    /// Simplifies normalised text, keeping its offset map exact.
    ///
    /// ICU's Traditional-Simplified rules map characters one to one; when the
    /// result has the same length, positions carry over. Otherwise each scalar
    /// is converted on its own and its outputs inherit its original range.
    public static func simplifyKeepingOffsets(_ text: NormalizedText) -> NormalizedText {
        guard let t = toSimplified else { return text }
        let whole = t.transform(text.scalars)
        if whole.count == text.scalars.count {
            return NormalizedText(scalars: whole, offsets: text.offsets)
        }
        var out: [Unicode.Scalar] = []
        var starts: [Int32] = [], ends: [Int32] = []
        out.reserveCapacity(text.scalars.count)
        for (i, s) in text.scalars.enumerated() {
            let mapped = s.value < 0x2E80 ? [s] : t.transform(CollectionOfOne(s))
            let r = text.offsets.originalRange(i..<(i + 1))
            for m in mapped {
                out.append(m)
                starts.append(Int32(r.lowerBound))
                ends.append(Int32(r.upperBound))
            }
        }
        return NormalizedText(scalars: out, offsets: OffsetMap(starts: starts, ends: ends,
                                                               originalCount: text.offsets.originalCount))
    }
}
