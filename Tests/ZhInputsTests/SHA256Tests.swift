import Foundation
import Testing
import ZhTestSupport
@testable import ZhInputs

/// FIPS 180-4 / NIST test vectors, block-boundary lengths against sha256sum, and streaming in pieces.
@Suite struct SHA256Tests {
    @Test func nistVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8))
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionAs() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundariesMatchSha256sum() throws {
        // Lengths around the 55/56/64-byte padding edges, checked against the system's sha256sum.
        for length in [55, 56, 57, 63, 64, 65, 119, 120, 128] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(SHA256.hex(bytes) == (try Self.sha256sum(bytes)), "length \(length)")
        }
    }

    @Test func streamingInPiecesEqualsOneShot() {
        let text = Array(String(repeating: "经济增长8%左右，", count: 300).utf8)
        var h = SHA256()
        var i = 0
        for size in [1, 3, 64, 63, 65, 1000, 7] where i < text.count {
            h.update(Array(text[i..<min(text.count, i + size)]))
            i += size
        }
        h.update(Array(text[min(i, text.count)...]))
        #expect(h.finalizeHex() == SHA256.hex(text))
    }

    static func sha256sum(_ bytes: [UInt8]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }
}
