import ArgumentParser
import ZhExtract
import ZhSegment
import ZhStore
import ZhText

/// `zhmine entities`: people, places, organisations, facilities and programmes, with offsets
/// into the original text; `--unique` lists each distinct entity once with its count.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Find named entities (person, place, organization, facility, program) with offsets into the original text."
    )

    @Argument(help: "The document to read, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "jsonl (default), json or csv.")
    var format: Format = .jsonl

    @Flag(help: "List distinct entities with their type and count ({text, type, count}), most frequent first.")
    var unique = false

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, csv
        var record: RecordFormat { RecordFormat(rawValue: rawValue) ?? .jsonl }
    }

    func run() throws {
        let document = try input.read(file)
        let lexicon = try lexiconOptions.load()
        let recognizer = EntityRecognizer(segmenter: Segmenter(lexicon: lexicon))
        let entities = recognizer.entities(in: document.prepared(), original: document.scalars)
        let sink = try OutputSink(path: out)
        var writer = RecordWriter(format: format.record, columns: unique ? ["text", "type", "count"] : ["text", "type", "start", "end"])
        if unique {
            var counts: [Key: Int] = [:]
            var order: [Key] = []
            for e in entities {
                let key = Key(text: e.text, type: e.type)
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            let sorted = order.enumerated().sorted {
                let a = counts[$0.element] ?? 0, b = counts[$1.element] ?? 0
                return a != b ? a > b : $0.offset < $1.offset
            }.map(\.element)
            for key in sorted {
                let record = Record([("text", .string(key.text)), ("type", .string(key.type.rawValue)), ("count", .int(counts[key] ?? 0))])
                try sink.write { writer.write(record, to: &$0) }
            }
        } else {
            for e in entities {
                let record = Record([("text", .string(e.text)), ("type", .string(e.type.rawValue)),
                                     ("start", .int(e.start)), ("end", .int(e.end))])
                try sink.write { writer.write(record, to: &$0) }
            }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }

    private struct Key: Hashable {
        var text: String
        var type: EntityType
    }
}
