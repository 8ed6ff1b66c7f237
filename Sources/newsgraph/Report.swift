import ArgumentParser

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'report' is not built yet") }
}
