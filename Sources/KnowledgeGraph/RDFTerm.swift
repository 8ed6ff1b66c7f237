/// An IRI as namespace + local name (see RDFNamespace); `local` is already a valid IRI
/// fragment (percent-encoded where needed) except when writers are handed foreign input.
public struct RDFIRI: Hashable, Sendable {
    public var namespace: RDFNamespace
    public var local: String

    public init(_ namespace: RDFNamespace, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    /// An absolute IRI with no namespace.
    public init(absolute: String) { self.init(.absolute, absolute) }

    public func expanded(minter: IRIMinter) -> String { namespace.iri(minter: minter) + local }
}

/// A literal: lexical form plus datatype, or a language tag (then the datatype is rdf:langString).
public struct RDFLiteral: Hashable, Sendable {
    public var lexical: String
    /// nil means xsd:string (written without `^^`).
    public var datatype: RDFIRI?
    public var language: String?

    public init(_ lexical: String, datatype: RDFIRI? = nil, language: String? = nil) {
        self.lexical = lexical
        self.datatype = language == nil ? datatype : nil
        self.language = language
    }
}

/// An RDF 1.2 term: IRI, blank node, literal, or (RDF 1.2 only, object position) a triple term.
public enum RDFTerm: Hashable, Sendable {
    case iri(RDFIRI)
    case blank(String)
    case literal(RDFLiteral)
    /// Only this case is boxed: making the whole enum indirect would heap-allocate every term.
    indirect case triple(RDFTriple)
}

public struct RDFTriple: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFIRI
    public var object: RDFTerm

    public init(_ subject: RDFTerm, _ predicate: RDFIRI, _ object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// A triple in a graph: `graph == nil` is the default graph; otherwise the document's named graph.
public struct RDFQuad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFIRI
    public var object: RDFTerm
    public var graph: RDFIRI?

    public init(_ subject: RDFTerm, _ predicate: RDFIRI, _ object: RDFTerm, graph: RDFIRI? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    public var triple: RDFTriple { RDFTriple(subject, predicate, object) }
}

/// Receives the dataset quad by quad (writers implement it; nothing is buffered upstream).
public protocol RDFQuadSink {
    mutating func quad(_ quad: RDFQuad) throws
}
