import Foundation
import ZhExtract
import ZhLexicon
import ZhSegment
import ZhText

/// ZhMine's per-document work in a batch: one ``AnalyzedText`` (normalised once, segmented once), the metadata,
/// collect the distinct words for the corpus IDF, and run every extractor.
///
/// One pipeline is immutable and shared by all worker tasks (the lexicon inside the segmenter
/// is memory-mapped and read-only); each call keeps its scratch buffers local.
/// ```swift
/// let pipeline = DocumentPipeline(segmenter: Segmenter(lexicon: try LexiconStore().load()))
/// let result = pipeline.process(SourceDocument(name: "a.txt", text: try TextDecoder().decode(bytes)))
/// print(result.metadata.title, result.numbers.count, result.terms.count)
/// ```
public struct DocumentPipeline: DocumentProcessor {
    public let segmenter: Segmenter
    /// Region names for each document's jurisdiction (``DocumentContext``).
    public let gazetteer: Gazetteer
    /// TF-IDF keywords; nil leaves `keywords` empty. Runs on the pipeline's tokens, so it always
    /// uses `segmenter` (one given to `init` with another segmenter is rebuilt around this one).
    public let keywordExtractor: KeywordExtractor?
    public let entityRecognizer: EntityRecognizer

    public init(segmenter: Segmenter, keywordExtractor: KeywordExtractor? = nil,
                jurisdictions: [String: String] = JurisdictionNames.load()) {
        self.segmenter = segmenter
        self.keywordExtractor = keywordExtractor.map {
            KeywordExtractor(segmenter: segmenter, idf: $0.idf, stopWords: $0.stopWords, options: $0.options)
        }
        self.entityRecognizer = EntityRecognizer(segmenter: segmenter)
        self.gazetteer = Gazetteer(names: jurisdictions)
    }

    public func process(_ document: SourceDocument) -> DocumentResult {
        // The document read once: normalised, segmented (on first use of its tokens) and its context
        // (title, report year, jurisdiction, frames) read, for every extractor below.
        let analyzed = AnalyzedText(document.text, name: document.name, segmenter: segmenter, gazetteer: gazetteer)
        let context = analyzed.context
        var result = DocumentResult(metadata: DocumentMetadata(title: context.title, jurisdiction: context.jurisdiction,
                                                               year: context.reportYear, chars: analyzed.original.count))
        result.terms = analyzed.distinctWords()

        // MARK: Extractors — the one place where each extractor plugs in.
        // Every extractor takes `analyzed` and must return offsets into the ORIGINAL text (map
        // normalised spans with `analyzed.originalRange(_:)`).
        result.entities = entityRecognizer.entities(in: analyzed)
        result.targets = TargetExtractor().records(in: analyzed)
        result.numbers = QuantityRecognizer().quantities(in: analyzed).map { NumberRow($0, in: analyzed) }
        if let keywordExtractor {
            result.keywords = keywordExtractor.keywords(in: analyzed).enumerated().map {
                KeywordRow(word: $0.element.word, score: $0.element.weight, rank: $0.offset + 1)
            }
        }
        return result
    }
}

extension NumberRow {
    /// A quantity found in `analyzed.scalars`, with its text and offsets in the original.
    public init(_ q: Quantity, in analyzed: AnalyzedText) {
        let r = analyzed.originalRange(q.span)
        self.init(text: String(String.UnicodeScalarView(analyzed.original[r])), value: q.value,
                  overflow: q.isOverflow, unit: q.unit, qualifier: q.qualifier.rawValue,
                  normalizedValue: q.normalized?.value, normalizedUnit: q.normalized?.unit,
                  kind: q.kind.rawValue, start: r.lowerBound, end: r.upperBound)
    }
}

extension Int {
    /// The smallest power of two ≥ self (1 for 0).
    var nextPowerOfTwo: Int {
        var p = 1
        while p < self { p <<= 1 }
        return p
    }
}

extension AnalyzedText {
    /// The distinct words (two or more scalars, letters only: Han or Latin), in UTF-8 byte order — a document's
    /// contribution to the corpus document frequencies.
    public func distinctWords() -> [String] {
        // Deduplicate on the scalars themselves (open addressing over token indexes), so that only
        // the distinct words — a few hundred — become Strings, not every token.
        let capacity = max(16, (tokens.count * 2).nextPowerOfTwo)
        var slots = [Int32](repeating: -1, count: capacity)
        var words: [[UInt8]] = []
        let tokens = self.tokens
        scalars.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in
                for (index, t) in tokens.enumerated() where t.count >= 2 && t.count <= 16 {
                    var hash: UInt64 = 0xcbf29ce484222325
                    var letters = true
                    for i in t.range {
                        let v = text[i]
                        if !Self.isWordScalar(v) { letters = false; break }
                        hash = (hash ^ UInt64(v.value)) &* 0x100000001b3
                    }
                    guard letters else { continue }
                    var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                    while true {
                        let other = slots[slot]
                        if other < 0 {
                            slots[slot] = Int32(index)
                            var utf8: [UInt8] = []
                            utf8.reserveCapacity(t.count * 3)
                            for i in t.range { UTF8Encoding.append(text[i], to: &utf8) }
                            words.append(utf8)
                            break
                        }
                        let o = tokens[Int(other)]
                        if o.count == t.count, (0..<t.count).allSatisfy({ text[Int(o.start) + $0] == text[Int(t.start) + $0] }) { break }
                        slot = (slot + 1) & (capacity - 1)
                    }
                }
            }
        }
        // UTF-8 byte order: deterministic and far cheaper than String's Unicode-aware comparison.
        words.sort { a, b in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    guard let xa = x.baseAddress, let ya = y.baseAddress else { return x.count < y.count }
                    let c = memcmp(xa, ya, min(x.count, y.count))
                    return c != 0 ? c < 0 : x.count < y.count
                }
            }
        }
        return words.map { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        CharClass.isHan(s) || CharClass.isLatin(s)
    }
}
