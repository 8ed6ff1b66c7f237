import Foundation
import Testing
@testable import NLP

/// Regression guard on the SHIPPED models: a fixed 500-sentence slice of EWT dev, gold tokens,
/// predicted tags. Thresholds sit just below the measured scores on this slice, so a worse model
/// (or a broken feature extractor) fails CI.
@Test(.enabled(if: ParserTestData.available, "needs ../shared/data/ud"))
func shippedModelsKeepTheirDevAccuracy() throws {
    let sentences = Array(try Treebank.load(Treebank.ewtDev, in: ParserTestData.udDirectory).prefix(500))
    let tagger = try PartOfSpeechTagger.bundled()
    let parser = try DependencyParser.bundled()
    let score = TreebankEvaluation.evaluate(sentences, tagger: tagger, parser: parser)
    print("EWT dev[0..<500]: \(score)")
    #expect(score.uposAccuracy >= 94.0)
    #expect(score.lemmaAccuracy >= ACCURACY_LEMMA)
    #expect(score.uas >= ACCURACY_UAS)
    #expect(score.las >= ACCURACY_LAS)
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
    #expect(tokens[6].deprel == "obl")
    #expect(tokens.filter { $0.head == -1 }.count == 1)
    #expect(document.annotations.isSuperset(of: [.tags, .morphology, .lemmas, .dependencies]))
}
