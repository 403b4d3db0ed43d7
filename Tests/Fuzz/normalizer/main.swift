// Harness: Normalizer (NFKC, full-width folding, optional Traditional→Simplified) and its OffsetMap.
// Input: one choice byte, then UTF-8 text. Invariants: the map's own checkInvariants(); it
// has one entry per output scalar and counts the input; every output position and range
// maps into the input, monotonically; composing with an identity keeps the map.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let simplify = input.takeBool()
    let original = input.restAsScalars
    let n = Normalizer(simplify: simplify).normalize(original)
    let map = n.offsets
    fuzzRequire(map.checkInvariants(), "offset map invariants fail (simplify \(simplify))")
    fuzzRequire(map.count == n.scalars.count, "map counts \(map.count), text has \(n.scalars.count)")
    fuzzRequire(map.originalCount == original.count, "map original \(map.originalCount) vs \(original.count)")
    if map.isIdentity { fuzzRequire(n.scalars.count == original.count, "identity map changed the length") }
    var previous = 0..<0
    for i in 0..<n.scalars.count {
        let r = map.originalRange(i..<(i + 1))
        FuzzText.requireInBounds(r, count: original.count, "original range of \(i)")
        fuzzRequire(!r.isEmpty, "scalar \(i) maps to an empty range")
        fuzzRequire(r.lowerBound >= previous.lowerBound && r.upperBound >= previous.upperBound, "map not monotone at \(i)")
        previous = r
    }
    let whole = map.originalRange(0..<n.scalars.count)
    FuzzText.requireInBounds(whole, count: original.count, "whole range")
    if !n.scalars.isEmpty { fuzzRequire(whole.upperBound == original.count, "whole text maps to \(whole)") }
    for p in [0, n.scalars.count / 2, n.scalars.count] {
        FuzzText.requireInBounds(map.originalRange(p..<p), count: original.count, "empty range at \(p)")
    }
    let composed = map.composed(with: OffsetMap(identity: original.count))
    fuzzRequire(composed.checkInvariants() && composed.count == map.count, "composed map differs")
    // Normalising the output again must give a valid map too.
    let again = Normalizer(simplify: simplify).normalize(n.scalars)
    fuzzRequire(again.offsets.checkInvariants(), "second pass map invalid")
    let chained = again.offsets.composed(with: map)
    fuzzRequire(chained.checkInvariants() && chained.originalCount == original.count, "chained map invalid")
    return 0
}
