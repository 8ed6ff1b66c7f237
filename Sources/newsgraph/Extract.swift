import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph
import NLP
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

    /// carb mode diagnostics: append the producing rule / the confidence features to each tuple.
    @Flag(name: .long, help: .hidden)
    var withRule = false

    @Flag(name: .long, help: .hidden)
    var withFeatures = false

    func run() throws {
        switch format {
        case "jsonl", "tsv":
            let (documents, failed) = try input.loadDocuments()
            let corpus = try input.pipeline()(documents, progress: input.progress(total: documents.count))
            Console.clearProgress()
            let records = StatementRecords(iris: IRIMinter(base: graph.baseIRI))
            let text = format == "jsonl" ? records.jsonLines(corpus) : records.tsv(corpus)
            FileHandle.standardOutput.write(Data(text.utf8))
            if failed > 0 { throw ExitCode(1) }
        case "carb":
            try runCarb()
        default:
            throw ValidationError("--format must be jsonl, tsv or carb, not '\(format)'")
        }
    }

    /// CaRB mode: one pre-tokenized sentence per line in (file or stdin), tuples out,
    /// each sentence echoed exactly as read so the scorer can match it.
    private func runCarb() throws {
        let path = input.paths.first ?? "-"
        guard input.paths.count <= 1 else { throw ValidationError("--format carb reads one file (or -)") }
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw NewsgraphError(FileManager.default.fileExists(atPath: path) ? .unreadable : .fileNotFound,
                                     file: path, "cannot read the sentence file")
            }
            bytes = [UInt8](data)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw NewsgraphError(.invalidUTF8, file: path, "the sentence file is not valid UTF-8")
        }
        let sentences = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        guard !sentences.isEmpty else { throw NewsgraphError(.emptyInput, file: path, "no sentences to extract from") }
        let pipeline = try NLPPipeline.standard()
        let extractor = StatementExtractor()
        var out = ""
        for (n, sentence) in sentences.enumerated() {
            let analysis = try OpenIE.annotate(sentence, with: pipeline)
            let document = SourceDocument(id: "s\(n + 1)", source: path, text: sentence)
            let explained = extractor.explain(document: document, analysis: analysis)
            for line in OpenIE.carbLines(sentence: sentence, extraction: explained.extraction, withRule: withRule,
                                         features: withFeatures ? explained.features : nil) {
                out += line
                out += "\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
