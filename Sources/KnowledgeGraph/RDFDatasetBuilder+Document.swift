import NewsgraphModel

/// One document's named graph: its NIF context, entity mentions, and statements with
/// their reification, provenance and evidence.
extension RDFDatasetBuilder {
    /// Which facts about a NIF string IRI (`<doc>#char=b,e`) were already written in this graph:
    /// the same span can be a mention, a sentence and an evidence string at once, and each
    /// triple must be written once.
    struct NIFStrings {
        var documentLocal: String
        var context: RDFIRI
        var written: [Span: UInt16] = [:]

        static let offsetBased: UInt16 = 1, offsets: UInt16 = 2, anchor: UInt16 = 4, phrase: UInt16 = 8,
                   sentence: UInt16 = 16, contextClass: UInt16 = 32, sentenceLink: UInt16 = 64

        /// True the first time `flag` is claimed for `span`.
        mutating func claim(_ span: Span, _ flag: UInt16) -> Bool {
            let current = written[span, default: 0]
            if current & flag != 0 { return false }
            written[span] = current | flag
            return true
        }
    }

    static let trueLiteral = RDFTerm.literal(RDFLiteral("true", datatype: Vocabulary.XSD.boolean))
    static let falseLiteral = RDFTerm.literal(RDFLiteral("false", datatype: Vocabulary.XSD.boolean))
    static func boolean(_ b: Bool) -> RDFTerm { b ? trueLiteral : falseLiteral }
    static func index(_ i: Int) -> RDFTerm { .literal(RDFLiteral(String(i), datatype: Vocabulary.XSD.nonNegativeInteger)) }

    func emitDocumentGraph(_ id: String, _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let local = IRIMinter.encode(id)
        out.graph = RDFIRI(.document, local)
        defer { out.graph = nil }
        let contextSpan = contextSpan(id)
        var strings = NIFStrings(documentLocal: local, context: stringIRI(local, contextSpan))
        let context = RDFTerm.iri(strings.context)
        _ = strings.claim(contextSpan, NIFStrings.contextClass)
        try out.emit(context, Vocabulary.RDF.type, .iri(Vocabulary.NIF.context))
        try emitString(contextSpan, strings.context, anchor: nil, &strings, &out)
        if let d = documentByID[id] {
            try out.emit(context, Vocabulary.NIF.isString, .literal(RDFLiteral(d.text)))
            if let url = d.url, let iri = IRIMinter.externalIRI(url) {
                try out.emit(context, Vocabulary.NIF.sourceUrl, .iri(RDFIRI(absolute: iri)))
            }
        }
        for m in mentionsByDocument[id] ?? [] {
            let iri = stringIRI(local, m.span)
            let phrase = RDFTerm.iri(iri)
            if strings.claim(m.span, NIFStrings.phrase) { try out.emit(phrase, Vocabulary.RDF.type, .iri(Vocabulary.NIF.phrase)) }
            try emitString(m.span, iri, anchor: m.text, &strings, &out)
            try out.emit(phrase, Vocabulary.ITSRDF.taIdentRef, .iri(entityIRI(m.entity)))
        }
        for i in statementsByDocument[id] ?? [] {
            try emitStatement(corpus.statements[i], &strings, &out)
        }
    }

    /// The offset-based string facts every NIF string shares (type, offsets, anchor, context).
    func emitString(_ span: Span, _ iri: RDFIRI, anchor: String?, _ strings: inout NIFStrings,
                    _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let node = RDFTerm.iri(iri)
        // One dictionary read and one write per string (this runs several times per statement).
        let done = strings.written[span, default: 0]
        var now = done | NIFStrings.offsetBased | NIFStrings.offsets
        if done & NIFStrings.offsetBased == 0 {
            try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.NIF.offsetBasedString))
        }
        if done & NIFStrings.offsets == 0 {
            try out.emit(node, Vocabulary.NIF.beginIndex, Self.index(span.begin))
            try out.emit(node, Vocabulary.NIF.endIndex, Self.index(span.end))
        }
        if let anchor, done & NIFStrings.anchor == 0 {
            now |= NIFStrings.anchor
            try out.emit(node, Vocabulary.NIF.anchorOf, .literal(RDFLiteral(anchor)))
            try out.emit(node, Vocabulary.NIF.referenceContext, .iri(strings.context))
        }
        if now != done { strings.written[span] = now }
    }

    /// An argument as an RDF term; unresolved subjects and speakers become phrase nodes
    /// (a literal cannot be a subject or a prov:Agent).
    func argumentTerm(_ argument: Argument) -> RDFTerm {
        switch argument.value {
        case .entity(let key): return .iri(entityIRI(key))
        case .statement(let id): return .iri(statementIRI(id))
        case .literal(let literal): return .literal(Self.literal(literal))
        case .text: return .literal(RDFLiteral(argument.text))
        }
    }

    func nodeTerm(_ argument: Argument, phrase: RDFIRI) -> (term: RDFTerm, isPhrase: Bool) {
        switch argument.value {
        case .entity(let key): return (.iri(entityIRI(key)), false)
        case .statement(let id): return (.iri(statementIRI(id)), false)
        case .literal, .text: return (.iri(phrase), true)
        }
    }

    static func literal(_ l: Literal) -> RDFLiteral {
        switch l.datatype {
        case .string: return RDFLiteral(l.lexical, language: l.language)
        case .integer: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.integer)
        case .decimal: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.decimal)
        case .double: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.double)
        case .boolean: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.boolean)
        case .date: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.date)
        case .gYearMonth: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.gYearMonth)
        case .gYear: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.gYear)
        case .duration: return RDFLiteral(l.lexical, datatype: Vocabulary.XSD.duration)
        }
    }

    func emitStatement(_ s: Statement, _ strings: inout NIFStrings, _ out: inout QuadEmitter<some RDFQuadSink>) throws {
        let iri = statementIRI(s.id)
        let node = RDFTerm.iri(iri)
        let subject = nodeTerm(s.subject, phrase: RDFIRI(.statement, iri.local + "/subject"))
        let predicate = relation(s)
        let object: RDFTerm = s.object.map(argumentTerm) ?? .iri(Vocabulary.NG.none)
        if s.asserted { try out.emit(subject.term, predicate, object) }

        try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.NG.statement))
        if !s.asserted { try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.NG.claim)) }
        if rdf12 {
            try out.emit(node, Vocabulary.RDF.reifies, .triple(RDFTriple(subject.term, predicate, object)))
        } else {
            try out.emit(node, Vocabulary.RDF.type, .iri(Vocabulary.RDF.statement))
            try out.emit(node, Vocabulary.RDF.subject, subject.term)
            try out.emit(node, Vocabulary.RDF.predicate, .iri(predicate))
            try out.emit(node, Vocabulary.RDF.object, object)
        }
        try out.emit(node, Vocabulary.NG.asserted, Self.boolean(s.asserted))
        try out.emit(node, Vocabulary.NG.subjectText, .literal(RDFLiteral(s.subject.text)))
        try out.emit(node, Vocabulary.NG.predicateText, .literal(RDFLiteral(s.predicate.text)))
        if let o = s.object {
            try out.emit(node, Vocabulary.NG.objectText, .literal(RDFLiteral(o.text)))
            if let q = o.qualifier { try out.emit(node, Vocabulary.NG.objectQualifier, .literal(RDFLiteral(q))) }
            if case .statement(let inner) = o.value { try out.emit(node, Vocabulary.NG.claimContent, .iri(statementIRI(inner))) }
        }
        try out.emit(node, Vocabulary.NG.confidence, .literal(RDFLiteral(DecimalLexical.format(s.confidence), datatype: Vocabulary.XSD.decimal)))
        try out.emit(node, Vocabulary.NG.polarity, .iri(s.polarity == .negative ? Vocabulary.NG.negative : Vocabulary.NG.positive))
        if let modality = s.modality { try out.emit(node, Vocabulary.NG.modality, .literal(RDFLiteral(modality))) }
        try out.emit(node, Vocabulary.NG.passive, Self.boolean(s.passive))
        try out.emit(node, Vocabulary.NG.rule, .literal(RDFLiteral(s.rule)))
        try out.emit(node, Vocabulary.PROV.wasDerivedFrom, .iri(out.graph!))
        try out.emit(node, Vocabulary.PROV.wasGeneratedBy, .iri(runIRI))
        let evidence = stringIRI(strings.documentLocal, s.span)
        try out.emit(node, Vocabulary.NG.evidence, .iri(evidence))
        var speaker: (term: RDFTerm, isPhrase: Bool)? = nil
        if let a = s.attribution {
            let term = nodeTerm(a.speaker, phrase: RDFIRI(.statement, iri.local + "/speaker"))
            speaker = term
            try out.emit(node, Vocabulary.PROV.wasAttributedTo, term.term)
            try out.emit(node, Vocabulary.NG.speakerText, .literal(RDFLiteral(a.speaker.text)))
            try out.emit(node, Vocabulary.NG.cue, .literal(RDFLiteral(a.cue)))
            if let q = a.quotation { try out.emit(node, Vocabulary.NG.quotation, .literal(RDFLiteral(q))) }
        }
        let qualifierIRIs = s.qualifiers.indices.map { RDFIRI(.statement, iri.local + "/q/" + String($0)) }
        for q in qualifierIRIs { try out.emit(node, Vocabulary.NG.qualifier, .iri(q)) }

        // Side nodes: phrases, qualifiers, evidence and its sentence.
        if subject.isPhrase {
            try out.emit(subject.term, Vocabulary.RDF.type, .iri(Vocabulary.NG.phrase))
            try out.emit(subject.term, Vocabulary.RDFS.label, .literal(RDFLiteral(s.subject.text)))
        }
        if let speaker, speaker.isPhrase, let a = s.attribution {
            try out.emit(speaker.term, Vocabulary.RDF.type, .iri(Vocabulary.NG.phrase))
            try out.emit(speaker.term, Vocabulary.RDFS.label, .literal(RDFLiteral(a.speaker.text)))
        }
        for (q, qualifier) in zip(qualifierIRIs, s.qualifiers) {
            let qn = RDFTerm.iri(q)
            try out.emit(qn, Vocabulary.RDF.type, .iri(Vocabulary.NG.qualifierClass))
            try out.emit(qn, Vocabulary.NG.role, .literal(RDFLiteral(qualifier.role)))
            try out.emit(qn, Vocabulary.NG.value, argumentTerm(qualifier.argument))
            try out.emit(qn, Vocabulary.NG.valueText, .literal(RDFLiteral(qualifier.argument.text)))
            if let vq = qualifier.argument.qualifier { try out.emit(qn, Vocabulary.NG.valueQualifier, .literal(RDFLiteral(vq))) }
        }
        let sentence = stringIRI(strings.documentLocal, s.sentenceSpan)
        try emitString(s.span, evidence, anchor: evidenceText(s), &strings, &out)
        if strings.claim(s.span, NIFStrings.sentenceLink) {
            try out.emit(.iri(evidence), Vocabulary.NIF.sentence, .iri(sentence))
        }
        if strings.claim(s.sentenceSpan, NIFStrings.sentence) {
            try out.emit(.iri(sentence), Vocabulary.RDF.type, .iri(Vocabulary.NIF.sentenceClass))
        }
        try emitString(s.sentenceSpan, sentence, anchor: s.sentence, &strings, &out)
    }

    /// The evidence text, cut from the (short) sentence rather than the whole document.
    func evidenceText(_ s: Statement) -> String {
        if s.sentenceSpan.contains(s.span) {
            if s.span == s.sentenceSpan { return s.sentence }
            return s.sentence.scalarSlice(Span(begin: s.span.begin - s.sentenceSpan.begin, end: s.span.end - s.sentenceSpan.begin))
        }
        return documentByID[s.document]?.text.scalarSlice(s.span) ?? ""
    }
}
