import ArgumentParser

struct Fixture: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fixture", abstract: "(not yet built)", shouldDisplay: false)
    func run() throws { throw ValidationError("'fixture' is not built yet") }
}
