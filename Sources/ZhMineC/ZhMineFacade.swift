import Foundation
import Synchronization
import ZhExtract
import ZhInputs
import ZhLexicon
import ZhOutput
import ZhSegment
import ZhText

/// The one place where the C ABI meets the library: what each `zhmine_*` call computes, as the
/// JSON bytes the CLI would print for the same input (`zhmine extract --format json` …). The ABI
/// file (ZhMineC.swift) only converts C arguments, options and errors around these calls.
///
/// ```swift
/// let engine = try ZhMineEngine(options: CallOptions(json: nil))
/// let json = try engine.extract(Array("全年地区生产总值增长8%左右。".unicodeScalars), CallOptions(json: nil))
/// ```
final class ZhMineEngine: Sendable {
    let segmenter: Segmenter
    let recognizer: EntityRecognizer
    private let lexicon: Lexicon
    private let stopWords: StopWords
    /// Parsed segment options by their JSON text (``segmentSettings(_:)``).
    private let segmentSettingsMemo = Mutex<[String: SegmentSettings]>([:])
    /// TF-IDF/TextRank backgrounds, loaded at first use (a 6 MB table) and kept.
    private let backgrounds = Mutex<[String: any InverseDocumentFrequencies]>([:])

    /// Loads the lexicon as the CLI's lexicon options do.
    init(options: CallOptions) throws(ZhMineFailure) {
        try options.allow(["dict", "jieba", "no_jieba", "no_icu", "lexicon"])
        var sources = LexiconSources.discover()
        let userDictionaries = try options.strings("dict") ?? []
        let jieba = try options.string("jieba")
        if try options.bool("no_jieba") == true {
            if jieba != nil { throw ZhMineFailure(.argument, "jieba and no_jieba exclude each other") }
            sources.jiebaDictionary = nil
        } else if let jieba {
            sources.jiebaDictionary = jieba
        }
        if try options.bool("no_icu") == true { sources.icu = false }
        sources.userDictionaries = userDictionaries
        for path in userDictionaries + [jieba].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: path) {
            throw ZhMineFailure(.io, file: path, "no such file or not readable")
        }
        do {
            if let path = try options.string("lexicon") ?? LexiconStore.namedLexiconFile() {
                lexicon = try Lexicon(path: path)
            } else {
                lexicon = try LexiconStore(sources: sources).load()
            }
            ProjectDictionaries.use(lexicon)
        } catch let error as ZhMineFailure {
            throw error
        } catch let error as CustomStringConvertible {
            throw ZhMineFailure(.lexicon, error.description)
        } catch {
            throw ZhMineFailure(.lexicon, "cannot build the lexicon: \(error)")
        }
        segmenter = Segmenter(lexicon: lexicon)
        recognizer = EntityRecognizer(segmenter: segmenter)
        stopWords = .project()
    }

    /// `zhmine extract`: target and actual records.
    func extract(_ text: [Unicode.Scalar], _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["doc", "year"])
        let year = try options.int("year")
        if let year, !(1949...2200).contains(year) { throw ZhMineFailure(.argument, "year must be a year such as 2024") }
        let analyzed = AnalyzedText(original: text, name: try options.string("doc"), defaultYear: year)
        let records = TargetExtractor().records(in: analyzed)  // the year is the analysis's default
        return Self.json(records.map(\.record), columns: TargetRecord.fieldNames)
    }

    /// `zhmine numbers`: every figure with its unit, qualifier and range.
    func numbers(_ original: [Unicode.Scalar], _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow([])
        let analyzed = AnalyzedText(original: original)
        let records = QuantityRecognizer().quantities(in: analyzed).map { q in
            let r = analyzed.originalRange(q.span)
            return Record(quantity: q, text: String(scalars: original[r]), start: r.lowerBound, end: r.upperBound)
        }
        return Self.json(records, columns: Record.quantityFields)
    }

    /// `zhmine entities [--unique]`.
    func entities(_ text: [Unicode.Scalar], _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["unique"])
        let entities = recognizer.entities(in: AnalyzedText(original: text, segmenter: segmenter))
        if try options.bool("unique") == true {
            return Self.json(Record.uniqueEntities(entities), columns: Record.uniqueEntityFields)
        }
        return Self.json(entities.map { Record(entity: $0) }, columns: Record.entityFields)
    }

    /// `zhmine keywords`: the CLI's defaults (jieba's idf.txt when installed for TF-IDF; none for TextRank).
    func keywords(_ text: [Unicode.Scalar], _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["top", "method", "pos", "allow_single", "keep_boilerplate", "phrases", "idf", "lexicon_idf"])
        var settings = KeywordOptions()
        settings.top = try options.int("top") ?? 20
        if settings.top <= 0 { throw ZhMineFailure(.argument, "top must be positive") }
        switch try options.string("method") ?? "tfidf" {
        case "tfidf": settings.method = .tfidf
        case "textrank": settings.method = .textrank
        case let other: throw ZhMineFailure(.argument, "unknown keyword method '\(other)' (use tfidf or textrank)")
        }
        if let pos = try options.strings("pos") {
            if pos.isEmpty { throw ZhMineFailure(.argument, "pos needs at least one tag, e.g. n,ns,vn") }
            settings.pos = pos
        }
        settings.allowSingle = try options.bool("allow_single") ?? false
        settings.keepBoilerplate = try options.bool("keep_boilerplate") ?? false
        settings.phrases = try options.bool("phrases") ?? true
        let idfFile = try options.string("idf")
        let lexiconIDF = try options.bool("lexicon_idf") ?? false
        let source: IDFSource = idfFile.map { .file($0) } ?? (lexiconIDF || settings.method == .textrank ? .lexicon : .automatic)
        let extractor = KeywordExtractor(segmenter: segmenter, idf: try background(source), stopWords: stopWords, options: settings)
        let keywords = extractor.keywords(in: AnalyzedText(original: text, segmenter: segmenter))
        return Self.json(keywords.map { Record(keyword: $0) }, columns: Record.keywordFields)
    }

    /// The settings of a segment call, parsed once per distinct options text and kept (up to 64
    /// texts): a binding calls segment a line at a time with the same few options, and parsing
    /// them with JSONSerialization each time cost a sixth of a short line's call.
    func segmentSettings(_ json: UnsafePointer<CChar>?) throws(ZhMineFailure) -> SegmentSettings {
        let key = json.map { String(cString: $0) } ?? ""
        if let known = segmentSettingsMemo.withLock({ $0[key] }) { return known }
        let settings = try SegmentSettings(try CallOptions(json: json))
        segmentSettingsMemo.withLock { if $0.count < 64 { $0[key] = settings } }
        return settings
    }

    /// Tokens in order with the text between them, as `zhmine segment` finds them: normalised
    /// text, one line at a time, each token mapped back to the original. Output: a JSON array
    /// (of strings, or of [word, pos] pairs), or with the option "separator" (one character the
    /// text does not contain) the words (and tags) joined by it — the bindings' fast path.
    func segment(_ original: [Unicode.Scalar], _ settings: SegmentSettings) throws(ZhMineFailure) -> [UInt8] {
        let withPOS = settings.withPOS, mode = settings.mode, separator = settings.separator
        if let separator, original.contains(separator) { throw ZhMineFailure(.argument, "the text contains the separator") }
        let segmenter = settings.unknownWords ? self.segmenter : Segmenter(lexicon: lexicon, unknownWords: false)
        let normalized = Normalizer().normalize(original)
        let map = normalized.offsets
        var out = TokenWriter(separator: separator, withPOS: withPOS, capacity: original.count * 4)
        var covered = 0
        var tokens: [Token] = []
        var scratch = SegmenterScratch()
        var ranges: [Piece] = []  // (a struct, not a tuple: no tuple metadata looked up per call)
        var nextStart: [Int] = []
        var pieces: [Piece] = []
        normalized.scalars.withUnsafeBufferPointer { buffer in
            for line in SentenceSplitter().lines(in: normalized.scalars) {
                tokens.removeAll(keepingCapacity: true)
                segmenter.segment(UnsafeBufferPointer(rebasing: buffer[line.range]), mode: mode, into: &tokens, scratch: &scratch)
                ranges.removeAll(keepingCapacity: true)
                for t in tokens {
                    let r = map.tilingRange((line.start + Int(t.start))..<(line.start + Int(t.end)))
                    if r.upperBound > r.lowerBound { ranges.append(Piece(range: r, pos: t.pos)) }
                }
                // Search and full modes emit sub-words before the word that holds them: the text
                // before a token is a gap only when no token still to come starts earlier.
                nextStart.removeAll(keepingCapacity: true)
                nextStart.append(contentsOf: repeatElement(Int.max, count: ranges.count + 1))
                for i in stride(from: ranges.count - 1, through: 0, by: -1) {
                    nextStart[i] = min(nextStart[i + 1], ranges[i].range.lowerBound)
                }
                pieces.removeAll(keepingCapacity: true)
                for (i, token) in ranges.enumerated() {
                    if nextStart[i] > covered {
                        pieces.append(Piece(range: covered..<nextStart[i], pos: nil))
                        covered = nextStart[i]
                    }
                    pieces.append(token)
                    covered = max(covered, token.range.upperBound)
                }
                out.write(pieces, of: original, segmenter: segmenter)
            }
        }
        if covered < original.count { out.write([Piece(range: covered..<original.count, pos: nil)], of: original, segmenter: segmenter) }
        return out.finish()
    }

    /// `zhmine diff --format json` of two reports.
    func diff(_ old: [Unicode.Scalar], _ new: [Unicode.Scalar], _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["old_name", "new_name"])
        let oldName = try options.string("old_name") ?? "old", newName = try options.string("new_name") ?? "new"
        var settings = PlanDiff.Options()
        if let normalizer = PlanIndicatorNormalizer.projectDefault() { settings.normalizer = normalizer }
        let extractor = TargetExtractor()
        let diff = PlanDiff(old: extractor.records(in: old, doc: oldName), new: extractor.records(in: new, doc: newName),
                            oldName: oldName, newName: newName, options: settings)
        return DiffJSON.render(diff)
    }

    /// Reads a file as the CLI does: .html and .docx through their text extractors, anything
    /// else decoded (encoding detected unless given). `{text, encoding, substitutions}`.
    func read(path: String, _ options: CallOptions) throws(ZhMineFailure) -> [UInt8] {
        try options.allow(["encoding", "lossy", "max_bytes"])
        let lossy = try options.bool("lossy") ?? false
        let maxBytes = try options.int("max_bytes") ?? (512 << 20)
        if maxBytes <= 0 { throw ZhMineFailure(.argument, "max_bytes must be positive") }
        let encodingName = try options.string("encoding") ?? "auto"
        let encoding = encodingName.lowercased() == "auto" ? nil : TextEncoding(name: encodingName)
        if encodingName.lowercased() != "auto" && encoding == nil {
            throw ZhMineFailure(.argument, "unknown encoding '\(encodingName)' (use auto, utf8, utf16, utf16le, utf16be, gb18030, gbk, big5)")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, maxBytes: maxBytes)
        } catch {
            throw ZhMineFailure(.io, file: path, error.message)
        }
        let text: DecodedText
        switch DocumentFormat(fileName: path) {
        case .html?, .docx?:
            var limits = InputLimits()
            limits.maxBytes = maxBytes
            limits.lossy = lossy
            do {
                text = try DocumentText(limits: limits).text(of: bytes, format: DocumentFormat(fileName: path) ?? .text)
            } catch {
                throw ZhMineFailure(.decode, file: path, error.message)
            }
        default:
            do {
                text = try TextDecoder(lossy: lossy).decode(bytes, encoding: encoding)
            } catch {
                throw ZhMineFailure(.decode, file: path, error.description)
            }
        }
        return Self.json([Record([("text", .string(String(scalars: text.scalars))), ("encoding", .string(text.encoding.rawValue)),
                                  ("substitutions", .int(text.substitutions))])], columns: [], array: false)
    }

    // MARK: - Machinery

    private func background(_ source: IDFSource) throws(ZhMineFailure) -> any InverseDocumentFrequencies {
        let key: String
        switch source {
        case .automatic: key = "automatic"
        case .lexicon: key = "lexicon"
        case let .file(path): key = "file:" + path
        }
        if let known = backgrounds.withLock({ $0[key] }) { return known }
        let loaded: any InverseDocumentFrequencies
        do {
            loaded = try source.load(lexicon: lexicon)
        } catch {
            throw ZhMineFailure(.io, error.description)
        }
        backgrounds.withLock { $0[key] = loaded }
        return loaded
    }

    /// The records as the CLI's `--format json` writes them (or the one object alone).
    private static func json(_ records: [Record], columns: [String], array: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        if !array, let first = records.first {
            JSONText.appendObject(first, to: &out)
            return out
        }
        var writer = RecordWriter(format: .json, columns: columns)
        for record in records { writer.write(record, to: &out) }
        writer.finish(to: &out)
        return out
    }
}

/// The options of a segment call: {"mode": "accurate"|"search"|"full"|"icu", "pos": false,
/// "unknown_words": true, "separator": one character}.
struct SegmentSettings: Sendable {
    var mode: SegmentationMode
    var withPOS: Bool
    var unknownWords: Bool
    var separator: Unicode.Scalar?

    init(_ options: CallOptions) throws(ZhMineFailure) {
        try options.allow(["mode", "pos", "unknown_words", "separator"])
        let modeName = try options.string("mode") ?? "accurate"
        guard let mode = SegmentationMode(rawValue: modeName) else {
            throw ZhMineFailure(.argument, "unknown mode '\(modeName)' (use accurate, search, full or icu)")
        }
        self.mode = mode
        withPOS = try options.bool("pos") ?? false
        unknownWords = try options.bool("unknown_words") ?? true
        if let given = try options.string("separator") {
            guard given.unicodeScalars.count == 1, let scalar = given.unicodeScalars.first else {
                throw ZhMineFailure(.argument, "separator must be one character")
            }
            separator = scalar
        }
    }
}

/// A token or the text between tokens (no tag) as a range of the original text: plain data, so that
/// a line's list is reused without releasing anything.
private struct Piece {
    var range: Range<Int>
    var pos: UInt8?
}

/// The output of `segment`: a JSON array of words (or [word, pos] pairs), or the words (and tags)
/// joined by a separator.
private struct TokenWriter {
    let separator: Unicode.Scalar?
    let withPOS: Bool
    private var out: [UInt8] = []
    private var count = 0

    init(separator: Unicode.Scalar?, withPOS: Bool, capacity: Int) {
        self.separator = separator
        self.withPOS = withPOS
        out.reserveCapacity(capacity)
    }

    /// Writes the words (`original[range]`) and their tags (a gap's is "x") in order.
    mutating func write(_ pieces: [Piece], of original: [Unicode.Scalar], segmenter: Segmenter) {
        guard let separator, !withPOS else {
            for p in pieces { write(original[p.range], pos: withPOS ? p.pos.map(segmenter.posName) ?? "x" : "") }
            return
        }
        // The bindings' path: the bytes of all pieces reserved once at their upper bound (4 per
        // scalar, 4 per separator), written through a pointer, the unused tail cut off.
        var bound = 0
        for p in pieces { bound += 4 * p.range.count + 4 }
        let old = out.count
        out.append(contentsOf: repeatElement(0, count: bound))
        var first = count == 0
        let written = out.withUnsafeMutableBufferPointer { buffer -> Int in
            let p = buffer.baseAddress! + old
            var n = 0
            original.withUnsafeBufferPointer { text in
                for piece in pieces {
                    if !first { n = UTF8Encoding.write(separator, to: p, at: n) }
                    first = false
                    for k in piece.range { n = UTF8Encoding.write(text[k], to: p, at: n) }
                }
            }
            return n
        }
        out.removeLast(bound - written)
        count += pieces.count
    }

    private mutating func write(_ word: ArraySlice<Unicode.Scalar>, pos: String) {
        if let separator {
            if count > 0 { UTF8Encoding.append(separator, to: &out) }
            UTF8Encoding.append(word, to: &out)
            if withPOS {
                UTF8Encoding.append(separator, to: &out)
                out.append(contentsOf: pos.utf8)
            }
        } else {
            out.append(count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
            if withPOS { out.append(UInt8(ascii: "[")) }
            JSONScalars.appendString(word, to: &out)
            if withPOS {
                out.append(UInt8(ascii: ","))
                JSONText.appendString(pos, to: &out)
                out.append(UInt8(ascii: "]"))
            }
        }
        count += 1
    }

    mutating func finish() -> [UInt8] {
        if separator == nil { out.append(contentsOf: count == 0 ? Array("[]".utf8) : [UInt8(ascii: "]")]) }
        return out
    }
}

/// JSON strings straight from scalars (the segmenter's hot path: no String per token).
enum JSONScalars {
    static func appendString(_ scalars: ArraySlice<Unicode.Scalar>, to out: inout [UInt8]) {
        if scalars.contains(where: { $0.value < 0x20 || $0 == "\"" || $0 == "\\" }) {
            JSONText.appendString(String(scalars: scalars), to: &out)
            return
        }
        out.append(0x22)
        UTF8Encoding.append(scalars, to: &out)
        out.append(0x22)
    }
}
