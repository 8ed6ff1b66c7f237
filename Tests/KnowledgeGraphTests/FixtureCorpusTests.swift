import NewsgraphModel
import Testing
@testable import KnowledgeGraph

/// Every reference in a fixture must resolve and every span must lie inside its text:
/// exporters are tested against these corpora, so a broken fixture would hide bugs.
func referenceProblems(_ corpus: Corpus) -> [String] {
    var problems: [String] = []
    let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
    let entityKeys = Set(corpus.entities.map(\.key))
    let statementIDs = Set(corpus.statements.map(\.id))
    if statementIDs.count != corpus.statements.count { problems.append("duplicate statement ids") }
    if entityKeys.count != corpus.entities.count { problems.append("duplicate entity keys") }
    func check(_ argument: Argument, in document: SourceDocument, _ what: String) {
        if let span = argument.span, span.end > document.text.unicodeScalars.count { problems.append("\(what) span outside text") }
        switch argument.value {
        case .entity(let key) where !entityKeys.contains(key): problems.append("\(what) → unknown entity \(key)")
        case .statement(let id) where !statementIDs.contains(id): problems.append("\(what) → unknown statement \(id)")
        default: break
        }
    }
    for s in corpus.statements {
        guard let d = documents[s.document] else { problems.append("statement \(s.id): unknown document"); continue }
        let count = d.text.unicodeScalars.count
        if s.sentenceSpan.end > count || s.span.end > count { problems.append("statement \(s.id): span outside text") }
        if d.text.scalarSlice(s.sentenceSpan) != s.sentence { problems.append("statement \(s.id): sentence text mismatch") }
        if !s.sentenceSpan.contains(s.span) { problems.append("statement \(s.id): evidence outside sentence") }
        check(s.subject, in: d, "subject of \(s.id)")
        if let o = s.object { check(o, in: d, "object of \(s.id)") }
        for q in s.qualifiers { check(q.argument, in: d, "qualifier of \(s.id)") }
        if let a = s.attribution { check(a.speaker, in: d, "speaker of \(s.id)") }
        if !s.asserted && s.attribution == nil { problems.append("claim \(s.id) without attribution") }
        if !(0...1).contains(s.confidence) { problems.append("confidence of \(s.id)") }
    }
    for e in corpus.entities {
        for m in e.mentions {
            guard let d = documents[m.document] else { problems.append("mention of \(e.key): unknown document"); continue }
            if d.text.scalarSlice(m.span) != m.text { problems.append("mention of \(e.key): text mismatch") }
        }
    }
    for c in corpus.contradictions where !statementIDs.contains(c.first) || !statementIDs.contains(c.second) {
        problems.append("contradiction \(c.first)/\(c.second): unknown statement")
    }
    return problems
}

@Suite struct FixtureCorpusTests {
    @Test func handBuiltIsConsistent() {
        #expect(referenceProblems(FixtureCorpus.handBuilt()) == [])
    }

    @Test func handBuiltCoversEveryFeature() throws {
        let corpus = FixtureCorpus.handBuilt()
        #expect(Set(corpus.entities.map(\.type)) == Set(EntityType.allCases))
        #expect(corpus.statements.contains { $0.polarity == .negative })
        #expect(corpus.statements.contains { $0.passive })
        #expect(corpus.statements.contains { $0.modality != nil })
        #expect(corpus.statements.contains { $0.attribution?.quotation != nil })
        let datatypes: Set<Literal.Datatype> = Set(corpus.statements.flatMap { s -> [Literal.Datatype] in
            ([s.object] + s.qualifiers.map(\.argument)).compactMap { arg -> Literal.Datatype? in
                if case .literal(let l)? = arg?.value { return l.datatype }
                return nil
            }
        })
        #expect(datatypes.isSuperset(of: [Literal.Datatype.integer, .decimal, .date, .gYearMonth]))
        // A claim nested in a claim: a non-asserted statement whose object is another statement.
        #expect(corpus.statements.contains { s in
            if !s.asserted, case .statement? = s.object?.value { return true }
            return false
        })
        #expect(corpus.contradictions.count >= 2)
        let allText = corpus.documents.map(\.text).joined()
        for scalar in FixtureCorpus.controlCharacters.unicodeScalars {
            #expect(allText.unicodeScalars.contains(scalar))
        }
        #expect(allText.contains("😀") && allText.contains("𝔘") && allText.contains("\u{202E}"))
    }

    @Test func randomIsDeterministicAndConsistent() {
        for seed in UInt64(0)..<60 {
            let corpus = FixtureCorpus.random(seed: seed, statements: Int(seed % 7) * 13)
            #expect(referenceProblems(corpus) == [], "seed \(seed)")
        }
        let a = FixtureCorpus.random(seed: 42, statements: 500), b = FixtureCorpus.random(seed: 42, statements: 500)
        #expect(a.statements == b.statements && a.entities == b.entities && a.documents == b.documents)
        #expect(a.statements.count >= 500)
        #expect(referenceProblems(a) == [])
    }

    @Test func splitMixMatchesReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (reference implementation by Vigna).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
