import ArgumentParser
import Foundation
import NewsgraphKit
import NewsgraphModel
import Serialization

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the knowledge graph from articles and write it in every (or the chosen) format.",
        discussion: """
        Formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).
        Files: \(ExportFormat.allCases.map(\.fileName).joined(separator: ", ")).
        Each file is written to a temporary name and renamed when complete: an error or an interrupt never leaves a half-written export or destroys the previous one.

        Examples:
          newsgraph export                                  # seeds/ → exports/
          newsgraph export news/ --out out --format turtle,trig,graphml
          cat batch.jsonl | newsgraph export - --out out --keep-going
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var graph: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory.", valueName: "dir"))
    var out: String = "exports"

    @Option(name: .shortAndLong, help: ArgumentHelp("Comma-separated formats, or all.", valueName: "list"))
    var format: String = "all"

    @Flag(help: "Print the CPU and wall time of each step (ingest, NLP, extraction, resolution, each format) to stderr.")
    var timings = false

    func validate() throws {
        do { _ = try ExportFormat.parseList(format) } catch let error as NewsgraphError {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let formats = try ExportFormat.parseList(format)
        let started = Date()
        let clock = timings ? StageTimings() : nil
        func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            try clock?.measure(name, body) ?? body()
        }
        let (documents, failed) = try step(StageTimings.Stage.ingest) { try input.loadDocuments() }
        let pipeline = try input.pipeline(timings: clock)
        let corpus = pipeline(documents, progress: input.progress(total: documents.count))
        Console.clearProgress()
        let options = ExportOptions(baseIRI: graph.baseIRI, rdf12: graph.rdf12)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        // Each writer builds its graph view of the corpus as it writes (RDF quads are streamed from the
        // builder to the file), so a format's row is graph building and serialization together.
        for format in formats {
            try step("write " + format.rawValue) { try format.write(corpus, options: options, into: directory) }
        }
        if let clock { Console.error(clock.table()) }
        if !input.quiet {
            Console.error(Summary(corpus: corpus, failed: failed, seconds: Date().timeIntervalSince(started)).line
                + " → \(out)/ (\(formats.map(\.rawValue).joined(separator: ", ")))")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
