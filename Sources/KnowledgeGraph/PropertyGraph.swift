import NewsgraphModel

/// The labelled property-graph view of a corpus, for Gephi, Neo4j and graph libraries.
///
/// Built by `PropertyGraph(corpus:baseIRI:)` (see PropertyGraphBuilder.swift for the exact
/// mapping). Nodes come first in a fixed order (entities, then statement nodes, then value
/// nodes), edges follow in statement order; `Node.index` and `Edge.index` are positions in
/// these arrays and give the NMTOKEN-safe ids `n<index>` and `e<index>` used by every
/// property-graph format, so the same node has the same id in GraphML, GEXF and Neo4j CSV.
public struct PropertyGraph: Sendable {
    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }

    /// What a node stands for. The raw value is the node's `type` property for
    /// non-entity nodes; entity nodes carry their `EntityType` raw value instead.
    public enum NodeKind: String, Sendable, Hashable {
        case entity, statement, value
    }

    public struct Node: Sendable, Hashable {
        public var index: Int
        public var kind: NodeKind
        /// Neo4j labels, most general first: `["Entity", "Person"]`, `["Statement", "Claim"]`,
        /// `["Value", "Date"]`.
        public var labels: [String]
        /// Display name: the entity's name, the statement as a short sentence, the value's text.
        public var label: String
        public var properties: PropertyMap<NodeProperty>

        public init(index: Int, kind: NodeKind, labels: [String], label: String,
                    properties: PropertyMap<NodeProperty> = PropertyMap(), colonLabels: String? = nil) {
            self.index = index
            self.kind = kind
            self.labels = labels
            self.label = label
            self.properties = properties
            self.colonLabels = colonLabels ?? labels.map { ":" + $0 }.joined()
        }

        /// `n12`: an xs:NMTOKEN, valid as a GraphML/GEXF id and a Neo4j import id.
        public var id: String { "n" + String(index) }
        /// `:Entity:Person`, the APOC `labels` data value (kept in step with `labels` by the builder).
        public var colonLabels: String
    }

    public struct Edge: Sendable, Hashable {
        public var index: Int
        public var source: Int
        public var target: Int
        /// Relationship type, always matching `[A-Z][A-Z0-9_]*` (see `PropertyGraph.relationshipType`).
        public var type: String
        public var properties: PropertyMap<EdgeProperty>

        public init(index: Int, source: Int, target: Int, type: String,
                    properties: PropertyMap<EdgeProperty> = PropertyMap()) {
            self.index = index
            self.source = source
            self.target = target
            self.type = type
            self.properties = properties
        }

        public var id: String { "e" + String(index) }
        /// Gephi drops edges of weight 0; every edge carries a weight in (0, 1].
        public var weight: Double {
            if case .double(let w)? = properties[.weight] { return w }
            return 1
        }
    }

    /// Structural relationship types (the rest come from predicates).
    public static let claimedType = "CLAIMED"
    public static let subjectType = "SUBJECT"
    public static let objectType = "OBJECT"

    /// Turns a predicate lemma into a Neo4j relationship type: "flee to" → `FLEE_TO`,
    /// "étudier" → `ETUDIER`. The result always matches `[A-Z][A-Z0-9_]*`, so it can be
    /// written into Cypher without quoting; a lemma with no letters or digits gives `RELATED_TO`.
    public static func relationshipType(forLemma lemma: String) -> String {
        let slug = Slug.make(lemma, maxLength: 60)
        guard slug != "x" || lemma.lowercased() == "x" else { return "RELATED_TO" }
        var type = ""
        for scalar in slug.unicodeScalars {
            if scalar == "-" { type.append("_") } else { type.unicodeScalars.append(scalar) }
        }
        type = type.uppercased()
        if let first = type.unicodeScalars.first, first >= "0" && first <= "9" { type = "R_" + type }
        return type
    }

    /// True when `type` can be used unquoted as a Neo4j label or relationship type.
    public static func isSafeIdentifier(_ type: String) -> Bool {
        var first = true
        for scalar in type.unicodeScalars {
            let upper = scalar >= "A" && scalar <= "Z"
            let digitOrUnderscore = (scalar >= "0" && scalar <= "9") || scalar == "_"
            if first ? !upper : !(upper || digitOrUnderscore) { return false }
            first = false
        }
        return !first
    }
}
