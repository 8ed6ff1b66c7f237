import ArgumentParser

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'evaluate' is not built yet") }
}
