import NewsgraphModel

/// Assembles a consistent Corpus sentence by sentence: document texts grow as sentences
/// are added, so every span (sentence, statement, argument, mention) is computed from the
/// real text in Unicode scalars and can never point outside it.
struct FixtureBuilder {
    struct SentenceRef {
        var document: String
        var index: Int
        var span: Span
        var text: String
        var scalars: [Unicode.Scalar]
    }

    private var documentOrder: [String] = []
    private var documentMeta: [String: SourceDocument] = [:]
    private var documentText: [String: [Unicode.Scalar]] = [:]
    private var sentenceCount: [String: Int] = [:]
    private var entityOrder: [String] = []
    private var entityByKey: [String: Entity] = [:]
    private(set) var statements: [Statement] = []
    private var contradictions: [Contradiction] = []
    var run = ExtractionRun()

    mutating func addDocument(id: String, source: String, title: String? = nil, date: CalendarDate? = nil,
                              url: String? = nil, preamble: String = "") {
        documentOrder.append(id)
        documentMeta[id] = SourceDocument(id: id, source: source, title: title, date: date, url: url, text: "")
        documentText[id] = Array(preamble.unicodeScalars)
        sentenceCount[id] = 0
    }

    /// Appends a sentence (followed by one space) to a document and returns where it is.
    mutating func sentence(_ text: String, in document: String) -> SentenceRef {
        // Appended in place: copying the document's scalars per sentence would be quadratic.
        let begin = documentText[document]!.count
        let own = Array(text.unicodeScalars)
        documentText[document]!.append(contentsOf: own)
        let span = Span(begin: begin, end: begin + own.count)
        documentText[document]!.append(" ")
        let index = sentenceCount[document]!
        sentenceCount[document] = index + 1
        return SentenceRef(document: document, index: index, span: span, text: text, scalars: own)
    }

    /// Document offsets of the `occurrence`-th occurrence of `needle` in the sentence.
    func span(of needle: String, in sentence: SentenceRef, occurrence: Int = 0) -> Span {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        if !n.isEmpty, sentence.scalars.count >= n.count {
            for start in 0...(sentence.scalars.count - n.count) where sentence.scalars[start..<start + n.count].elementsEqual(n) {
                if seen == occurrence {
                    return Span(begin: sentence.span.begin + start, end: sentence.span.begin + start + n.count)
                }
                seen += 1
            }
        }
        preconditionFailure("fixture: '\(needle)' not in sentence '\(sentence.text)'")
    }

    func argument(_ needle: String, in sentence: SentenceRef, value: ArgumentValue = .text, type: EntityType? = nil,
                  qualifier: String? = nil, occurrence: Int = 0) -> Argument {
        Argument(text: needle, span: span(of: needle, in: sentence, occurrence: occurrence), value: value,
                 type: type, qualifier: qualifier)
    }

    mutating func addEntity(_ entity: Entity) {
        entityOrder.append(entity.key)
        entityByKey[entity.key] = entity
    }

    /// Records a mention of an entity at the given text of a sentence.
    mutating func mention(_ key: String, _ needle: String, in sentence: SentenceRef, occurrence: Int = 0) {
        let mention = Mention(document: sentence.document, sentenceIndex: sentence.index,
                              span: span(of: needle, in: sentence, occurrence: occurrence), text: needle)
        entityByKey[key]!.mentions.append(mention)
    }

    /// Adds a statement whose evidence span runs from its first to its last argument or predicate.
    @discardableResult
    mutating func statement(in sentence: SentenceRef, subject: Argument, predicate: Predicate, predicateAt: String? = nil,
                            object: Argument? = nil, qualifiers: [Statement.Qualifier] = [], asserted: Bool = true,
                            attribution: Attribution? = nil, polarity: Polarity = .positive, modality: String? = nil,
                            passive: Bool = false, confidence: Double = 0.9, rule: String = "fixture") -> String {
        var spans = [subject.span, object?.span].compactMap { $0 } + qualifiers.compactMap(\.argument.span)
        spans.append(span(of: predicateAt ?? predicate.text, in: sentence))
        let evidence = spans.dropFirst().reduce(spans[0]) { $0.union($1) }
        let statement = Statement(document: sentence.document, sentenceIndex: sentence.index, sentence: sentence.text,
                                  sentenceSpan: sentence.span, span: evidence, subject: subject, predicate: predicate,
                                  object: object, qualifiers: qualifiers, asserted: asserted, attribution: attribution,
                                  polarity: polarity, modality: modality, passive: passive, confidence: confidence,
                                  rule: rule)
        statements.append(statement)
        return statement.id
    }

    /// Adds a statement built elsewhere (random corpora compute their own spans).
    mutating func append(_ statement: Statement) { statements.append(statement) }

    mutating func contradiction(_ first: String, _ second: String, reason: String) {
        contradictions.append(Contradiction(first: first, second: second, reason: reason))
    }

    func build() -> Corpus {
        var documents: [SourceDocument] = []
        for id in documentOrder {
            var document = documentMeta[id]!
            var scalars = documentText[id]!
            if scalars.last == " " { scalars.removeLast() }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            document.text = text
            documents.append(document)
        }
        var entities = entityOrder.map { entityByKey[$0]! }
        for i in entities.indices { entities[i].mentions.sort() }
        var corpus = Corpus(documents: documents, entities: entities, statements: statements,
                            contradictions: contradictions, run: run)
        corpus.canonicalize()
        return corpus
    }
}
