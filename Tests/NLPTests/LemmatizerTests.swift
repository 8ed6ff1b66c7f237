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

@Test func irregularPastFormsTheTreebankNeverShowedComeFromTheGrammarTable() {
    // The toy treebank teaches "-ed" rules only; "fled" must not become "fle" (or "flead").
    let lemmatizer = Lemmatizer.learn(from: training)
    let cases: [(String, String, String)] = [
        ("fled", "VBD", "flee"), ("fled", "VBN", "flee"), ("led", "VBD", "lead"), ("fed", "VBD", "feed"),
        ("bled", "VBD", "bleed"), ("sped", "VBD", "speed"), ("held", "VBD", "hold"), ("told", "VBD", "tell"),
        ("sold", "VBN", "sell"), ("said", "VBD", "say"), ("paid", "VBN", "pay"), ("laid", "VBD", "lay"),
        ("won", "VBD", "win"), ("wore", "VBD", "wear"), ("swore", "VBD", "swear"), ("sworn", "VBN", "swear"),
        ("struck", "VBD", "strike"), ("stole", "VBD", "steal"), ("stolen", "VBN", "steal"),
        ("sought", "VBD", "seek"), ("fought", "VBD", "fight"), ("caught", "VBN", "catch"),
        ("taught", "VBD", "teach"), ("bought", "VBD", "buy"), ("brought", "VBN", "bring"),
        ("thought", "VBD", "think"), ("arose", "VBD", "arise"), ("forbade", "VBD", "forbid"),
        ("Fled", "VBD", "flee"), ("withdrew", "VBD", "withdraw"), ("undertook", "VBD", "undertake"),
    ]
    for (form, xpos, lemma) in cases {
        #expect(lemmatizer.lemma(form: form, upos: "VERB", xpos: xpos) == lemma, "\(form)/\(xpos)")
    }
    #expect(lemmatizer.lemma(form: "went", upos: "VERB", xpos: "VBD") == "go")
    // The table overrides a mislabeled treebank lemma (GUM train has "fled" → "flead").
    let mislabeled = Lemmatizer.learn(from: training + [
        sentence([("He", "PRON", "PRP", "he"), ("fled", "VERB", "VBD", "flead")]),
        sentence([("She", "PRON", "PRP", "she"), ("fled", "VERB", "VBD", "flead")]),
    ])
    #expect(mislabeled.lemma(form: "fled", upos: "VERB", xpos: "VBD") == "flee")
    // Regular verbs still go through the rules.
    #expect(lemmatizer.lemma(form: "parked", upos: "VERB", xpos: "VBD") == "park")
}

@Test(.enabled(if: ParserTestData.available, "needs ../shared/data/ud"))
func shippedLemmatizerKnowsIrregularNewsVerbs() throws {
    let lemmatizer = try Lemmatizer.bundled()
    let cases: [(String, String, String)] = [
        ("fled", "VBD", "flee"), ("fled", "VBN", "flee"), ("led", "VBD", "lead"), ("fed", "VBN", "feed"),
        ("bled", "VBD", "bleed"), ("sped", "VBD", "speed"), ("held", "VBD", "hold"), ("told", "VBD", "tell"),
        ("sold", "VBD", "sell"), ("said", "VBD", "say"), ("paid", "VBD", "pay"), ("laid", "VBN", "lay"),
        ("won", "VBD", "win"), ("wore", "VBD", "wear"), ("swore", "VBD", "swear"), ("struck", "VBD", "strike"),
        ("stole", "VBD", "steal"), ("sought", "VBD", "seek"), ("fought", "VBD", "fight"), ("caught", "VBD", "catch"),
        ("taught", "VBD", "teach"), ("bought", "VBD", "buy"), ("brought", "VBD", "bring"), ("thought", "VBD", "think"),
        ("arose", "VBD", "arise"), ("forbade", "VBD", "forbid"), ("flees", "VBZ", "flee"), ("fleeing", "VBG", "flee"),
        ("arrested", "VBD", "arrest"), ("stopped", "VBN", "stop"), ("protesters", "NNS", "protester"),
    ]
    for (form, xpos, lemma) in cases {
        let upos = xpos.hasPrefix("VB") ? "VERB" : "NOUN"
        #expect(lemmatizer.lemma(form: form, upos: upos, xpos: xpos) == lemma, "\(form)/\(xpos)")
    }
}

@Test func ruleOutputsThatAreNoKnownLemmaGiveWayToOnesThatAre() throws {
    let corpus = training + [
        sentence([("They", "PRON", "PRP", "they"), ("robbed", "VERB", "VBN", "rob"), ("stabbed", "VERB", "VBN", "stab"),
                  ("grabbed", "VERB", "VBN", "grab"), ("described", "VERB", "VBN", "describe")]),
        sentence([("We", "PRON", "PRP", "we"), ("walked", "VERB", "VBN", "walk"), ("talked", "VERB", "VBN", "talk"),
                  ("jumped", "VERB", "VBN", "jump"), ("parked", "VERB", "VBN", "park")]),
        sentence([("She", "PRON", "PRP", "she"), ("climbs", "VERB", "VBZ", "climb")]),
    ]
    let lemmatizer = Lemmatizer.learn(from: corpus)
    // "-bed → -" (robbed → rob) gives "clim", no known lemma; "-ed → -" gives the known "climb".
    #expect(lemmatizer.lemma(form: "climbed", upos: "VERB", xpos: "VBN") == "climb")
    // With no known alternative, the longest-ending rule stands.
    #expect(lemmatizer.lemma(form: "nabbed", upos: "VERB", xpos: "VBN") == "nab")
    // Proper nouns are not checked against the common-word lemmas.
    #expect(lemmatizer.lemma(form: "Zed", upos: "PROPN", xpos: "NNP") == "Zed")
    let reloaded = try Lemmatizer(archive: ModelArchive(decoding: lemmatizer.archive().encoded()))
    #expect(reloaded.knownLemmas == lemmatizer.knownLemmas)
    #expect(reloaded.lemma(form: "climbed", upos: "VERB", xpos: "VBN") == "climb")
}
