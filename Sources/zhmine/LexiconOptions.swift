import ArgumentParser
import Foundation
import ZhLexicon

/// Options that choose the lexicon's sources (shared by `dict`, `segment` and the extractors).
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: ArgumentHelp("A user dictionary: 'word [freq|force] [pos]' per line (repeatable).", valueName: "path"))
    var userDictionaries: [String] = []

    @Option(help: ArgumentHelp("jieba's dict.txt (default: Debian's python3-jieba copy when installed).", valueName: "path"))
    var jieba: String?

    @Flag(name: .customLong("no-jieba"), help: "Leave jieba's dictionary out (ICU's cjdict and ZhMine's own dictionaries only).")
    var noJieba = false

    @Flag(name: .customLong("no-icu"), help: "Leave ICU's cjdict out (jieba's dictionary and ZhMine's own only).")
    var noICU = false

    @Option(help: ArgumentHelp("A compiled lexicon file (from 'zhmine dict build --out'), instead of the cache (default: $ZHMINE_LEXICON).", valueName: "file"))
    var lexicon: String?

    var sources: LexiconSources {
        var s = LexiconSources.discover()
        if noJieba { s.jiebaDictionary = nil } else if let jieba { s.jiebaDictionary = jieba }
        s.userDictionaries = userDictionaries
        if noICU { s.icu = false }
        return s
    }

    func validate() throws {
        if noJieba && jieba != nil { throw ValidationError("--jieba and --no-jieba exclude each other") }
        for path in userDictionaries + [jieba].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: path) {
            throw CLIError(file: path, "no such file or not readable")
        }
    }

    /// Loads the lexicon, turning every failure into a one-line error; its compiled word lists
    /// become the ones the extractors read (``ProjectDictionaries/use(_:)``).
    func load() throws -> Lexicon {
        let lexicon = try open()
        ProjectDictionaries.use(lexicon)
        return lexicon
    }

    private func open() throws -> Lexicon {
        do {
            if let path = lexicon ?? LexiconStore.namedLexiconFile() { return try Lexicon(path: path) }
            return try LexiconStore(sources: sources).load()
        } catch let error as FormatError {
            throw CLIError(error.description)
        } catch let error as WordListError {
            throw CLIError(error.description)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cannot build the lexicon: \(error)")
        }
    }
}
