import Foundation

/// A user-facing failure: printed as one line `zhmine: FILE: problem`, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var file: String?
    var message: String
    var exitCode: Int32 = 1

    init(file: String? = nil, _ message: String, exitCode: Int32 = 1) {
        self.file = file
        self.message = message
        self.exitCode = exitCode
    }

    var description: String {
        let text = message.replacingOccurrences(of: "\n", with: " ")
        if let file { return "zhmine: \(file): \(text)" }
        return "zhmine: \(text)"
    }
}

/// Standard error, one line at a time.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func warning(file: String, _ message: String) {
        error("zhmine: \(file): warning: \(message)")
    }
}
