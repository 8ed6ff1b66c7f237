import ArgumentParser

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'ner' is not built yet") }
}
