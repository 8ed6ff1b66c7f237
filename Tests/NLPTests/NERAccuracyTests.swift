import Foundation
import NewsgraphModel
import Testing
@testable import NLP

/// Guards the shipped model's span F1 just below what `newsgraph train ner` measured
/// (gold tags and parse, the fastest setting; GUM person/organization/place 74.8, UNER PER/ORG/LOC 61.6).
@Suite("NER accuracy on the shared dev sets")
struct NERAccuracyTests {
    static let data: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")
    static var available: Bool {
        FileManager.default.fileExists(atPath: data.appendingPathComponent("ud/en_gum-ud-dev.conllu").path)
            && FileManager.default.fileExists(atPath: data.appendingPathComponent("uner/en_ewt-ud-dev.iob2").path)
    }

    @Test(.enabled(if: available, "needs ../shared/data (GUM dev, EWT dev, UNER dev)"))
    func shippedModelSpanF1() throws {
        let recognizer = try EntityRecognizer.bundled()
        let gum = try NERCorpus.gum(file: Self.data.appendingPathComponent("ud/en_gum-ud-dev.conllu").path)
        let gumScore = NEREvaluation.gum(recognizer, on: gum).overall(NEREvaluation.gumHeadline).f1
        #expect(gumScore >= 0.755, "GUM dev person/organization/place F1 \(gumScore)")

        let unerPath = Self.data.appendingPathComponent("uner/en_ewt-ud-dev.iob2").path
        let ewt = try CoNLLUReader.read(file: Self.data.appendingPathComponent("ud/en_ewt-ud-dev.conllu").path)
        let uner = try NERCorpus.uner(UNERReader.read(path: unerPath), conllu: ewt, file: unerPath)
        #expect(uner.count == 2001)
        let unerScore = NEREvaluation.uner(recognizer, on: uner).overall().f1
        #expect(unerScore >= 0.617, "UNER EWT dev PER/ORG/LOC F1 \(unerScore)")
    }

    /// The fast decode (cached shape/UPOS transition blocks, batched word lookups) picks exactly the
    /// tags of the direct one (every previous tag's features scored on their own) on all of GUM dev,
    /// read document by document with the document memory as at run time.
    @Test(.enabled(if: available, "needs ../shared/data (GUM dev)"))
    func fastDecodeEqualsReferenceDecode() throws {
        let recognizer = try EntityRecognizer.bundled()
        let gum = try NERCorpus.gum(file: Self.data.appendingPathComponent("ud/en_gum-ud-dev.conllu").path)
        var memory = recognizer.newMemory()
        var compared = 0, differing = 0, tagged = 0
        for sentence in gum {
            if sentence.startsDocument { memory = recognizer.newMemory() }
            var context = NERSentenceContext(tokens: sentence.tokens, clusters: recognizer.clusters)
            context.recall(memory)
            let fast = recognizer.tags(context)
            compared += 1
            if fast != recognizer.referenceTags(context) { differing += 1 }
            tagged += fast.filter { $0 != 0 }.count
            context.remember(recognizer.scheme.decode(fast), scheme: recognizer.scheme, in: &memory)
        }
        #expect(compared == 873 && differing == 0, "\(differing) of \(compared) sentences differ")
        #expect(tagged > 500, "the comparison covers entity tags, not only O")
    }

    @Test(.enabled(if: available, "needs ../shared/data (GUM dev)"))
    func gumNamedSpansReadCleanly() throws {
        let gum = try NERCorpus.gum(file: Self.data.appendingPathComponent("ud/en_gum-ud-dev.conllu").path)
        #expect(gum.count == 873)
        let counts = Dictionary(grouping: gum.flatMap(\.entities), by: \.label).mapValues(\.count)
        #expect(counts["person"] == 161 && counts["place"] == 173 && counts["organization"] == 73)
        #expect(gum.filter(\.startsDocument).count > 1)
    }
}
