import Foundation
import ZIPFoundation
import ZhText

/// Reads the bytes of one ``InputItem``, enforcing ``InputLimits`` (size, zip-bomb ratio).
///
/// Zip entries are decompressed in memory, chunk by chunk, and never written to disk; the
/// decompression stops as soon as the output passes `maxBytes` or `maxCompressionRatio` times
/// the compressed size. The loader keeps the last archive open, so give it the items of one
/// archive in a row (as ``InputDiscovery`` lists them). Not thread-safe: one loader per reader.
/// ```swift
/// let loader = InputLoader(limits: InputLimits())
/// let bytes = try loader.load(item)     // throws InputError with a one-line reason
/// ```
public final class InputLoader {
    public let limits: InputLimits

    public init(limits: InputLimits) {
        self.limits = limits
    }

    /// The item's bytes, or an ``InputError`` saying why they cannot be had.
    public func load(_ item: InputItem) throws(InputError) -> [UInt8] {
        if let refusal = item.refusal { throw InputError(refusal) }
        switch item.location {
        case let .file(path): return try readFile(path)
        case let .zipEntry(archive, entry): return try readEntry(entry, of: archive)
        }
    }

    // MARK: - Machinery

    private var openArchivePath: String?
    private var openArchive: Archive?
    private var entries: [String: Entry] = [:]

    private func readFile(_ path: String) throws(InputError) -> [UInt8] {
        do {
            return try FileBytes.read(path, maxBytes: limits.maxBytes, regularFilesOnly: true)
        } catch {
            throw InputError(error.message)
        }
    }

    private func readEntry(_ name: String, of archivePath: String) throws(InputError) -> [UInt8] {
        let archive = try archive(at: archivePath)
        guard let entry = entries[name] else { throw InputError("entry vanished from the archive") }
        let declared = entry.uncompressedSize, compressed = entry.compressedSize
        if declared > UInt64(limits.maxBytes) {
            throw InputError("is \(declared) bytes uncompressed, more than --max-bytes \(limits.maxBytes)")
        }
        let ratioLimit = UInt64(limits.maxCompressionRatio)
        if declared > UInt64(limits.ratioExemptBytes), declared / max(compressed, 1) > ratioLimit {
            throw InputError("zip bomb refused: compression ratio \(declared / max(compressed, 1)):1 is above \(ratioLimit):1")
        }
        do {
            return try archive.boundedContents(of: entry, maxBytes: limits.maxBytes, limits: limits)
        } catch Archive.BoundTrip.tooLarge {
            throw InputError("decompresses to more than --max-bytes \(limits.maxBytes) bytes")
        } catch Archive.BoundTrip.ratio {
            throw InputError("zip bomb refused: decompresses to more than \(ratioLimit) times its compressed size \(compressed)")
        } catch {
            throw InputError("cannot read the zip entry (\(InputDiscovery.describe(error)))")
        }
    }

    private func archive(at path: String) throws(InputError) -> Archive {
        if path == openArchivePath, let openArchive { return openArchive }
        openArchive = nil
        openArchivePath = nil
        entries = [:]
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError("the zip archive cannot be opened any more (\(InputDiscovery.describe(error)))")
        }
        var map: [String: Entry] = [:]
        for entry in archive where map[entry.path] == nil { map[entry.path] = entry }
        openArchive = archive
        openArchivePath = path
        entries = map
        return archive
    }
}

/// Why an input could not be read or turned into text; recorded in `documents.error`.
///
/// ```swift
/// InputError("zip bomb refused: compression ratio 1000:1 is above 100:1").description
/// ```
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
