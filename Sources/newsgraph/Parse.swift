import ArgumentParser

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'parse' is not built yet") }
}
