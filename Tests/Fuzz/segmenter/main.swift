// Harness: Segmenter over a lexicon, in every mode, with a reused scratch.
// Input: one choice byte (bit 0: normalise first), then UTF-8 text. Invariants: accurate
// and ICU modes tile the text exactly with monotonic offsets; search and full modes give
// non-empty in-bounds tokens and cover every scalar; POS codes name a tag; segmenting with
// a scratch that served another text gives the same tokens as a fresh one.
// Lexicon: ZHMINE_FUZZ_LEXICON=real loads the full cached lexicon (LexiconStore); the
// default builds a small one in memory from the project's Dictionaries/ (no ICU, no jieba).
import ZhLexicon
import ZhSegment
import ZhText
#if canImport(Glibc)
import Glibc
#endif

let segmenter: Segmenter = {
    let root = String(#filePath.dropLast("Tests/Fuzz/segmenter/main.swift".count))
    do {
        if let choice = getenv("ZHMINE_FUZZ_LEXICON"), String(cString: choice) == "real" {
            return Segmenter(lexicon: try LexiconStore(sources: .discover()).load())
        }
        let bytes = try LexiconBuilder(sources: LexiconSources(icu: false, projectDirectory: root + "Dictionaries")).build()
        return Segmenter(lexicon: try Lexicon(file: SectionedFile(bytes: bytes, expectedVersion: Lexicon.formatVersion)))
    } catch {
        fputs("segmenter harness: no lexicon: \(error)\n", stderr)
        exit(1)
    }
}()
nonisolated(unsafe) var scratch = SegmenterScratch()
nonisolated(unsafe) var previous: [Unicode.Scalar] = Array("推动经济高质量发展".unicodeScalars)

@_cdecl("LLVMFuzzerInitialize")
public func fuzzSegmenterInit(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    fputs("segmenter harness: lexicon of \(segmenter.lexicon.count) words\n", stderr)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    let normalise = input.takeBool()
    let raw = input.restAsScalars
    let text = normalise ? Normalizer().normalize(raw).scalars : raw
    let fresh = segmenter.segment(text)
    FuzzText.requireTiling(fresh.map(\.range), count: text.count, "token")
    for t in fresh { fuzzRequire(Int(t.pos) < segmenter.posNames.count, "POS code \(t.pos)") }
    // A scratch that served the previous input must not leak into this one.
    var tokens: [Token] = []
    previous.withUnsafeBufferPointer { segmenter.segment($0, into: &tokens, scratch: &scratch) }
    tokens.removeAll()
    text.withUnsafeBufferPointer { segmenter.segment($0, into: &tokens, scratch: &scratch) }
    fuzzRequire(tokens == fresh, "reused scratch changed the segmentation")
    previous = text
    for mode in [SegmentationMode.search, .full] {
        var covered = [Bool](repeating: false, count: text.count)
        for t in segmenter.segment(text, mode: mode) {
            FuzzText.requireInBounds(t.range, count: text.count, "\(mode) token")
            fuzzRequire(t.count > 0, "empty \(mode) token")
            for i in t.range { covered[i] = true }
        }
        fuzzRequire(!covered.contains(false), "\(mode) mode leaves a scalar uncovered")
    }
    if size % 8 == 0 {  // ICU's BreakIterator is slow; check it on an eighth of the inputs
        FuzzText.requireTiling(segmenter.segment(text, mode: .icu).map(\.range), count: text.count, "ICU token")
    }
    return 0
}
