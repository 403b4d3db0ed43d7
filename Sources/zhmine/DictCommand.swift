import ArgumentParser
import Foundation
import ZhLexicon
import ZhText

/// `zhmine dict`: build, inspect and query the lexicon.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Build, inspect and query the lexicon (ICU cjdict + jieba dict.txt + ZhMine's dictionaries + user dictionaries).",
        subcommands: [Build.self, Lookup.self, Prefix.self, Stats.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compile the lexicon (into the cache, or --out FILE).")
        @OptionGroup var lexiconOptions: LexiconOptions
        @Option(help: "Write the compiled lexicon here instead of the cache.")
        var out: String?

        func run() throws {
            let start = Date()
            let store = LexiconStore(sources: lexiconOptions.sources)
            let lexicon: Lexicon
            do {
                lexicon = try out.map { try store.build(to: $0) } ?? store.load()
            } catch {
                throw CLIError("cannot build the lexicon: \(error)")
            }
            print("\(lexicon.path): \(lexicon.count) words, \(lexicon.byteSize) bytes, \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show cost, POS and sources of words.")
        @OptionGroup var lexiconOptions: LexiconOptions
        @Argument(help: "Words to look up.")
        var words: [String]

        func run() throws {
            let lexicon = try lexiconOptions.load()
            for word in words {
                if let e = lexicon.lookup(word) {
                    print("\(word)\tcost \(String(format: "%.2f", e.cost))\tpos \(e.pos ?? "-")\tsources \(e.sources.names.joined(separator: ","))\(e.forced ? "\tforced" : "")")
                } else {
                    print("\(word)\tnot in the lexicon")
                }
            }
        }
    }

    struct Prefix: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every lexicon word that starts at the beginning of TEXT.")
        @OptionGroup var lexiconOptions: LexiconOptions
        @Argument(help: "The text.")
        var text: String

        func run() throws {
            let lexicon = try lexiconOptions.load()
            let scalars = Array(text.unicodeScalars)
            var found: [(Int, UInt32)] = []
            scalars.withUnsafeBufferPointer { buffer in
                lexicon.trie.forEachPrefix(in: buffer, from: 0, maxLength: buffer.count) { found.append(($0, $1)) }
            }
            for (length, value) in found {
                let e = lexicon.entry(value)
                print("\(String(scalars: scalars[0..<length]))\tcost \(String(format: "%.2f", e?.cost ?? 0))\tpos \(e?.pos ?? "-")")
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entries per source, bytes, bytes per key, build and load time.")
        @OptionGroup var lexiconOptions: LexiconOptions

        func run() throws {
            let t0 = Date()
            let lexicon = try lexiconOptions.load()
            let loadSeconds = Date().timeIntervalSince(t0)
            let info = lexicon.info
            print("lexicon      \(lexicon.path)")
            print("words        \(lexicon.count)")
            let perKey = { (bytes: Int) in String(format: "%.1f", Double(bytes) / Double(max(1, lexicon.count))) }
            print("bytes        \(lexicon.byteSize) in all (\(perKey(lexicon.byteSize)) bytes/word with costs, POS and flags); trie \(lexicon.trie.byteSize) (\(perKey(lexicon.trie.byteSize)) bytes/key)")
            print("build        \(String(format: "%.2f", info.buildSeconds)) s (when it was compiled into the cache)")
            print("load         \(String(format: "%.1f", loadSeconds * 1000)) ms (this run, including the cache-key hash of every source)")
            print("icu calib.   ln p = \(String(format: "%.3f", info.icuIntercept)) \(String(format: "%+.4f", info.icuSlope)) × cost (\(info.icuCalibrationPairs) shared words)")
            print("sources      (entries read / new words)")
            for s in info.sources {
                print("  \(s.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(s.entries).leftPad(8)) / \(String(s.newWords).leftPad(8))   \(s.path ?? "")")
            }
            let lists = lexicon.wordLists
            print("word lists   \(lists.names.count) compiled into the file (entries / bytes)")
            for name in lists.names {
                let text = lists.text(name) ?? ""
                let entries = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty && !$0.hasPrefix("#") }.count
                print("  \(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(entries).leftPad(8)) / \(String(text.utf8.count).leftPad(8))")
            }
        }
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
