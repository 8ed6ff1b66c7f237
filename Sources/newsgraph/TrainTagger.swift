import ArgumentParser
import Foundation
import NLP

/// `newsgraph train tagger`: lemmatizer + joint UPOS/XPOS/FEATS tagger from EWT train + GUM train.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the POS tagger (UPOS, XPOS, features) and the lemmatizer on UD EWT + GUM.")

    @Option(help: "Directory with the UD English EWT and GUM .conllu files.")
    var data = "../shared/data/ud"
    @Option(help: "Training epochs.")
    var epochs = 10
    @Option(help: "Where to write tagger.bin and lemmatizer.bin.")
    var out = "Sources/NLP/Resources/Models"

    func run() throws {
        let start = Date()
        let training = try Treebank.loadTraining(in: data)
        let ewtDev = try Treebank.load(Treebank.ewtDev, in: data)
        let gumDev = try Treebank.load(Treebank.gumDev, in: data)
        print("training on \(training.count) sentences, \(training.reduce(0) { $0 + $1.count }) words")
        let lemmatizer = Lemmatizer.learn(from: training)
        var trainer = TaggerTrainer()
        trainer.epochs = epochs
        let tagger = trainer.train(training, lemmatizer: lemmatizer, evaluate: { tagger, _ in
            let ewt = TreebankEvaluation.evaluate(ewtDev, tagger: tagger, parser: nil)
            let gum = TreebankEvaluation.evaluate(gumDev, tagger: tagger, parser: nil)
            return String(format: "EWT dev UPOS %.2f  GUM dev UPOS %.2f", ewt.uposAccuracy, gum.uposAccuracy)
        }, progress: { print($0); fflush(nil) })  // flush: progress shows as it happens
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try tagger.archive().write(to: directory.appendingPathComponent("tagger.bin"))
        try lemmatizer.archive().write(to: directory.appendingPathComponent("lemmatizer.bin"))
        print("EWT dev: \(TreebankEvaluation.evaluate(ewtDev, tagger: tagger, parser: nil))")
        print("GUM dev: \(TreebankEvaluation.evaluate(gumDev, tagger: tagger, parser: nil))")
        print(String(format: "wrote %@/tagger.bin and lemmatizer.bin in %.0fs", out, Date().timeIntervalSince(start)))
    }
}
