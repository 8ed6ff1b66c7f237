import NLP
import NewsgraphModel

/// Clauses to statements, in the spirit of ClausIE: every verbal or copular predicate head
/// yields one statement per (subject conjunct × object conjunct), with the predicate read off
/// its auxiliaries, negation, particle, controlled complements and an oblique's preposition.
struct ClauseExtractor {
    let view: DependencyView
    /// Predicate heads whose clausal complement is a claim: their object slot is left for it.
    let reporters: Set<Int>

    static let clausalRelations: Set<String> = ["root", "conj", "ccomp", "advcl", "acl", "parataxis", "csubj", "dep", "list"]
    static let subjectRelations: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"]
    /// Dependents of a copular head that belong to the clause, not to the predicate nominal.
    static let clauseRelations: Set<String> = [
        "nsubj", "csubj", "cop", "aux", "mark", "obl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct",
        "expl", "discourse", "vocative", "dislocated", "list", "reparandum",
    ]

    /// What a copular predicate nominal leaves out: its clause's dependents and phrase boundaries.
    static let copularObjectBoundaries = clauseRelations.union(DependencyView.phraseBoundaries)

    // MARK: clause heads and subjects

    /// `isClauseHead` of every token, worked out once: the claim linker and the clause walk ask about
    /// every token, and each asks again for conjuncts and subjects.
    let clauseHeads: [Bool]

    /// - Parameter clauseHeads: `clauseHeads` of another extractor over the same view, to share.
    init(view: DependencyView, reporters: Set<Int>, clauseHeads: [Bool]? = nil) {
        self.view = view
        self.reporters = reporters
        self.clauseHeads = clauseHeads ?? view.tokens.indices.map { Self.isClauseHead($0, in: view) }
    }

    func isClauseHead(_ p: Int) -> Bool { clauseHeads[p] }

    private static func isClauseHead(_ p: Int, in view: DependencyView) -> Bool {
        let b = view.base(p)
        guard Self.clausalRelations.contains(b) || view.head(p) < 0 else { return false }
        let u = view.upos(p)
        if b == "acl" && view.deprel(p) != "acl:relcl" && u != "VERB" { return false }
        if b == "conj" && u != "VERB" && !view.hasKid(p, ["cop"]) { return false }
        if u == "VERB" { return true }
        if view.hasKid(p, ["cop"]) { return true }
        if u == "AUX" { return true }
        return false
    }

    struct Subjects {
        var heads: [Int]
        /// How they were found: nsubj, conj, relcl, acl, advcl.
        var source: String
        var inherited: Bool
        /// The modifying clause to leave out of the subject phrase (relcl/acl antecedents).
        var skip: Int? = nil
    }

    func subjects(_ p: Int, depth: Int = 0) -> Subjects? {
        guard depth < 8 else { return nil }
        if let s = view.kids(p, Self.subjectRelations).first(where: { view.base($0) != "expl" }) {
            if view.isRelativePronoun(s), view.deprel(p) == "acl:relcl", view.head(p) >= 0 {
                return Subjects(heads: conjuncts(view.head(p)), source: "relcl", inherited: true, skip: p)
            }
            return Subjects(heads: conjuncts(s), source: view.base(s), inherited: false)
        }
        let h = view.head(p)
        guard h >= 0 else { return nil }
        switch view.deprel(p) {
        case "conj":
            guard isClauseHead(h) || view.upos(h) == "VERB", var inherited = subjects(h, depth: depth + 1) else { return nil }
            inherited.source = "conj"
            inherited.inherited = true
            return inherited
        case "acl:relcl":
            return Subjects(heads: conjuncts(h), source: "relcl", inherited: true, skip: p)
        case "acl":
            // Participles only ("supporters demanding", "protesters arrested"); an infinitive
            // ("an attempt to overcompensate") does not take the noun as its subject.
            let t = view.tokens[p]
            let participle = ["Part", "Ger"].contains(view.verbForm(p) ?? "") || ["VBG", "VBN"].contains(t.xpos)
                || (view.verbForm(p) == nil && t.xpos.isEmpty && view.kids(p, ["mark"]).isEmpty)
            guard view.isNominal(h), participle, view.kids(p, ["mark"]).isEmpty else { return nil }
            return Subjects(heads: [h], source: "acl", inherited: true, skip: p)
        case "advcl" where accusedObject(of: p) != nil:
            // "accused security forces of targeting protesters": the accused do the targeting.
            return Subjects(heads: conjuncts(accusedObject(of: p)!), source: "accused", inherited: true)
        case "advcl", "xcomp", "advcl:relcl":
            // Only non-finite adverbial clauses share the governing clause's subject.
            guard view.verbForm(p) != "Fin", view.tokens[p].xpos != "VBD", view.tokens[p].xpos != "VBZ",
                  view.tokens[p].xpos != "VBP", !view.hasKid(p, ["mark"]) || view.kids(p, ["mark"]).allSatisfy({ ["while", "after", "before", "by", "when", "since", "without", "in", "on", "upon"].contains(view.lower($0)) }),
                  var inherited = subjects(h, depth: depth + 1) else { return nil }
            inherited.source = "advcl"
            inherited.inherited = true
            return inherited
        default:
            return nil
        }
    }

    /// For an accusation's "of/for" clause, the accused (the accusing verb's object).
    func accusedObject(of p: Int) -> Int? {
        let h = view.head(p)
        guard h >= 0, Lexicon.accusationVerbs.contains(view.lemma(h)),
              view.kids(p, ["mark"]).contains(where: { ["of", "for"].contains(view.lower($0)) }) else { return nil }
        return view.kids(h, ["obj"]).first
    }

    /// A nominal and its coordinated nominals ("Gandapur and Bibi" → both).
    func conjuncts(_ h: Int) -> [Int] {
        [h] + view.kids(h, ["conj"]).filter { !isClauseHead($0) && view.upos($0) != "VERB" }
    }

    // MARK: predicate

    struct PredicateParts {
        var tokens: [Int]
        var lemma: String
        var modality: [String] = []
        var negative = false
        var passive = false
        var copularHead: Int?
        /// The clause head and the controlled complements folded into the predicate.
        var sources: [Int]
    }

    func predicate(_ p: Int) -> PredicateParts {
        let copulas = view.upos(p) == "VERB" ? [] : view.kids(p, ["cop"])
        var parts = PredicateParts(tokens: [], lemma: "", sources: [p])
        func absorbAuxiliaries(_ t: Int) {
            for a in view.kids(t, ["aux", "aux:pass", "cop"]) {
                parts.tokens.append(a)
                if Lexicon.modals.contains(view.lower(a)) || Lexicon.modals.contains(view.lemma(a)) {
                    parts.modality.append(view.lower(a))
                }
            }
            for n in view.children[t] where view.isNegation(n) {
                parts.tokens.append(n)
                parts.negative = true
            }
        }
        absorbAuxiliaries(p)
        if !copulas.isEmpty {
            parts.copularHead = p
            parts.lemma = "be"
        } else {
            parts.tokens.append(p)
            parts.lemma = verbLemma(p)
        }
        let t = view.tokens[p]
        parts.passive = view.hasKid(p, ["aux:pass", "nsubj:pass", "csubj:pass"])
            || (view.base(p) == "acl" && (t.xpos == "VBN" || (view.verbForm(p) == "Part" && view.tense(p) == "Past")) && !view.hasKid(p, ["nsubj"]))
        // Controlled complements fold in: "vowed not to leave" → leave, modality "vowed", negative.
        var current = p
        while parts.copularHead == nil, parts.sources.count < 8, view.kids(current, ["obj"]).isEmpty,
              let x = view.kids(current, ["xcomp"]).first(where: { view.isVerbOrAux($0) || view.hasKid($0, ["cop"]) }) {
            parts.modality.append(view.lower(current))
            for m in view.kids(x, ["mark"]) { parts.tokens.append(m) }
            absorbAuxiliaries(x)
            if view.hasKid(x, ["cop"]) {
                parts.copularHead = x
                parts.lemma = "be"
            } else {
                parts.tokens.append(x)
                parts.lemma = verbLemma(x)
            }
            if view.hasKid(x, ["aux:pass"]) { parts.passive = true }
            parts.sources.append(x)
            current = x
        }
        return parts
    }

    func verbLemma(_ v: Int) -> String {
        var words = [view.lemma(v)]
        for prt in view.kids(v, ["compound:prt"]) { words.append(view.lemma(prt)) }
        return words.joined(separator: " ")
    }

    /// The preposition of an oblique or nominal: "to", "according to", "because of".
    func caseWords(_ o: Int) -> [Int] {
        var out: [Int] = []
        for c in view.kids(o, ["case"]) {
            out.append(c)
            out += view.kids(c, ["fixed"])
        }
        return out.sorted()
    }

    func isTimeLike(_ o: Int) -> Bool {
        if ["obl:tmod", "obl:npmod", "nmod:tmod"].contains(view.deprel(o)) { return true }
        if let e = view.entityOf[o], ["time", "date"].contains(view.document.entities[e].label) { return true }
        return Lexicon.timeWords.contains(view.lemma(o)) || (view.upos(o) == "NUM" && view.tokens[o].form.count == 4)
    }

    func isAccordingTo(_ o: Int) -> Bool {
        view.kids(o, ["case"]).contains { view.lower($0) == "according" }
    }

    // MARK: drafts

    func drafts(_ p: Int) -> [Draft] {
        guard isClauseHead(p), let subjects = subjects(p) else { return [] }
        let sentence = view.sentenceOf[p]
        var pred = predicate(p)
        let isReporter = reporters.contains(p)
        let objectSource = pred.sources.last!
        var objectHeads: [Int] = []
        var qualifiers: [(role: String, argument: DraftArgument)] = []
        var absorbed: Int?
        var type = "SV"
        var relativeAntecedentSkip: Int?
        var objectArgument: ((Int) -> DraftArgument) = { view.argument($0) }

        if let c = pred.copularHead {
            type = "SVC"
            let preposition = caseWords(c)
            pred.tokens += preposition
            if !preposition.isEmpty { pred.lemma += " " + preposition.map { view.lemma($0) }.joined(separator: " ") }
            objectHeads = conjuncts(c)
            objectArgument = { o in
                if o == c {
                    let full = view.subtree(c, excluding: Self.copularObjectBoundaries,
                                            skip: Set(preposition + view.kids(c, ["case"])).union(view.children[c].filter { view.isNegation($0) }))
                    return DraftArgument(head: c, core: view.core(c), full: full.isEmpty ? [c] : full)
                }
                return view.argument(o)
            }
        } else {
            var objects = view.kids(objectSource, ["obj"])
            if isReporter {
                let accused = Lexicon.accusationVerbs.contains(view.lemma(p))
                for o in objects where !accused { qualifiers.append((role: "to", argument: view.argument(o))) }
                objects = []
            }
            if let o = objects.first {
                type = "SVO"
                objectHeads = conjuncts(o)
                if view.deprel(p) == "acl:relcl", view.isRelativePronoun(o), view.head(p) >= 0 {
                    objectHeads = conjuncts(view.head(p))
                    relativeAntecedentSkip = p
                }
            } else if !isReporter, let x = view.kids(objectSource, ["xcomp"]).first(where: { !view.isVerbOrAux($0) }) {
                type = "SVC"
                objectHeads = conjuncts(x)
            } else if !isReporter {
                let obliques = pred.sources.flatMap { view.kids($0, ["obl"]) }.sorted()
                if let o = obliques.first(where: { $0 > p && !caseWords($0).isEmpty && !isTimeLike($0) && !isAccordingTo($0) }) {
                    type = "SVA"
                    absorbed = o
                    let preposition = caseWords(o)
                    pred.tokens += preposition
                    pred.lemma += " " + preposition.map { view.lemma($0) }.joined(separator: " ")
                    objectHeads = conjuncts(o)
                }
            }
            for i in view.kids(objectSource, ["iobj"]) { qualifiers.append((role: "to", argument: view.argument(i))) }
            // Object control ("urged supporters to remain peaceful"): the complement stays an argument.
            if !view.kids(objectSource, ["obj"]).isEmpty {
                for x in view.kids(objectSource, ["xcomp"]) where view.isVerbOrAux(x) || view.hasKid(x, ["cop"]) {
                    let tokens = view.subtree(x, excluding: DependencyView.phraseBoundaries)
                    let role = view.kids(x, ["mark"]).map { view.lower($0) }.first ?? "xcomp"
                    let marks = Set(view.kids(x, ["mark"]))
                    qualifiers.append((role: role, argument: DraftArgument(head: x, core: tokens.filter { !marks.contains($0) }, full: tokens)))
                }
            }
        }
        for src in pred.sources {
            for o in view.kids(src, ["obl"]) where o != absorbed && !isAccordingTo(o) {
                let preposition = caseWords(o)
                let role = preposition.isEmpty ? (isTimeLike(o) ? "when" : "obl") : preposition.map { view.lower($0) }.joined(separator: " ")
                let full = view.subtree(o, excluding: DependencyView.phraseBoundaries)
                qualifiers.append((role: role, argument: DraftArgument(head: o, core: view.core(o), full: full.isEmpty ? [o] : full)))
            }
        }
        qualifiers.sort { ($0.argument.full.first ?? 0) < ($1.argument.full.first ?? 0) }

        var out: [Draft] = []
        let objects: [Int?] = objectHeads.isEmpty ? [nil] : objectHeads.map { Optional($0) }
        for s in subjects.heads {
            for o in objects {
                let object = o.map { relativeAntecedentSkip == nil ? objectArgument($0) : view.argument($0, skipping: relativeAntecedentSkip) }
                var d = Draft(sentence: sentence, subject: view.argument(s, skipping: subjects.skip), predicateTokens: pred.tokens.sorted(),
                              lemma: pred.lemma, object: object, qualifiers: qualifiers,
                              rule: "clause:\(subjects.source):\(type)", anchor: p)
                d.polarity = pred.negative ? .negative : .positive
                d.modality = pred.modality.isEmpty ? nil : pred.modality.joined(separator: " ")
                d.passive = pred.passive || subjects.source == "nsubj" && view.kids(p, ["nsubj:pass"]).contains(s)
                d.inheritedSubject = subjects.inherited
                if isReporter { d.reporter = p }
                out.append(d)
            }
        }
        return out
    }
}
