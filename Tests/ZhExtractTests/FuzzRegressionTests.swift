import Foundation
import Testing
import ZhText
@testable import ZhExtract

/// Inputs that made the `numbers` fuzz harness fail (Tests/Fuzz/regressions/numbers/), replayed the
/// way the harness reads them: a choice byte (bit 0: normalise first; bits 1–7: where a sub-range
/// starts, in 128ths), then UTF-8 text decoded leniently.
@Suite struct NumbersFuzzRegressionTests {
    static let directory = String(#filePath.dropLast("Tests/ZhExtractTests/FuzzRegressionTests.swift".count))
        + "Tests/Fuzz/regressions/numbers"

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The harness's invariants: ordered, non-overlapping, in range; values finite or marked.
    static func checkQuantities(_ quantities: [Quantity], within range: Range<Int>) {
        var position = range.lowerBound
        for q in quantities {
            #expect(q.span.lowerBound >= position && q.span.upperBound <= range.upperBound && !q.span.isEmpty)
            #expect(q.numberSpan.lowerBound >= q.span.lowerBound && q.numberSpan.upperBound <= q.span.upperBound)
            position = q.span.upperBound
            switch q.value {
            case let .number(v)?: #expect(v.isFinite)
            case let .range(a, b)?: #expect(a.isFinite && b.isFinite)
            case nil: #expect(q.isOverflow || q.kind == .date, "\(q.kind) without a value and not marked")
            }
        }
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs().isEmpty)
    }

    @Test(arguments: inputs())
    func replayedInputKeepsTheInvariants(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.directory + "/" + name)))
        let choice = bytes.first ?? 0
        let raw = Array(String(decoding: bytes.dropFirst(), as: UTF8.self).unicodeScalars)
        let text = choice & 1 == 1 ? Normalizer().normalize(raw).scalars : raw
        Self.checkQuantities(QuantityRecognizer().quantities(in: text), within: 0..<text.count)
        let lower = text.count * Int(choice >> 1) / 128
        Self.checkQuantities(QuantityRecognizer().quantities(in: text, range: lower..<text.count), within: lower..<text.count)
    }

    /// Found by fuzzing: 第 before a month made an "ordinal" without a value (a date has none).
    @Test func ordinalMarkerBeforeAMonthLeavesADate() throws {
        let quantities = QuantityRecognizer().quantities(in: Array("1—第11月".unicodeScalars))
        let month = try #require(quantities.last)
        #expect(month.kind == .date && month.date?.month == 11)
        #expect(QuantityRecognizer().quantities(in: Array("第十五届".unicodeScalars)).first?.value == .number(15))
    }
}
