import NewsgraphModel

/// Builds a `DocumentExtraction` by hand, the way the extractor would: sentences split at ". ",
/// mentions located by their text (n-th occurrence starting at a word boundary), statements pointing at mention indices.
struct DocumentBuilder {
    let id: String
    let text: String
    let date: CalendarDate?
    private(set) var sentences: [Span] = []
    private(set) var mentions: [ExtractedMention] = []
    private(set) var statements: [Statement] = []
    private let scalars: [Unicode.Scalar]

    init(_ id: String, _ text: String, date: CalendarDate? = nil) {
        self.id = id
        self.text = text
        self.date = date
        scalars = Array(text.unicodeScalars)
        var begin = 0, i = 0
        while i < scalars.count {
            if scalars[i] == ".", i + 1 == scalars.count || scalars[i + 1] == " " {
                sentences.append(Span(begin: begin, end: i + 1))
                begin = i + 2
                i += 1
            }
            i += 1
        }
        if begin < scalars.count { sentences.append(Span(begin: begin, end: scalars.count)) }
    }

    func span(of needle: String, occurrence: Int = 0) -> Span {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + n.count <= scalars.count {
            let before = i == 0 ? " " : Character(scalars[i - 1])
            let after = i + n.count == scalars.count ? " " : Character(scalars[i + n.count])
            if Array(scalars[i..<(i + n.count)]) == n, !before.isLetter, !after.isLetter || n.count > 3 {
                if seen == occurrence { return Span(begin: i, end: i + n.count) }
                seen += 1
            }
            i += 1
        }
        fatalError("'\(needle)' #\(occurrence) not in \(id)")
    }

    func sentenceIndex(_ span: Span) -> Int { sentences.firstIndex { $0.contains(span) } ?? 0 }

    @discardableResult
    mutating func mention(_ mentionText: String, _ occurrence: Int = 0, type: EntityType = .person, named: Bool = true,
                          pronoun: Bool = false, head: String? = nil, modifiers: [String] = []) -> Int {
        let s = span(of: mentionText, occurrence: occurrence)
        mentions.append(ExtractedMention(sentenceIndex: sentenceIndex(s), span: s, text: mentionText, type: type,
                                         head: head ?? mentionText.split(separator: " ").last.map(String.init) ?? mentionText,
                                         modifiers: modifiers, isPronoun: pronoun, named: named))
        return mentions.count - 1
    }

    func argument(_ mention: Int) -> Argument {
        Argument(text: mentions[mention].text, span: mentions[mention].span, type: mentions[mention].type, mention: mention)
    }

    func argument(text: String, _ occurrence: Int = 0, value: ArgumentValue = .text, qualifier: String? = nil) -> Argument {
        Argument(text: text, span: span(of: text, occurrence: occurrence), value: value, qualifier: qualifier)
    }

    @discardableResult
    mutating func statement(_ subject: Argument, _ lemma: String, _ object: Argument? = nil, predicate: String? = nil,
                            qualifiers: [Statement.Qualifier] = [], passive: Bool = false, asserted: Bool = true,
                            attribution: Attribution? = nil) -> Statement {
        let spans = [subject.span, object?.span].compactMap { $0 }
        let whole = spans.dropFirst().reduce(spans.first ?? Span(begin: 0, end: 0)) { $0.union($1) }
        let si = sentenceIndex(whole)
        let s = Statement(document: id, sentenceIndex: si, sentence: text.scalarSlice(sentences[si]), sentenceSpan: sentences[si],
                          span: whole, subject: subject, predicate: Predicate(text: predicate ?? lemma, lemma: lemma), object: object,
                          qualifiers: qualifiers, asserted: asserted, attribution: attribution, passive: passive)
        statements.append(s)
        return s
    }

    var extraction: DocumentExtraction {
        DocumentExtraction(document: SourceDocument(id: id, source: id + ".txt", date: date, text: text), sentences: sentences,
                           mentions: mentions, statements: statements)
    }
    /// A document whose mentions are the given names, each at its next occurrence in `text`.
    static func named(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> DocumentExtraction {
        var d = DocumentBuilder(id, text)
        var seen: [String: Int] = [:]
        for (n, t) in names {
            d.mention(n, seen[n, default: 0], type: t)
            seen[n, default: 0] += 1
        }
        return d.extraction
    }
}

extension Corpus {
    func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
    func entity(key: String) -> Entity? { entities.first { $0.key == key } }
    func entities(mentioning text: String) -> [Entity] { entities.filter { $0.mentions.contains { $0.text == text } } }

}
