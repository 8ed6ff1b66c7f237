import NLP
import NewsgraphModel

/// Parsed document → statements, attributed and nested claims, and mentions.
///
/// Clauses give statements (ClauseExtractor), noun phrases give appositive, title and
/// possessive statements (NominalExtractor), and ClaimLinker decides which of them are only
/// claimed, by whom. A reporting clause's statements take each claimed statement as their
/// object; ids are computed inner-first because a claim's id includes its content's id.
public struct StatementExtractor: Sendable {
    /// Statements scored below this are dropped (0 keeps everything).
    public var minimumConfidence: Double

    public init(minimumConfidence: Double = 0) {
        self.minimumConfidence = minimumConfidence
    }

    public typealias Features = [String: [(name: String, value: Double)]]

    public func extract(document: SourceDocument, analysis: AnalyzedDocument) -> DocumentExtraction {
        run(document, analysis, explain: false).extraction
    }

    /// Also returns each statement's confidence features (by statement id), for refitting the
    /// confidence model and for explaining a score.
    public func explain(document: SourceDocument, analysis: AnalyzedDocument) -> (extraction: DocumentExtraction, features: Features) {
        run(document, analysis, explain: true)
    }

    private func run(_ document: SourceDocument, _ recognized: AnalyzedDocument, explain: Bool) -> (extraction: DocumentExtraction, features: Features) {
        let analysis = EntitySpanRefiner().refine(recognized)
        let sentences = analysis.sentences.map { Span(begin: $0.begin, end: $0.end) }
        guard !analysis.tokens.isEmpty, analysis.annotations.contains(.dependencies) || analysis.tokens.contains(where: { !$0.deprel.isEmpty }) else {
            return (DocumentExtraction(document: document, sentences: sentences), [:])
        }
        let view = DependencyView(analysis)
        let linker = ClaimLinker(view: view)
        let clauses = ClauseExtractor(view: view, reporters: Set(linker.reporters.keys), clauseHeads: linker.clauses.clauseHeads)
        let nominal = NominalExtractor(view: view)

        var drafts: [Draft] = []
        for sentence in analysis.sentences {
            for t in sentence.tokens where t < view.tokens.count {
                drafts += clauses.drafts(t)
                drafts += nominal.drafts(t)
            }
        }
        // "according to X": X is the speaker of the clause it modifies.
        for r in linker.reporters.keys.sorted() where linker.reporters[r]!.accordingTo {
            let cue = clauses.caseWords(r)
            var d = Draft(sentence: view.sentenceOf[r], subject: view.argument(r), predicateTokens: cue, lemma: "say",
                          rule: "according-to", anchor: r)
            d.reporter = r
            drafts.append(d)
        }
        attribute(&drafts, view: view, linker: linker, clauses: clauses)
        let expanded = expandReports(drafts, view: view, linker: linker)
        return finish(expanded.drafts, skipping: expanded.removed, document: document, sentences: sentences, view: view,
                      clauses: clauses, explain: explain)
    }

    // MARK: claims

    private func speaker(of r: Int, view: DependencyView, linker: ClaimLinker, clauses: ClauseExtractor) -> DraftArgument? {
        if linker.reporters[r]?.accordingTo == true { return view.argument(r) }
        return clauses.subjects(r)?.heads.first.map { view.argument($0) }
    }

    /// Marks every statement inside someone's claim as not asserted, attributed to the nearest reporter.
    private func attribute(_ drafts: inout [Draft], view: DependencyView, linker: ClaimLinker, clauses: ClauseExtractor) {
        for i in drafts.indices {
            let anchor = drafts[i].anchor
            guard let r = linker.owner(of: anchor), let speaker = speaker(of: r, view: view, linker: linker, clauses: clauses),
                  let reporter = linker.reporters[r] else { continue }
            var quotation: String?
            if let region = linker.quote(containing: anchor) {
                let inSentence = region.filter { view.sentenceOf[$0] == view.sentenceOf[anchor] }
                let trimmed = view.trimPunctuation(inSentence)
                if !trimmed.isEmpty { quotation = view.text(trimmed) }
            }
            drafts[i].asserted = false
            drafts[i].attribution = (speaker: speaker, cue: reporter.cue, quotation: quotation)
            if Lexicon.denialVerbs.contains(reporter.cue), linker.directReporter(of: anchor) == r {
                drafts[i].polarity = drafts[i].polarity == .positive ? .negative : .positive
            }
        }
    }

    /// Each reporting statement becomes one statement per claimed statement, whose object is it.
    /// Returns the drafts with the expansions appended and the indices of the replaced templates.
    private func expandReports(_ drafts: [Draft], view: DependencyView, linker: ClaimLinker) -> (drafts: [Draft], removed: Set<Int>) {
        var out = drafts
        var removed = Set<Int>()
        var claimsOf: [Int: [Int]] = [:]
        for (j, d) in drafts.enumerated() where d.rule.hasPrefix("clause") {
            if let r = linker.directReporter(of: d.anchor), d.anchor != r { claimsOf[r, default: []].append(j) }
        }
        let claimedHeads = linker.claimedBy.keys.sorted()
        var memo: [Int: [Int]] = [:]

        func claimedHead(reporter r: Int, sentence: Int, containing anchor: Int?) -> Int? {
            claimedHeads.first(where: {
                linker.claimedBy[$0] == r && view.sentenceOf[$0] == sentence && (anchor == nil || view.subtree($0).contains(anchor!))
            })
        }
        func clauseTokens(reporter r: Int, sentence: Int, containing anchor: Int?) -> [Int] {
            guard let c = claimedHead(reporter: r, sentence: sentence, containing: anchor) else { return [] }
            return view.subtree(c, skip: Set(view.kids(c, ["mark"]) + [r]))
        }
        /// The complementizer joins the reporting predicate as it reads: "claimed that".
        func complementizer(reporter r: Int, sentence: Int, containing anchor: Int?) -> [Int] {
            guard let c = claimedHead(reporter: r, sentence: sentence, containing: anchor), view.head(c) == r else { return [] }
            return view.kids(c, ["mark"]).filter { ["that", "whether", "if"].contains(view.lower($0)) }
        }

        // Nested claims expand inner-first: a claim inside a claim is itself a reporting template.
        func expansions(of i: Int, depth: Int = 0) -> [Int] {
            if let done = memo[i] { return done }
            guard let r = drafts[i].reporter, depth < 16 else { return [i] }
            removed.insert(i)
            let d = drafts[i]
            var made: [Int] = []
            let claims = (claimsOf[r] ?? []).flatMap { expansions(of: $0, depth: depth + 1) }
            if claims.isEmpty {
                // Nothing extractable inside: the claimed clause stays text (without its complementizer).
                let tokens = clauseTokens(reporter: r, sentence: d.sentence, containing: nil)
                if !tokens.isEmpty {
                    var copy = d
                    copy.predicateTokens = (copy.predicateTokens + complementizer(reporter: r, sentence: d.sentence, containing: nil)).sorted()
                    copy.object = DraftArgument(head: nil, core: tokens, full: tokens)
                    copy.reporter = nil
                    copy.rule += "+claim-text"
                    out.append(copy)
                    made.append(out.count - 1)
                }
            }
            for j in claims {
                let inner = out[j]
                let tokens = clauseTokens(reporter: r, sentence: inner.sentence, containing: inner.anchor)
                var copy = d
                copy.predicateTokens = (copy.predicateTokens + complementizer(reporter: r, sentence: inner.sentence, containing: inner.anchor)).sorted()
                copy.object = DraftArgument(head: nil, core: [], full: inner.sentence == d.sentence ? tokens : [], claim: j,
                                            textOverride: tokens.isEmpty ? nil : view.text(tokens))
                copy.reporter = nil
                copy.rule += "+claim"
                out.append(copy)
                made.append(out.count - 1)
            }
            memo[i] = made
            return made
        }
        for i in drafts.indices where drafts[i].reporter != nil { _ = expansions(of: i) }
        return (out, removed)
    }

    // MARK: statements

    private func finish(_ drafts: [Draft], skipping removed: Set<Int>, document: SourceDocument, sentences: [Span],
                        view: DependencyView, clauses: ClauseExtractor, explain: Bool) -> (extraction: DocumentExtraction, features: Features) {
        var collector = MentionCollector(view: view)
        for (i, d) in drafts.enumerated() where !removed.contains(i) {
            collector.register(d.subject)
            if let o = d.object { collector.register(o) }
            for q in d.qualifiers { collector.register(q.argument) }
            if let a = d.attribution { collector.register(a.speaker) }
        }
        collector.registerPossessives()
        collector.finish()
        // Read-only from here: a `let` is captured once, where the `var` was copied on every use.
        let mentions = collector
        let model = ConfidenceModel(view: view)
        // Indexed by draft and by sentence: arrays, where dictionaries hashed on every look-up.
        var memo = [Statement?](repeating: nil, count: drafts.count)
        // Every statement of a sentence carries its text: sliced once per sentence.
        var sentenceTexts = [String?](repeating: nil, count: sentences.count)
        func sentenceText(_ s: Int) -> String {
            if let text = sentenceTexts[s] { return text }
            let text = view.slice(sentences[s])
            sentenceTexts[s] = text
            return text
        }

        let quantities = QuantityNormalizer()
        let dates = DateNormalizer(articleDate: document.date)

        func argument(_ a: DraftArgument, literal tense: ClauseTense? = nil) -> Argument {
            let text = a.textOverride ?? view.text(a.core.isEmpty ? a.full : a.core)
            var arg = Argument(text: text, span: view.span(a.full.isEmpty ? a.core : a.full), mention: mentions.mentionIndex(of: a))
            if let h = a.head { arg.type = mentions.type(of: h) }
            // Dates and numbers become typed literals (the phrase stays the argument's text).
            if let tense, let h = a.head, a.claim == nil {
                let phrase = view.text(a.full.isEmpty ? a.core : a.full)
                if clauses.isTimeLike(h), let value = dates.normalize(phrase, tense: tense) {
                    arg.value = .literal(value.literal)
                    arg.type = .date
                    arg.qualifier = value.qualifier
                } else if view.upos(h) == "NUM" || view.hasKid(h, ["nummod"]), let value = quantities.normalize(phrase) {
                    arg.value = .literal(value.literal)
                    arg.type = value.kind == .date ? .date : .quantity
                    arg.qualifier = value.qualifier
                }
            }
            return arg
        }

        func tense(_ d: Draft) -> ClauseTense {
            if let m = d.modality, ["will", "would", "shall", "'ll", "wo"].contains(where: { m.hasPrefix($0) }) { return .future }
            if view.tense(d.anchor) == "Pres" || ["VBZ", "VBP"].contains(view.tokens[d.anchor].xpos) { return .present }
            return .past
        }

        func statement(_ i: Int, depth: Int = 0) -> Statement {
            if let s = memo[i] { return s }
            let d = drafts[i]
            let subject = argument(d.subject)
            var object: Argument?
            var evidence = d.subject.full + d.predicateTokens
            if let o = d.object {
                if let j = o.claim, depth < 16 {
                    let inner = statement(j, depth: depth + 1)
                    object = Argument(text: o.textOverride ?? inner.subject.text + " " + inner.predicate.text + (inner.object.map { " " + $0.text } ?? ""),
                                      span: view.span(o.full) ?? inner.span, value: .statement(id: inner.id))
                } else {
                    object = argument(o, literal: tense(d))
                }
                evidence += o.full
            }
            // The tense is the same for every qualifier: worked out once.
            let qualifierTense = d.qualifiers.isEmpty ? .past : tense(d)
            let qualifiers = d.qualifiers.map { Statement.Qualifier(role: $0.role, argument: argument($0.argument, literal: qualifierTense)) }
            for q in d.qualifiers { evidence += q.argument.full }
            let sentenceSpan = sentences[d.sentence]
            let inSentence = evidence.filter { view.sentenceOf[$0] == d.sentence }
            let span = view.span(inSentence.isEmpty ? [d.anchor] : inSentence) ?? sentenceSpan
            let predicateText = d.predicateText ?? view.words(d.predicateTokens)
            let attribution = d.attribution.map { Attribution(speaker: argument($0.speaker), cue: $0.cue, quotation: $0.quotation) }
            let s = Statement(document: document.id, sentenceIndex: d.sentence, sentence: sentenceText(d.sentence),
                              sentenceSpan: sentenceSpan, span: span, subject: subject,
                              predicate: Predicate(text: predicateText, lemma: d.lemma), object: object,
                              qualifiers: qualifiers, asserted: d.asserted, attribution: attribution, polarity: d.polarity,
                              modality: d.modality, passive: d.passive, confidence: model.score(d), rule: d.rule)
            memo[i] = s
            return s
        }

        var seen = Set<String>()
        var features: Features = [:]
        var statements: [Statement] = []
        for i in drafts.indices where !removed.contains(i) {
            let s = statement(i)
            guard s.confidence >= minimumConfidence, !s.subject.text.isEmpty, seen.insert(s.id).inserted else { continue }
            statements.append(s)
            if explain { features[s.id] = model.features(drafts[i]).map { (name: $0.0, value: $0.1) } }
        }
        statements.sort { ($0.sentenceIndex, $0.span.begin, $0.span.end, $0.id) < ($1.sentenceIndex, $1.span.begin, $1.span.end, $1.id) }
        return (DocumentExtraction(document: document, sentences: sentences, mentions: mentions.mentions, statements: statements), features)
    }
}
