import Foundation
import NLP
import NewsgraphModel

/// Ranks statements by how likely they are right: a logistic model over parse-derived signals.
/// Weights are rule priors (log-odds) adjusted by evidence that tends to go with parse or
/// extraction errors: long arguments, long sentences, unknown words, borrowed subjects,
/// no object at all. The output is rounded so equal evidence gives byte-identical output.
struct ConfidenceModel {
    let view: DependencyView

    static func prior(clauseSource: String, type: String) -> Double {
        var z: Double
        switch clauseSource {
        case "nsubj": z = 1.4
        case "csubj": z = 0.4
        case "conj": z = 0.9
        case "relcl": z = 0.8
        case "acl": z = 0.3
        case "advcl": z = 0.2
        default: z = 0.5
        }
        switch type {
        case "SVO": z += 0.3
        case "SVC": z += 0.2
        case "SVA": z += 0.0
        default: z -= 0.4
        }
        return z
    }

    static func prior(nominal rule: String) -> Double {
        switch rule {
        case "title": return 1.2
        case "appos:kinship": return 1.2
        case "appos:role": return 1.0
        case "appos": return 0.6
        case "appos:common": return -0.4
        case "possessive": return -0.2
        case "according-to": return 1.0
        case "nmod:location": return 0.0
        case "nmod:of": return -0.6
        default: return 0.0
        }
    }

    func score(_ d: Draft) -> Double {
        var z = d.prior
        // Named-entity-backed arguments are more often well delimited.
        if let h = d.subject.head, view.entityOf[h] != nil { z += 0.4 }
        if let h = d.subject.head, view.upos(h) == "PRON" { z -= 0.1 }
        z -= 0.08 * Double(min(max(0, d.subject.full.count - 5), 12))
        if let o = d.object {
            if let h = o.head, view.entityOf[h] != nil { z += 0.2 }
            z -= 0.04 * Double(min(max(0, o.full.count - 8), 25))
        } else {
            z -= d.qualifiers.isEmpty ? 0.6 : 0.2
        }
        z -= 0.15 * Double(max(0, d.qualifiers.count - 2))
        z -= 0.1 * Double(max(0, d.predicateTokens.count - 4))
        let sentenceLength = view.document.sentences[d.sentence].tokens.count
        z -= 0.015 * Double(min(max(0, sentenceLength - 25), 60))
        // Unknown words: tokens the tagger could not place.
        var involved = d.subject.full + d.predicateTokens + (d.object?.full ?? [])
        for q in d.qualifiers { involved += q.argument.full }
        let unknown = involved.filter { view.upos($0) == "X" || view.tokens[$0].upos.isEmpty }.count
        z -= 0.3 * Double(min(unknown, 4))
        if !d.asserted { z -= 0.1 }
        let p = 1 / (1 + exp(-z))
        return (p * 10_000).rounded() / 10_000
    }
}
