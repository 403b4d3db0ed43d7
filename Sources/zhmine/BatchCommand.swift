import ArgumentParser
import Foundation
import ZhArchive
import ZhExtract
import ZhInputs
import ZhLexicon
import ZhSegment

/// `zhmine batch`: an archive of reports into one SQLite database — parallel, resumable, nothing lost.
/// With `--jsonl`: a streaming filter, JSON lines `{"id", "text"}` in, one JSON line of records out.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Process directories, .zip archives and files (.txt .md .html .htm .docx) into a SQLite archive.",
        discussion: """
            Each document is written in its own transaction; failures (binary, undecodable, too large, \
            zip bombs, unsafe zip entry names, nested archives, unreadable or vanished files) are recorded \
            in documents.status/error and the batch goes on. Exit status: 0 all done, 2 some documents \
            failed, 1 the batch itself failed. With --jsonl, reads JSON lines {"id": …, "text": …} from \
            standard input and writes one JSON line per document to standard output (no database).
            """
    )

    @Argument(help: "Directories (recursive), .zip archives and files.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The SQLite archive to create or update.", valueName: "archive.sqlite"))
    var db: String?

    @Option(help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Skip documents stored as done with the same path and sha256 (after an interruption).")
    var resume = false

    @Option(help: ArgumentHelp("Only files matching this glob (repeatable; default: the known extensions).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Leave out files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .customLong("max-bytes"), help: "Refuse documents larger than this (after decompression).")
    var maxBytes: Int = InputLimits().maxBytes

    @Flag(help: "Replace invalid byte sequences with U+FFFD instead of recording the document as failed.")
    var lossy = false

    @Flag(help: "Streaming filter: JSON lines {\"id\", \"text\"} on stdin, one JSON line of records per document on stdout.")
    var jsonl = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if jsonl {
            if !paths.isEmpty || db != nil { throw ValidationError("--jsonl reads standard input and writes standard output: no PATH, no --db") }
        } else {
            if paths.isEmpty { throw ValidationError("give at least one PATH (or --jsonl)") }
            if db == nil { throw ValidationError("--db ARCHIVE.sqlite is required") }
        }
    }

    func run() async throws {
        let lexicon = try lexiconOptions.load()
        let segmenter = Segmenter(lexicon: lexicon)
        // Keywords against a fixed background (jieba's idf.txt when installed, else the lexicon's),
        // never the archive's own table: results must not depend on what was processed before.
        let background: any InverseDocumentFrequencies
        do {
            background = try IDFSource.automatic.load(lexicon: lexicon)
        } catch {
            throw CLIError("cannot load the IDF background: \(error)")
        }
        let pipeline = DocumentPipeline(segmenter: segmenter, keywordExtractor: KeywordExtractor(segmenter: segmenter, idf: background))
        if jsonl {
            try await runFilter(pipeline)
            return
        }
        guard let db else { return }
        var limits = InputLimits()
        limits.maxBytes = maxBytes
        limits.include = include
        limits.exclude = exclude
        limits.lossy = lossy
        let found = InputDiscovery(limits: limits).discover(paths)
        let store: ArchiveStore
        do {
            store = try ArchiveStore(path: db)
        } catch {
            throw CLIError(file: db, "\(error)")
        }
        let runner = BatchRunner(store: store, processor: pipeline,
                                 options: BatchOptions(jobs: jobs, resume: resume, limits: limits))
        let meter = ProgressLine(enabled: isatty(2) == 1)
        let summary: BatchSummary
        do {
            summary = try await runner.run(found.items) { meter.update($0) }
        } catch {
            meter.clear()
            throw CLIError(file: db, "\(error)")
        }
        meter.clear()
        report(summary, ignored: found.ignored, db: db)
        if summary.failed > 0 { throw ExitCode(2) }
    }

    private func runFilter(_ pipeline: DocumentPipeline) async throws {
        let sink = try OutputSink(path: nil)
        let filter = JSONLinesFilter(processor: pipeline, jobs: jobs, maxLineBytes: maxBytes)
        let stats = try await filter.run(input: 0) { line in
            try sink.write { $0.append(contentsOf: line) }
        }
        try sink.flush()
        if stats.failed > 0 {
            Console.error("zhmine batch --jsonl: \(stats.documents) lines, \(stats.failed) failed")
            throw ExitCode(2)
        }
    }

    private func report(_ s: BatchSummary, ignored: Int, db: String) {
        let p = s.progress
        let mb = Double(p.bytes) / 1_000_000
        var line = "zhmine batch: \(p.total) documents: \(p.done) done, \(p.failed) failed, \(p.skipped) skipped"
        if ignored > 0 { line += " (\(ignored) other files ignored)" }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
        line += String(format: " in %.2f s (%.1f documents/s, %.2f MB/s; CPU %.2f s; database writes %.2f s, CPU %.2f s); IDF of %d words; archive %@",
                       p.seconds, p.documentsPerSecond, p.seconds > 0 ? mb / p.seconds : 0, cpu, p.writingSeconds,
                       p.writingCPUSeconds, s.idfWords, db)
        Console.error(line)
        for f in s.failures.prefix(20) { Console.error("  failed: \(f.path): \(f.error)") }
        if s.failures.count > 20 {
            Console.error("  … and \(s.failures.count - 20) more: SELECT path, error FROM documents WHERE status = 'failed'")
        }
    }
}

/// The progress line on stderr (only when stderr is a terminal), redrawn at most five times a second.
final class ProgressLine {
    private let enabled: Bool
    private var last = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ p: BatchProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard p.finished == p.total || last.duration(to: now) >= .milliseconds(200) else { return }
        last = now
        let eta = p.estimatedSecondsLeft.map { Self.clock($0) } ?? "–"
        let text = String(format: "\r\u{1B}[Kbatch %d/%d · %d failed · %d skipped · %.1f documents/s · ETA %@",
                          p.finished, p.total, p.failed, p.skipped, p.documentsPerSecond, eta)
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
