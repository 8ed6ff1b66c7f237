import NLP

/// Noun phrases as arguments: the minimal core the graph uses as the argument's text, the full
/// phrase kept as evidence, and the title words in front of a name ("Interior Minister").
extension DependencyView {
    /// Relations that stay inside a minimal argument.
    private static let coreRelations: Set<String> = ["compound", "flat", "fixed", "goeswith", "nummod", "amod", "nmod:poss"]
    /// Relations never inside an argument phrase: other conjuncts, asides, side clauses.
    static let phraseBoundaries: Set<String> = ["conj", "cc", "appos", "parataxis", "punct", "discourse", "reparandum", "list", "dislocated", "vocative"]

    /// Dependents of a copular head that belong to its clause, not to the nominal.
    static let copularClauseRelations: Set<String> = [
        "nsubj", "csubj", "cop", "aux", "mark", "obl", "advcl", "ccomp", "xcomp", "expl", "dep", "advmod",
    ]

    /// The boundaries of a copular head's phrase: its clause's dependents too.
    static let copularPhraseBoundaries = phraseBoundaries.union(copularClauseRelations)

    /// `skipping`: a clause inside the phrase to leave out (the relative clause whose
    /// antecedent this phrase is, when the phrase stands in for the relative pronoun).
    func argument(_ h: Int, keepCase: Bool = false, skipping clause: Int? = nil) -> DraftArgument {
        var skip = keepCase ? Set<Int>() : Set(kids(h, ["case", "mark"]))
        if let clause { skip.insert(clause) }
        let excluded = hasKid(h, ["cop"]) ? Self.copularPhraseBoundaries : Self.phraseBoundaries
        var full = subtree(h, excluding: excluded, skip: skip)
        // Keep inner punctuation (quotes, hyphens) but never a phrase made of only punctuation.
        if full.isEmpty { full = [h] }
        return DraftArgument(head: h, core: core(h), full: full)
    }

    /// The minimal phrase: head plus name parts, compounds, numbers, adjectives and possessor,
    /// minus articles and the title words of a name (those become role statements).
    func core(_ h: Int) -> [Int] {
        var out: [Int] = []
        // A visited set only for a malformed (cyclic) parse; in a forest no token is met twice.
        var seen: Set<Int> = isForest ? [] : [h]
        var stack = [h]
        while let t = stack.popLast() {
            out.append(t)
            for c in children[t] where isForest || seen.insert(c).inserted {
                let rel = deprel(c), b = base(c)
                if Self.coreRelations.contains(rel) || Self.coreRelations.contains(b) && rel != "compound:prt" {
                    stack.append(c)
                } else if b == "det" && !Lexicon.articles.contains(lower(c)) && t != h {
                    stack.append(c)
                } else if b == "det" && t == h && (isPossessive(c) || ["this", "that", "these", "those", "no", "some", "all", "every", "each", "any", "both", "many"].contains(lower(c))) {
                    stack.append(c)
                } else if b == "case" && deprel(t) == "nmod:poss" && t != h {
                    stack.append(c)
                } else if b == "advmod" && upos(t) == "NUM" {
                    stack.append(c)
                } else if (rel == "obl:unmarked" || rel == "obl:npmod") && t != h && upos(t) == "ADJ" {
                    // "72-year-old": the measure noun of an adjective modifier (UD obl:unmarked, once obl:npmod).
                    stack.append(c)
                }
            }
        }
        if let title = titleParts(h) {
            let drop = Set(title.role + title.scope + title.honorific)
            let kept = out.filter { !drop.contains($0) }
            if !kept.isEmpty { out = kept }
        }
        return joiningHyphens(out).sorted()
    }

    struct TitleParts {
        /// "Chief Minister", "former Prime Minister".
        var role: [Int]
        /// Where the role applies: "Khyber Pakhtunkhwa", "Pakistan".
        var scope: [Int]
        /// "Mr", "Dr".
        var honorific: [Int]
    }

    /// The title words in front of a proper name, read off its left compound/amod dependents.
    func titleParts(_ h: Int) -> TitleParts? {
        guard upos(h) == "PROPN" || entityOf[h] != nil && upos(h) != "NOUN" else { return nil }
        var left: [Int] = []
        for c in children[h] where c < h && ["compound", "amod", "nmod", "flat"].contains(base(c)) && deprel(c) != "nmod:poss" {
            left += subtree(c, excluding: ["punct", "conj", "cc", "appos", "det", "nmod:poss"])
        }
        left = left.filter { $0 < h }.sorted()
        guard !left.isEmpty else { return nil }
        let honorific = left.filter { Lexicon.honorifics.contains(lower($0)) }
        let rest = left.filter { !Lexicon.honorifics.contains(lower($0)) }
        guard let last = rest.lastIndex(where: { Lexicon.titleNouns.contains(lower($0)) }) else {
            return honorific.isEmpty ? nil : TitleParts(role: [], scope: [], honorific: honorific)
        }
        // The role runs back from its last title noun over title words; what precedes is its scope.
        var start = last
        while start > 0 {
            let t = rest[start - 1]
            let w = lower(t)
            if Lexicon.titleNouns.contains(w) || Lexicon.titleQualifiers.contains(w) || upos(t) == "ADJ" { start -= 1 } else { break }
        }
        let before = Array(rest[..<start])
        let role = before.filter { Lexicon.titleQualifiers.contains(lower($0)) } + Array(rest[start...last])
        let scope = before.filter { !Lexicon.titleQualifiers.contains(lower($0)) && ["PROPN", "NOUN"].contains(upos($0)) }
        return TitleParts(role: role.sorted(), scope: scope, honorific: honorific)
    }

    /// The tokens of a proper name: the head and its flat parts ("Mohsin Naqvi").
    func nameTokens(_ h: Int) -> [Int] {
        var out = [h]
        for c in children[h] where base(c) == "flat" || (deprel(c) == "compound" && upos(c) == "PROPN" && c > h) {
            out += subtree(c, excluding: ["punct"])
        }
        return out.sorted()
    }
}
