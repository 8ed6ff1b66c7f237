import Testing
@testable import NLP

private func sentence(_ words: [(String, String, String, String)]) -> TreebankSentence {
    TreebankSentence(forms: words.map(\.0), upos: words.map(\.1), xpos: words.map(\.2),
                     feats: words.map { _ in "_" }, lemmas: words.map(\.3),
                     heads: words.map { _ in 0 }, deprels: words.map { _ in "dep" })
}

private let training = [
    sentence([("She", "PRON", "PRP", "she"), ("stopped", "VERB", "VBD", "stop"), ("the", "DET", "DT", "the"),
              ("cars", "NOUN", "NNS", "car"), ("and", "CCONJ", "CC", "and"), ("went", "VERB", "VBD", "go")]),
    sentence([("They", "PRON", "PRP", "they"), ("dropped", "VERB", "VBD", "drop"), ("boxes", "NOUN", "NNS", "box"),
              ("and", "CCONJ", "CC", "and"), ("parties", "NOUN", "NNS", "party")]),
    sentence([("We", "PRON", "PRP", "we"), ("created", "VERB", "VBD", "create"), ("cities", "NOUN", "NNS", "city"),
              ("and", "CCONJ", "CC", "and"), ("rated", "VERB", "VBD", "rate"), ("dogs", "NOUN", "NNS", "dog")]),
    sentence([("Americans", "PROPN", "NNPS", "American"), ("walked", "VERB", "VBD", "walk"),
              ("talked", "VERB", "VBD", "talk"), ("taxes", "NOUN", "NNS", "tax")]),
]

@Test func lemmatizerLearnsSuffixRulesAndExceptions() {
    let lemmatizer = Lemmatizer.learn(from: training)
    // Seen words.
    #expect(lemmatizer.lemma(form: "went", upos: "VERB", xpos: "VBD") == "go")
    #expect(lemmatizer.lemma(form: "She", upos: "PRON", xpos: "PRP") == "she")
    // Unseen words through learned endings.
    #expect(lemmatizer.lemma(form: "parked", upos: "VERB", xpos: "VBD") == "park")
    #expect(lemmatizer.lemma(form: "ladies", upos: "NOUN", xpos: "NNS") == "lady")
    #expect(lemmatizer.lemma(form: "Cats", upos: "NOUN", xpos: "NNS") == "cat")
    // Proper nouns keep their case.
    #expect(lemmatizer.lemma(form: "Pakistanis", upos: "PROPN", xpos: "NNPS") == "Pakistani")
    #expect(lemmatizer.lemma(form: "Khan", upos: "PROPN", xpos: "NNP") == "Khan")
    // An unknown tag leaves the (lowercased) word alone.
    #expect(lemmatizer.lemma(form: "Quickly", upos: "ADV", xpos: "RB") == "quickly")
}

@Test func rewritesAreMinimal() {
    #expect(Lemmatizer.rewrite(from: "stopped", to: "stop") == .init(strip: 3, append: ""))
    #expect(Lemmatizer.rewrite(from: "parties", to: "party") == .init(strip: 3, append: "y"))
    #expect(Lemmatizer.rewrite(from: "went", to: "go") == .init(strip: 4, append: "go"))
    #expect(Lemmatizer.apply(.init(strip: 3, append: "y"), to: "cities") == "city")
}

@Test func lemmatizerRoundTripsThroughArchive() throws {
    let lemmatizer = Lemmatizer.learn(from: training)
    let reloaded = try Lemmatizer(archive: ModelArchive(decoding: lemmatizer.archive().encoded()))
    for form in ["went", "jumped", "ladies", "Americans", "boxes"] {
        #expect(reloaded.lemma(form: form, upos: "NOUN", xpos: "NNS") == lemmatizer.lemma(form: form, upos: "NOUN", xpos: "NNS"))
    }
}
