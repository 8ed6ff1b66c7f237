import ArgumentParser

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'extract' is not built yet") }
}
