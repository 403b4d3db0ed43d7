import Foundation

/// Where the lists of Dictionaries/ are read at run time: the lexicon's compiled copy first.
///
/// Order for a list asked without a folder: the lists compiled into the lexicon this process
/// uses (``use(_:)``, called by the CLI and the C API when they load it), then those of the
/// lexicon file `$ZHMINE_LEXICON` names, then the Dictionaries/ folder ``locate()`` finds (a
/// source checkout; `$ZHMINE_DICTIONARIES` overrides it for development). A folder given
/// explicitly is read as it is (tests, development). A list found nowhere is said once on stderr.
///
/// ```swift
/// ProjectDictionaries.use(lexicon)                   // after loading it
/// ProjectDictionaries.list("titles.txt")             // ["市长", "书记", …] from the lexicon file
/// ProjectDictionaries.list("titles.txt", in: "/tmp/Dictionaries")   // from that folder
/// ```
extension ProjectDictionaries {
    /// Makes the lists compiled into `lexicon` the ones this process reads (a lexicon built
    /// without Dictionaries/ carries none and changes nothing).
    public static func use(_ lexicon: Lexicon) {
        guard !lexicon.wordLists.isEmpty else { return }
        compiled.set(lexicon.wordLists)
    }

    /// The text of list `name`: from `directory` when given, else compiled or found (see above).
    public static func text(_ name: String, in directory: String? = nil) -> String? {
        if let directory { return try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) }
        if let text = compiled.lists()?.text(name) { return text }
        if let folder = locate(), let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) { return text }
        missingWarning.emit()
        return nil
    }

    /// Reads a plain list of the project dictionaries (one entry per line, `#` comments): the
    /// first whitespace-separated field of each line.
    public static func list(_ name: String, in directory: String? = nil) -> [String] {
        guard let text = text(name, in: directory) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        }
    }

    // MARK: - Machinery

    static let missingWarning = OnceWarning(
        "zhmine: warning: ZhMine's word lists were not found (the lexicon carries none and there is no Dictionaries/ folder): " +
        "entities, keywords and indicators lose their lists; name a lexicon built with them in ZHMINE_LEXICON or set ZHMINE_DICTIONARIES")

    /// The process's compiled lists: set by ``use(_:)``, else read once from `$ZHMINE_LEXICON`.
    static let compiled = CompiledListsHolder()
}

/// The compiled lists of the lexicon a process uses, behind a lock.
final class CompiledListsHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var value: CompiledWordLists?
    private var triedEnvironment = false

    func set(_ lists: CompiledWordLists) {
        lock.lock()
        defer { lock.unlock() }
        value = lists
    }

    func lists() -> CompiledWordLists? {
        lock.lock()
        defer { lock.unlock() }
        if value == nil, !triedEnvironment {
            triedEnvironment = true
            if let path = ProcessInfo.processInfo.environment["ZHMINE_LEXICON"], !path.isEmpty,
               let lexicon = try? Lexicon(path: path), !lexicon.wordLists.isEmpty {
                value = lexicon.wordLists
            }
        }
        return value
    }
}
