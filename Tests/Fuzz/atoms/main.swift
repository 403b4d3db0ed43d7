// Harness: AtomScanner — the linear pass cutting text into numbers, dates, Latin, punctuation and Han runs.
// Input: UTF-8 text. Invariants: atoms tile the text exactly; scanning appends (a reused
// array keeps its earlier atoms) and is deterministic; white-space atoms hold only white space.
import ZhSegment

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAtoms(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzInput(data, size).restAsScalars
    let atoms = AtomScanner().atoms(of: text)
    FuzzText.requireTiling(atoms.map(\.range), count: text.count, "atom")
    var reused = [Atom(start: 0, end: 1, kind: .other)]
    text.withUnsafeBufferPointer { AtomScanner().scan($0, into: &reused) }
    fuzzRequire(reused.count == atoms.count + 1 && Array(reused.dropFirst()) == atoms, "scan into a used array differs")
    for a in atoms where a.kind == .whitespace {
        for i in a.range { fuzzRequire(text[i].properties.isWhitespace, "non-space in a whitespace atom at \(i)") }
    }
    return 0
}
