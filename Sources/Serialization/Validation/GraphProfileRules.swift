import CLibXML
import KnowledgeGraph

/// The rules of our GraphML and GEXF profiles that XSD 1.0 cannot state, checked while the
/// file streams past (see the comments in Schemas/*.xsd):
/// GraphML — the key declarations are exactly `GraphMLWriter.nodeKeys + edgeKeys` (id, domain,
/// attr.name and attr.type together, in order); every edge's FIRST `<data>` is `key="label"`
/// (what APOC reads as the relationship type); int/double/boolean data parse as such; edge
/// weights are > 0.
/// GEXF — the two viz elements of a node are `viz:color` (r, g, b in 0...255) and `viz:size`
/// (value > 0).
struct GraphProfileRules {
    enum Format { case graphML, gexf }

    struct Problem {
        var line: Int
        var message: String
    }

    let format: Format
    private var keys: [GraphMLWriter.Key] = []
    private var keyLines: [Int] = []
    private var keyTypes: [String: String] = [:]
    private var inEdge = false
    private var edgeHasData = false
    private var edgeID = ""
    private var dataKey: String?
    private var dataLine = 0
    private var dataHadText = false

    init(format: Format) {
        self.format = format
        for key in GraphMLWriter.nodeKeys + GraphMLWriter.edgeKeys { keyTypes[key.id] = key.type }
    }

    mutating func visit(_ event: XMLStreamValidator.Event, _ reader: XMLStreamValidator) -> [Problem] {
        switch format {
        case .graphML: return visitGraphML(event, reader)
        case .gexf: return visitGEXF(event, reader)
        }
    }

    private mutating func visitGraphML(_ e: XMLStreamValidator.Event, _ reader: XMLStreamValidator) -> [Problem] {
        var problems: [Problem] = []
        let start = e.type == XML_READER_TYPE_ELEMENT.rawValue
        let end = e.type == XML_READER_TYPE_END_ELEMENT.rawValue
        if start && e.depth == 1 && e.name == "key" {
            keys.append(GraphMLWriter.Key(id: reader.attribute("id") ?? "", domain: reader.attribute("for") ?? "",
                                          name: reader.attribute("attr.name") ?? "", type: reader.attribute("attr.type") ?? ""))
            keyLines.append(e.line)
        } else if start && e.depth == 1 && e.name == "graph" {
            problems += checkKeys(graphLine: e.line)
        } else if start && e.depth == 2 && e.name == "edge" {
            inEdge = true
            edgeHasData = false
            edgeID = reader.attribute("id") ?? "?"
            if e.isEmpty {
                problems.append(Problem(line: e.line, message: "edge \(edgeID) has no <data key=\"label\"> (its relationship type)"))
                inEdge = false
            }
        } else if end && e.depth == 2 && e.name == "edge" {
            if !edgeHasData {
                problems.append(Problem(line: e.line, message: "edge \(edgeID) has no <data key=\"label\"> (its relationship type)"))
            }
            inEdge = false
        } else if start && e.depth == 3 && e.name == "data" {
            let key = reader.attribute("key") ?? ""
            if inEdge && !edgeHasData && key != "label" {
                problems.append(Problem(line: e.line, message:
                    "edge \(edgeID): the first <data> must be key=\"label\" (the relationship type APOC reads), found key=\"\(key)\""))
            }
            if inEdge { edgeHasData = true }
            dataKey = key
            dataLine = e.line
            dataHadText = false
            if e.isEmpty { problems += checkValue("") ; dataKey = nil }
        } else if e.type == XML_READER_TYPE_TEXT.rawValue && e.depth == 4 && dataKey != nil {
            dataHadText = true
            problems += checkValue(reader.textValue)
        } else if end && e.depth == 3 && e.name == "data" {
            if !dataHadText { problems += checkValue("") }
            dataKey = nil
        }
        return problems
    }

    private func checkKeys(graphLine: Int) -> [Problem] {
        let expected = GraphMLWriter.nodeKeys + GraphMLWriter.edgeKeys
        var problems: [Problem] = []
        for (i, key) in keys.enumerated() {
            guard i < expected.count else { break }
            if key != expected[i] {
                let want = expected[i]
                problems.append(Problem(line: keyLines[i], message:
                    "key \(i + 1) must be <key id=\"\(want.id)\" for=\"\(want.domain)\" attr.name=\"\(want.name)\" attr.type=\"\(want.type)\">, "
                    + "found id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\""))
            }
        }
        if keys.count != expected.count {
            problems.append(Problem(line: graphLine, message: "expected \(expected.count) key declarations before <graph>, found \(keys.count)"))
        }
        return problems
    }

    private func checkValue(_ text: String) -> [Problem] {
        guard let key = dataKey, let type = keyTypes[key] else { return [] }
        let ok: Bool
        switch type {
        case "int": ok = Int32(text) != nil
        case "long": ok = Int64(text) != nil
        case "double", "float": ok = Double(text).map { $0.isFinite } ?? false
        case "boolean": ok = text == "true" || text == "false"
        default: ok = true
        }
        var problems: [Problem] = []
        if !ok {
            problems.append(Problem(line: dataLine, message: "data key=\"\(key)\" is declared \(type), but its value is \"\(text)\""))
        } else if key == "weight", let weight = Double(text), weight <= 0 {
            problems.append(Problem(line: dataLine, message: "edge weight \(text) must be > 0 (Gephi deletes weight-0 edges)"))
        }
        return problems
    }

    private mutating func visitGEXF(_ e: XMLStreamValidator.Event, _ reader: XMLStreamValidator) -> [Problem] {
        guard e.type == XML_READER_TYPE_ELEMENT.rawValue, e.namespace == GEXFWriter.vizNamespace else { return [] }
        switch e.name {
        case "color":
            for channel in ["r", "g", "b"] {
                guard let value = reader.attribute(channel), let n = Int(value), (0...255).contains(n) else {
                    return [Problem(line: e.line, message: "viz:color needs \(channel) in 0...255")]
                }
            }
            return []
        case "size":
            guard let value = reader.attribute("value"), let size = Double(value), size > 0, size.isFinite else {
                return [Problem(line: e.line, message: "viz:size needs a value > 0")]
            }
            return []
        default:
            return [Problem(line: e.line, message: "unexpected viz:\(e.name); the profile allows viz:color and viz:size")]
        }
    }
}
