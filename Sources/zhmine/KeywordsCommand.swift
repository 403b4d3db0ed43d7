import ArgumentParser
import Foundation
import ZhArchive
import ZhExtract
import ZhLexicon
import ZhOutput
import ZhSegment
import ZhText

/// `zhmine keywords`: the top words of a document by TF-IDF or TextRank, `{word, weight, count}`.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Keywords of a document by TF-IDF (against a background IDF table) or TextRank.",
        discussion: """
        TF-IDF's background is jieba's idf.txt when Debian's python3-jieba installed it (words it \
        lacks: derived from the lexicon), else derived from the lexicon's word costs; --idf FILE \
        loads another 'word idf' table. Stop words (Dictionaries/stopwords.txt), the report \
        boilerplate list (stopwords-boilerplate.txt, unless --keep-boilerplate), bylines and \
        captions, punctuation, markup, numbers and single characters (unless --allow-single) \
        are never keywords.
        """
    )

    @OptionGroup var document: DocumentOptions<Format>
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "How many keywords to print.")
    var top: Int = 20

    @Option(help: "tfidf (default) or textrank.")
    var method: Method = .tfidf

    @Option(help: ArgumentHelp("A 'word idf' table (jieba's idf.txt format) for TF-IDF.", valueName: "file"))
    var idf: String?

    @Option(name: .customLong("idf-from"), help: ArgumentHelp("The corpus IDF table of an archive written by 'zhmine batch': keywords relative to the other reports.", valueName: "archive.sqlite"))
    var idfFrom: String?

    @Flag(name: .customLong("lexicon-idf"), help: "Derive IDF from the lexicon even when jieba's idf.txt is installed.")
    var lexiconIDF = false

    @Option(help: ArgumentHelp("Allowed parts of speech, comma-separated (default \(KeywordOptions.defaultPOS.joined(separator: ","))).",
                               valueName: "tags"))
    var pos: String?

    @Flag(name: .customLong("allow-single"), help: "Allow single-character keywords.")
    var allowSingle = false

    @Flag(name: .customLong("keep-boilerplate"), help: "Keep report boilerplate words (加快, 推进, 建设, 发展 …) as candidates.")
    var keepBoilerplate = false

    @Flag(name: .customLong("no-phrases"), help: "Do not join recurring adjacent nouns into key phrases.")
    var noPhrases = false

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case tfidf, textrank
        var method: KeywordMethod { self == .textrank ? .textrank : .tfidf }
    }
    /// The record formats, or text: word, weight and count separated by tabs.
    enum Format: String, RecordFormatsPlusOne {
        case jsonl, json, csv, text
        static let standard = Format.jsonl
        static let otherSummary = "word, weight, count separated by tabs"
    }

    func validate() throws {
        if top <= 0 { throw ValidationError("--top must be positive") }
        if [idf != nil, lexiconIDF, idfFrom != nil].filter({ $0 }).count > 1 {
            throw ValidationError("--idf, --idf-from and --lexicon-idf exclude each other")
        }
        if let pos, parsedPOS(pos).isEmpty { throw ValidationError("--pos needs at least one tag, e.g. n,ns,vn") }
    }

    func parsedPOS(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }

    func run() throws {
        let format = try document.output.format()
        // Read the document first: a bad input fails before the lexicon loads.
        let input = try document.read()
        let lexicon = try lexiconOptions.load()
        // TextRank needs no background: skip reading a 6 MB table (but still check --idf's file).
        let source: IDFSource = idf.map { .file($0) } ?? (lexiconIDF || method == .textrank ? .lexicon : .automatic)
        let background: any InverseDocumentFrequencies
        do {
            if let idfFrom {
                // Words the archive never saw fall back to the lexicon-derived IDF.
                background = ChainedIDF(try CorpusIDF.table(from: idfFrom), then: try IDFSource.lexicon.load(lexicon: lexicon))
            } else {
                background = try source.load(lexicon: lexicon)
            }
        } catch let error as CustomStringConvertible {
            throw CLIError(file: idfFrom, error.description)
        }
        var options = KeywordOptions()
        options.method = method.method
        options.top = top
        if let pos { options.pos = parsedPOS(pos) }
        options.allowSingle = allowSingle
        options.keepBoilerplate = keepBoilerplate
        options.phrases = !noPhrases
        let extractor = KeywordExtractor(segmenter: Segmenter(lexicon: lexicon), idf: background, options: options)
        let keywords = extractor.keywords(in: input.analyzed(segmenter: extractor.segmenter))

        let sink = try document.output.sink()
        if let recordFormat = format.record {
            var writer = RecordWriter(format: recordFormat, columns: Record.keywordFields)
            for k in keywords {
                try sink.write { writer.write(Record(keyword: k), to: &$0) }
            }
            try sink.write { writer.finish(to: &$0) }
        } else {
            for k in keywords {
                try sink.write("\(k.word)\t\(Record.roundedWeight(k.weight))\t\(k.count)\n")
            }
        }
        try sink.flush()
    }
}
