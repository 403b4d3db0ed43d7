/// ZhMine's own 64-bit content checksum for compiled files (not cryptographic).
///
/// ```swift
/// let h = ContentChecksum.hash(UnsafeRawBufferPointer(start: p, count: n))
/// ```
///
/// Design: four independent 64-bit lanes each absorb one little-endian word per
/// 32-byte stripe as `lane = rotl(lane ^ (word &* M1), 29) &* M2`; independent lanes
/// let the CPU overlap the multiplies, so the loop runs at several GB/s. The tail is
/// absorbed word by word into lane 0, the last 1–7 bytes as one zero-padded word.
/// The lanes are merged with distinct rotations, the length is mixed in, and a final
/// xor-shift/multiply avalanche spreads every input bit over the result. It detects
/// accidental corruption (flipped bytes, truncation, swapped blocks); it is not meant
/// to resist deliberate forgery — loaders stay bounds-safe regardless.
public enum ContentChecksum {
    /// The checksum of `bytes`.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return finish(seed0, length: 0) }
        return hash(base, count: bytes.count)
    }

    /// The checksum of a byte array.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    // MARK: - Machinery

    // Odd 64-bit multipliers and seeds chosen for this project (random odd numbers
    // with roughly half their bits set).
    private static let m1: UInt64 = 0xA24B_AED4_963E_E407
    private static let m2: UInt64 = 0x9FB2_1C65_1E98_DF25
    private static let m3: UInt64 = 0xD6E8_FEB8_6659_FD93
    private static let seed0: UInt64 = 0x243F_6A88_85A3_08D3
    private static let seed1: UInt64 = 0x1319_8A2E_0370_7344
    private static let seed2: UInt64 = 0xA409_3822_299F_31D0
    private static let seed3: UInt64 = 0x082E_FA98_EC4E_6C89

    @inline(__always)
    private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 &- r)) }

    @inline(__always)
    private static func absorb(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotl(lane ^ (word &* m1), 29) &* m2
    }

    private static func hash(_ p: UnsafeRawPointer, count: Int) -> UInt64 {
        var v0 = seed0, v1 = seed1, v2 = seed2, v3 = seed3
        var offset = 0
        let stripes = count / 32
        for _ in 0..<stripes {
            v0 = absorb(v0, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            v1 = absorb(v1, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            v2 = absorb(v2, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            v3 = absorb(v3, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        var h = rotl(v0, 1) &+ rotl(v1, 7) &+ rotl(v2, 12) &+ rotl(v3, 18)
        while offset + 8 <= count {
            h = absorb(h, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                last |= UInt64(p.load(fromByteOffset: offset, as: UInt8.self)) << shift
                shift += 8
                offset += 1
            }
            h = absorb(h, last)  // trailing zero bytes stay distinct: the length is mixed in below
        }
        return finish(h, length: count)
    }

    @inline(__always)
    private static func finish(_ value: UInt64, length: Int) -> UInt64 {
        var h = value ^ (UInt64(length) &* m3)
        h ^= h >> 31
        h = h &* m2
        h ^= h >> 29
        h = h &* m3
        h ^= h >> 32
        return h
    }
}
