import ArgumentParser
import Extraction
import Foundation
import NLP
import NewsgraphModel

/// `newsgraph extract`: statements from text. `--format carb` is the Open IE benchmark mode
/// (one pre-tokenized sentence per line in, CaRB tuples out); jsonl/tsv run the whole
/// pipeline and are wired by NewsgraphKit.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract statements from text.",
        discussion: """
        --format carb reads one sentence per line (tokens separated by spaces, as in CaRB) and writes
        sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2... for each statement, for
        `carb_score.py GOLD PREDICTIONS`.
        """
    )

    @Option(name: .long, help: "Output format: carb (jsonl and tsv are not built yet).")
    var format: String = "jsonl"

    @Flag(name: .long, help: .hidden)
    var withRule = false

    @Flag(name: .long, help: .hidden)
    var withFeatures = false

    @ArgumentParser.Argument(help: "Input file, or - for standard input.")
    var input: String

    func run() throws {
        switch format {
        case "carb":
            try runCarb()
        case "jsonl", "tsv":
            throw ValidationError("'extract --format \(format)' is not built yet (only --format carb is)")
        default:
            throw NewsgraphError(.unknownFormat, "unknown extract format '\(format)' (expected carb, jsonl or tsv)")
        }
    }

    private func readInput() throws -> String {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: input) else {
                throw NewsgraphError(.fileNotFound, file: input, "no such file")
            }
            guard let read = FileManager.default.contents(atPath: input) else {
                throw NewsgraphError(.unreadable, file: input, "cannot read the file")
            }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsgraphError(.invalidUTF8, file: input, "the input is not valid UTF-8")
        }
        return text
    }

    private func runCarb() throws {
        let text = try readInput()
        let sentences = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !sentences.isEmpty else { throw NewsgraphError(.emptyInput, file: input, "no sentences to extract from") }
        let pipeline = try NLPPipeline.standard()
        let extractor = StatementExtractor()
        var out = ""
        for (n, sentence) in sentences.enumerated() {
            let analysis = try OpenIE.annotate(sentence, with: pipeline)
            let document = SourceDocument(id: "s\(n + 1)", source: input, text: sentence)
            let explained = extractor.explain(document: document, analysis: analysis)
            for line in OpenIE.carbLines(sentence: sentence, extraction: explained.extraction, withRule: withRule,
                                         features: withFeatures ? explained.features : nil) {
                out += line
                out += "\n"
            }
        }
        FileHandle.standardOutput.write(out.data(using: .utf8)!)
    }
}
