/// The JSON-LD context every JSON-LD export embeds inline, byte for byte the file
/// Schemas/context.jsonld (a test keeps them identical). Only vocabulary prefixes: data IRIs
/// are always written absolute, because relative IRIs and `@vocab` are read differently by
/// different processors (see ../shared/docs/interop.md).
enum JSONLDContext {
    static let document = """
{
  "@context": {
    "@version": 1.1,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "schema": "http://schema.org/",
    "ng": "https://newsgraph.example/ns#",
    "rel": "https://newsgraph.example/rel#"
  }
}
"""
}
