import ArgumentParser
import ZhOutput

/// The formats one command writes: the names `--format` accepts, the one used when it is not given,
/// and a few words on each for `--help`.
///
/// ```swift
/// enum Format: String, OutputFormat {
///     case text, jsonl
///     static let standard = Format.text
///     var summary: String { self == .text ? "one line per input line" : "one token per line" }
/// }
/// ```
protocol OutputFormat: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The format used when `--format` is not given (the help says which).
    static var standard: Self { get }
    /// What this format looks like, in a few words ("one record per line").
    var summary: String { get }
}

/// The formats of a command that writes the record formats and one of its own (keywords' `text`,
/// the panel's `html`): the record formats describe themselves, ``otherSummary`` the other one.
protocol RecordFormatsPlusOne: OutputFormat {
    /// What the one format that is not a record format looks like.
    static var otherSummary: String { get }
}

extension RecordFormatsPlusOne {
    /// The record format of the same name; nil for the one that is not a record format.
    var record: RecordFormat? { RecordFormat(rawValue: rawValue) }
    var summary: String { record?.summary ?? Self.otherSummary }
}

/// `--format` and `--out`, shared by every command that writes a result: the format is one of the
/// command's own (`Format`), its default is named in the help, and an unknown name is a one-line
/// usage error naming it (exit 64), never a silent fallback.
///
/// ```swift
/// @OptionGroup var output: OutputOptions<RecordFormat>
/// let format = try output.format()        // .jsonl unless --format says otherwise
/// let sink = try output.sink()            // stdout, or --out PATH
/// ```
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(formatHelp(Format.self), valueName: "format"))
    var formatName: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    /// The format asked for, or the command's default.
    func format() throws -> Format {
        guard let name = formatName else { return Format.standard }
        guard let format = Format(rawValue: name) else {
            let known = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError("unknown --format '\(name)' (use \(known))", exitCode: 64)
        }
        return format
    }

    /// Where the output goes: `--out PATH`, else standard output.
    func sink() throws -> OutputSink { try OutputSink(path: out) }
}

/// `--format`'s help: "Output format: jsonl (one record per line), json (an array) or csv (…); default jsonl."
private func formatHelp<Format: OutputFormat>(_: Format.Type) -> String {
    let names = Format.allCases.map { "\($0.rawValue) (\($0.summary))" }
    let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.joined()
    return "Output format: \(list); default \(Format.standard.rawValue)."
}

/// The one document a command reads (FILE, or `-` for standard input), how to decode it, and the
/// command's output options: the group every single-document command (`numbers`, `entities`,
/// `keywords`, `segment`, `text`) declares once.
///
/// ```swift
/// @OptionGroup var document: DocumentOptions<RecordFormat>
/// let format = try document.output.format()
/// let input = try document.read()
/// ```
struct DocumentOptions<Format: OutputFormat>: ParsableArguments {
    @Argument(help: "The document to read, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions<Format>

    /// Reads and decodes the document (see ``InputOptions/read(_:)``).
    func read() throws -> InputDocument { try input.read(file) }
}

/// Records: `extract`, `numbers` and `entities` write these three.
extension RecordFormat: OutputFormat {
    static let standard = RecordFormat.jsonl

    var summary: String {
        switch self {
        case .jsonl: return "one record per line"
        case .json: return "an array"
        case .csv: return "UTF-8 with BOM, for Excel"
        }
    }
}
