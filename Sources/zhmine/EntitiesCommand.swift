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

    @OptionGroup var document: DocumentOptions<RecordFormat>
    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(help: "List distinct entities with their type and count ({text, type, count}), most frequent first.")
    var unique = false

    @Flag(help: "Give each entity the rule that produced it (a `rule` column; not with --unique).")
    var explain = false

    func run() throws {
        let format = try document.output.format()
        let input = try document.read()
        let lexicon = try lexiconOptions.load()
        let recognizer = EntityRecognizer(segmenter: Segmenter(lexicon: lexicon))
        let entities = recognizer.entities(in: input.analyzed(segmenter: recognizer.segmenter))
        let sink = try document.output.sink()
        var writer = RecordWriter(format: format,
                                  columns: unique ? Record.uniqueEntityFields : Record.entityFields + (explain ? ["rule"] : []))
        let records = unique ? Record.uniqueEntities(entities) : entities.map { Record(entity: $0, explain: explain) }
        for record in records {
            try sink.write { writer.write(record, to: &$0) }
        }
        try sink.write { writer.finish(to: &$0) }
        try sink.flush()
    }
}
