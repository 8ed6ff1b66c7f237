import ArgumentParser
import Foundation
import NewsgraphModel
import NLP

/// `newsgraph train sentences`: trains the sentence-boundary model on the raw text of EWT train and
/// GUM train, writes `sentences.bin`, and reports token and sentence F1 on EWT dev and GUM dev (raw
/// text, as `evaluate --ud` scores them), with the rules alone and with the model. Same data, epochs
/// and seed → the same model bytes.
struct TrainSentences: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Train the sentence-boundary model (EWT + GUM train raw text) and score it on EWT and GUM dev.")

    @Option(help: "Folder with ud/ (the shared data sets).")
    var data = "../shared/data"
    @Option(help: "Training epochs.")
    var epochs = SentenceBoundaryTrainer.defaultEpochs
    @Option(help: "Shuffle seed.")
    var seed: UInt64 = 1
    @Option(help: "Drop averaged weights below this magnitude (model size).")
    var prune: Float = SentenceBoundaryTrainer.defaultPruning
    @Option(help: "Folder the model (sentences.bin) is written to.")
    var out = "Sources/NLP/Resources/Models"
    @Flag(help: "Only score the existing model in --out; do not train.")
    var evaluateOnly = false

    /// A `NewsgraphError` (missing data, unreadable model) reaches `Newsgraph.main`, which prints it
    /// and exits with status 3.
    func run() throws {
        let ud = URL(fileURLWithPath: data).appendingPathComponent("ud")
        let modelURL = URL(fileURLWithPath: out).appendingPathComponent(SentenceBoundaryModel.modelName + ".bin")
        let model: SentenceBoundaryModel
        if evaluateOnly {
            model = try SentenceBoundaryModel(contentsOf: modelURL)
        } else {
            let documents = try ["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"].flatMap { name in
                CoNLLUDocument.split(try CoNLLUReader.read(file: ud.appendingPathComponent(name).path))
            }
            log("training on \(documents.count) EWT + GUM train documents, \(epochs) epochs")
            let clock = ContinuousClock.now
            model = SentenceBoundaryTrainer(epochs: epochs, seed: seed, pruneBelow: prune).train(documents) { epoch, accuracy in
                log("epoch \(epoch): training accuracy \(String(format: "%.4f", accuracy))")
            }
            try FileManager.default.createDirectory(at: modelURL.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try model.write(to: modelURL)
            log("wrote \(modelURL.path): \(model.archive.encoded().count) bytes, \(model.model.featureCount) features, "
                + "in \(ContinuousClock.now - clock)")
        }
        for name in ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"] {
            let gold = try CoNLLUReader.read(file: ud.appendingPathComponent(name).path)
            for (label, tokenizer) in [("rules", Tokenizer()), ("model", Tokenizer(boundaryModel: model))] {
                let scores = try UDEvaluator.evaluate(gold: gold, pipeline: NLPPipeline(components: [tokenizer]))
                print("\(name) \(label): tokens F1 \(String(format: "%.2f", scores.tokens.f1 * 100)), "
                      + "sentences F1 \(String(format: "%.2f", scores.sentences.f1 * 100))")
            }
        }
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
