import ArgumentParser
import Foundation
import KnowledgeGraph
import NewsgraphKit
import NewsgraphModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the extracted statements to standard output, for scripts.",
        discussion: """
        jsonl: one JSON object per statement, documented by Schemas/statement.schema.json.
        tsv:   one tab-separated line per statement with a header line.
        carb:  Open IE benchmark mode: reads one sentence per line and prints
               sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...

        Examples:
          newsgraph extract seeds/ --format jsonl | jq 'select(.asserted == false)'
          newsgraph extract story.txt --date 2024-11-27 --format tsv
          newsgraph extract --format carb ../shared/data/carb/dev.txt > carb.tsv
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var graph: GraphOptions

    @Option(name: .shortAndLong, help: "jsonl, tsv or carb.")
    var format: String = "jsonl"

    func run() throws {
        switch format {
        case "jsonl", "tsv":
            let (documents, failed) = try input.loadDocuments()
            let corpus = try input.pipeline()(documents, progress: input.progress(total: documents.count))
            Console.clearProgress()
            let records = StatementRecords(iris: IRIMinter(base: graph.baseIRI), predicateIRI: { $0 })
            let text = format == "jsonl" ? records.jsonLines(corpus) : records.tsv(corpus)
            FileHandle.standardOutput.write(Data(text.utf8))
            if failed > 0 { throw ExitCode(1) }
        case "carb":
            throw NewsgraphError(.unknownFormat, "carb mode is not built yet")
        default:
            throw ValidationError("--format must be jsonl, tsv or carb, not '\(format)'")
        }
    }
}
