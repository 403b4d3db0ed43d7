import Testing
import ZhText

/// The package's one substring scan, on scalars and on bytes.
@Suite struct OccurrenceTests {
    @Test func findsTheFirstOccurrenceAtOrAfterTheStart() {
        let text = Array("增长5%，再增长6%".unicodeScalars), word = Array("增长".unicodeScalars)
        #expect(Occurrence.first(of: word, in: text) == 0)
        #expect(Occurrence.first(of: word, in: text, from: 1) == 6)
        #expect(Occurrence.first(of: word, in: text, from: 7) == nil)
        #expect(Occurrence.first(of: word, in: text, from: 99) == nil)
        #expect(Occurrence.first(of: word, in: text, from: -3) == 0)
    }

    @Test func emptyOrLongerNeedleIsNeverFound() {
        let bytes = Array("PK\u{3}\u{4}word/document.xml".utf8)
        #expect(Occurrence.first(of: [UInt8](), in: bytes) == nil)
        #expect(Occurrence.first(of: bytes + [0], in: bytes) == nil)
        #expect(Occurrence.first(of: Array("word/".utf8), in: bytes) == 4)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Occurrence.first(of: Array(".xml".utf8), in: UnsafeBufferPointer(rebasing: buffer[4...])) == 13)
        }
    }
}
