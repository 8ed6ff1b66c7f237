import Foundation
import KnowledgeGraph
import NewsgraphModel

/// The `neo4j/` directory: `nodes.csv` and `relationships.csv` for
/// `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv DBNAME`,
/// and `import.cypher`, which builds the same graph with LOAD CSV from those two files
/// (for a running database: copy the CSVs into Neo4j's import directory, then
/// `cypher-shell -f import.cypher`).
///
/// Same nodes, edges and ids as GraphML/GEXF (`PropertyGraph`). Headers use neo4j-admin's
/// typed fields: `nodeId:ID(Node)`, `:LABEL` (labels separated by `;`), `:START_ID(Node)`,
/// `:END_ID(Node)`, `:TYPE`, `begin:int`, `confidence:double`, `asserted:boolean`,
/// `aliases:string[]` (elements separated by `;`, the default `--array-delimiter`).
/// Empty fields mean "no property". Line breaks inside values become spaces and `;` inside
/// list elements becomes `,`, so the files import without `--multiline-fields` and arrays
/// split correctly. Relationship types and labels always match `[A-Z][A-Z0-9_]*`-style
/// identifiers; anything else would be backtick-quoted in import.cypher.
public struct Neo4jCSVWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public static let idSpace = "Node"
    public static let nodeIDColumn = "nodeId:ID(Node)"

    public static var nodeHeader: [String] {
        [nodeIDColumn, ":LABEL"] + NodeProperty.allCases.map { column($0.name, $0.type) }
    }

    public static var relationshipHeader: [String] {
        [":START_ID(Node)", ":END_ID(Node)", ":TYPE"] + EdgeProperty.allCases.map { column($0.name, $0.type) }
    }

    static func column(_ name: String, _ type: PropertyType) -> String {
        switch type {
        case .string: return name
        case .int: return name + ":int"
        case .double: return name + ":double"
        case .boolean: return name + ":boolean"
        case .stringList: return name + ":string[]"
        }
    }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        try write(PropertyGraph(corpus: corpus, baseIRI: options.baseIRI), to: destination)
    }

    public func write(_ graph: PropertyGraph, to directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw NewsgraphError(.outputFailed, file: directory.path, "cannot create directory: \(error.localizedDescription)")
        }
        try AtomicFile.write(to: directory.appendingPathComponent("nodes.csv")) { temporary in
            let out = try ByteFileWriter(path: temporary.path)
            try out.write(CSVField.row(Neo4jCSVWriter.nodeHeader, terminator: "\n"))
            var fields: [String] = []
            for node in graph.nodes {
                fields.removeAll(keepingCapacity: true)
                fields.append(node.id)
                fields.append(node.labels.joined(separator: ";"))
                for index in 0..<NodeProperty.keyCount { fields.append(Neo4jCSVWriter.cell(node.properties[NodeProperty(rawValue: index)!])) }
                try out.write(CSVField.row(fields, terminator: "\n"))
            }
            try out.close()
        }
        try AtomicFile.write(to: directory.appendingPathComponent("relationships.csv")) { temporary in
            let out = try ByteFileWriter(path: temporary.path)
            try out.write(CSVField.row(Neo4jCSVWriter.relationshipHeader, terminator: "\n"))
            var fields: [String] = []
            for edge in graph.edges {
                fields.removeAll(keepingCapacity: true)
                fields.append("n" + String(edge.source))
                fields.append("n" + String(edge.target))
                fields.append(edge.type)
                for index in 0..<EdgeProperty.keyCount { fields.append(Neo4jCSVWriter.cell(edge.properties[EdgeProperty(rawValue: index)!])) }
                try out.write(CSVField.row(fields, terminator: "\n"))
            }
            try out.close()
        }
        try AtomicFile.write(to: directory.appendingPathComponent("import.cypher")) { temporary in
            let out = try ByteFileWriter(path: temporary.path)
            try out.write(CypherImportScript.text(for: graph))
            try out.close()
        }
    }

    /// One CSV cell for neo4j-admin (before RFC 4180 quoting).
    static func cell(_ value: PropertyValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .string(let s): return singleLine(s)
        case .strings(let list):
            return list.map { singleLine($0).replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
        default: return PropertyValueText.text(value)
        }
    }

    static func singleLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
