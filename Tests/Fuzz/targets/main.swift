// Harness: TargetExtractor (ZhExtract/Targets) — targets and achieved figures with their sentences.
// Input: one choice byte (bit 0: give a file name with a year), then UTF-8 text (the original).
// Invariants: every record's offsets lie in the original and slice exactly its sentence; records
// come in text order; values are finite, and a record without a value is a relative target
// (it names its reference); years read "YYYY" or "YYYY-YYYY"; records encode as JSON; the
// extraction is deterministic.
import Foundation
import ZhExtract

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTargets(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let doc: String? = input.takeBool() ? "report-2024.txt" : nil
    let original = input.restAsScalars
    let extractor = TargetExtractor()
    let records = extractor.records(in: original, doc: doc)
    var lastStart = 0
    for r in records {
        fuzzRequire(r.start >= 0 && r.start < r.end && r.end <= original.count,
                    "record \(r.start)..<\(r.end) outside \(original.count) scalars")
        fuzzRequire(r.sentence == String(String.UnicodeScalarView(original[r.start..<r.end])), "sentence differs from its slice")
        fuzzRequire(r.start >= lastStart, "records out of order: \(r.start) after \(lastStart)")
        lastStart = r.start
        switch r.value {
        case let .number(v)?: fuzzRequire(v.isFinite, "value not finite")
        case let .range(a, b)?: fuzzRequire(a.isFinite && b.isFinite, "range not finite")
        case nil: fuzzRequire(r.reference != nil, "record without a value and without a reference (\(r.indicator))")
        }
        if let year = r.year { fuzzRequire(isYear(year), "year '\(year)'") }
        fuzzRequire((try? JSONEncoder().encode(r)) != nil, "record does not encode")
    }
    fuzzRequire(extractor.records(in: original, doc: doc) == records, "extraction is not deterministic")
    return 0
}

func isYear(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
}
