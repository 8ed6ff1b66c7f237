import NLP
import NewsgraphModel

/// Statements that noun phrases make without a verb: appositions ("Bushra Bibi, Khan's wife"),
/// titles in front of names ("Interior Minister Mohsin Naqvi") and possessives ("Khan's party").
struct NominalExtractor {
    let view: DependencyView

    func drafts(_ n: Int) -> [Draft] {
        var out: [Draft] = []
        out += appositions(n)
        if let title = title(n) { out.append(title) }
        if let possessive = possessive(n) { out.append(possessive) }
        out += nominalModifiers(n)
        return out
    }

    /// "Henry Wood Hall in Glasgow" → is in. Only with a named modifier, where the reading is
    /// reliable enough ("of" modifiers were measured too: 5% precision on CaRB dev, so not made).
    private func nominalModifiers(_ n: Int) -> [Draft] {
        guard view.isNoun(n), view.base(n) != "flat", view.base(n) != "compound" else { return [] }
        var out: [Draft] = []
        for m in view.kids(n, ["nmod"]) where view.deprel(m) != "nmod:poss" && view.upos(m) == "PROPN" {
            let preposition = view.kids(m, ["case"])
            guard preposition.count == 1 else { continue }
            let word = view.lower(preposition[0])
            let skip = Set(view.subtree(m))
            var whole = view.argument(n)
            whole.full = whole.full.filter { !skip.contains($0) }
            whole.core = whole.core.filter { !skip.contains($0) }
            if whole.full.isEmpty { whole.full = [n] }
            if whole.core.isEmpty { whole.core = [n] }
            let sentence = view.sentenceOf[n]
            switch word {
            case "in", "at", "near", "outside", "inside":
                out.append(Draft(sentence: sentence, subject: whole, predicateTokens: preposition, predicateText: "is \(view.tokens[preposition[0]].form)",
                                 lemma: "be \(word)", object: view.argument(m), rule: "nmod:location", anchor: n))
            default:
                continue
            }
        }
        return out
    }

    private func isDateOrNumber(_ t: Int) -> Bool {
        if view.upos(t) == "NUM" { return true }
        if let e = view.entityOf[t], ["time", "date"].contains(view.document.entities[e].label) { return true }
        return Lexicon.timeWords.contains(view.lemma(t))
    }

    private func appositions(_ n: Int) -> [Draft] {
        guard view.isNominal(n) || view.upos(n) == "ADJ" else { return [] }
        var out: [Draft] = []
        for a in view.kids(n, ["appos"]) where !isDateOrNumber(a) && !isDateOrNumber(n) {
            // The name is the subject whichever comes first ("the minister, Mohsin Naqvi").
            let (name, description) = view.upos(a) == "PROPN" && view.upos(n) != "PROPN" ? (a, n) : (n, a)
            let subject = view.argument(name)
            let sentence = view.sentenceOf[n]
            let noun = view.lemma(description)
            if let relation = Lexicon.kinship[noun], let possessor = view.kids(description, ["nmod:poss"]).first {
                out.append(Draft(sentence: sentence, subject: subject, predicateTokens: [description], predicateText: "is \(view.tokens[description].form) of",
                                 lemma: relation, object: view.argument(possessor), rule: "appos:kinship", anchor: n))
                continue
            }
            let isRole = Lexicon.titleNouns.contains(noun)
            let object = view.argument(description)
            let named = view.upos(name) == "PROPN" || view.entityOf[name] != nil
            let rule = isRole ? "appos:role" : named ? "appos" : "appos:common"
            out.append(Draft(sentence: sentence, subject: subject, predicateTokens: [], predicateText: "is",
                             lemma: isRole ? "role" : "be", object: object, rule: rule, anchor: n))
        }
        return out
    }

    private func title(_ h: Int) -> Draft? {
        // A title word is not a name holding a role: in "Chief Minister Ali Amin Gandapur" (UD's
        // nmod:desc) "Minister" heads "Chief", and the role belongs to Gandapur.
        guard !["flat", "compound", "goeswith", "fixed"].contains(view.base(h)),
              !Lexicon.titleNouns.contains(view.lower(h)),
              let parts = view.titleParts(h), !parts.role.isEmpty else { return nil }
        let name = view.nameTokens(h)
        let subject = DraftArgument(head: h, core: view.core(h), full: name)
        let roleHead = parts.role.last!
        let object = DraftArgument(head: roleHead, core: parts.role, full: parts.role)
        var draft = Draft(sentence: view.sentenceOf[h], subject: subject, predicateTokens: [], predicateText: "is",
                          lemma: "role", object: object, rule: "title", anchor: h)
        if !parts.scope.isEmpty {
            draft.qualifiers = [(role: "of", argument: DraftArgument(head: parts.scope.last!, core: parts.scope, full: parts.scope))]
        }
        return draft
    }

    private func possessive(_ n: Int) -> Draft? {
        guard view.isNoun(n),
              let p = view.kids(n, ["nmod:poss"]).first, view.isNoun(p) else { return nil }
        if view.base(n) == "appos", Lexicon.kinship[view.lemma(n)] != nil { return nil }
        let possessed = Set(view.subtree(p, excluding: []))
        var object = view.argument(n)
        object.core = object.core.filter { !possessed.contains($0) }
        object.full = object.full.filter { !possessed.contains($0) }
        if object.core.isEmpty { object.core = [n] }
        if object.full.isEmpty { object.full = [n] }
        let relation = Lexicon.kinship[view.lemma(n)]
        return Draft(sentence: view.sentenceOf[n], subject: view.argument(p), predicateTokens: [], predicateText: "has",
                     lemma: relation ?? "have", object: object, rule: "possessive", anchor: n)
    }
}
