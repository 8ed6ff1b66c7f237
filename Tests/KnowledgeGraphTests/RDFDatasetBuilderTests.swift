import NewsgraphModel
import Testing
@testable import KnowledgeGraph

@Suite struct RDFDatasetBuilderTests {
    let minter = IRIMinter(base: ExportOptions_defaultBase)
    static let corpus = FixtureCorpus.handBuilt()

    func quads(_ corpus: Corpus = RDFDatasetBuilderTests.corpus, rdf12: Bool = false) throws -> [RDFQuad] {
        var collector = RDFQuadCollector()
        try RDFDatasetBuilder(corpus: corpus, baseIRI: ExportOptions_defaultBase, rdf12: rdf12).build(into: &collector)
        return collector.quads
    }

    @Test func namespacesAgreeWithIRIMinter() {
        #expect(RDFIRI(.entity, IRIMinter.encode("imran khan")).expanded(minter: minter) == minter.entity("imran khan"))
        #expect(RDFIRI(.document, IRIMinter.encode("a/b c")).expanded(minter: minter) == minter.document("a/b c"))
        #expect(RDFIRI(.statement, "00ff").expanded(minter: minter) == minter.statement("00ff"))
        #expect(RDFIRI(.rel, IRIMinter.predicateLocalName("flee from")).expanded(minter: minter) == minter.predicate("flee from"))
        #expect(RDFIRI(.agent, IRIMinter.agentLocalName(software: "newsgraph", version: "0.1.0")).expanded(minter: minter)
                == minter.agent(software: "newsgraph", version: "0.1.0"))
        let span = Span(begin: 3, end: 9)
        let builder = RDFDatasetBuilder(corpus: Corpus(), baseIRI: ExportOptions_defaultBase)
        #expect(builder.stringIRI(IRIMinter.encode("d 1"), span).expanded(minter: minter) == minter.mention(document: "d 1", span: span))
    }

    @Test func predicateLocalNamesAreReadableAndInjective() {
        #expect(IRIMinter.predicateLocalName("flee from") == "flee-from")
        #expect(IRIMinter.predicateLocalName("arrest") == "arrest")
        let lossy = ["flee-from", "Flee from", "flee  from", " flee from", "flee from ", "chant \"<x>\"", " ", "", "fléé"]
        let names = lossy.map(IRIMinter.predicateLocalName)
        #expect(Set(names).count == names.count)
        #expect(!names.contains("flee-from"))
        for n in names { #expect(n.utf8.allSatisfy { IRIMinter.isUnreserved($0) }) }
    }

    @Test func externalIRIsArePercentEncodedOrRejected() {
        #expect(IRIMinter.externalIRI("https://ex.org/a b<c>") == "https://ex.org/a%20b%3Cc%3E")
        #expect(IRIMinter.externalIRI("http://www.wikidata.org/entity/Q1") == "http://www.wikidata.org/entity/Q1")
        #expect(IRIMinter.externalIRI(" ") == nil)
        #expect(IRIMinter.externalIRI("no scheme") == nil)
        #expect(IRIMinter.externalIRI("1http://x") == nil)
    }

    @Test func decimalLexicalForms() {
        #expect(DecimalLexical.format(0.875) == "0.875")
        #expect(DecimalLexical.format(1) == "1.0")
        #expect(DecimalLexical.format(0) == "0.0")
        #expect(DecimalLexical.format(0.00001) == "0.00001")
        #expect(DecimalLexical.format(1.5e-7) == "0.00000015")
        #expect(DecimalLexical.format(1e21) == "1000000000000000000000.0")
        #expect(DecimalLexical.format(-2.5e-5) == "-0.000025")
        #expect(DecimalLexical.format(.nan) == "0.0")
    }

    /// The relation triples in document graphs are exactly the asserted statements' triples:
    /// a claim's content is never asserted (unless the same document also asserts it).
    @Test func documentGraphsAssertExactlyTheAssertedStatements() throws {
        let all = try quads()
        func key(_ s: RDFTerm, _ p: RDFIRI, _ o: RDFTerm, _ g: RDFIRI?) -> String { "\(s)|\(p)|\(o)|\(String(describing: g))" }
        let direct = Set(all.filter { $0.graph != nil && $0.predicate.namespace == .rel }.map { key($0.subject, $0.predicate, $0.object, $0.graph) })
        var expected = Set<String>()
        var claimed = Set<String>()
        for s in Self.corpus.statements {
            let node = RDFTerm.iri(RDFIRI(.statement, s.id))
            let subject = all.first { $0.subject == node && $0.predicate == Vocabulary.RDF.subject }!.object
            let predicate = all.first { $0.subject == node && $0.predicate == Vocabulary.RDF.predicate }!.object
            let object = all.first { $0.subject == node && $0.predicate == Vocabulary.RDF.object }!.object
            guard case .iri(let p) = predicate else { Issue.record("predicate not an IRI"); continue }
            let k = key(subject, p, object, RDFIRI(.document, IRIMinter.encode(s.document)))
            if s.asserted { expected.insert(k) } else { claimed.insert(k) }
            if s.polarity == .negative { #expect(p.local.hasPrefix("not-"), "\(s.predicate.text)") }
        }
        #expect(direct == expected)
        #expect(!claimed.subtracting(expected).isEmpty)
        #expect(claimed.subtracting(expected).isDisjoint(with: direct))
    }

    @Test func noQuadIsWrittenTwiceInOneGraph() throws {
        let all = try quads()
        let keys = all.map { "\($0)" }
        #expect(Set(keys).count == keys.count)
        let random = try quads(FixtureCorpus.random(seed: 3, statements: 300))
        #expect(Set(random.map { "\($0)" }).count == random.count)
    }

    @Test func graphsAreContiguousDefaultFirst() throws {
        var seen: [RDFIRI?] = []
        for q in try quads() where seen.last.map({ $0 != q.graph }) ?? true { seen.append(q.graph) }
        #expect(seen.first! == nil)
        #expect(seen.count == Self.corpus.documents.count + 1)
        #expect(Set(seen.compactMap { $0?.local }).count == Self.corpus.documents.count)
    }

    @Test func rdf12ReplacesReificationWithTripleTerms() throws {
        let classic = try quads(), star = try quads(rdf12: true)
        let reifies = star.filter { $0.predicate == Vocabulary.RDF.reifies }
        #expect(reifies.count == Self.corpus.statements.count)
        #expect(star.allSatisfy { $0.predicate != Vocabulary.RDF.subject && $0.object != .iri(Vocabulary.RDF.statement) })
        #expect(classic.count - star.count == 3 * Self.corpus.statements.count)
    }

    @Test func startedAtTimeOnlyWhenSet() throws {
        #expect(try !quads().contains { $0.predicate == Vocabulary.PROV.startedAtTime })
        var corpus = SmallCorpusForBuilder.make()
        corpus.run.startedAt = "2024-11-27T10:00:00Z"
        #expect(try quads(corpus).filter { $0.predicate == Vocabulary.PROV.startedAtTime }.count == 1)
    }

    @Test func countMatchesCollectedQuads() throws {
        let builder = RDFDatasetBuilder(corpus: Self.corpus, baseIRI: ExportOptions_defaultBase)
        #expect(try builder.count() == quads().count)
    }
}

let ExportOptions_defaultBase = "https://newsgraph.example/id/"

enum SmallCorpusForBuilder {
    static func make() -> Corpus {
        let doc = SourceDocument(id: "d", source: "d", text: "A fled.")
        let s = Statement(document: "d", sentenceIndex: 0, sentence: "A fled.", sentenceSpan: Span(begin: 0, end: 7),
                          span: Span(begin: 0, end: 6), subject: Argument(text: "A", span: Span(begin: 0, end: 1)),
                          predicate: Predicate(text: "fled", lemma: "flee"))
        return Corpus(documents: [doc], statements: [s])
    }
}
