import Testing
@testable import NLP

private func sentence(_ words: [(String, String, String)]) -> TreebankSentence {
    TreebankSentence(forms: words.map(\.0), upos: words.map(\.1), xpos: words.map(\.2), feats: words.map { _ in "_" },
                     lemmas: words.map { $0.0.lowercased() }, heads: words.map { _ in 0 },
                     deprels: words.map { _ in "dep" })
}

/// Four folds' worth of sentences; "that" is a pronoun in two and a subordinator in the others,
/// so a tagger that never saw a sentence can get it wrong.
private let corpus = [
    sentence([("Police", "NOUN", "NNS"), ("arrested", "VERB", "VBD"), ("protesters", "NOUN", "NNS"), (".", "PUNCT", ".")]),
    sentence([("He", "PRON", "PRP"), ("said", "VERB", "VBD"), ("that", "SCONJ", "IN"), ("it", "PRON", "PRP"),
              ("rained", "VERB", "VBD")]),
    sentence([("Officials", "NOUN", "NNS"), ("blocked", "VERB", "VBD"), ("roads", "NOUN", "NNS"), (".", "PUNCT", ".")]),
    sentence([("That", "PRON", "DT"), ("is", "AUX", "VBZ"), ("true", "ADJ", "JJ")]),
    sentence([("The", "DET", "DT"), ("court", "NOUN", "NN"), ("ruled", "VERB", "VBD"), (".", "PUNCT", ".")]),
    sentence([("She", "PRON", "PRP"), ("knew", "VERB", "VBD"), ("that", "PRON", "DT"), (".", "PUNCT", ".")]),
    sentence([("Soldiers", "NOUN", "NNS"), ("stopped", "VERB", "VBD"), ("cars", "NOUN", "NNS")]),
    sentence([("They", "PRON", "PRP"), ("hoped", "VERB", "VBD"), ("that", "SCONJ", "IN"), ("he", "PRON", "PRP"),
              ("left", "VERB", "VBD")]),
]

private var smallTrainer: TaggerTrainer {
    var trainer = TaggerTrainer()
    trainer.epochs = 3
    trainer.dictionaryMinimumCount = 1000
    trainer.pruneBelow = 0
    return trainer
}

@Test(arguments: JackknifeTagging.Folding.allCases)
func jackknifedTagsComeFromTaggersThatNeverSawTheSentence(folding: JackknifeTagging.Folding) {
    let folds = 4
    let tags = JackknifeTagging(corpus, folds: folds, folding: folding, trainer: smallTrainer)
    #expect(tags.xpos.map(\.count) == corpus.map(\.count))
    #expect(tags.upos.map(\.count) == corpus.map(\.count))
    // Each fold's sentences carry exactly what that fold's tagger (trained on the others) predicts.
    let noLemmas = Lemmatizer(exceptions: [:], rules: [:])
    let foldOf = corpus.indices.map { folding.fold(of: $0, count: corpus.count, folds: folds) }
    #expect(Set(foldOf) == Set(0..<folds))
    for fold in 0..<folds {
        let tagger = smallTrainer.train(corpus.indices.filter { foldOf[$0] != fold }.map { corpus[$0] }, lemmatizer: noLemmas)
        for index in corpus.indices where foldOf[index] == fold {
            let predicted = tagger.tag(corpus[index].forms)
            #expect(tags.xpos[index] == predicted.map(\.xpos))
            #expect(tags.upos[index] == predicted.map(\.upos))
        }
    }
    // Deterministic, and fewer than two folds means gold tags.
    #expect(JackknifeTagging(corpus, folds: folds, folding: folding, trainer: smallTrainer) == tags)
    let gold = JackknifeTagging(corpus, folds: 1, folding: folding, trainer: smallTrainer)
    #expect(gold.xpos == corpus.map(\.xpos) && gold.upos == corpus.map(\.upos))
}

@Test func foldsAreInterleavedOrContiguous() {
    #expect((0..<8).map { JackknifeTagging.Folding.interleaved.fold(of: $0, count: 8, folds: 4) } == [0, 1, 2, 3, 0, 1, 2, 3])
    #expect((0..<8).map { JackknifeTagging.Folding.contiguous.fold(of: $0, count: 8, folds: 4) } == [0, 0, 1, 1, 2, 2, 3, 3])
    #expect((0..<7).map { JackknifeTagging.Folding.contiguous.fold(of: $0, count: 7, folds: 3) } == [0, 0, 0, 1, 1, 2, 2])
}

@Test func jackknifeCacheRoundTripsAndRejectsStaleFiles() {
    let tags = JackknifeTagging(corpus, folds: 2, trainer: smallTrainer)
    let text = tags.serialized(header: "v1 folds=2")
    #expect(JackknifeTagging(serialized: text, header: "v1 folds=2", sentences: corpus) == tags)
    // Another header (other settings or data), another treebank, or a truncated file: recompute.
    #expect(JackknifeTagging(serialized: text, header: "v1 folds=4", sentences: corpus) == nil)
    #expect(JackknifeTagging(serialized: text, header: "v1 folds=2", sentences: Array(corpus.dropLast())) == nil)
    #expect(JackknifeTagging(serialized: String(text.dropLast(3)), header: "v1 folds=2", sentences: corpus) == nil)
}
