import Foundation
import KnowledgeGraph
import NewsgraphModel
import Testing
@testable import Serialization

/// A tiny corpus whose exports are checked byte for byte ("pretty" tests, Serd-style):
/// one document, two entities, one asserted statement with a count.
enum SmallCorpus {
    static func make() -> Corpus {
        let text = "Police arrested 450 people."
        let doc = SourceDocument(id: "d1", source: "d1.txt", title: "T", date: CalendarDate(year: 2024, month: 11, day: 27),
                                 url: "https://ex.org/a b", text: text)
        let police = Entity(key: "police", name: "police", type: .organization, aliases: ["Police"],
                            mentions: [Mention(document: "d1", sentenceIndex: 0, span: Span(begin: 0, end: 6), text: "Police")])
        let s = Statement(id: "s1", document: "d1", sentenceIndex: 0, sentence: text, sentenceSpan: Span(begin: 0, end: 27),
                          span: Span(begin: 0, end: 26),
                          subject: Argument(text: "Police", span: Span(begin: 0, end: 6), value: .entity(key: "police")),
                          predicate: Predicate(text: "arrested", lemma: "arrest"),
                          object: Argument(text: "450 people", span: Span(begin: 16, end: 26),
                                           value: .literal(Literal("450", datatype: .integer))),
                          confidence: 0.75, rule: "r")
        return Corpus(documents: [doc], entities: [police], statements: [s])
    }
}

func written(_ format: ExportFormat, _ corpus: Corpus, _ options: ExportOptions = ExportOptions()) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rdf-writer-tests-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try format.write(corpus, options: options, into: directory)
    return try String(contentsOf: directory.appendingPathComponent(format.fileName), encoding: .utf8)
}

@Suite struct RDFWriterTests {
    static let prefixes = """
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix prov: <http://www.w3.org/ns/prov#> .
    @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
    @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
    @prefix schema: <http://schema.org/> .
    @prefix ng: <https://newsgraph.example/ns#> .
    @prefix rel: <https://newsgraph.example/rel#> .
    @prefix ent: <https://newsgraph.example/id/entity/> .
    @prefix doc: <https://newsgraph.example/id/doc/> .
    @prefix st: <https://newsgraph.example/id/statement/> .
    @prefix run: <https://newsgraph.example/id/run/> .
    @prefix agent: <https://newsgraph.example/id/agent/> .


    """

    @Test func turtleIsPrettyAndExact() throws {
        let turtle = try written(.turtle, SmallCorpus.make())
        #expect(turtle == Self.prefixes + ExpectedSmallCorpus.turtleBody)
    }

    @Test func nTriplesIsExact() throws {
        let nt = try written(.ntriples, SmallCorpus.make())
        #expect(nt == ExpectedSmallCorpus.nTriples)
    }

    @Test func nQuadsAddsGraphNamesOnlyToDocumentGraphs() throws {
        let nq = try written(.nquads, SmallCorpus.make())
        let lines = nq.split(separator: "\n")
        #expect(lines.count == ExpectedSmallCorpus.nTriples.split(separator: "\n").count)
        // Each line is the N-Triples line, with the document's graph name for document-graph triples.
        let ntLines = ExpectedSmallCorpus.nTriples.split(separator: "\n")
        var inDocument = 0
        for (quad, triple) in zip(lines, ntLines) {
            if quad == triple { continue }
            #expect(quad == triple.dropLast(1) + "<https://newsgraph.example/id/doc/d1> .")
            inDocument += 1
        }
        #expect(inDocument == 39)
    }

    @Test func trigWrapsEachDocumentGraph() throws {
        let trig = try written(.trig, SmallCorpus.make())
        #expect(trig.contains("\ndoc:d1 {\n\t<https://newsgraph.example/id/doc/d1#char=0,27>\n\t\ta nif:Context ,"))
        #expect(trig.hasSuffix("\t\tnif:referenceContext <https://newsgraph.example/id/doc/d1#char=0,27> .\n\n}\n"))
        #expect(trig.components(separatedBy: " {\n").count == 2)
    }

    @Test func jsonLDStartsWithTheContextFile() throws {
        let json = try written(.jsonld, SmallCorpus.make())
        let context = JSONLDContext.document
        #expect(json.hasPrefix(String(context.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) + ",\n  \"@graph\": ["))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let graph = try #require(parsed?["@graph"] as? [[String: Any]])
        let named = graph.filter { $0["@graph"] != nil }
        #expect(named.count == 1 && named[0]["@id"] as? String == "https://newsgraph.example/id/doc/d1")
        #expect(json.contains("\"ng:confidence\": {\"@value\": \"0.75\", \"@type\": \"xsd:decimal\"}"))
    }

    @Test func contextFileAndEmbeddedConstantAreIdentical() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("Schemas/context.jsonld"), encoding: .utf8)
        #expect(file == JSONLDContext.document + "\n")
    }

    @Test func rdf12WritesTripleTermsInsteadOfReification() throws {
        let nt = try written(.ntriples, SmallCorpus.make(), ExportOptions(rdf12: true))
        #expect(nt.contains("<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <https://newsgraph.example/id/entity/police> <https://newsgraph.example/rel#arrest> \"450\"^^<http://www.w3.org/2001/XMLSchema#integer> )>> <https://newsgraph.example/id/doc/d1> .") == false)
        #expect(nt.contains("<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <https://newsgraph.example/id/entity/police> <https://newsgraph.example/rel#arrest> \"450\"^^<http://www.w3.org/2001/XMLSchema#integer> )>> .\n"))
        #expect(!nt.contains("22-rdf-syntax-ns#subject"))
        let ttl = try written(.turtle, SmallCorpus.make(), ExportOptions(rdf12: true))
        #expect(ttl.contains("\trdf:reifies <<( ent:police rel:arrest 450 )>> ;\n"))
    }

    @Test func everyRDFFormatIsDeterministicOnTheHostileFixture() throws {
        let corpus = FixtureCorpus.handBuilt()
        for format in ExportFormat.allCases where format.isRDF {
            #expect(try written(format, corpus) == written(format, corpus), "\(format)")
        }
    }

    @Test func customBaseIRIIsUsedForDataButNotVocabulary() throws {
        let nt = try written(.ntriples, SmallCorpus.make(), ExportOptions(baseIRI: "http://my.org/kg"))
        #expect(nt.contains("<http://my.org/kg/entity/police> <http://www.w3.org/2004/02/skos/core#prefLabel> \"police\" ."))
        #expect(!nt.contains("newsgraph.example/id/"))
        #expect(nt.contains("<https://newsgraph.example/rel#arrest>"))
    }

    @Test func writeErrorsAreCatalogErrors() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("rdf-blocker-\(UUID().uuidString)")
        try Data("x".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        // A file where the output directory should be: the export must fail with E301, not crash.
        #expect(throws: NewsgraphError.self) {
            try ExportFormat.turtle.write(SmallCorpus.make(), options: ExportOptions(), into: blocker.appendingPathComponent("sub"))
        }
    }
}
