import Foundation
import Testing
@testable import NLP
import NewsgraphModel

/// Regression guard on the SHIPPED models: a fixed 500-sentence slice of EWT dev, gold tokens,
/// predicted tags. Thresholds sit just below the measured scores on this slice, so a worse model
/// (or a broken feature extractor) fails CI. Measured with the shipped models:
/// UPOS 95.77, Lemma 97.62, UAS 85.61, LAS 82.39 on this slice (tagger with ambiguity classes,
/// parser feature set 2).
@Test(.enabled(if: ParserTestData.available, "needs ../shared/data/ud"))
func shippedModelsKeepTheirDevAccuracy() throws {
    let sentences = Array(try Treebank.load(Treebank.ewtDev, in: ParserTestData.udDirectory).prefix(500))
    let tagger = try PartOfSpeechTagger.bundled()
    let parser = try DependencyParser.bundled()
    let score = TreebankEvaluation.evaluate(sentences, tagger: tagger, parser: parser)
    print("EWT dev[0..<500]: \(score)")
    #expect(score.uposAccuracy >= 95.6)
    #expect(score.lemmaAccuracy >= 97.45)
    #expect(score.uas >= 85.4)
    #expect(score.las >= 82.2)
}

@Test func bundledModelsLoadAndRunThroughThePipelineContract() throws {
    let tagger = try PartOfSpeechTagger.bundled()
    let parser = try DependencyParser.bundled()
    let forms = ["Police", "arrested", "hundreds", "of", "protesters", "in", "Islamabad", "on", "Tuesday", "."]
    var document = AnalyzedDocument(text: forms.joined(separator: " "))
    var offset = 0
    for form in forms {
        document.tokens.append(Token(form: form, begin: offset, end: offset + form.count))
        offset += form.count + 1
    }
    document.sentences = [Sentence(tokens: 0..<forms.count, begin: 0, end: offset - 1)]
    document.annotations = [.tokens, .sentences]
    NLPPipeline(components: [tagger, parser]).run(&document)
    let tokens = document.tokens
    #expect(tokens[1].upos == "VERB")
    #expect(tokens[1].xpos == "VBD")
    #expect(tokens[1].feature("Tense") == "Past")
    #expect(tokens[4].lemma == "protester")
    #expect(tokens[1].head == -1 && tokens[1].deprel == "root")
    #expect(tokens[0].head == 1 && tokens[0].deprel == "nsubj")
    #expect(tokens[4].head == 2)
    // "in Islamabad": verb or noun attachment are both defensible; the relation must match it.
    #expect((tokens[6].head == 1 && tokens[6].deprel == "obl") || (tokens[6].head == 4 && tokens[6].deprel == "nmod"))
    // "on Tuesday" belongs to the verb; the parser of feature set 2 attaches it to "Islamabad", a
    // known error of greedy parsers (nearest noun). The contract: its relation matches its head.
    #expect(tokens[7].head == 8 && tokens[7].deprel == "case")
    #expect((tokens[8].head == 1 && tokens[8].deprel == "obl") || (tokens[8].head >= 0 && tokens[tokens[8].head].upos != "VERB" && tokens[8].deprel == "nmod"))
    #expect(tokens.filter { $0.head == -1 }.count == 1)
    #expect(document.annotations.isSuperset(of: [.tags, .morphology, .lemmas, .dependencies]))
}

@Test func parserModelsFromAnotherFeatureSetAreRefusedWithAHint() throws {
    var archive = try DependencyParser.bundled().archive()
    #expect(try archive.array("parser.features") as [UInt32] == [DependencyParser.featureSetVersion])
    archive.set("parser.features", array: [DependencyParser.featureSetVersion - 1])
    #expect {
        try DependencyParser(archive: ModelArchive(decoding: archive.encoded()))
    } throws: { error in
        let error = error as? NewsgraphError
        return error?.code == .modelCorrupt && error?.message.contains("newsgraph train parser") == true
    }
}

@Test func shippedParserCarriesItsAmbiguityClasses() throws {
    let parser = try DependencyParser.bundled()
    #expect(parser.lexicon.classOf["report"]?.split(separator: "|").contains("NN") == true)
    #expect(parser.lexicon.classOf["report"]?.split(separator: "|").contains("VB") == true)
    let reloaded = try DependencyParser(archive: ModelArchive(decoding: parser.archive().encoded()))
    #expect(reloaded.lexicon.classOf == parser.lexicon.classOf)
    #expect(reloaded.archive().encoded() == parser.archive().encoded())
}

/// The parser sums the buffer-only features' scores once per buffer front and the stack-only ones
/// once per stack depth (until a SHIFT replaces the word there), and scores nothing where only one
/// transition is legal; scoring every feature at every transition (`ParserFeatures.extract`, as
/// training does) must choose the same trees.
@Test func cachedBufferScoresGiveTheTreesOfFullScoring() throws {
    let tagger = try PartOfSpeechTagger.bundled()
    let parser = try DependencyParser.bundled()
    let sentences = [
        "Home Minister Mohsin Naqvi claimed that Gandapur and Bibi had absconded from the protest site .",
        "Police fired tear gas at thousands of protesters who had marched on Islamabad , officials said .",
        "The court , which met on Tuesday , adjourned the hearing until next week because the judge was ill .",
        "What did they say ?",
    ]
    for text in sentences {
        let forms = text.split(separator: " ").map(String.init)
        let tags = tagger.tag(forms)
        let features = ParserFeatures(forms: forms, tags: tags.map(\.xpos), upos: tags.map(\.upos),
                                      lexicon: parser.lexicon, labelHashes: parser.labelHashes)
        var state = ArcHybridConfiguration(wordCount: forms.count)
        var keys: [UInt64] = [], scores: [Int32] = []
        while !state.isTerminal {
            features.extract(state, into: &keys)
            parser.model.score(keys, into: &scores)
            state.apply(parser.bestLegal(scores, state))
        }
        let reference = PseudoProjectivity.deprojectivize(
            heads: state.heads.enumerated().map { $0.offset == 0 ? 0 : $0.element },
            labels: state.labels.enumerated().map { $0.offset == 0 ? "" : parser.labels[$0.element] })
        let parse = parser.parse(forms: forms, tags: tags.map(\.xpos), upos: tags.map(\.upos))
        #expect(parse.heads == Array(reference.heads.dropFirst()), "\(text)")
        #expect(parse.labels == Array(reference.labels.dropFirst()), "\(text)")
    }
}
