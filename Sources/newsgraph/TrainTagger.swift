import ArgumentParser

struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'tagger' is not built yet") }
}
