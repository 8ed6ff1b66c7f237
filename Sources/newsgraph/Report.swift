import ArgumentParser
import Foundation
import NewsgraphKit
import NewsgraphModel
import Resolution
import Serialization

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a Markdown summary: entities by mentions, claims by speaker, contradictions with their sources.",
        discussion: """
        Examples:
          newsgraph report                       # seeds/ → stdout
          newsgraph report articles/ --out report.md
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (atomically) instead of stdout.", valueName: "file"))
    var out: String?

    func run() throws {
        let started = Date()
        let (documents, failed) = try input.loadDocuments()
        let corpus = try input.pipeline()(documents, progress: input.progress(total: documents.count))
        Console.clearProgress()
        let markdown = MarkdownReport.render(corpus)
        if let out {
            try AtomicFile.write(to: URL(fileURLWithPath: out)) { try Data(markdown.utf8).write(to: $0) }
        } else {
            FileHandle.standardOutput.write(Data(markdown.utf8))
        }
        if !input.quiet {
            Console.error(Summary(corpus: corpus, failed: failed, seconds: Date().timeIntervalSince(started)).line)
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
