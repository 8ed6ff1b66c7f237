import Foundation
import NewsgraphModel
import Testing
@testable import NLP

@Suite("NER tagging")
struct NERTaggingTests {
    let scheme = BILOUScheme(labels: ["person", "place"])

    @Test func bilouRoundTrip() {
        let spans = [EntitySpan(tokens: 0..<1, label: "person"), EntitySpan(tokens: 2..<5, label: "place"),
                     EntitySpan(tokens: 5..<7, label: "person")]
        let tags = scheme.encode(spans, count: 8)
        #expect(tags.map(scheme.name(of:)) == ["U-person", "O", "B-place", "I-place", "L-place", "B-person", "L-person", "O"])
        #expect(scheme.decode(tags) == spans)
        // Labels outside the scheme are left out.
        #expect(scheme.encode([EntitySpan(tokens: 0..<1, label: "event")], count: 1) == [0])
    }

    @Test func validTransitions() {
        let bPlace = scheme.tag(.begin, label: 1), iPlace = scheme.tag(.inside, label: 1), lPlace = scheme.tag(.last, label: 1)
        let uPerson = scheme.tag(.unit, label: 0), lPerson = scheme.tag(.last, label: 0)
        #expect(scheme.allows(bPlace, after: nil))
        #expect(!scheme.allows(iPlace, after: nil))
        #expect(scheme.allows(iPlace, after: bPlace))
        #expect(!scheme.allows(lPerson, after: bPlace))
        #expect(!scheme.allows(0, after: bPlace))
        #expect(scheme.allows(uPerson, after: lPlace))
        #expect(!scheme.allowsEnd(after: iPlace))
        #expect(scheme.allowsEnd(after: lPlace))
    }

    /// The Viterbi search never returns an invalid sequence, even when invalid tags score best,
    /// and finds the best valid one (not the greedy one).
    @Test func viterbiKeepsToValidSequences() {
        let bPlace = scheme.tag(.begin, label: 1), iPlace = scheme.tag(.inside, label: 1), lPlace = scheme.tag(.last, label: 1)
        let uPerson = scheme.tag(.unit, label: 0)
        let viterbi = BILOUViterbi(scheme: scheme)
        func decode(_ emissions: [[Int: Int64]]) -> [Int] {
            viterbi.decode(count: emissions.count, emission: { (index: Int, out: inout [Int64]) in
                for tag in out.indices { out[tag] = emissions[index][tag] ?? 0 }
            }, transition: { (_: Int, _: Int, out: inout [Int64]) in
                for tag in out.indices { out[tag] = 0 }
            })
        }
        // I-place scores best at the start, but may not start a sentence: O wins.
        #expect(decode([[iPlace: 10]]) == [0])
        // B-place then an open span at the end must close with L-place.
        #expect(decode([[bPlace: 10], [iPlace: 10]]) == [bPlace, lPlace])
        // Greedy would take U-person (3) then be stuck with O; B-place + L-place totals more (2 + 5).
        #expect(decode([[uPerson: 3, bPlace: 2], [lPlace: 5]]) == [bPlace, lPlace])
        #expect(decode([]) == [])
    }

    @Test func invalidSequenceRepair() {
        let names = ["I-place", "L-place", "O", "B-person", "O", "B-place", "I-person", "L-person", "U-place", "B-place"]
        let tags = names.map { name in (0..<scheme.tagCount).first { scheme.name(of: $0) == name }! }
        #expect(scheme.decode(tags) == [
            EntitySpan(tokens: 0..<2, label: "place"),   // stray I starts a span
            EntitySpan(tokens: 3..<4, label: "person"),  // B without L ends at the O
            EntitySpan(tokens: 5..<6, label: "place"),   // label change closes the open span...
            EntitySpan(tokens: 6..<8, label: "person"),  // ...and starts a new one
            EntitySpan(tokens: 8..<9, label: "place"),
            EntitySpan(tokens: 9..<10, label: "place"),  // unfinished at the end
        ])
    }

    static func tokens(_ forms: [String], upos: [String]? = nil) -> [Token] {
        forms.enumerated().map { index, form in
            Token(form: form, begin: 0, end: 0, upos: upos?[index] ?? (form.first!.isUppercase ? "PROPN" : "NOUN"))
        }
    }

    @Test func wordShapes() {
        #expect(WordShape.shape("Islamabad") == "Xxxxx")
        #expect(WordShape.shortShape("Islamabad") == "Xx")
        #expect(WordShape.shape("2024") == "dddd")
        #expect(WordShape.shape("U.S.") == "X.X.")
        #expect(WordShape.shortShape("McDonald's") == "XxXx'x")
    }

    @Test func capitalizationPatterns() {
        let headline = SentenceCasing(["Protesters", "Storm", "Islamabad", "Capital"])
        #expect(headline.pattern(at: 1) == "title|mid|headline")
        let lower = SentenceCasing(["i", "live", "in", "tampa", "bay"])
        #expect(lower.pattern(at: 3) == "lower|mid|lowertext")
        let normal = SentenceCasing(["The", "PTI", "marched", "to", "Islamabad", "in", "2024"])
        #expect(normal.pattern(at: 0) == "title|first|normal")
        #expect(normal.pattern(at: 1) == "upper|mid|normal")
        #expect(normal.pattern(at: 6) == "digit|mid|normal")
        // The table of pattern hashes the features use agrees with hashing the pattern string.
        let upper = SentenceCasing(["THE", "PTI", "MARCHED", "IN", "2024", "!", "iPhone", "McCain", "a", "I"])
        for casing in [headline, lower, normal, upper] {
            for index in casing.forms.indices {
                #expect(casing.patternHash(at: index) == Hash.string(casing.pattern(at: index)))
            }
        }
    }

    @Test func featureExtraction() {
        let extractor = NERFeatureExtractor()
        func features(_ tokens: [Token], at index: Int, previous: Int) -> [UInt64] {
            var out: [UInt64] = []
            let context = NERSentenceContext(tokens: tokens)
            extractor.staticFeatures(at: index, in: context, into: &out)
            extractor.historyFeatures(at: index, previousTag: previous, in: context, into: &out)
            return out
        }
        func features(_ forms: [String], at index: Int, previous: Int = 0) -> [UInt64] {
            features(Self.tokens(forms), at: index, previous: previous)
        }
        let base = features(["He", "visited", "Lahore", "on", "Monday"], at: 2)
        #expect(base.count == Set(base).count, "templates hash apart")
        #expect(base == features(["He", "visited", "Lahore", "on", "Monday"], at: 2), "deterministic")
        // Changing a word two tokens away changes only the features that look that far.
        let far = features(["He", "visited", "Lahore", "on", "Friday"], at: 2)
        #expect(Set(base).subtracting(far).count == 1)
        // The previous tag is a feature.
        #expect(Set(base) != Set(features(["He", "visited", "Lahore", "on", "Monday"], at: 2, previous: 3)))
        // Parse features appear only on parsed sentences.
        var parsed = Self.tokens(["He", "visited", "Lahore"])
        for i in parsed.indices { parsed[i].deprel = ["nsubj", "root", "obj"][i]; parsed[i].head = [1, -1, 1][i] }
        let withParse = features(parsed, at: 2, previous: 0)
        // deprel, deprel+UPOS, head word, head UPOS, deprel+head word; the name chunk's preposition,
        // role, last word+preposition; the token's own preposition; the head word's coarse cluster.
        #expect(withParse.count == features(["He", "visited", "Lahore"], at: 2).count + 10)
    }

    /// Names are capitalized words right after "met" or "in"; the place/person label depends on the cue.
    static func toyCorpus(count: Int) -> [NERSentence] {
        var random = SplitMix64(seed: 7)
        let names = ["Asad", "Bilal", "Chen", "Dara", "Elif", "Farid", "Gul", "Hana"]
        let fillers = ["today", "we", "quickly", "later", "again", "then"]
        return (0..<count).map { _ in
            var forms: [String] = []
            var spans: [EntitySpan] = []
            for _ in 0..<3 {
                forms.append(fillers[Int(random.next() % UInt64(fillers.count))])
                let isPlace = random.next() % 2 == 0
                forms.append(isPlace ? "in" : "met")
                let length = Int(random.next() % 2) + 1
                let start = forms.count
                for _ in 0..<length { forms.append(names[Int(random.next() % UInt64(names.count))]) }
                spans.append(EntitySpan(tokens: start..<forms.count, label: isPlace ? "place" : "person"))
            }
            return NERSentence(tokens: tokens(forms), entities: spans)
        }
    }

    @Test func toyTrainingLearnsSeparablePattern() throws {
        let trainer = EntityRecognizerTrainer(labels: ["person", "place"], epochs: 5, seed: 1)
        let recognizer = trainer.train(Self.toyCorpus(count: 200))
        var scorer = SpanScorer(labels: ["person", "place"])
        for sentence in Self.toyCorpus(count: 50) {
            scorer.add(gold: sentence.entities, predicted: recognizer.recognize(sentence.tokens))
        }
        #expect(scorer.overall().f1 == 1.0)
        // Same data, same seed: identical model bytes.
        let again = trainer.train(Self.toyCorpus(count: 200))
        #expect(again.archive.encoded() == recognizer.archive.encoded())
    }

    /// The fast decode equals the direct one on a small trained model, sentence after sentence (the
    /// shape/UPOS cache fills as it goes), and on a sentence of one token (sentence-start row only).
    @Test func fastDecodeEqualsReferenceOnToyModel() {
        let recognizer = EntityRecognizerTrainer(labels: ["person", "place"], epochs: 2).train(Self.toyCorpus(count: 60))
        for sentence in Self.toyCorpus(count: 30) + [NERSentence(tokens: Self.tokens(["Gul"]), entities: [])] {
            let context = NERSentenceContext(tokens: sentence.tokens, clusters: recognizer.clusters)
            #expect(recognizer.tags(context) == recognizer.referenceTags(context))
        }
    }

    @Test func modelFileRoundTrip() throws {
        let recognizer = EntityRecognizerTrainer(labels: ["person", "place"], epochs: 2).train(Self.toyCorpus(count: 50))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-roundtrip-\(getpid()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try recognizer.write(to: url)
        let loaded = try EntityRecognizer(contentsOf: url)
        #expect(loaded.scheme == recognizer.scheme)
        #expect(loaded.archive.encoded() == recognizer.archive.encoded())
        for sentence in Self.toyCorpus(count: 20) {
            #expect(loaded.tags(sentence.tokens) == recognizer.tags(sentence.tokens))
        }
        // A model of another kind is refused with a catalog error.
        var other = ModelArchive(kind: "tagger")
        other.set("x", array: [UInt8(1)])
        #expect(throws: NewsgraphError.self) { try EntityRecognizer(archive: other) }
    }

    @Test func namesKeepOneLabelPerDocument() {
        let recognizer = EntityRecognizerTrainer(labels: ["person", "place"], epochs: 1).train(Self.toyCorpus(count: 10))
        let sentences = [Self.tokens(["met", "Gul"]), Self.tokens(["in", "Gul"]), Self.tokens(["met", "gul"]), Self.tokens(["in", "Asad"])]
        let spans = [[EntitySpan(tokens: 1..<2, label: "person")], [EntitySpan(tokens: 1..<2, label: "place")],
                     [EntitySpan(tokens: 1..<2, label: "person")], [EntitySpan(tokens: 1..<2, label: "place")]]
        // "Gul" is person twice (case-insensitive), place once: all three become person; "Asad" is untouched.
        #expect(recognizer.harmonized(spans, sentences: sentences).map { $0.map(\.label) }
            == [["person"], ["person"], ["person"], ["place"]])
        // A capitalized full name votes with its last word: "Imran Khan" (place once) joins the two
        // "Khan" (person); "Bank of Khan" has a lowercase word and keeps its own label.
        let names = [Self.tokens(["Imran", "Khan", "spoke"]), Self.tokens(["Khan", "left"]), Self.tokens(["met", "Khan"]),
                     Self.tokens(["Bank", "of", "Khan"])]
        let guessed = [[EntitySpan(tokens: 0..<2, label: "place")], [EntitySpan(tokens: 0..<1, label: "person")],
                       [EntitySpan(tokens: 1..<2, label: "person")], [EntitySpan(tokens: 0..<3, label: "place")]]
        #expect(recognizer.harmonized(guessed, sentences: names).map { $0.map(\.label) }
            == [["person"], ["person"], ["person"], ["place"]])
    }

    @Test func documentMemoryRemembersLabels() {
        var memory = NERDocumentMemory(labelCount: 2)
        var context = NERSentenceContext(tokens: Self.tokens(["met", "Gul", "Asad"]))
        context.remember([EntitySpan(tokens: 1..<3, label: "place")], scheme: scheme, in: &memory)
        var next = NERSentenceContext(tokens: Self.tokens(["Gul", "left"]))
        next.recall(memory)
        #expect(next.memory[0] == 1)
        #expect(next.memory[1] == NERSentenceContext.noMemory)
    }

    @Test func pipelineComponentAssignsDocumentSpans() {
        let recognizer = EntityRecognizerTrainer(labels: ["person", "place"], epochs: 5).train(Self.toyCorpus(count: 200))
        let first = Self.tokens(["today", "met", "Asad", "Bilal"]), second = Self.tokens(["we", "in", "Gul"])
        var document = AnalyzedDocument(text: "", tokens: first + second,
                                        sentences: [Sentence(tokens: 0..<4, begin: 0, end: 0), Sentence(tokens: 4..<7, begin: 0, end: 0)],
                                        annotations: [.tokens, .sentences, .tags])
        NLPPipeline(components: [recognizer]).run(&document)
        #expect(document.entities == [EntitySpan(tokens: 2..<4, label: "person"), EntitySpan(tokens: 6..<7, label: "place")])
        #expect(document.annotations.contains(.entities))
    }
}
