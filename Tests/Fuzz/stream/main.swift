// Harness: TextStream — chunked reading and decoding of a file with bounded memory.
// Input: a file's bytes (written to a temporary file). Invariants: chunks are contiguous
// in scalars and bytes; when the whole input is valid UTF-8, the chunks concatenate to
// exactly what TextDecoder decodes in one piece; a maxBytes below the size is refused.
import ZhText
#if canImport(Glibc)
import Glibc
#endif

let streamPath = "/tmp/zhmine-fuzz-stream-\(getpid()).txt"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStream(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let file = fopen(streamPath, "wb") else { return 0 }
    if size > 0 { _ = fwrite(data, 1, size, file) }
    fclose(file)
    let bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let whole = try? TextDecoder().decode(bytes)
    for lossy in [false, true] {
        guard let stream = try? TextStream(path: streamPath, lossy: lossy, chunkSize: 4096) else {
            fuzzRequire(false, "cannot open the stream")
            return 0
        }
        var scalars: [Unicode.Scalar] = []
        var lastByteOffset = -1
        do {
            while let chunk = try stream.next() {
                fuzzRequire(chunk.scalarOffset == scalars.count, "chunk at scalar \(chunk.scalarOffset), expected \(scalars.count)")
                fuzzRequire(chunk.byteOffset > lastByteOffset && chunk.byteOffset < size,
                            "chunk at byte \(chunk.byteOffset) after \(lastByteOffset), size \(size)")
                if lastByteOffset < 0 {
                    fuzzRequire(chunk.byteOffset == 0, "first chunk at byte \(chunk.byteOffset)")
                } else {
                    fuzzRequire(bytes[chunk.byteOffset - 1] == 0x0A, "chunk \(chunk.byteOffset) does not start a line")
                }
                lastByteOffset = chunk.byteOffset
                scalars += chunk.scalars
            }
            if let whole, whole.encoding == .utf8, !lossy {
                fuzzRequire(scalars == whole.scalars, "streamed UTF-8 differs from whole decoding")
            }
        } catch {
            fuzzRequire(!(whole?.encoding == .utf8 && !lossy), "stream threw \(error) on valid UTF-8")
        }
    }
    if size > 0 {
        let limited = try? TextStream(path: streamPath, maxBytes: size - 1)
        fuzzRequire(limited == nil, "maxBytes \(size - 1) accepted a \(size)-byte file")
    }
    return 0
}
