import Foundation
import ZhSegment
import ZhText

/// One document read once for every extractor: the original scalars, the normalised text with its
/// offset map back to them, the lines and sentences, the tokens with their parts of speech, and the
/// ``DocumentContext`` — so that targets, numbers, entities and keywords of one document share one
/// normalisation and one segmentation.
///
/// The tokens (the segmenter over every line, accurate mode, offsets into the normalised text) and
/// the context are made on first use and kept: an `extract` that needs no tokens never segments.
/// Immutable once made and `Sendable`: build one per document, hand it to every extractor on any
/// thread. Each extractor's text entry point builds one of these and calls its `AnalyzedText` entry.
///
/// ```swift
/// let segmenter = Segmenter(lexicon: try LexiconStore().load())
/// let text = try TextDecoder().decodeDocument(bytes)          // reflowed when it looks hard-wrapped
/// let analyzed = AnalyzedText(text, name: "zhuzhou-2021.txt", segmenter: segmenter)
/// analyzed.context.reportYear                                // 2021
/// let targets = TargetExtractor().records(in: analyzed)
/// let entities = EntityRecognizer(segmenter: segmenter).entities(in: analyzed)
/// let keywords = KeywordExtractor(segmenter: segmenter).keywords(in: analyzed)
/// let numbers = QuantityRecognizer().quantities(in: analyzed)   // spans into analyzed.scalars
/// analyzed.segmentations                                   // 1: once, for entities and keywords
/// ```
public final class AnalyzedText: Sendable {
    /// The document's name (file name, archive entry, JSON id): the last resort for its report year
    /// and the `doc` of its target records.
    public let name: String?
    /// The decoded text; every record's offsets index this.
    public let original: [Unicode.Scalar]
    /// The text extractors read (reflowed if the document asked for it, NFKC with width folding),
    /// with the map from its positions back to `original`.
    public let normalized: NormalizedText
    /// Lines of the normalised text (without their terminators, empty ones included).
    public let lines: [TextSpan]
    /// The segmenter of ``tokens``; nil when the document is read only by extractors that need none
    /// (targets, numbers).
    public let segmenter: Segmenter?
    /// What the ``context`` is read with: the year to assume when nothing states one, and region names.
    public let defaultYear: Int?
    public let gazetteer: Gazetteer?

    /// Makes the analysis of a normalised text (`normalized.offsets` map into `original`).
    public init(original: [Unicode.Scalar], normalized: NormalizedText, name: String? = nil,
                segmenter: Segmenter? = nil, defaultYear: Int? = nil, gazetteer: Gazetteer? = nil) {
        self.name = name
        self.original = original
        self.normalized = normalized
        self.lines = SentenceSplitter().lines(in: normalized.scalars)
        self.segmenter = segmenter
        self.defaultYear = defaultYear
        self.gazetteer = gazetteer
    }

    /// Normalises `original` (``Normalizer``, no reflow) and analyses it.
    public convenience init(original: [Unicode.Scalar], name: String? = nil, segmenter: Segmenter? = nil,
                            defaultYear: Int? = nil, gazetteer: Gazetteer? = nil) {
        self.init(original: original, normalized: Normalizer().normalize(original), name: name,
                  segmenter: segmenter, defaultYear: defaultYear, gazetteer: gazetteer)
    }

    /// A decoded document as readers prepare it (``DecodedText/prepared(simplify:)``: reflowed per its
    /// policy, then normalised), offsets into its scalars.
    public convenience init(_ text: DecodedText, name: String? = nil, segmenter: Segmenter? = nil,
                            defaultYear: Int? = nil, gazetteer: Gazetteer? = nil) {
        self.init(original: text.scalars, normalized: text.prepared(), name: name,
                  segmenter: segmenter, defaultYear: defaultYear, gazetteer: gazetteer)
    }

    /// The normalised scalars (what extractors read).
    public var scalars: [Unicode.Scalar] { normalized.scalars }

    /// Tokens of every line, in order, offsets into ``scalars`` (white space and punctuation
    /// included; line terminators not). Made once, on first use, by ``segmenter`` in accurate mode.
    /// Requires a segmenter.
    public var tokens: [Token] {
        cache.tokens.value {
            guard let segmenter else { preconditionFailure("AnalyzedText made without a segmenter has no tokens") }
            countSegmentation()
            return Self.tokenize(normalized.scalars, lines: lines, segmenter: segmenter)
        }
    }

    /// Sentence spans of ``scalars`` (``SentenceSplitter``), made on first use.
    public var sentences: [TextSpan] {
        cache.sentences.value { SentenceSplitter().sentences(in: normalized.scalars) }
    }

    /// The document's own facts (title, date, report year, jurisdiction, headings, time frames), read
    /// from ``scalars`` on first use with ``name``, ``defaultYear`` and ``gazetteer``.
    public var context: DocumentContext {
        cache.context.value {
            DocumentContext(text: normalized.scalars, name: name, defaultYear: defaultYear, gazetteer: gazetteer)
        }
    }

    /// The original range that produced a normalised range (for record offsets).
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        normalized.offsets.originalRange(range)
    }

    /// The original text of a normalised range.
    public func originalText(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(original[originalRange(range)]))
    }

    /// How many times this document's text has been segmented: once for ``tokens``, once more for each
    /// extractor that could not read them and segmented the text itself (a debug and test figure).
    public var segmentations: Int { cache.segmentations.count }

    /// How many whole texts have been segmented in this process so far (every document's
    /// ``segmentations`` together; `zhmine-bench batch` prints it per document).
    public static var tokenizations: Int { SegmentationCounter.process.count }

    /// Counts one segmentation of this document's text (for ``segmentations``).
    func countSegmentation() {
        cache.segmentations.increment()
        SegmentationCounter.process.increment()
    }

    // MARK: - Machinery

    private let cache = Cache()

    /// The parts made on first use, each at most once.
    private final class Cache: Sendable {
        let tokens = Once<[Token]>()
        let sentences = Once<[TextSpan]>()
        let context = Once<DocumentContext>()
        let segmentations = SegmentationCounter()
    }

    /// Segments every non-empty line and makes the offsets global (the caller counts it).
    static func tokenize(_ scalars: [Unicode.Scalar], lines: [TextSpan], segmenter: Segmenter) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 2)
        var lineTokens: [Token] = []
        var scratch = SegmenterScratch()
        scalars.withUnsafeBufferPointer { buffer in
            for line in lines where !line.isEmpty {
                lineTokens.removeAll(keepingCapacity: true)
                segmenter.segment(UnsafeBufferPointer(rebasing: buffer[line.range]), mode: .accurate,
                                  into: &lineTokens, scratch: &scratch)
                let base = Int32(line.start)
                for t in lineTokens { tokens.append(Token(start: t.start + base, end: t.end + base, pos: t.pos)) }
            }
        }
        return tokens
    }
}

/// A value made by the first reader that asks for it and kept (the others wait for it).
final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}

/// Counts whole-text segmentations, of one document or of the process (``AnalyzedText/tokenizations``).
final class SegmentationCounter: @unchecked Sendable {
    static let process = SegmentationCounter()
    private let lock = NSLock()
    private var n = 0

    var count: Int { lock.withLock { n } }

    func increment() { lock.withLock { n += 1 } }
}
