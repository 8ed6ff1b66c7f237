import KnowledgeGraph

/// Writes terms in N-Triples/N-Quads syntax (full IRIs, `_:` blank nodes, `"..."` literals,
/// RDF 1.2 `<<( s p o )>>` triple terms) into a ByteSink.
struct NTriplesTermWriter {
    let sink: ByteSink
    /// Each namespace's IRI, escaped once, indexed by RDFNamespace raw value.
    let namespaces: [[UInt8]]

    init(sink: ByteSink, minter: IRIMinter) {
        self.sink = sink
        namespaces = RDFNamespace.table(minter: minter).map { ns in
            let scratch = ByteSink()
            RDFEscaping.writeIRIBody(ns, to: scratch)
            return scratch.buffer
        }
    }

    @inline(__always) func iri(_ iri: RDFIRI) {
        sink.byte(UInt8(ascii: "<"))
        sink.append(namespaces[Int(iri.namespace.rawValue)])
        RDFEscaping.writeIRIBody(iri.local, to: sink)
        sink.byte(UInt8(ascii: ">"))
    }

    func literal(_ literal: RDFLiteral) {
        RDFEscaping.writeQuotedLiteral(literal, to: sink, iri: iri)
    }

    func term(_ term: RDFTerm) {
        switch term {
        case .iri(let i): iri(i)
        case .literal(let l): literal(l)
        case .blank(let label): blank(label, to: sink)
        case .triple(let t):
            sink.bytes("<<( ")
            self.term(t.subject)
            sink.byte(UInt8(ascii: " "))
            iri(t.predicate)
            sink.byte(UInt8(ascii: " "))
            self.term(t.object)
            sink.bytes(" )>>")
        }
    }
}

/// Blank node labels are written as `_:` + the label's ASCII letters and digits (others as `_XX` hex),
/// so any label is a valid BLANK_NODE_LABEL in every syntax.
func blank(_ label: String, to sink: ByteSink) {
    sink.bytes("_:b")
    for b in label.utf8 {
        if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
            sink.byte(b)
        } else {
            sink.byte(UInt8(ascii: "_"))
            sink.byte(RDFEscaping.hex[Int(b >> 4)])
            sink.byte(RDFEscaping.hex[Int(b & 15)])
        }
    }
}
