import NewsgraphModel

/// Turns a Corpus into the RDF dataset, quad by quad, in a fixed order: the default graph
/// (run, agent, documents, entities, relations, contradictions), then one named graph per
/// document (NIF context, mentions, statements). Nothing is buffered: memory stays
/// proportional to the corpus, never to the output, so N-Triples/N-Quads stream.
///
/// Every data IRI comes from IRIMinter's namespaces; see Schemas/newsgraph.ttl for the terms.
public struct RDFDatasetBuilder: Sendable {
    public let corpus: Corpus
    public let minter: IRIMinter
    /// RDF 1.2: `rdf:reifies <<( s p o )>>` instead of rdf:subject/predicate/object.
    public let rdf12: Bool

    let runIRI: RDFIRI
    let agentIRI: RDFIRI
    /// Graph order: the corpus's documents, then any document only referenced by statements or mentions.
    let documentOrder: [String]
    let documentByID: [String: SourceDocument]
    let statementsByDocument: [String: [Int]]
    let mentionsByDocument: [String: [(span: Span, text: String, entity: String)]]
    let entityLocal: [String: String]
    let predicateLocal: [String: String]
    /// Negated statements use the relation `not <lemma>`: asserting the plain relation for
    /// "Gandapur did not flee" would state the opposite of the source.
    let negatedPredicateLocal: [String: String]

    public init(corpus: Corpus, baseIRI: String, rdf12: Bool = false) {
        self.corpus = corpus
        self.minter = IRIMinter(base: baseIRI)
        self.rdf12 = rdf12
        runIRI = RDFIRI(.run, IRIMinter.runLocalName(corpus.run, documentIDs: corpus.documents.map(\.id)))
        agentIRI = RDFIRI(.agent, IRIMinter.agentLocalName(software: corpus.run.software, version: corpus.run.version))
        var byID: [String: SourceDocument] = [:]
        for d in corpus.documents where byID[d.id] == nil { byID[d.id] = d }
        documentByID = byID
        var statements: [String: [Int]] = [:]
        for (i, s) in corpus.statements.enumerated() { statements[s.document, default: []].append(i) }
        statementsByDocument = statements
        var mentions: [String: [(span: Span, text: String, entity: String)]] = [:]
        var locals: [String: String] = [:]
        for e in corpus.entities {
            locals[e.key] = IRIMinter.encode(e.key)
            for m in e.mentions { mentions[m.document, default: []].append((m.span, m.text, e.key)) }
        }
        for key in mentions.keys {
            mentions[key]!.sort { ($0.span.begin, $0.span.end, $0.entity) < ($1.span.begin, $1.span.end, $1.entity) }
        }
        mentionsByDocument = mentions
        entityLocal = locals
        var predicates: [String: String] = [:]
        var negated: [String: String] = [:]
        for s in corpus.statements {
            if predicates[s.predicate.lemma] == nil {
                predicates[s.predicate.lemma] = IRIMinter.predicateLocalName(s.predicate.lemma)
            }
            if s.polarity == .negative, negated[s.predicate.lemma] == nil {
                negated[s.predicate.lemma] = IRIMinter.predicateLocalName("not " + s.predicate.lemma)
            }
        }
        predicateLocal = predicates
        negatedPredicateLocal = negated
        var order = corpus.documents.map(\.id)
        var seen = Set(order)
        order.reserveCapacity(order.count)
        let extra = Set(statements.keys).union(mentions.keys).subtracting(seen).sorted()
        for id in extra where seen.insert(id).inserted { order.append(id) }
        documentOrder = order
    }

    /// Emits every quad of the dataset into `sink`.
    public func build<Sink: RDFQuadSink>(into sink: inout Sink) throws {
        var out = QuadEmitter(sink: sink)
        defer { sink = out.sink }
        try emitRun(&out)
        for id in documentOrder { try emitDocumentMetadata(id, &out) }
        for entity in corpus.entities { try emitEntity(entity, &out) }
        try emitRelations(&out)
        for c in corpus.contradictions { try emitContradiction(c, &out) }
        for id in documentOrder { try emitDocumentGraph(id, &out) }
    }

    /// Counts the quads without writing them (benchmarks, tests).
    public func count() throws -> Int {
        var counter = QuadCounter()
        try build(into: &counter)
        return counter.count
    }

    // MARK: - IRIs

    /// The relation a statement's triple uses (negated statements use `not <lemma>`).
    func relation(_ s: Statement) -> RDFIRI {
        if s.polarity == .negative {
            return RDFIRI(.rel, negatedPredicateLocal[s.predicate.lemma] ?? IRIMinter.predicateLocalName("not " + s.predicate.lemma))
        }
        return RDFIRI(.rel, predicateLocal[s.predicate.lemma] ?? IRIMinter.predicateLocalName(s.predicate.lemma))
    }

    func entityIRI(_ key: String) -> RDFIRI { RDFIRI(.entity, entityLocal[key] ?? IRIMinter.encode(key)) }
    func documentIRI(_ id: String) -> RDFIRI { RDFIRI(.document, IRIMinter.encode(id)) }
    func statementIRI(_ id: String) -> RDFIRI { RDFIRI(.statement, IRIMinter.encode(id)) }
    /// NIF offset-based string IRI (`<doc>#char=b,e`), as IRIMinter.mention.
    func stringIRI(_ documentLocal: String, _ span: Span) -> RDFIRI {
        RDFIRI(.document, documentLocal + "#char=" + String(span.begin) + "," + String(span.end))
    }
    func contextSpan(_ id: String) -> Span { Span(begin: 0, end: documentByID[id]?.text.unicodeScalars.count ?? 0) }

    // MARK: - Default graph

    func emitRun(_ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let run = RDFTerm.iri(runIRI)
        try out.emit(run, Vocabulary.RDF.type, .iri(Vocabulary.PROV.activity))
        try out.emit(run, Vocabulary.RDF.type, .iri(Vocabulary.NG.extractionRun))
        try out.emit(run, Vocabulary.PROV.wasAssociatedWith, .iri(agentIRI))
        for d in corpus.documents { try out.emit(run, Vocabulary.PROV.used, .iri(documentIRI(d.id))) }
        if let started = corpus.run.startedAt {
            try out.emit(run, Vocabulary.PROV.startedAtTime, .literal(RDFLiteral(started, datatype: Vocabulary.XSD.dateTime)))
        }
        let agent = RDFTerm.iri(agentIRI)
        try out.emit(agent, Vocabulary.RDF.type, .iri(Vocabulary.PROV.softwareAgent))
        try out.emit(agent, Vocabulary.RDFS.label, .literal(RDFLiteral(corpus.run.software)))
        try out.emit(agent, Vocabulary.Schema.softwareVersion, .literal(RDFLiteral(corpus.run.version)))
    }

    func emitDocumentMetadata(_ id: String, _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let local = IRIMinter.encode(id)
        let doc = RDFTerm.iri(RDFIRI(.document, local))
        try out.emit(doc, Vocabulary.RDF.type, .iri(Vocabulary.NG.document))
        try out.emit(doc, Vocabulary.RDF.type, .iri(Vocabulary.Schema.newsArticle))
        try out.emit(doc, Vocabulary.RDF.type, .iri(Vocabulary.PROV.entity))
        try out.emit(doc, Vocabulary.NG.documentID, .literal(RDFLiteral(id)))
        try out.emit(doc, Vocabulary.NG.nifContext, .iri(stringIRI(local, contextSpan(id))))
        guard let d = documentByID[id] else { return }
        try out.emit(doc, Vocabulary.NG.source, .literal(RDFLiteral(d.source)))
        if let title = d.title { try out.emit(doc, Vocabulary.Schema.headline, .literal(RDFLiteral(title))) }
        if let date = d.date {
            try out.emit(doc, Vocabulary.Schema.datePublished, .literal(RDFLiteral(date.iso, datatype: Vocabulary.XSD.date)))
        }
        if let url = d.url {
            if let iri = IRIMinter.externalIRI(url) {
                try out.emit(doc, Vocabulary.Schema.url, .iri(RDFIRI(absolute: iri)))
            } else {
                try out.emit(doc, Vocabulary.NG.urlText, .literal(RDFLiteral(url)))
            }
        }
    }

    static func typeClass(_ type: EntityType) -> RDFIRI {
        switch type {
        case .person: return Vocabulary.Schema.person
        case .organization: return Vocabulary.Schema.organization
        case .place: return Vocabulary.Schema.place
        case .event: return Vocabulary.Schema.event
        case .date: return Vocabulary.NG.date
        case .quantity: return Vocabulary.NG.quantity
        case .other: return Vocabulary.Schema.thing
        }
    }

    func emitEntity(_ e: Entity, _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let iri = entityIRI(e.key)
        let node = RDFTerm.iri(iri)
        try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.NG.entity))
        try out.emit(node, Vocabulary.RDF.type, .iri(Self.typeClass(e.type)))
        try out.emit(node, Vocabulary.NG.key, .literal(RDFLiteral(e.key)))
        try out.emit(node, Vocabulary.NG.entityType, .literal(RDFLiteral(e.type.rawValue)))
        try out.emit(node, Vocabulary.SKOS.prefLabel, .literal(RDFLiteral(e.name)))
        try out.emit(node, Vocabulary.RDFS.label, .literal(RDFLiteral(e.name)))
        for alias in e.aliases where alias != e.name {
            try out.emit(node, Vocabulary.SKOS.altLabel, .literal(RDFLiteral(alias)))
        }
        for target in e.sameAs {
            if let safe = IRIMinter.externalIRI(target) {
                try out.emit(node, Vocabulary.OWL.sameAs, .iri(RDFIRI(absolute: safe)))
            } else {
                try out.emit(node, Vocabulary.NG.sameAsText, .literal(RDFLiteral(target)))
            }
        }
        let records = e.merges.indices.map { RDFIRI(.entity, iri.local + "/merge/" + String($0)) }
        for r in records { try out.emit(node, Vocabulary.NG.merge, .iri(r)) }
        for (record, merge) in zip(records, e.merges) {
            let r = RDFTerm.iri(record)
            try out.emit(r, Vocabulary.RDF.type, .iri(Vocabulary.NG.mergeRecord))
            try out.emit(r, Vocabulary.NG.reason, .literal(RDFLiteral(merge.reason)))
            try out.emit(r, Vocabulary.NG.mergedName, .literal(RDFLiteral(merge.merged)))
            if let d = merge.document { try out.emit(r, Vocabulary.PROV.wasDerivedFrom, .iri(documentIRI(d))) }
        }
    }

    func emitRelations(_ out: inout QuadEmitter<some RDFQuadSink>) throws {
        var lemmaByLocal: [String: String] = [:]
        for (lemma, local) in predicateLocal { lemmaByLocal[local] = lemma }
        for (lemma, local) in negatedPredicateLocal { lemmaByLocal[local] = "not " + lemma }
        for local in lemmaByLocal.keys.sorted() {
            let p = RDFTerm.iri(RDFIRI(.rel, local))
            try out.emit(p, Vocabulary.RDF.type, .iri(Vocabulary.RDF.property))
            try out.emit(p, Vocabulary.RDF.type, .iri(Vocabulary.NG.relation))
            try out.emit(p, Vocabulary.RDFS.label, .literal(RDFLiteral(lemmaByLocal[local]!)))
        }
    }

    func emitContradiction(_ c: Contradiction, _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let first = statementIRI(c.first), second = statementIRI(c.second)
        let node = RDFTerm.iri(RDFIRI(.statement, first.local + "/contradiction/" + second.local))
        try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.NG.contradiction))
        try out.emit(node, Vocabulary.NG.contradictionStatement, .iri(first))
        try out.emit(node, Vocabulary.NG.contradictionStatement, .iri(second))
        try out.emit(node, Vocabulary.NG.reason, .literal(RDFLiteral(c.reason)))
        try out.emit(.iri(first), Vocabulary.NG.contradicts, .iri(second))
        try out.emit(.iri(second), Vocabulary.NG.contradicts, .iri(first))
    }
}

/// Keeps the sink and the current graph, so emission reads like a list of triples.
struct QuadEmitter<Sink: RDFQuadSink> {
    var sink: Sink
    var graph: RDFIRI?

    @inline(__always)
    mutating func emit(_ s: RDFTerm, _ p: RDFIRI, _ o: RDFTerm) throws {
        try sink.quad(RDFQuad(s, p, o, graph: graph))
    }
}

struct QuadCounter: RDFQuadSink {
    var count = 0
    mutating func quad(_ quad: RDFQuad) throws { count += 1 }
}

/// Collects every quad (tests and small corpora only).
public struct RDFQuadCollector: RDFQuadSink {
    public var quads: [RDFQuad] = []
    public init() {}
    public mutating func quad(_ quad: RDFQuad) throws { quads.append(quad) }
}
