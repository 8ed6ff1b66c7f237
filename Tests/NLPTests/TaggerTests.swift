import Testing
@testable import NLP

private func sentence(_ words: [(String, String, String, String)]) -> TreebankSentence {
    TreebankSentence(forms: words.map(\.0), upos: words.map(\.1), xpos: words.map(\.2), feats: words.map(\.3),
                     lemmas: words.map { $0.0.lowercased() }, heads: words.map { _ in 0 },
                     deprels: words.map { _ in "dep" })
}

private let toyCorpus = [
    sentence([("Police", "NOUN", "NNS", "Number=Plur"), ("arrested", "VERB", "VBD", "Tense=Past|VerbForm=Fin"),
              ("protesters", "NOUN", "NNS", "Number=Plur"), (".", "PUNCT", ".", "_")]),
    sentence([("Officials", "NOUN", "NNS", "Number=Plur"), ("blocked", "VERB", "VBD", "Tense=Past|VerbForm=Fin"),
              ("roads", "NOUN", "NNS", "Number=Plur"), (".", "PUNCT", ".", "_")]),
    sentence([("The", "DET", "DT", "Definite=Def|PronType=Art"), ("court", "NOUN", "NN", "Number=Sing"),
              ("ruled", "VERB", "VBD", "Tense=Past|VerbForm=Fin"), (".", "PUNCT", ".", "_")]),
]

@Test func taggerLearnsJointTagsAndFeatures() throws {
    var trainer = TaggerTrainer()
    trainer.epochs = 8
    trainer.dictionaryMinimumCount = 1000  // force every word through the perceptron
    trainer.pruneBelow = 0  // a toy model has only small weights
    let tagger = trainer.train(toyCorpus, lemmatizer: Lemmatizer.learn(from: toyCorpus))
    let tags = tagger.tag(["Soldiers", "stopped", "cars", "."])
    #expect(tags.map(\.upos) == ["NOUN", "VERB", "NOUN", "PUNCT"])
    #expect(tags[1].xpos == "VBD")
    #expect(tags[1].feats == "Tense=Past|VerbForm=Fin")
    #expect(tags[3].feats == "")
    // Model file round trip: identical tags.
    let reloaded = try PartOfSpeechTagger(archive: ModelArchive(decoding: tagger.archive().encoded()),
                                          lemmatizer: tagger.lemmatizer)
    #expect(reloaded.tag(["Soldiers", "stopped", "cars", "."]) == tags)
}

@Test func taggerReadsEitherWayAndItsModelFileKeepsTheDirection() throws {
    for rightToLeft in [false, true] {
        var trainer = TaggerTrainer()
        trainer.epochs = 8
        trainer.dictionaryMinimumCount = 1000
        trainer.pruneBelow = 0
        trainer.rightToLeft = rightToLeft
        let tagger = trainer.train(toyCorpus, lemmatizer: Lemmatizer.learn(from: toyCorpus))
        #expect(tagger.rightToLeft == rightToLeft)
        let tags = tagger.tag(["Soldiers", "stopped", "cars", "."])
        #expect(tags.map(\.upos) == ["NOUN", "VERB", "NOUN", "PUNCT"], "right to left: \(rightToLeft)")
        let reloaded = try PartOfSpeechTagger(archive: ModelArchive(decoding: tagger.archive().encoded()),
                                              lemmatizer: tagger.lemmatizer)
        #expect(reloaded.rightToLeft == rightToLeft)
        #expect(reloaded.tag(["Soldiers", "stopped", "cars", "."]) == tags)
    }
    // A model file without the direction (the shipped one, made before there was a choice) reads left to right.
    #expect(try !PartOfSpeechTagger.bundled().rightToLeft)
}

@Test func taggerEnsembleIsOneDeterministicModel() throws {
    var trainer = TaggerTrainer()
    trainer.epochs = 8
    trainer.dictionaryMinimumCount = 1000
    trainer.pruneBelow = 0
    trainer.ensembleSize = 3
    let lemmatizer = Lemmatizer.learn(from: toyCorpus)
    let tagger = trainer.train(toyCorpus, lemmatizer: lemmatizer)
    #expect(tagger.tag(["Soldiers", "stopped", "cars", "."]).map(\.upos) == ["NOUN", "VERB", "NOUN", "PUNCT"])
    // Same seeds, same bytes; the members' shuffles differ, so the mean is not the first member.
    #expect(trainer.train(toyCorpus, lemmatizer: lemmatizer).archive().encoded() == tagger.archive().encoded())
    trainer.ensembleSize = 1
    #expect(trainer.train(toyCorpus, lemmatizer: lemmatizer).archive().encoded() != tagger.archive().encoded())
}

@Test func wordShapesAndNormalization() {
    #expect(TaggerFeatures.shape(of: "McDonald's") == "XxXxx'x")
    #expect(TaggerFeatures.shape(of: "1,200") == "d,dd")
    #expect(TaggerFeatures.shape(of: "Zürich") == "Xxx")
    #expect(ParserFeatures.normalize("Islamabad2024") == "islamabad0000")
    #expect(ParserFeatures.normalize("ÉCOLE") == "école")
    #expect(ParserFeatures.normalize("plain") == "plain")
}

@Test func asciiAndGeneralAtomPathsAgree() {
    // "naïve" goes through the general path; its ASCII look-alike must hash the same way there.
    let ascii = TaggerFeatures.atoms(of: "Naive")
    #expect(ascii.suffix3 == FeatureHashing.string("ive"))
    #expect(ascii.prefix2 == FeatureHashing.string("na"))
    #expect(ascii.lower == FeatureHashing.string("naive"))
    let general = TaggerFeatures.atoms(of: "Naïve")
    #expect(general.suffix3 == FeatureHashing.string("ïve"))
}

@Test func tagLexiconLearnsAmbiguityClassesAndRoundTrips() throws {
    let corpus = [
        sentence([("They", "PRON", "PRP", "_"), ("report", "VERB", "VBP", "_"), ("news", "NOUN", "NN", "_")]),
        sentence([("The", "DET", "DT", "_"), ("report", "NOUN", "NN", "_"), ("ended", "VERB", "VBD", "_")]),
        sentence([("A", "DET", "DT", "_"), ("Report", "NOUN", "NN", "_"), ("ended", "VERB", "VBD", "_")]),
        sentence([("In", "ADP", "IN", "_"), ("2024", "NUM", "CD", "_"), ("news", "NOUN", "NN", "_")]),
    ]
    let lexicon = TagLexicon.learn(from: corpus, minimumCount: 2, minimumShare: 0.05)
    // Case-folded: "report" and "Report" are one word with two tags, sorted.
    #expect(lexicon.classOf["report"] == "NN|VBP")
    #expect(lexicon.classOf["ended"] == "VBD")
    #expect(lexicon.classOf["news"] == "NN")
    #expect(lexicon.classOf["they"] == nil)  // seen once: not in the lexicon
    // A share threshold drops stray tags.
    #expect(TagLexicon.learn(from: corpus, minimumCount: 2, minimumShare: 0.5).classOf["report"] == "NN")
    var archive = ModelArchive(kind: "test")
    lexicon.write(to: &archive, prefix: "lexicon")
    let reloaded = try TagLexicon(from: ModelArchive(decoding: archive.encoded()), prefix: "lexicon")
    #expect(reloaded.classOf == lexicon.classOf)
    // The hot-path table agrees with the readable one; unknown words get the unknown class.
    #expect(reloaded.ambiguityClass(lower: FeatureHashing.string("report")) == FeatureHashing.string("NN|VBP"))
    #expect(reloaded.ambiguityClass(lower: FeatureHashing.string("zebra")) == TagLexicon.unknown)
}
