import ArgumentParser
import Foundation
import NewsgraphModel
import NLP

/// `newsgraph train ner`: trains the entity recognizer on GUM train's named mentions, writes
/// `ner.bin`, and reports span F1 on GUM dev and UNER EWT dev. Same data, epochs and seed → the same
/// model bytes.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity recognizer (GUM train) and score it on GUM dev and UNER EWT dev.")

    @Option(help: "Folder with ud/ and uner/ (the shared data sets).")
    var data = "../shared/data"
    @Option(help: "Training epochs.")
    var epochs = EntityRecognizerTrainer.defaultEpochs
    @Option(help: "Shuffle seed.")
    var seed: UInt64 = 1
    @Option(help: "Perceptrons (different shuffles) averaged into the model.")
    var ensemble = EntityRecognizerTrainer.defaultEnsembleSize
    @Option(help: "Drop averaged weights below this magnitude (model size).")
    var prune: Float = EntityRecognizerTrainer.defaultPruning
    @Option(help: "Folder the model (ner.bin) is written to.")
    var out = "Sources/NLP/Resources/Models"
    @Flag(inversion: .prefixedNo, help: "Train on the bundled tagger's POS tags (as at run time) rather than the gold ones.")
    var taggerTags = true
    @Option(help: "Fine and coarse word-cluster counts learned from the raw text of GUM train and EWT train (0 = no clusters).")
    var clusters = [512, 64]
    @Option(help: "Words seen fewer times than this in the raw text get no cluster.")
    var clusterMinCount = 3
    @Flag(help: "List the words of each fine word cluster (the model's) on standard error.")
    var showClusters = false
    @Flag(help: "Only score the existing model in --out; do not train.")
    var evaluateOnly = false
    @Flag(help: "List the GUM dev and UNER dev sentences the model gets wrong (gold vs predicted spans) on standard error.")
    var showErrors = false

    /// A `NewsgraphError` (missing data, unreadable model) reaches `Newsgraph.main`, which prints it
    /// and exits with status 3.
    func run() throws {
        let ud = URL(fileURLWithPath: data).appendingPathComponent("ud")
        let modelURL = URL(fileURLWithPath: out).appendingPathComponent(EntityRecognizer.modelName + ".bin")
        let recognizer: EntityRecognizer
        if evaluateOnly {
            recognizer = try EntityRecognizer(contentsOf: modelURL)
        } else {
            let trainPath = ud.appendingPathComponent("en_gum-ud-train.conllu").path
            var sentences = try NERCorpus.gum(file: trainPath, training: true)
            if taggerTags { sentences = NERCorpus.retagged(sentences, with: try PartOfSpeechTagger.bundled()) }
            let spans = sentences.reduce(0) { $0 + $1.entities.count }
            log("training on \(sentences.count) GUM sentences, \(spans) named spans, \(epochs) epochs, \(ensemble) members")
            let clock = ContinuousClock.now
            var trainer = EntityRecognizerTrainer(epochs: epochs, seed: seed, pruneBelow: prune)
            trainer.ensembleSize = ensemble
            if clusters.count == 2, clusters[0] > 0, clusters[1] > 0 {
                // Raw word forms only: the treebanks' annotation is not used here.
                let raw = try ["en_gum-ud-train.conllu", "en_ewt-ud-train.conllu"].flatMap { name in
                    try CoNLLUReader.read(file: ud.appendingPathComponent(name).path).map { $0.words.map(\.form) }
                }
                let clusterClock = ContinuousClock.now
                trainer.clusters = WordClusterLearner(minimumCount: clusterMinCount).learn(raw, fineClasses: clusters[0], coarseClasses: clusters[1])
                log("word clusters: \(trainer.clusters.words.count) words from \(raw.count) raw sentences, "
                    + "\(clusters[0]) fine / \(clusters[1]) coarse classes, in \(ContinuousClock.now - clusterClock)")
            }
            recognizer = trainer.train(sentences) { member, epoch, accuracy in
                log("member \(member + 1), epoch \(epoch): training tag accuracy \(String(format: "%.4f", accuracy))")
            }
            try FileManager.default.createDirectory(at: modelURL.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try recognizer.write(to: modelURL)
            let size = recognizer.archive.encoded().count
            log("wrote \(modelURL.path): \(size) bytes, \(recognizer.model.featureCount) features, "
                + "\(recognizer.model.weightCount) weights, in \(ContinuousClock.now - clock)")
        }
        if showClusters {
            let clusters = recognizer.clusters
            for cluster in Set(clusters.fine).sorted() {
                let members = clusters.words.indices.filter { clusters.fine[$0] == cluster }
                log("cluster \(cluster) (\(members.count)): " + members.prefix(40).map { clusters.words[$0] }.joined(separator: " "))
            }
        }
        let gumDev = try NERCorpus.gum(file: ud.appendingPathComponent("en_gum-ud-dev.conllu").path)
        let unerPath = URL(fileURLWithPath: data).appendingPathComponent("uner/en_ewt-ud-dev.iob2").path
        let ewtDev = try CoNLLUReader.read(file: ud.appendingPathComponent("en_ewt-ud-dev.conllu").path)
        let uner = try NERCorpus.uner(UNERReader.read(path: unerPath), conllu: ewtDev, file: unerPath)
        let tagger = try PartOfSpeechTagger.bundled()
        let settings: [(name: String, retag: ([Token]) -> [Token])] = [
            ("gold tags, gold parse", { $0 }),
            ("tagger tags, gold parse", { NERCorpus.retagged($0, with: tagger) }),
            ("tagger tags, no parse", { NERCorpus.unparsed(NERCorpus.retagged($0, with: tagger)) }),
        ]
        for (name, retag) in settings {
            print("GUM dev (\(name)), exact span match:")
            print(NEREvaluation.gum(recognizer, on: gumDev, retag: retag).report(overallOver: NEREvaluation.gumHeadline))
            print("UNER EWT dev (\(name)), exact span match:")
            print(NEREvaluation.uner(recognizer, on: uner, retag: retag).report())
        }
        // Speed: the recognizer alone (tags and parse already there), over both dev sets, best of 3.
        let documents = NERSentence.documents(gumDev + uner).map { $0.map(\.tokens) }
        let tokenCount = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        // Wall clock and this process's CPU time (the machine is shared; CPU time is what the code costs).
        var bestWall = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<3 {
            let wallStart = ContinuousClock.now, cpuStart = clock()
            var spans = 0
            for document in documents { spans += recognizer.recognize(document: document).reduce(0) { $0 + $1.count } }
            let wall = ContinuousClock.now - wallStart
            bestCPU = min(bestCPU, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC))
            bestWall = min(bestWall, Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
            precondition(spans > 0)
        }
        print("speed: \(tokenCount) tokens; wall \(String(format: "%.3f", bestWall)) s = \(Int(Double(tokenCount) / bestWall)) tokens/s; "
            + "CPU \(String(format: "%.3f", bestCPU)) s = \(Int(Double(tokenCount) / bestCPU)) tokens/s")
        if showErrors {
            let unerPredictions = NEREvaluation.predictions(recognizer, on: uner).map { sentence, spans in
                (sentence, spans.compactMap { span in
                    NEREvaluation.unerMapping[span.label].map { EntitySpan(tokens: span.tokens, label: $0) }
                })
            }
            for (sentence, predicted) in NEREvaluation.predictions(recognizer, on: gumDev) + unerPredictions {
                let gold = sentence.entities.filter { $0.label != "OTH" }
                guard predicted != gold else { continue }
                func show(_ spans: [EntitySpan]) -> String {
                    spans.map { span in "[" + sentence.tokens[span.tokens].map(\.form).joined(separator: " ") + "]" + span.label }
                        .joined(separator: " ")
                }
                log(sentence.tokens.map(\.form).joined(separator: " "))
                log("  gold: " + show(gold))
                log("  pred: " + show(predicted))
            }
        }
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
