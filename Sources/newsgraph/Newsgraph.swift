import ArgumentParser
import Foundation
import NewsgraphKit
import NewsgraphModel

@main
struct Newsgraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph and export it.",
        discussion: """
        Reads plain text, HTML and JSON Lines articles, finds who did and claimed what, resolves people, organizations and places across articles, and writes the graph for SPARQL stores, Neo4j, Gephi and scripts. Offline and deterministic: the same input gives byte-identical output.

        Examples:
          newsgraph export                          # seeds/ → exports/, every format
          newsgraph export articles/ --out graph --format turtle,graphml
          newsgraph extract story.html --format jsonl | jq .
          newsgraph report articles/ > report.md
          newsgraph validate exports/graph.graphml exports/graph.nt

        Exit status: 0 success; 1 some inputs failed and the rest was exported (--keep-going); 2 usage error; 3 input or output error (nothing written).
        """,
        version: NewsgraphVersion.current,
        subcommands: [Export.self, Extract.self, Report.self, Parse.self, Validate.self,
                      Train.self, Evaluate.self, Bench.self, Fixture.self]
    )

    /// Maps errors to the documented exit statuses (ArgumentParser's own usage status is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as NewsgraphError {
            Console.error(error.description)
            Foundation.exit(3)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.error(fullMessage(for: error))
            if status == .validationFailure || status.rawValue == 64 {
                Foundation.exit(2)
            }
            Foundation.exit(status.rawValue == 1 ? 3 : status.rawValue)
        }
    }
}
