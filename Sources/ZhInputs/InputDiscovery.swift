import Foundation
import ZIPFoundation

/// Expands command-line paths into documents: directories recursively, .zip archives entry by entry.
///
/// Files found in directories and archives are kept when their extension is known (or they match
/// `--include`) and they match no `--exclude`; hidden files (`.name`) and macOS `__MACOSX/` entries
/// are skipped. A path named explicitly is always read (as text unless its extension says otherwise).
/// Zip entries whose names are absolute or contain `..`, symlink entries and nested .zip archives are
/// kept as refused items, so that the archive records them with the reason.
/// ```swift
/// let found = InputDiscovery(limits: InputLimits()).discover(["reports/", "old.zip"])
/// print(found.items.count, found.ignored)
/// ```
public struct InputDiscovery: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits) {
        self.limits = limits
    }

    /// What discovery found.
    public struct Found: Sendable {
        public var items: [InputItem] = []
        /// Files passed over because of their extension or the include/exclude patterns.
        public var ignored = 0
    }

    /// The documents under `paths`, in a stable order (directory entries sorted by name).
    public func discover(_ paths: [String]) -> Found {
        var found = Found()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                // Missing or unreadable: keep it, the loader records the reason.
                found.items.append(InputItem(location: .file(path: path), format: DocumentFormat(fileName: path) ?? .text))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(directory: path, relative: "", into: &found)
            } else {
                let format = DocumentFormat(fileName: path) ?? .text
                if format == .zip {
                    expand(zip: path, into: &found)
                } else {
                    found.items.append(InputItem(location: .file(path: path), format: format))
                }
            }
        }
        return found
    }

    // MARK: - Machinery

    private func walk(directory: String, relative: String, into found: inout Found) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            found.items.append(InputItem(location: .file(path: directory), format: .text,
                                         refusal: "cannot list the directory: \(Self.describe(error))"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var link = stat()
            guard lstat(path, &link) == 0 else {
                // Vanished between listing and lstat: let the loader record it.
                keep(path: path, relative: rel, into: &found)
                continue
            }
            switch link.st_mode & S_IFMT {
            case S_IFDIR:
                walk(directory: path, relative: rel, into: &found)
            case S_IFLNK:
                // Follow links to files (and record dangling ones); never follow links to directories (loops).
                var target = stat()
                if stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR { continue }
                keep(path: path, relative: rel, into: &found)
            case S_IFREG:
                keep(path: path, relative: rel, into: &found)
            default:
                found.ignored += 1  // sockets, FIFOs, devices: never documents
            }
        }
    }

    private func keep(path: String, relative: String, into found: inout Found) {
        guard let format = accepted(relative) else {
            found.ignored += 1
            return
        }
        if format == .zip {
            expand(zip: path, into: &found)
        } else {
            found.items.append(InputItem(location: .file(path: path), format: format))
        }
    }

    /// The format of a file found in a directory or archive, or nil when it is filtered out.
    func accepted(_ relative: String) -> DocumentFormat? {
        let base = relative.split(separator: "/").last.map(String.init) ?? relative
        if limits.exclude.contains(where: { Self.matches($0, relative) || Self.matches($0, base) }) { return nil }
        let known = DocumentFormat(fileName: base)
        if limits.include.isEmpty { return known }
        guard limits.include.contains(where: { Self.matches($0, relative) || Self.matches($0, base) }) else { return nil }
        return known ?? .text
    }

    private func expand(zip path: String, into found: inout Found) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            found.items.append(InputItem(location: .file(path: path), format: .zip,
                                         refusal: "not a readable zip archive (\(Self.describe(error)))"))
            return
        }
        for entry in archive {
            let name = entry.path
            if name.hasPrefix("__MACOSX/") { continue }
            let location = InputItem.Location.zipEntry(archive: path, entry: name)
            if let problem = Self.unsafeEntryName(name) {
                found.items.append(InputItem(location: location, format: .text, refusal: problem))
                continue
            }
            switch entry.type {
            case .directory:
                continue
            case .symlink:
                found.items.append(InputItem(location: location, format: .text, refusal: "symbolic link inside a zip archive: refused"))
                continue
            case .file:
                break
            }
            let components = name.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            guard let format = accepted(name) else {
                found.ignored += 1
                continue
            }
            if format == .zip {
                found.items.append(InputItem(location: location, format: .zip,
                                             refusal: "nested zip archive: not supported (unpack it and pass its contents)"))
            } else {
                found.items.append(InputItem(location: location, format: format))
            }
        }
    }

    /// Why a zip entry name is unsafe to use as a path: absolute, a drive letter, or a `..` component.
    static func unsafeEntryName(_ name: String) -> String? {
        if name.isEmpty { return "empty entry name: refused" }
        if name.hasPrefix("/") || name.hasPrefix("\\") { return "absolute entry name: refused" }
        let scalars = Array(name.unicodeScalars)
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return "entry name with a drive letter: refused" }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("..") { return "entry name with '..': refused (path traversal)" }
        if name.unicodeScalars.contains(where: { $0.value == 0 }) { return "entry name with a NUL byte: refused" }
        return nil
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error)"
    }
}
