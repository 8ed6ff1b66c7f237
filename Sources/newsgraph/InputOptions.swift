import ArgumentParser
import Foundation
import Ingest
import NewsgraphKit
import NewsgraphModel

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @ArgumentParser.Argument(help: ArgumentHelp("Files, directories (searched recursively) or - for standard input.",
                                 valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Publication date for articles that carry none (YYYY-MM-DD); relative dates resolve against it.",
                               valueName: "date"))
    var date: String?

    @Option(name: .customLong("input-format"), help: "Read every input as text, html or jsonl instead of choosing by extension.")
    var inputFormat: String?

    @Option(help: ArgumentHelp("YAML or CSV file pinning canonical names, types, aliases and external IRIs.",
                               valueName: "file"))
    var aliases: String?

    @Flag(name: .customLong("keep-going"), help: "Export the readable articles when some inputs fail (exit status 1).")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        _ = try ingestOptions()
    }

    func ingestOptions() throws -> IngestOptions {
        var options = IngestOptions()
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                throw ValidationError("--date '\(date)' is not a calendar date in the form YYYY-MM-DD")
            }
            options.date = parsed
        }
        if let inputFormat {
            guard let format = InputFormat(rawValue: inputFormat.lowercased()) else {
                throw ValidationError("--input-format must be text, html or jsonl, not '\(inputFormat)'")
            }
            options.format = format
        }
        return options
    }

    /// Loads the inputs (default: `seeds/`), reporting every failure on stderr. Without
    /// --keep-going any failure stops the command before anything is written.
    func loadDocuments(defaultPaths: [String] = ["seeds"]) throws -> (documents: [SourceDocument], failed: Int) {
        let result = InputLoader(options: try ingestOptions()).load(paths: paths.isEmpty ? defaultPaths : paths)
        for failure in result.failures { Console.error(failure.description) }
        if !result.failures.isEmpty && !keepGoing {
            Console.error("newsgraph: \(result.failures.count) input(s) failed; nothing was written (use --keep-going to export the rest)")
            throw ExitCode(3)
        }
        if result.documents.isEmpty {
            throw NewsgraphError(.emptyInput, "no readable articles in the input")
        }
        return (result.documents, result.failures.count)
    }

    func pipeline(timings: StageTimings? = nil) throws -> BatchPipeline {
        try BatchPipeline.standard(aliases: aliases.map { URL(fileURLWithPath: $0) }, timings: timings)
    }

    /// A progress line on stderr, only when stderr is a terminal and the batch is long enough to need one.
    func progress(total: Int) -> (@Sendable (Int, Int) -> Void)? {
        guard !quiet, total >= 20, isatty(2) == 1 else { return nil }
        return { done, total in
            if done == total || done % 10 == 0 { Console.progress("newsgraph: \(done)/\(total) documents") }
        }
    }
}

/// Options shared by commands that mint IRIs.
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("base-iri"), help: ArgumentHelp("Namespace for minted entity, document and statement IRIs.",
                                                             valueName: "iri"))
    var baseIRI: String = "https://newsgraph.example/id/"

    @Flag(help: "Write RDF 1.2 triple terms instead of rdf:Statement reification (rdflib cannot read them).")
    var rdf12 = false

    func validate() throws {
        guard let scheme = baseIRI.split(separator: ":", maxSplits: 1).first, baseIRI.contains(":"),
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
              !baseIRI.contains(where: { " <>\"{}|^`\\".contains($0) }) else {
            throw ValidationError("--base-iri '\(baseIRI)' is not an absolute IRI (e.g. https://example.org/news/)")
        }
    }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    static func clearProgress() {
        if isatty(2) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
