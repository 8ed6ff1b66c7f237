import ArgumentParser
import Foundation
import NLP

/// `newsgraph train parser`: the arc-hybrid dependency parser from EWT train + GUM train.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD EWT + GUM (dev scores use the tagger in --out).")

    @Option(help: "Directory with the UD English EWT and GUM .conllu files.")
    var data = "../shared/data/ud"
    @Option(help: "Training epochs.")
    var epochs = 15
    @Option(help: "Where to write parser.bin (and where tagger.bin is read from for dev scores).")
    var out = "Sources/NLP/Resources/Models"

    func run() throws {
        let start = Date()
        let training = try Treebank.loadTraining(in: data)
        let ewtDev = try Treebank.load(Treebank.ewtDev, in: data)
        let gumDev = try Treebank.load(Treebank.gumDev, in: data)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        let tagger = try PartOfSpeechTagger(
            archive: ModelArchive(contentsOf: directory.appendingPathComponent("tagger.bin")),
            lemmatizer: Lemmatizer(archive: ModelArchive(contentsOf: directory.appendingPathComponent("lemmatizer.bin"))))
        let ewtTags = ewtDev.map { tagger.tag($0.forms).map(\.xpos) }
        let gumTags = gumDev.map { tagger.tag($0.forms).map(\.xpos) }
        func score(_ parser: DependencyParser, _ sentences: [TreebankSentence], _ tags: [[String]]) -> TreebankEvaluation {
            var evaluation = TreebankEvaluation()
            for (sentence, tags) in zip(sentences, tags) {
                let parse = parser.parse(forms: sentence.forms, tags: tags)
                evaluation.addParse(gold: sentence, heads: parse.heads, labels: parse.labels, countWords: true)
            }
            return evaluation
        }
        print("training on \(training.count) sentences, \(training.reduce(0) { $0 + $1.count }) words (gold tags)")
        var trainer = ParserTrainer()
        trainer.epochs = epochs
        let parser = trainer.train(training, evaluate: { parser, _ in
            let ewt = score(parser, ewtDev, ewtTags), gum = score(parser, gumDev, gumTags)
            return String(format: "EWT dev UAS %.2f LAS %.2f  GUM dev UAS %.2f LAS %.2f", ewt.uas, ewt.las, gum.uas, gum.las)
        }, progress: { print($0); fflush(nil) })  // flush: progress shows as it happens
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try parser.archive().write(to: directory.appendingPathComponent("parser.bin"))
        print("EWT dev, predicted tags: \(score(parser, ewtDev, ewtTags))")
        print("GUM dev, predicted tags: \(score(parser, gumDev, gumTags))")
        print("EWT dev, gold tags: \(score(parser, ewtDev, ewtDev.map(\.xpos)))")
        print(String(format: "wrote %@/parser.bin in %.0fs", out, Date().timeIntervalSince(start)))
    }
}
