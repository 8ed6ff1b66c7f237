import KnowledgeGraph

/// Writes terms in Turtle/TriG syntax: prefixed names where the local name is plainly safe,
/// `a` for rdf:type, bare numbers and booleans when their lexical form is canonical Turtle.
struct TurtleTermWriter {
    let full: NTriplesTermWriter
    var sink: ByteSink { full.sink }
    /// Prefix label bytes (with the colon) per namespace raw value; empty for `absolute`.
    let prefixes: [[UInt8]]
    let minter: IRIMinter

    init(sink: ByteSink, minter: IRIMinter) {
        full = NTriplesTermWriter(sink: sink, minter: minter)
        self.minter = minter
        prefixes = RDFNamespace.allCases.map { ns in ns.prefix.map { Array(($0 + ":").utf8) } ?? [] }
    }

    /// The `@prefix` block (TriG and Turtle share it).
    func writePrefixes() {
        for ns in RDFNamespace.allCases where ns != .absolute {
            sink.bytes("@prefix ")
            sink.append(prefixes[Int(ns.rawValue)])
            sink.bytes(" <")
            sink.append(full.namespaces[Int(ns.rawValue)])
            sink.bytes("> .\n")
        }
        sink.byte(UInt8(ascii: "\n"))
    }

    /// A local name we print as `prefix:local`: letters, digits, `_`, and `-` or `.` after the first
    /// character (`.` never last). Turtle allows more, with escapes; anything else is a full IRI.
    @inline(__always) static func isSimpleLocalName(_ local: String) -> Bool {
        var first = true, lastDot = false
        for b in local.utf8 {
            let ok = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
                || ((b == 0x2D || b == 0x2E) && !first)
            if !ok { return false }
            first = false
            lastDot = b == 0x2E
        }
        return !first && !lastDot
    }

    func iri(_ iri: RDFIRI) {
        if iri.namespace != .absolute, Self.isSimpleLocalName(iri.local) {
            sink.append(prefixes[Int(iri.namespace.rawValue)])
            sink.raw(iri.local)
        } else {
            full.iri(iri)
        }
    }

    func predicate(_ p: RDFIRI) {
        if p == Vocabulary.RDF.type { sink.byte(UInt8(ascii: "a")) } else { iri(p) }
    }

    func literal(_ l: RDFLiteral) {
        if l.language == nil, let dt = l.datatype, dt.namespace == .xsd {
            switch dt.local {
            case "integer" where Self.isIntegerToken(l.lexical), "decimal" where Self.isDecimalToken(l.lexical):
                sink.raw(l.lexical)
                return
            case "boolean" where l.lexical == "true" || l.lexical == "false":
                sink.raw(l.lexical)
                return
            default:
                break
            }
        }
        RDFEscaping.writeQuotedLiteral(l, to: sink, iri: iri)
    }

    func term(_ t: RDFTerm) {
        switch t {
        case .iri(let i): iri(i)
        case .literal(let l): literal(l)
        case .blank(let label): blank(label, to: sink)
        case .triple(let tr):
            sink.bytes("<<( ")
            term(tr.subject)
            sink.byte(UInt8(ascii: " "))
            iri(tr.predicate)
            sink.byte(UInt8(ascii: " "))
            term(tr.object)
            sink.bytes(" )>>")
        }
    }

    /// Turtle INTEGER: `[+-]?[0-9]+`.
    static func isIntegerToken(_ s: String) -> Bool {
        var digits = 0, i = 0
        for b in s.utf8 {
            if i == 0 && (b == 0x2B || b == 0x2D) { i += 1; continue }
            guard b >= 0x30 && b <= 0x39 else { return false }
            digits += 1
            i += 1
        }
        return digits > 0
    }

    /// Turtle DECIMAL: `[+-]?[0-9]*\.[0-9]+`.
    static func isDecimalToken(_ s: String) -> Bool {
        var i = 0, dot = false, after = 0
        for b in s.utf8 {
            defer { i += 1 }
            if i == 0 && (b == 0x2B || b == 0x2D) { continue }
            if b == 0x2E { if dot { return false }; dot = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return false }
            if dot { after += 1 }
        }
        return dot && after > 0
    }
}

/// Groups consecutive triples by subject (`;`) and predicate (`,`), Serd-style: the subject on
/// its own line, one predicate per line indented by a tab. Shared by Turtle and TriG; only the
/// last subject and predicate are remembered, so it streams.
struct TurtleGroupingSink: RDFQuadSink {
    let terms: TurtleTermWriter
    /// TriG: one `graph { ... }` block per named graph, the default graph's triples at top level.
    let keepGraphs: Bool
    var count = 0
    private var subject: RDFTerm?
    private var predicate: RDFIRI?
    private var graph: RDFIRI?
    private var inBlock = false
    private var indent: StaticString { inBlock ? "\t" : "" }

    init(terms: TurtleTermWriter, keepGraphs: Bool) {
        self.terms = terms
        self.keepGraphs = keepGraphs
    }

    mutating func quad(_ quad: RDFQuad) throws {
        let sink = terms.sink
        if keepGraphs && quad.graph != graph {
            closeSubject()
            if inBlock { sink.bytes("}\n\n") }
            graph = quad.graph
            inBlock = graph != nil
            if let g = graph {
                terms.iri(g)
                sink.bytes(" {\n")
            }
        }
        if quad.subject == subject {
            if quad.predicate == predicate {
                sink.bytes(" ,\n")
                sink.bytes(indent)
                sink.bytes("\t\t")
            } else {
                sink.bytes(" ;\n")
                sink.bytes(indent)
                sink.byte(UInt8(ascii: "\t"))
                terms.predicate(quad.predicate)
                sink.byte(UInt8(ascii: " "))
                predicate = quad.predicate
            }
        } else {
            closeSubject()
            sink.bytes(indent)
            terms.term(quad.subject)
            sink.byte(UInt8(ascii: "\n"))
            sink.bytes(indent)
            sink.byte(UInt8(ascii: "\t"))
            terms.predicate(quad.predicate)
            sink.byte(UInt8(ascii: " "))
            subject = quad.subject
            predicate = quad.predicate
        }
        terms.term(quad.object)
        count += 1
        try sink.maybeFlush()
    }

    private mutating func closeSubject() {
        if subject != nil { terms.sink.bytes(" .\n\n") }
        subject = nil
        predicate = nil
    }

    /// Ends the last statement and graph block.
    mutating func finish() {
        closeSubject()
        if inBlock { terms.sink.bytes("}\n") }
        inBlock = false
    }
}
