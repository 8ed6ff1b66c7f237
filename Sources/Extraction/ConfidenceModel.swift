import Foundation
import NLP
import NewsgraphModel

/// Ranks statements by how likely they are right: a small logistic model over parse-derived
/// signals: which rule produced the statement (clause type, where the subject came from),
/// named-entity-backed or pronoun arguments, argument and sentence lengths, unknown words,
/// missing object, claim or not. `weights` are log-odds, set from per-rule precision on CaRB
/// dev (`Tests/carb/rules.py`) and a coordinate search on dev F1 + AUC over the output of
/// `extract --format carb --with-features`; a plain logistic refit
/// (`Tests/carb/fit_confidence.py`) ranked worse in 2-fold cross-validation. Scores are
/// rounded so equal evidence gives byte-identical output.
struct ConfidenceModel {
    let view: DependencyView

    static let weights: [String: Double] = [
        "bias": 0.0,
        // Where the subject came from.
        "source=nsubj": 1.4, "source=csubj": 0.4, "source=conj": 1.3, "source=relcl": 0.8, "source=acl": 0.4,
        "source=advcl": -0.6, "source=accused": 0.6,
        // Clause type (ClausIE's): object, complement, adverbial (preposition folded in), intransitive.
        "type=SVO": 0.3, "type=SVC": -0.1, "type=SVA": 0.3, "type=SV": -0.5,
        // Statements from noun phrases.
        "rule=title": 0.4, "rule=appos:kinship": 1.2, "rule=appos:role": 1.4, "rule=appos": 0.2,
        "rule=appos:common": -0.8, "rule=possessive": -0.8, "rule=according-to": 1.0,
        "rule=nmod:location": -0.4,
        // Evidence.
        "subject.named": 0.4, "subject.pronoun": -0.1, "subject.extraTokens": -0.08,
        "object.named": 0.2, "object.extraTokens": -0.04, "object.none": -0.6, "object.noneNoQualifier": -1.2,
        "qualifiers.extra": -0.95, "predicate.extraTokens": -0.1, "sentence.extraTokens": -0.015,
        "unknownWords": -0.3, "claimed": -0.5, "claimSpeaker": 0.9, "negative": 0.0, "modal": 0.0, "passive": 0.8,
    ]

    static func weight(_ name: String) -> Double { weights[name] ?? 0 }

    /// The rule's indicator features ("source=nsubj", "type=SVO" or "rule=title").
    static func ruleFeatures(_ rule: String) -> [String] {
        // Rules are ASCII names built by the extractor ("clause:nsubj:SVO+ccomp"): split on bytes, the
        // same pieces as splitting Characters, which cost more than the weight lookups.
        if rule.utf8.allSatisfy({ $0 < 0x80 }) {
            let base = rule.utf8.split(separator: UInt8(ascii: "+")).first.map { Substring($0) } ?? Substring(rule)
            guard base.hasPrefix("clause:") else { return ["rule=\(base)"] }
            let parts = base.utf8.split(separator: UInt8(ascii: ":"))
            guard parts.count >= 3 else { return [] }
            return ["source=\(Substring(parts[1]))", "type=\(Substring(parts[2]))"]
        }
        let base = rule.split(separator: "+").first.map(String.init) ?? rule
        if base.hasPrefix("clause:") {
            let parts = base.split(separator: ":")
            guard parts.count >= 3 else { return [] }
            return ["source=\(parts[1])", "type=\(parts[2])"]
        }
        return ["rule=\(base)"]
    }

    static func prior(clauseSource: String, type: String) -> Double {
        weight("source=\(clauseSource)") + weight("type=\(type)")
    }

    static func prior(nominal rule: String) -> Double { weight("rule=\(rule)") }

    /// Named feature values of one statement (rule indicators included).
    func features(_ d: Draft) -> [(String, Double)] {
        var f: [(String, Double)] = [("bias", 1)]
        for r in Self.ruleFeatures(d.rule) { f.append((r, 1)) }
        if let h = d.subject.head, view.entityOf[h] != nil { f.append(("subject.named", 1)) }
        if let h = d.subject.head, view.upos(h) == "PRON" { f.append(("subject.pronoun", 1)) }
        f.append(("subject.extraTokens", Double(min(max(0, d.subject.full.count - 5), 12))))
        if let o = d.object {
            if let h = o.head, view.entityOf[h] != nil { f.append(("object.named", 1)) }
            f.append(("object.extraTokens", Double(min(max(0, o.full.count - 8), 25))))
            if o.claim != nil || o.textOverride != nil { f.append(("claimSpeaker", 1)) }
        } else {
            f.append(("object.none", 1))
            if d.qualifiers.isEmpty { f.append(("object.noneNoQualifier", 1)) }
        }
        f.append(("qualifiers.extra", Double(max(0, d.qualifiers.count - 2))))
        f.append(("predicate.extraTokens", Double(max(0, d.predicateTokens.count - 4))))
        let sentenceLength = view.document.sentences[d.sentence].tokens.count
        f.append(("sentence.extraTokens", Double(min(max(0, sentenceLength - 25), 60))))
        // Unknown words: tokens the tagger could not place.
        var involved = d.subject.full + d.predicateTokens + (d.object?.full ?? [])
        for q in d.qualifiers { involved += q.argument.full }
        let unknown = involved.filter { view.upos($0) == "X" || view.tokens[$0].upos.isEmpty }.count
        f.append(("unknownWords", Double(min(unknown, 4))))
        if !d.asserted { f.append(("claimed", 1)) }
        if d.polarity == .negative { f.append(("negative", 1)) }
        if d.modality != nil { f.append(("modal", 1)) }
        if d.passive { f.append(("passive", 1)) }
        return f.filter { $0.1 != 0 }
    }

    /// The same sum as over `features(d)`, term by term in the same order (so the same bits), without
    /// building the named list: scoring runs once per statement.
    func score(_ d: Draft) -> Double {
        let w = Self.fixed
        var z = 0.0
        z += w.bias
        for r in ruleWeights(d.rule) { z += r }
        if let h = d.subject.head, view.entityOf[h] != nil { z += w.subjectNamed }
        if let h = d.subject.head, view.upos(h) == "PRON" { z += w.subjectPronoun }
        z += w.subjectExtraTokens * Double(min(max(0, d.subject.full.count - 5), 12))
        if let o = d.object {
            if let h = o.head, view.entityOf[h] != nil { z += w.objectNamed }
            z += w.objectExtraTokens * Double(min(max(0, o.full.count - 8), 25))
            if o.claim != nil || o.textOverride != nil { z += w.claimSpeaker }
        } else {
            z += w.objectNone
            if d.qualifiers.isEmpty { z += w.objectNoneNoQualifier }
        }
        z += w.qualifiersExtra * Double(max(0, d.qualifiers.count - 2))
        z += w.predicateExtraTokens * Double(max(0, d.predicateTokens.count - 4))
        let sentenceLength = view.document.sentences[d.sentence].tokens.count
        z += w.sentenceExtraTokens * Double(min(max(0, sentenceLength - 25), 60))
        var unknown = 0
        func count(_ tokens: [Int]) { for t in tokens where view.unknownTag[t] { unknown += 1 } }
        count(d.subject.full)
        count(d.predicateTokens)
        count(d.object?.full ?? [])
        for q in d.qualifiers { count(q.argument.full) }
        z += w.unknownWords * Double(min(unknown, 4))
        if !d.asserted { z += w.claimed }
        if d.polarity == .negative { z += w.negative }
        if d.modality != nil { z += w.modal }
        if d.passive { z += w.passive }
        let p = 1 / (1 + exp(-z))
        return (p * 10_000).rounded() / 10_000
    }

    /// Weights of the rule's indicator features, in `ruleFeatures` order: looked up once per rule
    /// and document (a document has a handful of rules and many statements).
    private func ruleWeights(_ rule: String) -> [Double] {
        if let known = ruleCache.weights[rule] { return known }
        let weights = Self.ruleFeatures(rule).map { Self.weight($0) }
        ruleCache.weights[rule] = weights
        return weights
    }

    private final class RuleCache {
        var weights: [String: [Double]] = [:]
    }
    private let ruleCache = RuleCache()

    /// The weights of the features that do not depend on the rule, looked up once.
    private struct FixedWeights {
        let bias = ConfidenceModel.weight("bias"), subjectNamed = ConfidenceModel.weight("subject.named"), subjectPronoun = ConfidenceModel.weight("subject.pronoun")
        let subjectExtraTokens = ConfidenceModel.weight("subject.extraTokens"), objectNamed = ConfidenceModel.weight("object.named")
        let objectExtraTokens = ConfidenceModel.weight("object.extraTokens"), claimSpeaker = ConfidenceModel.weight("claimSpeaker")
        let objectNone = ConfidenceModel.weight("object.none"), objectNoneNoQualifier = ConfidenceModel.weight("object.noneNoQualifier")
        let qualifiersExtra = ConfidenceModel.weight("qualifiers.extra"), predicateExtraTokens = ConfidenceModel.weight("predicate.extraTokens")
        let sentenceExtraTokens = ConfidenceModel.weight("sentence.extraTokens"), unknownWords = ConfidenceModel.weight("unknownWords")
        let claimed = ConfidenceModel.weight("claimed"), negative = ConfidenceModel.weight("negative"), modal = ConfidenceModel.weight("modal"), passive = ConfidenceModel.weight("passive")
    }
    private static let fixed = FixedWeights()
}
