import Foundation
import KnowledgeGraph
import NewsgraphModel

/// GEXF 1.3 for Gephi, streamed with libxml2's `xmlTextWriter`: the same nodes, edges and
/// ids as GraphML (`PropertyGraph`), with
/// - every attribute declared (`<attributes class="node|edge">`, ids = property names);
/// - `viz:color` from a fixed palette by entity type (or node kind), `viz:size` by degree;
/// - each edge's relationship type both as `label` and as `kind`, so Gephi keeps parallel
///   edges of different types apart, and `weight` in (0, 1].
/// Valid against our profile Schemas/newsgraph-gexf.xsd.
public struct GEXFWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"
    public static let schemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

    /// Palette (Tableau 10), fixed so colours mean the same thing in every export.
    public static func color(for node: PropertyGraph.Node) -> (r: Int, g: Int, b: Int) {
        switch node.kind {
        case .entity:
            switch node.labels.last {
            case "Person": return (31, 119, 180)
            case "Organization": return (255, 127, 14)
            case "Place": return (44, 160, 44)
            case "Event": return (214, 39, 40)
            case "Date": return (148, 103, 189)
            case "Quantity": return (140, 86, 75)
            default: return (127, 127, 127)
            }
        case .statement: return node.labels.contains("Claim") ? (227, 119, 194) : (188, 189, 34)
        case .value: return (23, 190, 207)
        }
    }

    /// 4 for an isolated node, growing with the square root of the degree.
    public static func size(forDegree degree: Int) -> Double {
        ((4 + 3 * Double(degree).squareRoot()) * 100).rounded() / 100
    }

    static func gexfType(_ type: PropertyType) -> String {
        switch type {
        case .string, .stringList: return "string"
        case .int: return "integer"
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
            try xml.startElement("gexf")
            try xml.attribute("xmlns", GEXFWriter.namespace)
            try xml.attribute("xmlns:viz", GEXFWriter.vizNamespace)
            try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            try xml.attribute("xsi:schemaLocation", GEXFWriter.schemaLocation)
            try xml.attribute("version", "1.3")
            try xml.startElement("meta")
            try xml.element("creator", text: "newsgraph \(NewsgraphVersion.current)")
            try xml.element("description", text: "Knowledge graph extracted from news articles: entities, statements, claims")
            try xml.endElement()
            try xml.startElement("graph")
            try xml.attribute("defaultedgetype", "directed")
            try xml.attribute("mode", "static")

            try xml.startElement("attributes")
            try xml.attribute("class", "node")
            try xml.attribute("mode", "static")
            try declare(xml, id: "labels", type: "string")
            for key in NodeProperty.allCases { try declare(xml, id: key.name, type: GEXFWriter.gexfType(key.type)) }
            try xml.endElement()
            try xml.startElement("attributes")
            try xml.attribute("class", "edge")
            try xml.attribute("mode", "static")
            for key in EdgeProperty.allCases where key != .weight {
                try declare(xml, id: key.name, type: GEXFWriter.gexfType(key.type))
            }
            try xml.endElement()

            try xml.startElement("nodes")
            for node in graph.nodes {
                try xml.startElement("node")
                try xml.attribute("id", node.id)
                try xml.attribute("label", node.label)
                try xml.startElement("attvalues")
                try attvalue(xml, "labels", node.colonLabels)
                try node.properties.forEach { key, value in
                    try attvalue(xml, key.name, PropertyValueText.text(value))
                }
                try xml.endElement()
                let color = GEXFWriter.color(for: node)
                try xml.startElement("viz:color")
                try xml.attribute("r", String(color.r))
                try xml.attribute("g", String(color.g))
                try xml.attribute("b", String(color.b))
                try xml.endElement()
                var degree = 0
                if case .int(let d)? = node.properties[.degree] { degree = d }
                try xml.startElement("viz:size")
                try xml.attribute("value", PropertyValueText.number(GEXFWriter.size(forDegree: degree)))
                try xml.endElement()
                try xml.endElement()
            }
            try xml.endElement()

            try xml.startElement("edges")
            for edge in graph.edges {
                try xml.startElement("edge")
                try xml.attribute("id", edge.id)
                try xml.attribute("source", "n" + String(edge.source))
                try xml.attribute("target", "n" + String(edge.target))
                try xml.attribute("label", edge.type)
                try xml.attribute("kind", edge.type)
                try xml.attribute("weight", PropertyValueText.number(edge.weight))
                try xml.startElement("attvalues")
                try edge.properties.forEach { key, value in
                    if key != .weight { try attvalue(xml, key.name, PropertyValueText.text(value)) }
                }
                try xml.endElement()
                try xml.endElement()
            }
            try xml.endElement()
            try xml.endElement()
            try xml.endElement()
            try xml.finish()
        }
    }

    private func declare(_ xml: XMLStreamWriter, id: String, type: String) throws {
        try xml.startElement("attribute")
        try xml.attribute("id", id)
        try xml.attribute("title", id)
        try xml.attribute("type", type)
        try xml.endElement()
    }

    private func attvalue(_ xml: XMLStreamWriter, _ key: String, _ value: String) throws {
        try xml.startElement("attvalue")
        try xml.attribute("for", key)
        try xml.attribute("value", value)
        try xml.endElement()
    }
}
