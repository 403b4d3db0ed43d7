// Harness: EntityRecognizer (ZhExtract/Entities) over a lexicon and the project's dictionaries.
// Input: UTF-8 text (the original, before normalisation). Invariants: entities come in text
// order without overlapping; their offsets are in the original and slice exactly their text;
// recognising again gives the same entities.
// Lexicon: ZHMINE_FUZZ_LEXICON=real loads the full cached lexicon (LexiconStore); the
// default builds a small one in memory from the project's Dictionaries/ (no ICU, no jieba).
import ZhExtract
import ZhLexicon
import ZhSegment
import ZhText
#if canImport(Glibc)
import Glibc
#endif

let root = String(#filePath.dropLast("Tests/Fuzz/entities/main.swift".count))
let recognizer: EntityRecognizer = {
    do {
        let lexicon: Lexicon
        if let choice = getenv("ZHMINE_FUZZ_LEXICON"), String(cString: choice) == "real" {
            lexicon = try LexiconStore(sources: .discover()).load()
        } else {
            let bytes = try LexiconBuilder(sources: LexiconSources(icu: false, projectDirectory: root + "Dictionaries")).build()
            lexicon = try Lexicon(file: SectionedFile(bytes: bytes, expectedVersion: Lexicon.formatVersion))
        }
        return EntityRecognizer(segmenter: Segmenter(lexicon: lexicon),
                                dictionaries: EntityDictionaries(directory: root + "Dictionaries"))
    } catch {
        fputs("entities harness: no lexicon: \(error)\n", stderr)
        exit(1)
    }
}()

@_cdecl("LLVMFuzzerInitialize")
public func fuzzEntitiesInit(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    fputs("entities harness: lexicon of \(recognizer.segmenter.lexicon.count) words\n", stderr)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let original = FuzzInput(data, size).restAsScalars
    let entities = recognizer.entities(in: original)
    var position = 0
    for e in entities {
        fuzzRequire(e.start >= position && e.start < e.end && e.end <= original.count,
                    "entity \(e.start)..<\(e.end) after \(position) in \(original.count) scalars")
        fuzzRequire(e.text == String(String.UnicodeScalarView(original[e.start..<e.end])), "entity text differs from its slice")
        position = e.end
    }
    fuzzRequire(recognizer.entities(in: original) == entities, "recognition is not deterministic")
    return 0
}
