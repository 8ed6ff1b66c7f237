import Foundation
import KnowledgeGraph
import NewsgraphModel

/// GraphML 1.0 for Neo4j APOC, Gephi, yEd, networkx and igraph, streamed with libxml2's
/// `xmlTextWriter`. What the file guarantees (see ../shared/docs/interop.md for why):
/// - official namespace and schemaLocation; valid against the official XSD and against our
///   profile Schemas/newsgraph-graphml.xsd;
/// - every key declared before `<graph>`, node and edge keys separate (never `for="all"`),
///   key ids are names (never `d0..dN`), `attr.type` only boolean/int/long/float/double/string;
/// - ids `n<index>`/`e<index>` (NMTOKENs), the IRI in the `iri` data field;
/// - node key `labels` (`:Entity:Person`, for APOC `readLabels:true`) and the display key with
///   `attr.name="label"` (Gephi); the edge type as the FIRST child `<data key="label">`;
/// - all nodes before all edges; edge weights in (0, 1]; string lists as JSON array text.
public struct GraphMLWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let schemaLocation = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

    /// One `<key>` declaration.
    public struct Key: Sendable, Hashable {
        public var id: String
        public var domain: String
        public var name: String
        public var type: String
    }

    /// Node keys in declaration (and data) order: `labels`, the display `label`, then one per
    /// `NodeProperty`. Ids are prefixed (`node_iri`) because key ids are unique per document
    /// and edges have keys of the same name.
    public static let nodeKeys: [Key] =
        [Key(id: "labels", domain: "node", name: "labels", type: "string"),
         Key(id: "node_label", domain: "node", name: "label", type: "string")]
        + NodeProperty.allCases.map { Key(id: "node_" + $0.name, domain: "node", name: $0.name, type: graphMLType($0.type)) }

    /// Edge keys: `label` (the relationship type, APOC reads it by this id), then one per
    /// `EdgeProperty`; `weight` keeps its plain id, which Gephi reads as the edge weight.
    public static let edgeKeys: [Key] =
        [Key(id: "label", domain: "edge", name: "label", type: "string")]
        + EdgeProperty.allCases.map {
            Key(id: $0 == .weight ? "weight" : "edge_" + $0.name, domain: "edge", name: $0.name, type: graphMLType($0.type))
        }

    static func graphMLType(_ type: PropertyType) -> String {
        switch type {
        case .string, .stringList: return "string"
        case .int: return "int"
        case .double: return "double"
        case .boolean: return "boolean"
        }
    }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        try write(PropertyGraph(corpus: corpus, baseIRI: options.baseIRI), to: destination)
    }

    public func write(_ graph: PropertyGraph, to destination: URL) throws {
        try AtomicFile.write(to: destination) { temporary in
            let xml = try XMLStreamWriter(path: temporary.path)
            try xml.startDocument()
            try xml.startElement("graphml")
            try xml.attribute("xmlns", GraphMLWriter.namespace)
            try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            try xml.attribute("xsi:schemaLocation", GraphMLWriter.namespace + " " + GraphMLWriter.schemaLocation)
            for key in GraphMLWriter.nodeKeys + GraphMLWriter.edgeKeys {
                try xml.startElement("key")
                try xml.attribute("id", key.id)
                try xml.attribute("for", key.domain)
                try xml.attribute("attr.name", key.name)
                try xml.attribute("attr.type", key.type)
                try xml.endElement()
            }
            try xml.startElement("graph")
            try xml.attribute("id", "newsgraph")
            try xml.attribute("edgedefault", "directed")
            let nodeKeyIDs = NodeProperty.allCases.map { GraphMLWriter.nodeKeys[$0.rawValue + 2].id }
            let edgeKeyIDs = EdgeProperty.allCases.map { GraphMLWriter.edgeKeys[$0.rawValue + 1].id }
            for node in graph.nodes {
                try xml.startElement("node")
                try xml.trustedAttribute("id", node.id)
                try data(xml, "labels", node.colonLabels)
                try data(xml, "node_label", node.label)
                try node.properties.forEach { key, value in
                    try data(xml, nodeKeyIDs[key.rawValue], value)
                }
                try xml.endElement()
            }
            for edge in graph.edges {
                try xml.startElement("edge")
                try xml.trustedAttribute("id", edge.id)
                try xml.trustedAttribute("source", "n" + String(edge.source))
                try xml.trustedAttribute("target", "n" + String(edge.target))
                try data(xml, "label", edge.type)
                try edge.properties.forEach { key, value in
                    try data(xml, edgeKeyIDs[key.rawValue], value)
                }
                try xml.endElement()
            }
            try xml.endElement()
            try xml.endElement()
            try xml.finish()
        }
    }

    @inline(__always)
    private func data(_ xml: XMLStreamWriter, _ key: String, _ value: String) throws {
        try xml.startElement("data")
        try xml.trustedAttribute("key", key)
        try xml.text(value)
        try xml.endElement()
    }

    /// A value whose text is XML-safe by construction (numbers, booleans, relationship types).
    @inline(__always)
    private func data(_ xml: XMLStreamWriter, _ key: String, _ value: PropertyValue) throws {
        try xml.startElement("data")
        try xml.trustedAttribute("key", key)
        switch value {
        case .int, .double, .bool: try xml.trustedText(PropertyValueText.text(value))
        default: try xml.text(PropertyValueText.text(value))
        }
        try xml.endElement()
    }
}
