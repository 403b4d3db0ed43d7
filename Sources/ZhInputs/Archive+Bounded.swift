import ZIPFoundation

extension Archive {
    /// Why ``boundedContents(of:maxBytes:limits:)`` stopped decompressing.
    enum BoundTrip: Error {
        /// The output passed `maxBytes`.
        case tooLarge
        /// The output passed `limits.maxCompressionRatio` times the compressed size (past the exempt size).
        case ratio
    }

    /// The bytes of `entry`, decompressed in memory chunk by chunk and never written to disk,
    /// stopping as soon as the output passes `maxBytes` or the compression-ratio limit: the sizes
    /// in the headers can lie, so this counts what actually comes out (CRC-32 checked).
    /// Throws ``BoundTrip`` for a limit, the archive's own error otherwise.
    ///
    /// ```swift
    /// let xml = try archive.boundedContents(of: entry, maxBytes: 8 * limits.maxBytes, limits: limits)
    /// ```
    func boundedContents(of entry: Entry, maxBytes: Int, limits: InputLimits) throws -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(Int(Swift.min(entry.uncompressedSize, UInt64(Swift.max(0, Swift.min(maxBytes, limits.maxBytes))))))
        let ratioCap = entry.compressedSize.multipliedReportingOverflow(by: UInt64(limits.maxCompressionRatio))
        let ratioBytes = ratioCap.overflow ? UInt64.max : ratioCap.partialValue
        let exempt = limits.ratioExemptBytes
        _ = try extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
            result.append(contentsOf: data)
            if result.count > maxBytes { throw BoundTrip.tooLarge }
            if result.count > exempt, UInt64(result.count) > ratioBytes { throw BoundTrip.ratio }
        }
        return result
    }
}
