import ArgumentParser
import NewsgraphKit

@main
struct Newsgraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph and export it.",
        subcommands: [Export.self, Extract.self, Parse.self, Validate.self, Report.self,
                      Train.self, Evaluate.self, Bench.self, Fixture.self],
        defaultSubcommand: nil
    )
}
