import Foundation
import NewsgraphModel

/// Every export syntax: its name on the command line, what it writes, and its writer.
public enum ExportFormat: String, CaseIterable, Sendable {
    case turtle, ntriples, nquads, trig, jsonld, graphml, gexf, csv, neo4j

    /// File (or, for `neo4j`, directory) name written under the output directory.
    public var fileName: String {
        switch self {
        case .turtle: return "graph.ttl"
        case .ntriples: return "graph.nt"
        case .nquads: return "graph.nq"
        case .trig: return "graph.trig"
        case .jsonld: return "graph.jsonld"
        case .graphml: return "graph.graphml"
        case .gexf: return "graph.gexf"
        case .csv: return "statements.csv"
        case .neo4j: return "neo4j"
        }
    }

    public var fileExtension: String {
        switch self {
        case .turtle: return "ttl"
        case .ntriples: return "nt"
        case .nquads: return "nq"
        case .trig: return "trig"
        case .jsonld: return "jsonld"
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .csv, .neo4j: return "csv"
        }
    }

    public var mediaType: String {
        switch self {
        case .turtle: return "text/turtle"
        case .ntriples: return "application/n-triples"
        case .nquads: return "application/n-quads"
        case .trig: return "application/trig"
        case .jsonld: return "application/ld+json"
        case .graphml: return "application/graphml+xml"
        case .gexf: return "application/gexf+xml"
        case .csv, .neo4j: return "text/csv"
        }
    }

    public var isRDF: Bool { [.turtle, .ntriples, .nquads, .trig, .jsonld].contains(self) }

    /// Parses a comma-separated list ("turtle,graphml"); "all" means every format.
    public static func parseList(_ text: String) throws -> [ExportFormat] {
        var result: [ExportFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if name == "all" { return allCases }
            guard let format = ExportFormat(rawValue: name) else {
                throw NewsgraphError(.unknownFormat, "unknown format '\(name)'; expected one of: "
                    + allCases.map(\.rawValue).joined(separator: ", ") + ", all")
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }

    /// Writes `corpus` in this format to `directory/fileName`, atomically.
    public func write(_ corpus: Corpus, options: ExportOptions, into directory: URL) throws {
        let destination = directory.appendingPathComponent(fileName)
        switch self {
        case .turtle: try TurtleWriter(options: options).write(corpus, to: destination)
        case .ntriples: try NTriplesWriter(options: options).write(corpus, to: destination)
        case .nquads: try NQuadsWriter(options: options).write(corpus, to: destination)
        case .trig: try TriGWriter(options: options).write(corpus, to: destination)
        case .jsonld: try JSONLDWriter(options: options).write(corpus, to: destination)
        case .graphml: try GraphMLWriter(options: options).write(corpus, to: destination)
        case .gexf: try GEXFWriter(options: options).write(corpus, to: destination)
        case .csv: try StatementsCSVWriter(options: options).write(corpus, to: destination)
        case .neo4j: try Neo4jCSVWriter(options: options).write(corpus, to: destination)
        }
    }
}
