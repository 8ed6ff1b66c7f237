import Foundation
import NewsgraphModel
import Testing
@testable import NLP

/// Builds CoNLL-U from compact rows: "id form upos head deprel [SpaceAfter=No]" (lemma = lowercased form).
private func conllu(_ text: String, _ rows: [String]) -> String {
    var out = "# text = \(text)\n"
    for row in rows {
        let f = row.split(separator: " ").map(String.init)
        if f[0].contains("-") {
            out += "\(f[0])\t\(f[1])\t_\t_\t_\t_\t_\t_\t_\t\(f.count > 2 ? f[2] : "_")\n"
        } else {
            out += "\(f[0])\t\(f[1])\t\(f[1].lowercased())\t\(f[2])\t_\t_\t\(f[3])\t\(f[4])\t_\t\(f.count > 5 ? f[5] : "_")\n"
        }
    }
    return out + "\n"
}

private let goldSentence = conllu("I don't know.", [
    "1 I PRON 4 nsubj", "2-3 don't", "2 do AUX 4 aux", "3 n't PART 4 advmod", "4 know VERB 0 root SpaceAfter=No",
    "5 . PUNCT 4 punct",
])

@Test func perfectMatchScoresOneHundred() throws {
    let gold = try CoNLLUReader.parse(goldSentence)
    let scores = try UDEvaluator.score(gold: gold, system: gold)
    for (name, value) in scores.percentages { #expect(value == 100, "\(name)") }
}

@Test func unsplitContractionAlignsByLongestCommonSubsequence() throws {
    // The system keeps "don't" as one word: tokens all match, but only 3 of 5 gold words align.
    let system = conllu("I don't know.", [
        "1 I PRON 3 nsubj", "2 don't AUX 3 aux", "3 know VERB 0 root SpaceAfter=No", "4 . PUNCT 3 punct",
    ])
    let scores = try UDEvaluator.score(gold: try CoNLLUReader.parse(goldSentence), system: try CoNLLUReader.parse(system))
    #expect(scores.tokens.f1 == 1)
    #expect(scores.words.gold == 5 && scores.words.system == 4 && scores.words.correct == 3)
    #expect(abs(scores.words.f1 * 100 - 66.6667) < 0.001)
    #expect(scores.upos.correct == 3 && scores.uas.correct == 3 && scores.las.correct == 3)
}

@Test func splitMultiwordTokenAlignsItsWords() throws {
    // The system writes the same words without the multiword token line: words align by LCS of forms,
    // tokens differ ("don't" vs "do" + "n't").
    let system = conllu("I don't know.", [
        "1 I PRON 4 nsubj", "2 do AUX 4 aux SpaceAfter=No", "3 n't PART 4 advmod", "4 know VERB 0 root SpaceAfter=No",
        "5 . PUNCT 4 punct",
    ])
    let scores = try UDEvaluator.score(gold: try CoNLLUReader.parse(goldSentence), system: try CoNLLUReader.parse(system))
    #expect(scores.tokens.gold == 4 && scores.tokens.system == 5 && scores.tokens.correct == 3)
    #expect(abs(scores.tokens.f1 - 6.0 / 9.0) < 1e-9)
    #expect(scores.words.f1 == 1 && scores.las.f1 == 1)
}

@Test func tokenizationErrorsCountBySpans() throws {
    let gold = conllu("a b-c", ["1 a X 0 root", "2 b-c X 1 dep"])
    let system = conllu("a b-c", ["1 a X 0 root", "2 b X 1 dep SpaceAfter=No", "3 - PUNCT 1 punct SpaceAfter=No", "4 c X 1 dep"])
    let scores = try UDEvaluator.score(gold: try CoNLLUReader.parse(gold), system: try CoNLLUReader.parse(system))
    #expect(scores.tokens.gold == 2 && scores.tokens.system == 4 && scores.tokens.correct == 1)
    #expect(abs(scores.tokens.f1 * 100 - 100.0 / 3.0) < 1e-9)
    #expect(scores.words.correct == 1 && scores.uas.correct == 1)
}

@Test func sentenceBoundariesAndAttachmentScores() throws {
    let gold = conllu("A b.", ["1 A X 2 nsubj", "2 b X 0 root SpaceAfter=No", "3 . PUNCT 2 punct"])
        + conllu("C d.", ["1 C X 2 nsubj", "2 d X 0 root SpaceAfter=No", "3 . PUNCT 2 punct"])
        + conllu("E f.", ["1 E X 2 nsubj", "2 f X 0 root SpaceAfter=No", "3 . PUNCT 2 punct"])
    // System: first sentence right; the other two merged; one wrong head; one wrong label; one wrong UPOS.
    let system = conllu("A b.", ["1 A X 2 nsubj", "2 b X 0 root SpaceAfter=No", "3 . PUNCT 2 punct"])
        + conllu("C d. E f.", ["1 C X 2 obj", "2 d X 0 root SpaceAfter=No", "3 . PUNCT 2 punct",
                               "4 E X 5 nsubj", "5 f X 2 parataxis SpaceAfter=No", "6 . X 2 punct"])
    let scores = try UDEvaluator.score(gold: try CoNLLUReader.parse(gold), system: try CoNLLUReader.parse(system))
    #expect(scores.sentences.gold == 3 && scores.sentences.system == 2 && scores.sentences.correct == 1)
    #expect(abs(scores.sentences.f1 - 0.4) < 1e-9)
    #expect(scores.tokens.f1 == 1 && scores.words.f1 == 1)
    // Gold root "f" gets head "d" (wrong) and the last "." gets head "d" instead of "f" (wrong): 7 of 9 heads.
    #expect(scores.uas.correct == 7)
    // LAS also loses "C" (obj vs nsubj).
    #expect(scores.las.correct == 6)
    #expect(scores.upos.correct == 8)
}

@Test func deprelSubtypesAreIgnoredAndLemmaUnderscoreIsFree() throws {
    let gold = "1\tKhan\t_\tPROPN\tNNP\t_\t2\tnmod:poss\t_\t_\n2\taides\taide\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n"
    let system = "1\tKhan\tkhan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n2\taides\taide\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n"
    let scores = try UDEvaluator.score(gold: try CoNLLUReader.parse(gold), system: try CoNLLUReader.parse(system))
    #expect(scores.las.f1 == 1 && scores.lemmas.f1 == 1)
}

@Test func differentTextIsAnError() throws {
    let gold = try CoNLLUReader.parse(conllu("a b", ["1 a X 0 root", "2 b X 1 dep"]))
    let system = try CoNLLUReader.parse(conllu("a c", ["1 a X 0 root", "2 c X 1 dep"]))
    #expect(throws: NewsgraphError.self) { try UDEvaluator.score(gold: gold, system: system) }
}

@Test func entitySpansScoreExactMatchesPerLabel() {
    typealias S = EntityEvaluator.LabeledSpan
    let gold = [S(document: 0, begin: 0, end: 10, label: "person"), S(document: 0, begin: 20, end: 29, label: "place"),
                S(document: 1, begin: 0, end: 3, label: "organization")]
    let system = [S(document: 0, begin: 0, end: 10, label: "person"), S(document: 0, begin: 20, end: 25, label: "place"),
                  S(document: 1, begin: 0, end: 3, label: "person")]
    let scores = EntityEvaluator.score(gold: gold, system: system)
    #expect(scores.overall.correct == 1 && abs(scores.overall.f1 - 1.0 / 3.0) < 1e-9)
    #expect(scores.byLabel["person"]?.f1 == 2.0 / 3.0)
    #expect(scores.byLabel["place"]?.f1 == 0 && scores.byLabel["organization"]?.recall == 0)
}

@Test func pipelineEvaluationOnRawTextAndGoldTokens() throws {
    let gold = try CoNLLUReader.parse("# newdoc id = d\n" + goldSentence
        + conllu("Police came.", ["1 Police NOUN 2 nsubj", "2 came VERB 0 root SpaceAfter=No", "3 . PUNCT 2 punct"]))
    let pipeline = NLPPipeline(components: [Tokenizer()])
    let raw = try UDEvaluator.evaluate(gold: gold, pipeline: pipeline)
    #expect(raw.tokens.f1 == 1 && raw.sentences.f1 == 1 && raw.words.f1 == 1)
    #expect(raw.upos.correct == 0)  // no tagger in this pipeline
    let withGoldTokens = try UDEvaluator.evaluate(gold: gold, pipeline: pipeline, goldTokens: true)
    #expect(withGoldTokens.tokens.f1 == 1 && withGoldTokens.sentences.f1 == 1 && withGoldTokens.words.f1 == 1)
    // A gold entity reader plugs in; with no NER component, recall is 0.
    let withEntities = try UDEvaluator.evaluate(gold: gold, pipeline: pipeline, goldEntities: { _, doc in
        [EntitySpan(tokens: 5..<6, label: "organization")]
    })
    #expect(withEntities.entities?.overall.gold == 1 && withEntities.entities?.overall.correct == 0)
}

/// Guards the tokenizer's measured accuracy on the UD dev sets (CoNLL 2018 scoring, raw text).
/// Measured, rules alone: EWT dev tokens 99.17, sentences 83.25; GUM dev tokens 99.92, sentences 95.89.
/// With the shipped sentence-boundary model: EWT dev sentences 88.37, GUM dev sentences 96.95.
/// Brackets, quotes and angle brackets inside a chunk standing alone, and the sentence model
/// retrained on that tokenization: EWT dev tokens 99.36, sentences 88.70, words 99.02; GUM dev
/// sentences 96.54.
@Test(.enabled(if: CoNLLUTestData.available, "needs ../shared/data/ud"))
func tokenizerAccuracyOnUDDev() throws {
    let ewtGold = try CoNLLUReader.read(file: CoNLLUTestData.ud("en_ewt-ud-dev.conllu"))
    let gumGold = try CoNLLUReader.read(file: CoNLLUTestData.ud("en_gum-ud-dev.conllu"))
    let rules = NLPPipeline(components: [Tokenizer()])
    let ewt = try UDEvaluator.evaluate(gold: ewtGold, pipeline: rules)
    #expect(ewt.tokens.f1 * 100 >= 99.0)
    #expect(ewt.sentences.f1 * 100 >= 83.0)
    #expect(ewt.words.f1 * 100 >= 98.5)
    let gum = try UDEvaluator.evaluate(gold: gumGold, pipeline: rules)
    #expect(gum.tokens.f1 * 100 >= 99.8)
    #expect(gum.sentences.f1 * 100 >= 95.5)
    let shipped = NLPPipeline(components: [try Tokenizer.bundled()])
    let ewtModel = try UDEvaluator.evaluate(gold: ewtGold, pipeline: shipped)
    #expect(ewtModel.tokens.f1 * 100 >= 99.3)
    #expect(ewtModel.sentences.f1 * 100 >= 88.6)
    #expect(ewtModel.words.f1 * 100 >= 98.95)
    let gumModel = try UDEvaluator.evaluate(gold: gumGold, pipeline: shipped)
    #expect(gumModel.tokens.f1 * 100 >= 99.8)
    #expect(gumModel.sentences.f1 * 100 >= 96.4)
}

/// Marks fixed token ranges as entities: a stand-in NER for testing entity scoring end to end.
private struct FixedEntities: PipelineComponent {
    let name = "fixed-entities"
    let requires: Set<Annotation> = [.tokens]
    let assigns: Set<Annotation> = [.entities]
    let spans: [EntitySpan]
    func process(_ document: inout AnalyzedDocument) { document.entities = spans }
}

@Test func gumEntitiesScoredThroughThePipeline() throws {
    let gold = try CoNLLUReader.parse("""
        # newdoc id = d
        # text = Imran Khan left Islamabad.
        1\tImran\tImran\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Imran_Khan
        2\tKhan\tKhan\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)
        3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tIslamabad\tIslamabad\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-sssss-cf2-1-coref-Islamabad)|SpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_


        """)
    let perfect = NLPPipeline(components: [Tokenizer(), FixedEntities(spans: [
        EntitySpan(tokens: 0..<2, label: "person"), EntitySpan(tokens: 3..<4, label: "place")])])
    let scores = try UDEvaluator.evaluate(gold: gold, pipeline: perfect, goldEntities: GUMGoldEntities.reader)
    #expect(scores.entities?.overall.f1 == 1)
    #expect(scores.entities?.byLabel.keys.sorted() == ["person", "place"])
    // "Khan" alone is a boundary error; the place is wrongly typed.
    let wrong = NLPPipeline(components: [Tokenizer(), FixedEntities(spans: [
        EntitySpan(tokens: 1..<2, label: "person"), EntitySpan(tokens: 3..<4, label: "organization")])])
    let bad = try UDEvaluator.evaluate(gold: gold, pipeline: wrong, goldEntities: GUMGoldEntities.reader)
    #expect(bad.entities?.overall.correct == 0 && bad.entities?.overall.gold == 2 && bad.entities?.overall.system == 2)
}

/// Guards the whole shipped pipeline on raw text (our tokenization, CoNLL 2018 scoring), the
/// issue's "LAS ≥ 80 with our tokenization" target. Measured: EWT dev UPOS 94.09, LAS 80.26;
/// GUM dev UPOS 96.16, LAS 81.75.
@Test(.enabled(if: CoNLLUTestData.available, "needs ../shared/data/ud"))
func wholePipelineOnRawTextMeetsTheLASTarget() throws {
    let pipeline = try NLPPipeline.standard()
    let ewt = try UDEvaluator.evaluate(gold: try CoNLLUReader.read(file: CoNLLUTestData.ud("en_ewt-ud-dev.conllu")),
                                       pipeline: pipeline)
    #expect(ewt.las.f1 * 100 >= 80.0)
    #expect(ewt.upos.f1 * 100 >= 94.0)
    let gum = try UDEvaluator.evaluate(gold: try CoNLLUReader.read(file: CoNLLUTestData.ud("en_gum-ud-dev.conllu")),
                                       pipeline: pipeline)
    #expect(gum.las.f1 * 100 >= 81.6)
    #expect(gum.upos.f1 * 100 >= 96.0)
}
