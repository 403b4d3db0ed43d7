import Testing
import ZhExtract

/// ScalarWordSet: longest matches forwards and backwards, bounds.
@Suite struct EntityWordSetTests {
    @Test func longestMatchesBothWays() {
        let set = ScalarWordSet(["局", "科技局", "管委会", "委"])
        let text = Array("市科技局管委会".unicodeScalars)
        text.withUnsafeBufferPointer { buffer in
            #expect(set.longestMatch(endingAt: 4, in: buffer) == 3)
            #expect(set.longestMatch(endingAt: 7, in: buffer) == 3)
            #expect(set.longestMatch(startingAt: 1, in: buffer) == 3)
            #expect(set.longestMatch(startingAt: 1, in: buffer, limit: 3) == 0)
            #expect(set.longestMatch(startingAt: 0, in: buffer) == 0)
            #expect(set.contains(4..<7, in: buffer))
            #expect(!set.contains(0..<2, in: buffer))
            #expect(!set.contains(5..<9, in: buffer))
            #expect(set.longestMatch(endingAt: 0, in: buffer) == 0)
            #expect(set.longestMatch(startingAt: 7, in: buffer) == 0)
        }
        #expect(set.count == 4)
        #expect(set.maxLength == 3)
    }
}
