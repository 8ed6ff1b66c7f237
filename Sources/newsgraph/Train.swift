import ArgumentParser

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the shipped models from ../shared/data.",
        subcommands: [TrainTagger.self, TrainParser.self, TrainNER.self, TrainSentences.self]
    )
}
