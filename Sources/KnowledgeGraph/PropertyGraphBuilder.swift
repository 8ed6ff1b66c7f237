import NewsgraphModel

/// How a corpus becomes a property graph. The mapping, which every property-graph format
/// (GraphML, GEXF, Neo4j CSV) shares and the tests check against the RDF export:
///
/// Nodes, in this order:
/// 1. One `:Entity:<Type>` node per `Corpus.entities` element (labels from `EntityType.label`),
///    with `iri` = `IRIMinter.entity(key)`, `name`, `type` (raw value), `aliases`, `sameAs`,
///    `mentions` (count) and `degree`.
/// 2. One `:Statement` node per *statement that cannot be a plain edge*: a statement that is
///    not asserted (also labelled `:Claim`), a statement that another statement points at
///    (`ArgumentValue.statement`), or an asserted statement without an object (intransitive).
///    `iri` = `IRIMinter.statement(id)`; the statement's provenance is on the node.
/// 3. One `:Value:<Kind>` node per distinct literal or unresolved phrase used as an argument
///    of an edge or statement node (kinds: Date, Quantity, Duration, Boolean, Text), in first-use
///    order, with `value` and `datatype`. A value node has no IRI: in RDF it is a literal.
///
/// Edges, in statement order:
/// - every other statement (asserted, with an object) is ONE edge from its subject's node to
///   its object's node, typed by its predicate lemma (`flee to` → `FLEE_TO`), or `CLAIMED` when
///   the object is a statement node ("Naqvi claimed Gandapur fled": Naqvi –CLAIMED→ claim);
///   the edge carries `iri` (the statement's), document, sentence, begin, end, confidence,
///   polarity, modality, qualifiers and `weight` = confidence clamped to [0.001, 1];
/// - every statement node has a `SUBJECT` edge to its subject's node and, when it has an
///   object, an `OBJECT` edge to the object's node;
/// - a claim whose attribution names a speaker but that no statement reports (no statement
///   has it as object) gets a `CLAIMED` edge from the speaker's node, carrying the claim's iri
///   and `cue`.
/// So "who claimed what" is the traversal `(speaker)-[:CLAIMED]->(:Claim)-[:SUBJECT|OBJECT]->(x)`.
///
/// Correspondence with the RDF export (RDFDatasetBuilder; checked by Tests/python/test_graphml_export.py):
/// - entity nodes ⇔ resources typed `ng:Entity` (same IRI in `iri`);
/// - every `ng:Statement` is exactly one statement node or one predicate/CLAIMED edge carrying its
///   IRI in `iri`; attribution-only CLAIMED edges repeat their claim node's IRI;
/// - `:Statement:Claim` nodes ⇔ `ng:Claim`;
/// - a predicate edge's source and target are the reified `rdf:subject` and `rdf:object` (an entity
///   IRI, a statement IRI, or — for value nodes — the literal);
/// - value nodes are RDF literals (or `ng:Phrase` nodes for unresolved subjects and speakers);
///   SUBJECT/OBJECT edges are the statement's `rdf:subject`/`rdf:object` links.
///
/// Literal-valued facts ("police arrested 4000 people") are edges to value nodes rather than
/// node properties, so every fact keeps its own evidence and a node can have several values.
/// Qualifier arguments ("on November 24") stay properties of their statement (`qualifiers`,
/// `role: value` strings), so dates are not scattered as separate nodes.
extension PropertyGraph {
    public init(corpus unordered: Corpus, baseIRI: String) {
        var corpus = unordered
        if !PropertyGraph.isCanonical(corpus) { corpus.canonicalize() }
        var builder = PropertyGraphBuilder(corpus: corpus, minter: IRIMinter(base: baseIRI))
        self = builder.build()
    }

    /// True when the corpus's entities and statements are already in `Corpus.canonicalize()`
    /// order (checked in one pass, so writers can skip copying and sorting a large corpus).
    public static func isCanonical(_ corpus: Corpus) -> Bool {
        for i in corpus.entities.indices.dropFirst() where corpus.entities[i - 1].key > corpus.entities[i].key {
            return false
        }
        let s = corpus.statements
        for i in s.indices.dropFirst() {
            let a = s[i - 1], b = s[i]
            if (a.document, a.span.begin, a.span.end, a.id) > (b.document, b.span.begin, b.span.end, b.id) { return false }
        }
        return true
    }
}

struct PropertyGraphBuilder {
    let corpus: Corpus
    let minter: IRIMinter
    private var nodes: [PropertyGraph.Node] = []
    private var edges: [PropertyGraph.Edge] = []
    private var entityNode: [String: Int] = [:]
    private var entityName: [String: String] = [:]
    private var statementNode: [String: Int] = [:]
    private var valueNode: [String: Int] = [:]
    /// Statements that another statement has as an argument (they must be nodes).
    private var referenced: Set<String> = []
    /// Claims some asserted statement reports (their speaker edge comes from that statement).
    private var reported: Set<String> = []

    init(corpus: Corpus, minter: IRIMinter) {
        self.corpus = corpus
        self.minter = minter
    }

    mutating func build() -> PropertyGraph {
        nodes.reserveCapacity(corpus.entities.count + corpus.statements.count / 4)
        edges.reserveCapacity(corpus.statements.count + corpus.statements.count / 4)
        for entity in corpus.entities { addEntity(entity) }
        for statement in corpus.statements {
            if case .statement(let id)? = statement.object?.value {
                referenced.insert(id)
                if statement.asserted { reported.insert(id) }
            }
            if case .statement(let id) = statement.subject.value { referenced.insert(id) }
            if case .statement(let id)? = statement.attribution?.speaker.value { referenced.insert(id) }
            for q in statement.qualifiers { if case .statement(let id) = q.argument.value { referenced.insert(id) } }
        }
        for statement in corpus.statements where isNode(statement) { addStatementNode(statement) }
        for statement in corpus.statements {
            if let index = statementNode[statement.id] { addStructuralEdges(statement, node: index) }
            else { addRelationEdge(statement) }
        }
        // Degree as networkx, igraph and Gephi count it: a self-loop adds 2.
        for edge in edges {
            bumpDegree(edge.source)
            bumpDegree(edge.target)
        }
        return PropertyGraph(nodes: nodes, edges: edges)
    }

    private func isNode(_ statement: Statement) -> Bool {
        !statement.asserted || statement.object == nil || referenced.contains(statement.id)
    }

    private mutating func bumpDegree(_ index: Int) {
        if case .int(let d)? = nodes[index].properties[.degree] { nodes[index].properties[.degree] = .int(d + 1) }
    }

    private mutating func addEntity(_ entity: Entity) {
        guard entityNode[entity.key] == nil else { return }
        var p = PropertyMap<NodeProperty>()
        p[.iri] = .string(minter.entity(entity.key))
        p[.name] = .string(entity.name)
        p[.type] = .string(entity.type.rawValue)
        p[.aliases] = .strings(entity.aliases)
        p[.sameAs] = .strings(entity.sameAs)
        p[.mentions] = .int(entity.mentions.count)
        p[.degree] = .int(0)
        let index = nodes.count
        nodes.append(PropertyGraph.Node(index: index, kind: .entity, labels: PropertyGraphBuilder.entityLabels[entity.type]!,
                                        label: entity.name, properties: p,
                                        colonLabels: PropertyGraphBuilder.entityColonLabels[entity.type]!))
        entityNode[entity.key] = index
        entityName[entity.key] = entity.name
    }

    private mutating func addStatementNode(_ s: Statement) {
        var p = PropertyMap<NodeProperty>()
        p[.iri] = .string(minter.statement(s.id))
        p[.type] = .string("statement")
        p[.predicate] = .string(s.predicate.lemma)
        let text = readable(s)
        p[.text] = .string(text)
        fillProvenance(&p, s)
        if let attribution = s.attribution {
            p[.cue] = .string(attribution.cue)
            if let quotation = attribution.quotation { p[.quotation] = .string(quotation) }
        }
        p[.asserted] = .bool(s.asserted)
        p[.degree] = .int(0)
        let index = nodes.count
        nodes.append(PropertyGraph.Node(index: index, kind: .statement,
                                        labels: s.asserted ? PropertyGraphBuilder.statementLabels : PropertyGraphBuilder.claimLabels,
                                        label: text, properties: p,
                                        colonLabels: s.asserted ? ":Statement" : ":Statement:Claim"))
        statementNode[s.id] = index
    }

    private func fillProvenance(_ p: inout PropertyMap<NodeProperty>, _ s: Statement) {
        p[.document] = .string(s.document)
        p[.sentence] = .int(s.sentenceIndex)
        p[.begin] = .int(s.span.begin)
        p[.end] = .int(s.span.end)
        p[.confidence] = .double(s.confidence)
        p[.polarity] = .string(s.polarity.rawValue)
        if let modality = s.modality { p[.modality] = .string(modality) }
        if !s.qualifiers.isEmpty { p[.qualifiers] = .strings(qualifierStrings(s)) }
    }

    private mutating func addStructuralEdges(_ s: Statement, node: Int) {
        let subject = self.node(for: s.subject)
        addEdge(from: node, to: subject, type: PropertyGraph.subjectType, properties: structural())
        if let object = s.object {
            let target = self.node(for: object)
            addEdge(from: node, to: target, type: PropertyGraph.objectType, properties: structural())
        }
        if !s.asserted, !reported.contains(s.id), let attribution = s.attribution {
            let speaker = self.node(for: attribution.speaker)
            var p = relationProperties(s)
            p[.predicate] = nil
            p[.cue] = .string(attribution.cue)
            addEdge(from: speaker, to: node, type: PropertyGraph.claimedType, properties: p)
        }
    }

    private mutating func addRelationEdge(_ s: Statement) {
        guard let object = s.object else { return }
        let source = node(for: s.subject)
        let target = node(for: object)
        var p = relationProperties(s)
        let type: String
        if case .statement(let id) = object.value, statementNode[id] != nil {
            type = PropertyGraph.claimedType
            p[.cue] = .string(s.predicate.lemma)
        } else {
            type = PropertyGraph.relationshipType(forLemma: s.predicate.lemma)
        }
        addEdge(from: source, to: target, type: type, properties: p)
    }

    private func structural() -> PropertyMap<EdgeProperty> {
        var p = PropertyMap<EdgeProperty>()
        p[.weight] = .double(1)
        return p
    }

    private func relationProperties(_ s: Statement) -> PropertyMap<EdgeProperty> {
        var p = PropertyMap<EdgeProperty>()
        p[.iri] = .string(minter.statement(s.id))
        p[.predicate] = .string(s.predicate.lemma)
        p[.document] = .string(s.document)
        p[.sentence] = .int(s.sentenceIndex)
        p[.begin] = .int(s.span.begin)
        p[.end] = .int(s.span.end)
        p[.confidence] = .double(s.confidence)
        p[.polarity] = .string(s.polarity.rawValue)
        if let modality = s.modality { p[.modality] = .string(modality) }
        if !s.qualifiers.isEmpty { p[.qualifiers] = .strings(qualifierStrings(s)) }
        let c = s.confidence
        p[.weight] = .double(c.isNaN ? 1 : Swift.min(1, Swift.max(0.001, c)))
        return p
    }

    private mutating func addEdge(from source: Int, to target: Int, type: String, properties: PropertyMap<EdgeProperty>) {
        edges.append(PropertyGraph.Edge(index: edges.count, source: source, target: target, type: type,
                                        properties: properties))
    }

    /// The node an argument points to, creating value nodes on first use.
    private mutating func node(for argument: Argument) -> Int {
        switch argument.value {
        case .entity(let key):
            if let index = entityNode[key] { return index }
            return textNode(argument.text)
        case .statement(let id):
            if let index = statementNode[id] { return index }
            return textNode(argument.text)
        case .literal(let literal):
            let key = "L\u{1F}\(literal.datatype.rawValue)\u{1F}\(literal.language ?? "")\u{1F}\(literal.lexical)"
            if let index = valueNode[key] { return index }
            return addValueNode(key: key, value: literal.lexical, datatype: literal.datatype.rawValue,
                                kind: PropertyGraphBuilder.valueLabel(literal.datatype))
        case .text:
            return textNode(argument.text)
        }
    }

    private mutating func textNode(_ text: String) -> Int {
        let key = "T\u{1F}" + text
        if let index = valueNode[key] { return index }
        return addValueNode(key: key, value: text, datatype: Literal.Datatype.string.rawValue, kind: "Text")
    }

    private mutating func addValueNode(key: String, value: String, datatype: String, kind: String) -> Int {
        var p = PropertyMap<NodeProperty>()
        p[.type] = .string("value")
        p[.value] = .string(value)
        p[.datatype] = .string(datatype)
        p[.degree] = .int(0)
        let index = nodes.count
        nodes.append(PropertyGraph.Node(index: index, kind: .value, labels: ["Value", kind], label: value, properties: p))
        valueNode[key] = index
        return index
    }

    static let statementLabels = ["Statement"]
    static let claimLabels = ["Statement", "Claim"]
    static let entityLabels: [EntityType: [String]] =
        Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, ["Entity", $0.label]) })
    static let entityColonLabels: [EntityType: String] =
        Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, ":Entity:" + $0.label) })

    static func valueLabel(_ datatype: Literal.Datatype) -> String {
        switch datatype {
        case .date, .gYear, .gYearMonth: return "Date"
        case .integer, .decimal, .double: return "Quantity"
        case .duration: return "Duration"
        case .boolean: return "Boolean"
        case .string: return "Text"
        }
    }

    /// How an argument reads in labels and qualifier strings.
    private func display(_ argument: Argument) -> String {
        switch argument.value {
        case .entity(let key): return entityName[key] ?? argument.text
        case .literal(let literal): return literal.datatype == .string ? argument.text : literal.lexical
        case .statement, .text: return argument.text
        }
    }

    private func qualifierStrings(_ s: Statement) -> [String] {
        s.qualifiers.map { $0.role + ": " + display($0.argument) }
    }

    /// "Gandapur flee to KP" style label: subject, predicate as written, object.
    private func readable(_ s: Statement) -> String {
        var parts = [display(s.subject), s.predicate.text]
        if let object = s.object { parts.append(display(object)) }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
