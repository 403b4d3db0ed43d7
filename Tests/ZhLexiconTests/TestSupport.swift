@testable import ZhLexicon
import ZhTestSupport

/// Alphabets the differential tests draw keys from.
enum TestAlphabet {
    static let tiny: [Unicode.Scalar] = Array("abcd".unicodeScalars)
    /// Common CJK, ASCII, 2-byte Latin letters, supplementary-plane ideographs (𠀀…) and edge scalars.
    static let mixed: [Unicode.Scalar] = {
        var out: [Unicode.Scalar] = Array("aZ09éß".unicodeScalars)
        out += (0x4E00..<0x4E00 + 300).compactMap(Unicode.Scalar.init)
        out += (0x20000..<0x20000 + 40).compactMap(Unicode.Scalar.init)
        out += [Unicode.Scalar(0x10FFFF), Unicode.Scalar(0x7F), Unicode.Scalar(0x80), Unicode.Scalar(0xFFFF)].compactMap { $0 }
        return out
    }()
    /// Scalars drawn over every plane, for large-alphabet behaviour.
    static func wide(_ rng: inout SeededRandom, count: Int) -> [Unicode.Scalar] {
        var set = Set<UInt32>()
        while set.count < count {
            let v = UInt32.random(in: 1...0x10FFFF, using: &rng)
            if Unicode.Scalar(v) != nil { set.insert(v) }
        }
        return set.sorted().compactMap(Unicode.Scalar.init)
    }
}

func randomKey(_ alphabet: [Unicode.Scalar], maxLength: Int, _ rng: inout SeededRandom) -> [Unicode.Scalar] {
    let n = Int.random(in: 1...maxLength, using: &rng)
    return (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
}

extension Array where Element == Unicode.Scalar {
    var values: [UInt32] { map(\.value) }
}

/// Lexicographic order of scalar values (the order predictiveSearch promises).
func scalarLess(_ a: [UInt32], _ b: [UInt32]) -> Bool { a.lexicographicallyPrecedes(b) }
