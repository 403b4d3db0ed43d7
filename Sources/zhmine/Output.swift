import Foundation
import ZhText

/// Buffered UTF-8 output to stdout or to `--out PATH`.
final class OutputSink {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let name: String
    private let ownsFD: Bool

    init(path: String?) throws {
        if let path, path != "-" {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CLIError(file: path, FileBytes.describe(errno: errno)) }
            self.fd = fd
            self.name = path
            self.ownsFD = true
        } else {
            self.fd = 1
            self.name = "<stdout>"
            self.ownsFD = false
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        try? flush()
        if ownsFD { close(fd) }
    }

    /// Appends through a closure that writes into the buffer, flushing when it grows.
    func write(_ body: (inout [UInt8]) -> Void) throws {
        body(&buffer)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func write(_ string: String) throws {
        try write { $0.append(contentsOf: string.utf8) }
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.write(fd, base + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }  // reader went away (e.g. `| head`): stop quietly
                let code = errno
                buffer.removeAll(keepingCapacity: true)
                throw CLIError(file: name, FileBytes.describe(errno: code))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
