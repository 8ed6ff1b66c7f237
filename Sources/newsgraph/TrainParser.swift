import ArgumentParser

struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'parser' is not built yet") }
}
