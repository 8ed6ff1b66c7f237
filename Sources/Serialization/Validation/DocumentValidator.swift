import Foundation
import NewsgraphModel

/// `newsgraph validate`: checks exported files, choosing the check by extension.
/// - `.graphml`: our GraphML profile XSD (a restriction of GraphML 1.0) plus the profile rules
///   XSD 1.0 cannot express (`GraphProfileRules`);
/// - `.gexf`: our GEXF 1.3 profile XSD plus its profile rules;
/// - `.nt` / `.nq`: the RDF 1.1 N-Triples / N-Quads grammar, line by line.
/// XML is streamed (flat memory) with network access and external entities off; the schemas
/// are compiled from the copies embedded in the binary.
public enum DocumentValidator {
    public enum Kind: String, Sendable {
        case graphML = "GraphML", gexf = "GEXF", nTriples = "N-Triples", nQuads = "N-Quads"

        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "graphml": self = .graphML
            case "gexf": self = .gexf
            case "nt": self = .nTriples
            case "nq": self = .nQuads
            default: return nil
            }
        }
    }

    public struct Report: Sendable {
        public var file: String
        public var kind: Kind?
        /// Empty when the file is valid. Every problem is `.invalidDocument` (or an input
        /// error such as `.fileNotFound`), with the file and, where known, the line.
        public var problems: [NewsgraphError]
        public var isValid: Bool { problems.isEmpty }
    }

    /// Problems listed per file before the rest are only counted.
    public static let problemLimit = 100

    public static func validate(file path: String) -> Report {
        guard let kind = Kind(path: path) else {
            return Report(file: path, kind: nil, problems: [NewsgraphError(.unsupportedInput, file: path,
                "cannot tell the format from the extension; expected .graphml, .gexf, .nt or .nq")])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return Report(file: path, kind: kind, problems: [NewsgraphError(.fileNotFound, file: path, "no such file")])
        }
        guard !isDirectory.boolValue else {
            return Report(file: path, kind: kind, problems: [NewsgraphError(.unreadable, file: path, "is a directory")])
        }
        do {
            switch kind {
            case .graphML:
                return Report(file: path, kind: kind, problems: try validateXML(path, schema: graphMLSchema(), rules: .graphML))
            case .gexf:
                return Report(file: path, kind: kind, problems: try validateXML(path, schema: gexfSchema(), rules: .gexf))
            case .nTriples, .nQuads:
                let checker = NTriplesLineChecker(quads: kind == .nQuads, limit: problemLimit)
                return Report(file: path, kind: kind, problems: try checker.check(fileAt: path))
            }
        } catch let error as NewsgraphError {
            return Report(file: path, kind: kind, problems: [error])
        } catch {
            return Report(file: path, kind: kind, problems: [NewsgraphError(.invalidDocument, file: path, "\(error)")])
        }
    }

    public static func graphMLSchema() throws -> XMLSchema {
        try XMLSchema(text: EmbeddedSchemas.graphML, name: "newsgraph-graphml.xsd")
    }

    public static func gexfSchema() throws -> XMLSchema {
        try XMLSchema(text: EmbeddedSchemas.gexf, name: "newsgraph-gexf.xsd")
    }

    static func validateXML(_ path: String, schema: XMLSchema, rules: GraphProfileRules.Format) throws -> [NewsgraphError] {
        let stream = try XMLStreamValidator(path: path, schema: schema, limit: problemLimit)
        var profile = GraphProfileRules(format: rules)
        let wellFormed = stream.run { event, reader in
            for problem in profile.visit(event, reader) { stream.collector.add(line: problem.line, problem.message) }
        }
        if !wellFormed && stream.collector.total == 0 {
            stream.collector.add(line: nil, "not well-formed XML")
        }
        if wellFormed && stream.collector.total == 0 && !stream.isValid {
            stream.collector.add(line: nil, "not valid against the \(rules == .graphML ? "GraphML" : "GEXF") profile schema")
        }
        return stream.collector.report
    }
}
