// Harness: NumberParser and QuantityRecognizer (ZhExtract/Numbers).
// Input: one choice byte (bit 0: normalise first; the rest picks where a sub-range starts),
// then UTF-8 text. Invariants: quantities come in order, do not overlap and lie in the range
// asked for, their number span inside their span; values are finite, or absent and marked
// (overflow, or a date); a parsed numeral is finite and below 10^38, and plain decimal
// numerals parse to exactly what Foundation reads.
import Foundation
import ZhExtract
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let choice = input.takeByte()
    let raw = input.restAsScalars
    let text = choice & 1 == 1 ? Normalizer().normalize(raw).scalars : raw
    let recognizer = QuantityRecognizer()
    check(recognizer.quantities(in: text), within: 0..<text.count, text)
    let lower = text.count * Int(choice >> 1) / 128
    check(recognizer.quantities(in: text, range: lower..<text.count), within: lower..<text.count, text)
    // The parser on the whole input and on its first token.
    checkParse(text)
    if let cut = text.firstIndex(where: { $0 == " " || $0 == "\n" }) { checkParse(Array(text[..<cut])) }
    return 0
}

func check(_ quantities: [Quantity], within range: Range<Int>, _ text: [Unicode.Scalar]) {
    var position = range.lowerBound
    for q in quantities {
        fuzzRequire(q.span.lowerBound >= position && q.span.upperBound <= range.upperBound && !q.span.isEmpty,
                    "span \(q.span) after \(position) within \(range)")
        fuzzRequire(q.numberSpan.lowerBound >= q.span.lowerBound && q.numberSpan.upperBound <= q.span.upperBound
                    && !q.numberSpan.isEmpty, "number span \(q.numberSpan) outside span \(q.span)")
        position = q.span.upperBound
        switch q.value {
        case let .number(v)?:
            fuzzRequire(v.isFinite, "value not finite")
        case let .range(a, b)?:
            fuzzRequire(a.isFinite && b.isFinite, "range not finite")
        case nil:
            fuzzRequire(q.isOverflow || q.kind == .date, "value missing without a mark (kind \(q.kind))")
        }
        if q.isOverflow { fuzzRequire(q.value == nil, "overflow with a value") }
        if let unit = q.unit { fuzzRequire(!unit.isEmpty, "empty unit") }
        if let n = q.normalized {
            switch n.value {
            case let .number(v): fuzzRequire(v.isFinite, "normalised value not finite")
            case let .range(a, b): fuzzRequire(a.isFinite && b.isFinite, "normalised range not finite")
            }
        }
    }
}

func checkParse(_ scalars: [Unicode.Scalar]) {
    guard let value = NumberParser.parse(scalars) else { return }
    fuzzRequire(value.isFinite, "parsed value not finite")
    fuzzRequire(value.magnitude < Decimal(sign: .plus, exponent: 38, significand: 1), "parsed value \(value) ≥ 10^38")
    // Plain decimal numerals: exactly Foundation's reading.
    let string = String(String.UnicodeScalarView(scalars))
    let plain = !string.isEmpty && string.count <= 30 && string.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        && string.utf8.filter { $0 == 0x2E }.count <= 1 && string.first != "." && string.last != "."
    if plain, let expected = Decimal(string: string) {
        fuzzRequire(value == expected, "\(string) parsed as \(value)")
    }
}
