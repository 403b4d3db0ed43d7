import Foundation
import ZhInputs
import ZhText

/// Runs a batch: reads every item, processes documents in parallel (at most `jobs` at a time,
/// structured concurrency), and writes each result through the single archive connection as it
/// arrives, each document in its own transaction. Failures are recorded and the batch goes on.
///
/// Reading and writing happen in the calling task (one reader, one writer, no contention);
/// decoding, HTML/DOCX extraction and the ``DocumentProcessor`` run in child tasks.
/// ```swift
/// let store = try ArchiveStore(path: "archive.sqlite")
/// let found = InputDiscovery(limits: InputLimits()).discover(["reports/"])
/// let runner = BatchRunner(store: store, processor: pipeline, options: BatchOptions(jobs: 2))
/// let summary = try await runner.run(found.items) { progress in print(progress.finished, "/", progress.total) }
/// print(summary.done, summary.failed)
/// ```
public struct BatchRunner: Sendable {
    public var store: ArchiveStore
    public var processor: any DocumentProcessor
    public var options: BatchOptions

    public init(store: ArchiveStore, processor: any DocumentProcessor, options: BatchOptions) {
        self.store = store
        self.processor = processor
        self.options = options
    }

    /// Processes `items`; throws only when the archive itself fails (cannot write: disk full …).
    public func run(_ items: [InputItem], progress: (BatchProgress) -> Void = { _ in }) async throws -> BatchSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var state = BatchProgress(total: items.count)
        var failures: [BatchSummary.Failure] = []
        let done = options.resume ? try store.doneDocuments() : [:]
        let loader = InputLoader(limits: options.limits)
        let processor = self.processor, limits = options.limits
        let jobs = max(1, options.jobs)

        func record(_ outcome: Outcome) throws {
            let writeStart = clock.now, writeCPU = Self.threadCPUSeconds()
            defer {
                state.writing += writeStart.duration(to: clock.now)
                state.writingCPUSeconds += Self.threadCPUSeconds() - writeCPU
            }
            switch outcome {
            case let .done(entry, result, bytes):
                try store.write(entry, result: result)
                state.done += 1
                state.bytes += bytes
            case let .failed(entry, error):
                try store.recordFailure(entry, error: error)
                state.failed += 1
                failures.append(BatchSummary.Failure(path: entry.path, error: error))
            }
            state.elapsed = started.duration(to: clock.now)
            progress(state)
        }

        // A long batch writes without the query indexes and builds them once at the end (not
        // worth it for a few documents added to a big archive, nor for a resume that skips most).
        let stored = try store.statusCounts()
        let toWrite = options.resume ? items.lazy.filter { done[$0.name] == nil }.count : items.count
        let deferIndexes = toWrite >= Self.deferIndexesMinimum && toWrite * 4 >= stored.done + stored.failed
        if deferIndexes { try store.suspendQueryIndexes() }

        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var inFlight = 0
            var ready: Outcome?
            for item in items {
                let bytes: [UInt8]
                do throws(InputError) {
                    bytes = try loader.load(item)
                } catch {
                    try record(.failed(DocumentEntry(path: item.name, sha256: nil, format: item.format.rawValue, encoding: nil),
                                       error.description))
                    continue
                }
                let digest = SHA256.hex(bytes)
                if let stored = done[item.name], stored == digest {
                    state.skipped += 1
                    state.elapsed = started.duration(to: clock.now)
                    progress(state)
                    continue
                }
                if inFlight >= jobs, let outcome = try await group.next() {
                    inFlight -= 1
                    ready = outcome
                }
                group.addTask {
                    Self.work(item: item, bytes: bytes, digest: digest, limits: limits, processor: processor)
                }
                inFlight += 1
                // Written after the next document is handed out, so no worker waits for the writer.
                if let outcome = ready {
                    ready = nil
                    try record(outcome)
                }
            }
            while let outcome = try await group.next() {
                try record(outcome)
            }
        }
        if deferIndexes { try store.restoreQueryIndexes() }
        let idfWords = try store.recomputeIDF()
        state.elapsed = started.duration(to: clock.now)
        return BatchSummary(progress: state, failures: failures, idfWords: idfWords)
    }

    // MARK: - Machinery

    /// Batches that write at least this many documents (and a quarter of the archive's count) suspend the query indexes.
    static let deferIndexesMinimum = 32

    /// CPU time of the calling thread (the writer's cost, whatever the machine's load).
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    enum Outcome: Sendable {
        case done(DocumentEntry, DocumentResult, bytes: Int)
        case failed(DocumentEntry, String)
    }

    static func work(item: InputItem, bytes: [UInt8], digest: String, limits: InputLimits,
                     processor: any DocumentProcessor) -> Outcome {
        var entry = DocumentEntry(path: item.name, sha256: digest, format: item.format.rawValue, encoding: nil)
        let text: DecodedText
        do {
            text = try DocumentText(limits: limits).text(of: bytes, format: item.format)
        } catch {
            return .failed(entry, error.description)
        }
        entry.encoding = text.encoding.icuName
        let result = processor.process(SourceDocument(name: item.name, text: text))
        return .done(entry, result, bytes: bytes.count)
    }
}

/// How a batch runs.
///
/// ```swift
/// var options = BatchOptions(jobs: 4)
/// options.resume = true
/// options.limits.maxBytes = 8 << 20
/// ```
public struct BatchOptions: Sendable {
    /// Documents processed at once (default: the number of cores).
    public var jobs: Int
    /// Skip documents whose path is stored as done with the same sha256.
    public var resume: Bool
    public var limits: InputLimits

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, resume: Bool = false, limits: InputLimits = InputLimits()) {
        self.jobs = jobs
        self.resume = resume
        self.limits = limits
    }
}

/// Where a batch is: counts so far and elapsed time.
///
/// ```swift
/// progress.finished          // done + failed + skipped
/// progress.documentsPerSecond
/// ```
public struct BatchProgress: Sendable {
    public var total: Int
    public var done = 0
    public var failed = 0
    public var skipped = 0
    /// Bytes of the documents processed (as read, after decompression).
    public var bytes = 0
    public var elapsed: Duration = .zero
    /// Time spent writing to the archive (the single writer), part of `elapsed`.
    public var writing: Duration = .zero
    /// CPU time the writer spent in those writes (independent of other processes' load).
    public var writingCPUSeconds: Double = 0

    public init(total: Int) {
        self.total = total
    }

    public var finished: Int { done + failed + skipped }
    public var seconds: Double { Self.seconds(elapsed) }
    public var writingSeconds: Double { Self.seconds(writing) }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
    /// Documents processed (done or failed) per second.
    public var documentsPerSecond: Double { seconds > 0 ? Double(done + failed) / seconds : 0 }
    /// Seconds left at the current rate, nil before the first document.
    public var estimatedSecondsLeft: Double? {
        let rate = Double(finished) / max(seconds, 1e-9)
        return finished > 0 ? Double(total - finished) / rate : nil
    }
}

/// The end of a batch: counts, time, the failures, the size of the recomputed IDF table.
///
/// ```swift
/// if summary.failed > 0 { for f in summary.failures { print(f.path, f.error) } }
/// ```
public struct BatchSummary: Sendable {
    public struct Failure: Sendable, Hashable {
        public var path: String
        public var error: String
    }

    public var progress: BatchProgress
    public var failures: [Failure]
    public var idfWords: Int

    public var done: Int { progress.done }
    public var failed: Int { progress.failed }
    public var skipped: Int { progress.skipped }
}
