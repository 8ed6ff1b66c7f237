import Foundation

/// Options every writer understands.
public struct ExportOptions: Sendable {
    /// Namespace for minted data IRIs (entities, documents, statements, runs). Ends with `/` or `#`.
    public var baseIRI: String
    /// Write RDF 1.2 triple terms instead of rdf:Statement reification (opt-in; rdflib cannot read it).
    public var rdf12: Bool

    public static let defaultBaseIRI = "https://newsgraph.example/id/"

    public init(baseIRI: String = ExportOptions.defaultBaseIRI, rdf12: Bool = false) {
        self.baseIRI = baseIRI
        self.rdf12 = rdf12
    }
}
