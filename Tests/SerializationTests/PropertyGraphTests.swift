import Foundation
import Testing
import KnowledgeGraph
import NewsgraphModel
@testable import Serialization

@Suite struct PropertyGraphTests {
    let graph = PropertyGraph(corpus: SampleCorpus.make(), baseIRI: "https://newsgraph.example/id/")

    func node(named name: String) throws -> PropertyGraph.Node {
        try #require(graph.nodes.first { $0.label == name })
    }

    @Test func nodesComeInKindOrderWithSequentialIDs() {
        let kinds = graph.nodes.map(\.kind)
        #expect(kinds == kinds.sorted { order($0) < order($1) })
        #expect(graph.nodes.map(\.index) == Array(graph.nodes.indices))
        #expect(graph.edges.map(\.index) == Array(graph.edges.indices))
        #expect(graph.nodes.count { $0.kind == .entity } == 6)
        // Two claims and one asserted intransitive statement become statement nodes.
        #expect(graph.nodes.count { $0.kind == .statement } == 3)
        #expect(graph.nodes.count { $0.labels == ["Statement", "Claim"] } == 2)
    }

    @Test func entityNodeCarriesLabelsAndProperties() throws {
        let gandapur = try node(named: "Ali Amin Gandapur")
        #expect(gandapur.labels == ["Entity", "Person"])
        #expect(gandapur.colonLabels == ":Entity:Person")
        #expect(gandapur.properties[.iri] == .string("https://newsgraph.example/id/entity/ali-amin-gandapur"))
        #expect(gandapur.properties[.aliases] == .strings(["Gandapur"]))
        #expect(gandapur.properties[.sameAs] == .strings(["http://www.wikidata.org/entity/Q4725453"]))
        #expect(gandapur.properties[.mentions] == .int(2))
        // Subject of one claim, object of the other.
        #expect(gandapur.properties[.degree] == .int(2))
    }

    @Test func whoClaimedWhatIsATraversal() throws {
        let naqvi = try node(named: "Mohsin Naqvi")
        let claimed = graph.edges.filter { $0.source == naqvi.index && $0.type == "CLAIMED" }
        #expect(claimed.count == 1)
        let claim = graph.nodes[try #require(claimed.first).target]
        #expect(claim.labels == ["Statement", "Claim"])
        #expect(claim.properties[.asserted] == .bool(false))
        let out = graph.edges.filter { $0.source == claim.index }
        #expect(out.map(\.type) == ["SUBJECT", "OBJECT"])
        #expect(graph.nodes[out[0].target].label == "Ali Amin Gandapur")
        #expect(graph.nodes[out[1].target].label == "Khyber Pakhtunkhwa")
        // The CLAIMED edge is the reporting statement: its iri, cue and provenance.
        #expect(claimed[0].properties[.cue] == .string("claim"))
        #expect(claimed[0].properties[.document] == .string("dawn-1"))
    }

    @Test func unreportedAttributionStillGetsASpeakerEdge() throws {
        let pti = try node(named: "PTI")
        let edge = try #require(graph.edges.first { $0.source == pti.index })
        #expect(edge.type == "CLAIMED")
        #expect(edge.properties[.cue] == .string("according to"))
        #expect(graph.nodes[edge.target].label == "Imran Khan met Ali Amin Gandapur")
    }

    @Test func literalObjectsBecomeSharedValueNodes() throws {
        let police = try node(named: "Police")
        let arrest = try #require(graph.edges.first { $0.source == police.index })
        #expect(arrest.type == "ARREST")
        let value = graph.nodes[arrest.target]
        #expect(value.labels == ["Value", "Quantity"])
        #expect(value.properties[.value] == .string("4000"))
        #expect(value.properties[.datatype] == .string("integer"))
        #expect(value.properties[.iri] == nil)
        // Qualifiers stay on the statement, not as date nodes.
        #expect(arrest.properties[.qualifiers] == .strings(["on: 2024-11-24"]))
        #expect(!graph.nodes.contains { $0.labels == ["Value", "Date"] })
    }

    @Test func weightsArePositive() {
        #expect(graph.edges.allSatisfy { $0.weight > 0 && $0.weight <= 1 })
    }

    @Test func degreeCountsIncidentEdges() {
        var degree = Array(repeating: 0, count: graph.nodes.count)
        for edge in graph.edges {
            degree[edge.source] += 1
            degree[edge.target] += 1
        }
        #expect(graph.nodes.map { $0.properties[.degree] } == degree.map { PropertyValue.int($0) })
    }

    @Test(arguments: [("flee to", "FLEE_TO"), ("call off", "CALL_OFF"), ("étudier", "ETUDIER"), ("2 go", "R_2_GO"),
                      ("!!!", "RELATED_TO"), ("be-armed", "BE_ARMED")])
    func relationshipTypes(lemma: String, type: String) {
        #expect(PropertyGraph.relationshipType(forLemma: lemma) == type)
        #expect(PropertyGraph.isSafeIdentifier(type))
    }

    @Test func unsafeIdentifiersAreRecognized() {
        #expect(!PropertyGraph.isSafeIdentifier("flee"))
        #expect(!PropertyGraph.isSafeIdentifier("_X"))
        #expect(!PropertyGraph.isSafeIdentifier(""))
        #expect(!PropertyGraph.isSafeIdentifier("A-B"))
    }

    @Test func orderOfInputDoesNotMatter() {
        var shuffled = SampleCorpus.make()
        shuffled.statements.reverse()
        shuffled.entities.reverse()
        let other = PropertyGraph(corpus: shuffled, baseIRI: "https://newsgraph.example/id/")
        #expect(other.nodes == graph.nodes)
        #expect(other.edges == graph.edges)
    }

    private func order(_ kind: PropertyGraph.NodeKind) -> Int {
        switch kind {
        case .entity: return 0
        case .statement: return 1
        case .value: return 2
        }
    }
}

@Suite struct PropertyGraphRobustnessTests {
    /// Dangling references (an entity key or statement id not in the corpus), a self-loop and a
    /// NaN confidence must still give a consistent graph and valid files.
    func hostileCorpus() -> Corpus {
        let text = "X met X. Y said Z."
        let s1 = Span(begin: 0, end: 8), s2 = Span(begin: 9, end: 18)
        let x = Entity(key: "x", name: "X", type: .event)
        let selfLoop = Statement(document: "d", sentenceIndex: 0, sentence: "X met X.", sentenceSpan: s1, span: s1,
                                 subject: Argument(text: "X", value: .entity(key: "x")),
                                 predicate: Predicate(text: "met", lemma: "meet"),
                                 object: Argument(text: "X", value: .entity(key: "x")), confidence: .nan)
        let dangling = Statement(document: "d", sentenceIndex: 1, sentence: "Y said Z.", sentenceSpan: s2, span: s2,
                                 subject: Argument(text: "Y", value: .entity(key: "missing")),
                                 predicate: Predicate(text: "said", lemma: "say"),
                                 object: Argument(text: "Z", value: .statement(id: "nowhere")), confidence: 2)
        return Corpus(documents: [SourceDocument(id: "d", source: "d.txt", text: text)], entities: [x],
                      statements: [selfLoop, dangling])
    }

    @Test func danglingReferencesBecomeTextValues() throws {
        let graph = PropertyGraph(corpus: hostileCorpus(), baseIRI: "https://newsgraph.example/id/")
        #expect(graph.nodes.map(\.colonLabels) == [":Entity:Event", ":Value:Text", ":Value:Text"])
        #expect(graph.edges.map(\.type) == ["MEET", "SAY"])
        #expect(graph.edges[0].source == 0 && graph.edges[0].target == 0)
        #expect(graph.nodes[0].properties[.degree] == .int(2), "a self-loop counts twice, as in networkx")
        #expect(graph.edges.map(\.weight) == [1, 1])
    }

    @Test func hostileCorpusStillValidates() throws {
        for format in [ExportFormat.graphml, .gexf] {
            let report = DocumentValidator.validate(file: try export(format, hostileCorpus()).path)
            #expect(report.isValid, "\(format): \(report.problems)")
        }
    }
}
