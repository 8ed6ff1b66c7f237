import Foundation
import NewsgraphModel
import Testing
@testable import NLP

/// Locates ../shared relative to the package root (this file is Tests/NLPTests/CoNLLUTests.swift).
enum CoNLLUTestData {
    static let sharedRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static func ud(_ name: String) -> String { sharedRoot.appendingPathComponent("data/ud/\(name)").path }
    static var available: Bool { FileManager.default.fileExists(atPath: ud("en_ewt-ud-dev.conllu")) }
}

private let sample = """
# newdoc id = doc1
# sent_id = s1
# newpar
# text = I don't know, Mr. Khan's aide said.
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin\t4\taux\t4:aux\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t10\tccomp\t10:ccomp\tSpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t10\tpunct\t10:punct\t_
6\tMr.\tMr.\tPROPN\tNNP\tNumber=Sing\t7\tcompound\t7:compound\t_
7\tKhan\tKhan\tPROPN\tNNP\tNumber=Sing\t9\tnmod:poss\t9:nmod:poss\tSpaceAfter=No|Entity=(1-person)
8\t's\t's\tPART\tPOS\t_\t7\tcase\t7:case\t_
9\taide\taide\tNOUN\tNN\tNumber=Sing\t10\tnsubj\t10:nsubj\t_
10\tsaid\tsay\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t0:root\tSpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t10:punct\t_

# sent_id = s2
# text = Sue likes coffee and Bill tea.
1\tSue\tSue\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\t_
2\tlikes\tlike\tVERB\tVBZ\tNumber=Sing|Person=3|Tense=Pres\t0\troot\t0:root\t_
3\tcoffee\tcoffee\tNOUN\tNN\tNumber=Sing\t2\tobj\t2:obj\t_
4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_
5\tBill\tBill\tPROPN\tNNP\tNumber=Sing\t3\tconj\t5.1:nsubj\t_
5.1\tlikes\tlike\tVERB\tVBZ\tNumber=Sing|Person=3|Tense=Pres\t_\t_\t2:conj:and\tCopyOf=2
6\ttea\ttea\tNOUN\tNN\tNumber=Sing\t5\torphan\t5.1:obj\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_


"""

@Test func coNLLURoundTripIsByteIdentical() throws {
    let sentences = try CoNLLUReader.parse(sample)
    #expect(sentences.count == 2)
    #expect(CoNLLUWriter.write(sentences) == sample)
}

@Test func coNLLUReadsColumnsCommentsAndMisc() throws {
    let sentences = try CoNLLUReader.parse(sample)
    let first = sentences[0]
    #expect(first.sentID == "s1")
    #expect(first.text == "I don't know, Mr. Khan's aide said.")
    #expect(first.startsDocument && first.documentID == "doc1" && first.startsParagraph)
    #expect(first.words.count == 11)
    #expect(first.multiwordTokens == [CoNLLUMultiwordToken(first: 2, last: 3, form: "don't")])
    #expect(first.words[6].miscFields.map { "\($0.key)=\($0.value)" } == ["SpaceAfter=No", "Entity=(1-person)"])
    #expect(first.words[6].spaceAfter == false && first.words[7].spaceAfter)
    #expect(first.words[9].head == 0 && first.words[0].head == 4)
    #expect(first.surfaceTokens.map(\.form) == ["I", "don't", "know", ",", "Mr.", "Khan", "'s", "aide", "said", "."])
    let second = sentences[1]
    #expect(second.emptyNodes.count == 1 && second.emptyNodes[0].major == 5 && second.emptyNodes[0].minor == 1)
    #expect(second.line == 18)
}

@Test func coNLLUToAnalyzedDocumentHasOffsetsAndDocumentHeads() throws {
    let sentences = try CoNLLUReader.parse(sample)
    let document = CoNLLUDocument.split(sentences)
    #expect(document.count == 1)
    let doc = document[0].analyzedDocument()
    #expect(doc.text == "I don't know, Mr. Khan's aide said. Sue likes coffee and Bill tea.")
    #expect(doc.tokens.count == 18)
    let slices = doc.tokens.map { doc.text.scalarSlice(Span(begin: $0.begin, end: $0.end)) }
    #expect(slices == ["I", "do", "n't", "know", ",", "Mr.", "Khan", "'s", "aide", "said", ".",
                       "Sue", "likes", "coffee", "and", "Bill", "tea", "."])
    #expect(doc.tokens[1].spaceAfter == false && doc.tokens[2].spaceAfter)
    #expect(doc.tokens[9].head == -1 && doc.tokens[0].head == 3)
    #expect(doc.tokens[12].head == -1 && doc.tokens[11].head == 12)  // sentence 2 offsets by 11 words
    #expect(doc.sentences.map(\.tokens) == [0..<11, 11..<18])
    #expect(doc.sentences[1].begin == 36 && doc.sentences[1].end == doc.text.unicodeScalars.count)
    #expect(doc.tokens[5].upos == "PROPN" && doc.tokens[4].feats == "" && doc.tokens[13].lemma == "coffee")
    #expect(doc.tokens[10].spaceAfter && doc.tokens[17].spaceAfter == false)
}

@Test func coNLLUMultiwordWordsShareTheSpanWhenFormsDiffer() throws {
    let text = """
    # text = del mar
    1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_
    1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_
    2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_
    3\tmar\tmar\tNOUN\t_\t_\t0\troot\t_\t_


    """
    let doc = CoNLLUDocument(sentences: try CoNLLUReader.parse(text)).analyzedDocument()
    #expect(doc.tokens.map { [$0.begin, $0.end] } == [[0, 2], [2, 3], [4, 7]])
}

@Test func analyzedDocumentBackToCoNLLU() throws {
    let sentences = try CoNLLUReader.parse(sample)
    var doc = CoNLLUDocument(sentences: sentences).analyzedDocument()
    doc.entities = [EntitySpan(tokens: 5..<7, label: "person")]
    let back = CoNLLUExport.sentences(from: doc)
    #expect(back.count == 2)
    #expect(back[0].text == sentences[0].text)
    #expect(back[0].words.map(\.form) == sentences[0].words.map(\.form))
    #expect(back[0].words.map(\.head) == sentences[0].words.map(\.head))
    #expect(back[0].words.map(\.deprel) == sentences[0].words.map(\.deprel))
    #expect(back[0].words[3].misc == "SpaceAfter=No")
    // Contractions and possessives come back as multiword tokens, as in EWT.
    #expect(back[0].words[5].misc == "NE=B-person" && back[0].words[6].misc == "NE=I-person")
    #expect(back[0].surfaceTokens.map(\.form) == ["I", "don't", "know", ",", "Mr.", "Khan's", "aide", "said", "."])
    #expect(back[0].multiwordTokens.map { [$0.first, $0.last] } == [[2, 3], [7, 8]])
    #expect(back[1].words.last?.misc == "_")
}

/// Apostrophe-less contractions the tokenizer splits and a plural's possessive apostrophe are
/// multiword tokens in EWT ("dont" = do + nt, "soldiers'" = soldiers + '): the export groups them
/// so, and leaves a closing quote alone.
@Test func exportGroupsApostropheLessContractionsAndPluralPossessives() throws {
    let pipeline = try NLPPipeline.standard()
    let back = CoNLLUExport.sentences(from: pipeline("I dont know the soldiers' names, thats all."))
    #expect(back.count == 1)
    #expect(back[0].surfaceTokens.map(\.form) == ["I", "dont", "know", "the", "soldiers'", "names", ",", "thats", "all", "."])
    #expect(back[0].words.map(\.form) == ["I", "do", "nt", "know", "the", "soldiers", "'", "names", ",", "that", "s", "all", "."])
    let quoted = CoNLLUExport.sentences(from: pipeline("He called them 'soldiers' in the report."))
    #expect(quoted[0].multiwordTokens.isEmpty)
}

@Test func coNLLUErrorsNameFileAndLine() throws {
    func error(_ text: String) -> NewsgraphError? {
        do { _ = try CoNLLUReader.parse(text, file: "x.conllu"); return nil } catch let e as NewsgraphError { return e } catch { return nil }
    }
    let short = error("# text = a\n1\ta\ta\tX\n")
    #expect(short?.code == .badCoNLLU && short?.line == 2 && short?.file == "x.conllu")
    let order = error("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n")
    #expect(order?.line == 2 && order?.message.contains("out of order") == true)
    let head = error("1\ta\ta\tX\t_\t_\tx\troot\t_\t_\n")
    #expect(head?.line == 1 && head?.message.contains("HEAD") == true)
    let range = error("1\ta\ta\tX\t_\t_\t7\troot\t_\t_\n")
    #expect(range?.line == 1 && range?.message.contains("beyond") == true)
    #expect(error("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n") == nil)
}

@Test(.enabled(if: CoNLLUTestData.available, "needs ../shared/data/ud"))
func coNLLUSharedFilesRoundTripAndAlign() throws {
    for name in ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"] {
        let path = CoNLLUTestData.ud(name)
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let sentences = try CoNLLUReader.read(file: path)
        #expect(CoNLLUWriter.write(sentences) == original, "\(name) round trip")
        // Every gold token form is found verbatim at its offsets (MWT words: inside their token's span).
        var mismatches = 0
        for document in CoNLLUDocument.split(sentences) {
            let doc = document.analyzedDocument()
            let scalars = Array(doc.text.unicodeScalars)
            for sentence in doc.sentences {
                for t in sentence.tokens {
                    let token = doc.tokens[t]
                    var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[token.begin..<token.end])
                    if String(view) != token.form { mismatches += 1 }
                }
            }
        }
        #expect(mismatches < 400, "\(name): \(mismatches) tokens whose span text differs from the form")
    }
}
