import ArgumentParser
import ZhExtract
import ZhOutput
import ZhSegment
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

    @Flag(help: "Give each entity the rule that produced it (a `rule` column; not with --unique).")
    var explain = false

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
        var writer = RecordWriter(format: format.record,
                                  columns: unique ? Record.uniqueEntityFields : Record.entityFields + (explain ? ["rule"] : []))
        let records = unique ? Record.uniqueEntities(entities) : entities.map { Record(entity: $0, explain: explain) }
        for record in records {
            try sink.write { writer.write(record, to: &$0) }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }
}
