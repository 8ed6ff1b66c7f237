import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'validate' is not built yet") }
}
