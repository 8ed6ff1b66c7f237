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
    @Option(help: "Drop averaged weights smaller than this from the shipped model (size vs accuracy).")
    var pruneBelow: Float = 1.0
    @Option(help: ArgumentHelp("Only re-prune the existing model in --out at this threshold and re-score it.",
                               visibility: .hidden))
    var pruneExisting: Float?
    @Option(help: ArgumentHelp("With --prune-existing: write every EWT dev word whose UPOS, XPOS or lemma is wrong to this TSV file.",
                               visibility: .hidden))
    var errors: String?
    @Option(help: "Training epochs.")
    var epochs = 10
    @Flag(inversion: .prefixedNo, help: "Tag each sentence right to left, or left to right (the shipped model).")
    var rightToLeft = TaggerTrainer().rightToLeft
    @Option(help: "Perceptrons trained on different shuffles and averaged into the model (one linear model, as fast as one).")
    var ensemble = TaggerTrainer().ensembleSize
    @Option(help: "Training shuffle seed (default: the shipped model's).")
    var seed: UInt64?
    @Option(help: "Where to write tagger.bin and lemmatizer.bin.")
    var out = "Sources/NLP/Resources/Models"

    func run() throws {
        let start = Date()
        let training = try Treebank.loadTraining(in: data)
        let ewtDev = try Treebank.load(Treebank.ewtDev, in: data)
        let gumDev = try Treebank.load(Treebank.gumDev, in: data)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        if let threshold = pruneExisting {
            let url = directory.appendingPathComponent("tagger.bin")
            let loadStart = Date()
            let lemmatizer = try Lemmatizer(archive: ModelArchive(contentsOf: directory.appendingPathComponent("lemmatizer.bin")))
            let existing = try PartOfSpeechTagger(archive: ModelArchive(contentsOf: url), lemmatizer: lemmatizer)
            print(String(format: "loaded tagger.bin + lemmatizer.bin in %.0f ms", 1000 * Date().timeIntervalSince(loadStart)))
            let pruned = PartOfSpeechTagger(model: existing.model.pruned(below: threshold), rightToLeft: existing.rightToLeft,
                                            tagDictionary: existing.tagDictionary, lexicon: existing.lexicon,
                                            lemmatizer: lemmatizer)
            try pruned.archive().write(to: url)
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            print("pruned at \(threshold): \(pruned.model.weightCount) weights, \(size) bytes")
            let tagStart = Date(), tagCPU = clock()
            let words = ewtDev.reduce(0) { $0 + pruned.tag($1.forms).count }
            print(String(format: "tagging+lemmatizing EWT dev: %.0f words/s wall, %.0f words per CPU second (one thread)",
                         Double(words) / Date().timeIntervalSince(tagStart), Double(words) / (Double(clock() - tagCPU) / Double(CLOCKS_PER_SEC))))
            print("EWT dev: \(TreebankEvaluation.evaluate(ewtDev, tagger: pruned, parser: nil))")
            if let errors { try Self.writeErrors(of: pruned, on: ewtDev, to: errors) }
            print("GUM dev: \(TreebankEvaluation.evaluate(gumDev, tagger: pruned, parser: nil))")
            return
        }
        print("training on \(training.count) sentences, \(training.reduce(0) { $0 + $1.count }) words")
        let lemmatizer = Lemmatizer.learn(from: training)
        var trainer = TaggerTrainer()
        trainer.epochs = epochs
        trainer.pruneBelow = pruneBelow
        trainer.rightToLeft = rightToLeft
        if let seed { trainer.seed = seed }
        trainer.ensembleSize = ensemble
        let tagger = trainer.train(training, lemmatizer: lemmatizer, evaluate: { tagger, _ in
            let ewt = TreebankEvaluation.evaluate(ewtDev, tagger: tagger, parser: nil)
            let gum = TreebankEvaluation.evaluate(gumDev, tagger: tagger, parser: nil)
            return String(format: "EWT dev UPOS %.2f  GUM dev UPOS %.2f", ewt.uposAccuracy, gum.uposAccuracy)
        }, progress: { print($0); fflush(nil) })  // flush: progress shows as it happens
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try tagger.archive().write(to: directory.appendingPathComponent("tagger.bin"))
        try lemmatizer.archive().write(to: directory.appendingPathComponent("lemmatizer.bin"))
        let loadStart = Date()
        let reloaded = try PartOfSpeechTagger(
            archive: ModelArchive(contentsOf: directory.appendingPathComponent("tagger.bin")),
            lemmatizer: Lemmatizer(archive: ModelArchive(contentsOf: directory.appendingPathComponent("lemmatizer.bin"))))
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let tagStart = Date(), tagCPU = clock()
        let words = ewtDev.reduce(0) { $0 + reloaded.tag($1.forms).count }
        let tagSeconds = Date().timeIntervalSince(tagStart), tagCPUSeconds = Double(clock() - tagCPU) / Double(CLOCKS_PER_SEC)
        print(String(format: "load %.0f ms; tagging+lemmatizing EWT dev: %d words in %.2fs = %.0f words/s wall, %.0f per CPU second",
                     1000 * loadSeconds, words, tagSeconds, Double(words) / tagSeconds, Double(words) / tagCPUSeconds))
        print("EWT dev: \(TreebankEvaluation.evaluate(ewtDev, tagger: tagger, parser: nil))")
        print("GUM dev: \(TreebankEvaluation.evaluate(gumDev, tagger: tagger, parser: nil))")
        print(String(format: "wrote %@/tagger.bin and lemmatizer.bin in %.0fs", out, Date().timeIntervalSince(start)))
    }

    /// One line per wrong word: form, gold UPOS/XPOS/lemma, predicted UPOS/XPOS/lemma, the sentence.
    static func writeErrors(of tagger: PartOfSpeechTagger, on sentences: [TreebankSentence], to path: String) throws {
        var out = ""
        for sentence in sentences {
            let tags = tagger.tag(sentence.forms)
            for (i, tag) in tags.enumerated()
            where tag.upos != sentence.upos[i] || tag.xpos != sentence.xpos[i] || tag.lemma != sentence.lemmas[i] {
                out += [sentence.forms[i], sentence.upos[i], sentence.xpos[i], sentence.lemmas[i],
                        tag.upos, tag.xpos, tag.lemma, sentence.forms.joined(separator: " ")].joined(separator: "\t") + "\n"
            }
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
