import Foundation
import ZhLexicon
import ZhText

/// A token: a span of the segmented text and its part of speech.
///
/// ```swift
/// let t = tokens[0]
/// (t.start, t.end)           // scalar offsets into the segmented text
/// segmenter.posName(t.pos)   // "ns"
/// ```
public struct Token: Sendable, Equatable, Hashable {
    public var start: Int32
    public var end: Int32
    /// POS code; ``Segmenter/posName(_:)`` gives its name.
    public var pos: UInt8

    public init(start: Int32, end: Int32, pos: UInt8) {
        self.start = start
        self.end = end
        self.pos = pos
    }

    @inline(__always) public var range: Range<Int> { Int(start)..<Int(end) }
    @inline(__always) public var count: Int { Int(end - start) }
}

/// How to segment.
///
/// ```swift
/// SegmentationMode(rawValue: "search")   // .search
/// ```
public enum SegmentationMode: String, Sendable, CaseIterable {
    /// The best path through the lexicon, with atoms and unknown-word handling (default).
    case accurate
    /// Accurate, plus the in-lexicon sub-words of long words before each long word (for indexing).
    case search
    /// Every lexicon word at every position (overlapping), plus uncovered characters.
    case full
    /// ICU's own dictionary BreakIterator, as a baseline.
    case icu
}

/// Reusable buffers for one thread's segmentation (so the hot path allocates nothing).
///
/// ```swift
/// var scratch = SegmenterScratch()
/// for line in lines { segmenter.segment(line, into: &tokens, scratch: &scratch) }
/// ```
public struct SegmenterScratch {
    var atoms: [Atom] = []
    var labels: [UInt64] = []
    var best: [Float] = []
    var back: [Int32] = []
    var value: [UInt32] = []
    var blocked: [Bool] = []
    public init() {}

    /// Makes the best-path buffers hold a run of `n` scalars (grown, never shrunk).
    mutating func reserve(_ n: Int) {
        guard best.count < n + 1 else { return }
        let size = max(n + 1, 256)
        labels = [UInt64](repeating: 0, count: size)
        best = [Float](repeating: 0, count: size)
        back = [Int32](repeating: 0, count: size)
        value = [UInt32](repeating: 0, count: size)
    }
}

/// Opens ICU's word break iterator on first use.
final class LazyICUBreaker: @unchecked Sendable {
    private let lock = NSLock()
    private var opened = false
    private var breaker: ICUWordBreaker?

    var value: ICUWordBreaker? {
        lock.withLock {
            if !opened {
                breaker = ICUWordBreaker()
                opened = true
            }
            return breaker
        }
    }
}

/// Chinese word segmentation over the lexicon: atoms first, then for every Han run the
/// minimum-cost path through the DAG of lexicon words (common-prefix search in the
/// double-array trie at each position), then unknown-word merging.
///
/// One `Segmenter` is immutable and `Sendable`: share it between threads, give each
/// thread its own ``SegmenterScratch``.
///
/// ```swift
/// let segmenter = Segmenter(lexicon: try LexiconStore().load())
/// let text = Array("株洲规模以上工业增加值增长8.5%".unicodeScalars)
/// segmenter.segment(text).map { String(scalars: text[$0.range]) }
/// // ["株洲", "规模以上工业增加值", "增长", "8.5%"]
/// ```
public struct Segmenter: Sendable {
    public let lexicon: Lexicon
    /// POS tag names: the lexicon's, then the atom tags it lacks.
    public let posNames: [String]
    /// Merge runs of single characters the lexicon does not treat as words (see ``UnknownWordModel``).
    public var unknownWords: UnknownWordModel?
    let atomPOS: [UInt8]  // indexed by AtomKind.rawValue
    let unknownPOS: UInt8
    let hasForcedWords: Bool
    /// The longest word worth looking for (longer trie keys are skipped).
    let maxWordLength = 32
    /// ICU's break iterator loads its own dictionary (milliseconds, megabytes): only for `.icu`.
    let icu = LazyICUBreaker()

    public init(lexicon: Lexicon, unknownWords: Bool = true) {
        self.lexicon = lexicon
        var names = lexicon.posNames
        func code(_ name: String) -> UInt8 {
            if let i = names.firstIndex(of: name) { return UInt8(i) }
            guard names.count < 255 else { return 0 }
            names.append(name)
            return UInt8(names.count - 1)
        }
        var atomPOS = [UInt8](repeating: 0, count: Int(AtomKind.allCases.map(\.rawValue).max() ?? 0) + 1)
        for kind in AtomKind.allCases {
            let tag: String
            switch kind {
            case .number, .percent, .chineseNumber, .ordinal: tag = "m"
            case .date, .time: tag = "t"
            case .latin: tag = "eng"
            case .han, .url, .email, .punctuation, .whitespace, .other: tag = "x"
            }
            atomPOS[Int(kind.rawValue)] = code(tag)
        }
        self.atomPOS = atomPOS
        self.unknownPOS = code("x")
        self.posNames = names
        self.hasForcedWords = lexicon.info.sources.contains { $0.name == "user" }
        self.unknownWords = unknownWords ? UnknownWordModel() : nil
    }

    /// The name of a POS code ("x" when unknown).
    public func posName(_ code: UInt8) -> String {
        Int(code) < posNames.count && code != 0 ? posNames[Int(code)] : "x"
    }

    /// Segments `text`, appending tokens (offsets relative to `text`) to `tokens`.
    public func segment(_ text: UnsafeBufferPointer<Unicode.Scalar>, mode: SegmentationMode = .accurate,
                        into tokens: inout [Token], scratch: inout SegmenterScratch) {
        switch mode {
        case .icu:
            segmentWithICU(text, into: &tokens)
            return
        case .accurate, .search, .full:
            break
        }
        scratch.atoms.removeAll(keepingCapacity: true)
        AtomScanner().scan(text, into: &scratch.atoms)
        var atoms: [Atom] = []
        swap(&atoms, &scratch.atoms)
        defer { swap(&atoms, &scratch.atoms) }
        for atom in atoms {
            if atom.kind != .han {
                tokens.append(Token(start: atom.start, end: atom.end, pos: atomPOS[Int(atom.kind.rawValue)]))
                continue
            }
            switch mode {
            case .accurate:
                segmentHan(text, atom.range, into: &tokens, scratch: &scratch)
            case .search:
                let first = tokens.count
                segmentHan(text, atom.range, into: &tokens, scratch: &scratch)
                expandForSearch(text, from: first, tokens: &tokens)
            case .full:
                fullHan(text, atom.range, into: &tokens)
            case .icu:
                break
            }
        }
    }

    /// Convenience: the tokens of `text`.
    public func segment(_ text: [Unicode.Scalar], mode: SegmentationMode = .accurate) -> [Token] {
        var tokens: [Token] = []
        var scratch = SegmenterScratch()
        text.withUnsafeBufferPointer { segment($0, mode: mode, into: &tokens, scratch: &scratch) }
        return tokens
    }
}
