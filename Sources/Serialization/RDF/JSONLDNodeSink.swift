import KnowledgeGraph

/// Streams quads as JSON-LD node objects: consecutive triples of one subject become one node
/// object (a subject's buffered triples are grouped by predicate, so keys never repeat),
/// each named graph becomes `{"@id": graph, "@graph": [...]}`. Only the current subject is buffered.
struct JSONLDNodeSink: RDFQuadSink {
    let sink: ByteSink
    /// Namespace IRIs (unescaped) and whether each may be compacted with a context prefix.
    let namespaceIRIs: [String]
    let compactPrefix: [String?]
    var count = 0
    private var subject: RDFTerm?
    private var graph: RDFIRI?
    private var pending: [(predicate: RDFIRI, object: RDFTerm)] = []
    private var wroteNodeInLevel = false
    private var wroteTopLevel = false

    init(sink: ByteSink, minter: IRIMinter) {
        self.sink = sink
        namespaceIRIs = RDFNamespace.table(minter: minter)
        compactPrefix = RDFNamespace.allCases.map { $0.vocabularyIRI != nil ? $0.prefix : nil }
    }

    mutating func quad(_ quad: RDFQuad) throws {
        if quad.graph != graph {
            flushNode()
            if graph != nil { sink.bytes("\n      ]\n    }") }
            graph = quad.graph
            if let g = graph {
                if wroteTopLevel { sink.byte(UInt8(ascii: ",")) }
                sink.bytes("\n    {\n      \"@id\": ")
                RDFEscaping.writeJSONString(expanded(g), to: sink)
                sink.bytes(",\n      \"@graph\": [")
                wroteTopLevel = true
                wroteNodeInLevel = false
            }
        }
        if quad.subject != subject {
            flushNode()
            subject = quad.subject
        }
        pending.append((quad.predicate, quad.object))
        count += 1
        try sink.maybeFlush()
    }

    mutating func finish() {
        flushNode()
        if graph != nil { sink.bytes("\n      ]\n    }") }
        graph = nil
    }

    private func expanded(_ iri: RDFIRI) -> String { namespaceIRIs[Int(iri.namespace.rawValue)] + iri.local }

    /// `ng:confidence` when the namespace is in the context and the local name is simple, else the full IRI.
    private func compact(_ iri: RDFIRI) {
        if let prefix = compactPrefix[Int(iri.namespace.rawValue)], TurtleTermWriter.isSimpleLocalName(iri.local) {
            sink.byte(UInt8(ascii: "\""))
            sink.raw(prefix)
            sink.byte(UInt8(ascii: ":"))
            sink.raw(iri.local)
            sink.byte(UInt8(ascii: "\""))
        } else {
            RDFEscaping.writeJSONString(expanded(iri), to: sink)
        }
    }

    private func value(_ term: RDFTerm) {
        switch term {
        case .iri(let i):
            sink.bytes("{\"@id\": ")
            RDFEscaping.writeJSONString(expanded(i), to: sink)
            sink.byte(UInt8(ascii: "}"))
        case .blank(let label):
            sink.bytes("{\"@id\": \"")
            blank(label, to: sink)
            sink.bytes("\"}")
        case .literal(let l):
            if let language = l.language, RDFEscaping.isValidLanguageTag(language) {
                sink.bytes("{\"@value\": ")
                RDFEscaping.writeJSONString(l.lexical, to: sink)
                sink.bytes(", \"@language\": \"")
                sink.raw(language)
                sink.bytes("\"}")
            } else if let dt = l.datatype, dt != Vocabulary.XSD.string {
                sink.bytes("{\"@value\": ")
                RDFEscaping.writeJSONString(l.lexical, to: sink)
                sink.bytes(", \"@type\": ")
                compact(dt)
                sink.byte(UInt8(ascii: "}"))
            } else {
                RDFEscaping.writeJSONString(l.lexical, to: sink)
            }
        case .triple:
            // JSON-LD 1.1 has no triple terms; the JSON-LD writer always builds with reification.
            preconditionFailure("triple terms cannot be written as JSON-LD")
        }
    }

    private mutating func flushNode() {
        guard let subject else { return }
        let indent: StaticString = graph == nil ? "    " : "        "
        if graph == nil ? wroteTopLevel : wroteNodeInLevel { sink.byte(UInt8(ascii: ",")) }
        if graph == nil { wroteTopLevel = true } else { wroteNodeInLevel = true }
        sink.byte(UInt8(ascii: "\n"))
        sink.bytes(indent)
        sink.bytes("{\"@id\": ")
        switch subject {
        case .iri(let i): RDFEscaping.writeJSONString(expanded(i), to: sink)
        case .blank(let label):
            sink.byte(UInt8(ascii: "\""))
            blank(label, to: sink)
            sink.byte(UInt8(ascii: "\""))
        default: preconditionFailure("subjects are IRIs or blank nodes")
        }
        // Types first, then the other predicates in first-appearance order, values grouped.
        let types = pending.compactMap { p -> RDFIRI? in
            if p.predicate == Vocabulary.RDF.type, case .iri(let t) = p.object { return t }
            return nil
        }
        if !types.isEmpty {
            sink.bytes(",\n")
            sink.bytes(indent)
            sink.bytes(" \"@type\": ")
            if types.count > 1 { sink.byte(UInt8(ascii: "[")) }
            for (k, t) in types.enumerated() {
                if k > 0 { sink.bytes(", ") }
                compact(t)
            }
            if types.count > 1 { sink.byte(UInt8(ascii: "]")) }
        }
        var done = Array(repeating: false, count: pending.count)
        for i in pending.indices where !done[i] {
            let p = pending[i].predicate
            if p == Vocabulary.RDF.type, case .iri = pending[i].object { continue }
            var group: [Int] = []
            for j in i..<pending.count where !done[j] && pending[j].predicate == p {
                if p == Vocabulary.RDF.type, case .iri = pending[j].object { continue }
                group.append(j)
                done[j] = true
            }
            sink.bytes(",\n")
            sink.bytes(indent)
            sink.byte(UInt8(ascii: " "))
            compact(p)
            sink.bytes(": ")
            if group.count > 1 { sink.byte(UInt8(ascii: "[")) }
            for (k, j) in group.enumerated() {
                if k > 0 { sink.bytes(", ") }
                value(pending[j].object)
            }
            if group.count > 1 { sink.byte(UInt8(ascii: "]")) }
        }
        sink.byte(UInt8(ascii: "}"))
        pending.removeAll(keepingCapacity: true)
        self.subject = nil
    }
}
