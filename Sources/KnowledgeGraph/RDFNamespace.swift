/// The namespaces every IRI we write lives in. IRIs are kept as (namespace, local name)
/// so writers never concatenate strings on the hot path and Turtle can print `ng:confidence`
/// without searching a prefix table. Data namespaces hang off the export's base IRI.
public enum RDFNamespace: UInt8, CaseIterable, Sendable, Hashable {
    /// No namespace: `local` is the whole (absolute) IRI, e.g. an owl:sameAs target.
    case absolute
    case rdf, rdfs, xsd, owl, skos, prov, nif, itsrdf, schema
    /// newsgraph's vocabulary (classes and properties) and its minted relation predicates.
    case ng, rel
    /// Minted data IRIs under the base (see IRIMinter).
    case entity, document, statement, run, agent

    /// Turtle/TriG prefix label; nil for `absolute`.
    public var prefix: String? {
        switch self {
        case .absolute: return nil
        case .rdf: return "rdf"
        case .rdfs: return "rdfs"
        case .xsd: return "xsd"
        case .owl: return "owl"
        case .skos: return "skos"
        case .prov: return "prov"
        case .nif: return "nif"
        case .itsrdf: return "itsrdf"
        case .schema: return "schema"
        case .ng: return "ng"
        case .rel: return "rel"
        case .entity: return "ent"
        case .document: return "doc"
        case .statement: return "st"
        case .run: return "run"
        case .agent: return "agent"
        }
    }

    /// Fixed vocabulary namespaces (the same in every export).
    public var vocabularyIRI: String? {
        switch self {
        case .rdf: return "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        case .rdfs: return "http://www.w3.org/2000/01/rdf-schema#"
        case .xsd: return "http://www.w3.org/2001/XMLSchema#"
        case .owl: return "http://www.w3.org/2002/07/owl#"
        case .skos: return "http://www.w3.org/2004/02/skos/core#"
        case .prov: return "http://www.w3.org/ns/prov#"
        case .nif: return "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
        case .itsrdf: return "http://www.w3.org/2005/11/its/rdf#"
        case .schema: return "http://schema.org/"
        case .ng: return "https://newsgraph.example/ns#"
        case .rel: return "https://newsgraph.example/rel#"
        default: return nil
        }
    }

    /// The namespace IRI under a data base (as normalized by IRIMinter).
    public func iri(minter: IRIMinter) -> String {
        if let fixed = vocabularyIRI { return fixed }
        switch self {
        case .entity: return minter.base + "entity/"
        case .document: return minter.base + "doc/"
        case .statement: return minter.base + "statement/"
        case .run: return minter.base + "run/"
        case .agent: return minter.base + "agent/"
        default: return ""
        }
    }

    /// Every namespace's IRI under one base, indexed by raw value, for writers.
    public static func table(minter: IRIMinter) -> [String] {
        allCases.map { $0.iri(minter: minter) }
    }
}
