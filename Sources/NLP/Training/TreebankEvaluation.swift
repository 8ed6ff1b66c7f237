import Foundation

/// Gold-token scores in the CoNLL 2018 sense (every word counts, punctuation included): UPOS,
/// XPOS, UFeats, AllTags, Lemmas, UAS, LAS, as percentages.
public struct TreebankEvaluation: Sendable, CustomStringConvertible {
    public var words = 0
    public var upos = 0, xpos = 0, feats = 0, allTags = 0, lemmas = 0
    public var unlabeled = 0, labeled = 0, labeledUniversal = 0
    public var evaluatedParse = false

    public init() {}

    static func percent(_ count: Int, _ total: Int) -> Double { total == 0 ? 0 : 100 * Double(count) / Double(total) }
    public var uposAccuracy: Double { Self.percent(upos, words) }
    public var xposAccuracy: Double { Self.percent(xpos, words) }
    public var featsAccuracy: Double { Self.percent(feats, words) }
    public var allTagsAccuracy: Double { Self.percent(allTags, words) }
    public var lemmaAccuracy: Double { Self.percent(lemmas, words) }
    public var uas: Double { Self.percent(unlabeled, words) }
    /// LAS on full labels, subtypes included ("obl:tmod" ≠ "obl").
    public var las: Double { Self.percent(labeled, words) }
    /// LAS as the CoNLL 2018 scorer computes it: universal relation only ("obl:tmod" = "obl").
    public var conllLAS: Double { Self.percent(labeledUniversal, words) }

    /// UD's FEATS comparison ignores order; the treebanks are sorted already, "_" means none.
    static func normalizedFeats(_ feats: String) -> String { feats == "_" ? "" : feats }

    public mutating func addTags(gold: TreebankSentence, upos: [String], xpos: [String], feats: [String], lemmas: [String]) {
        for i in 0..<gold.count {
            words += 1
            let u = upos[i] == gold.upos[i], x = xpos[i] == gold.xpos[i]
            let f = Self.normalizedFeats(feats[i]) == Self.normalizedFeats(gold.feats[i])
            if u { self.upos += 1 }
            if x { self.xpos += 1 }
            if f { self.feats += 1 }
            if u && x && f { allTags += 1 }
            if lemmas[i] == gold.lemmas[i] { self.lemmas += 1 }
        }
    }

    /// Adds a parse; counts words only when no tags were added for this sentence (`countWords`).
    public mutating func addParse(gold: TreebankSentence, heads: [Int], labels: [String], countWords: Bool) {
        evaluatedParse = true
        for i in 0..<gold.count {
            if countWords { words += 1 }
            guard heads[i] == gold.heads[i] else { continue }
            unlabeled += 1
            if labels[i] == gold.deprels[i] { labeled += 1 }
            if labels[i].split(separator: ":").first == gold.deprels[i].split(separator: ":").first {
                labeledUniversal += 1
            }
        }
    }

    public var description: String {
        var parts: [String] = []
        if upos + xpos + feats + lemmas > 0 {
            parts.append(String(format: "UPOS %.2f  XPOS %.2f  UFeats %.2f  AllTags %.2f  Lemma %.2f",
                                uposAccuracy, xposAccuracy, featsAccuracy, allTagsAccuracy, lemmaAccuracy))
        }
        if evaluatedParse { parts.append(String(format: "UAS %.2f  LAS %.2f (CoNLL18 LAS %.2f)", uas, las, conllLAS)) }
        return parts.joined(separator: "  ")
    }
}
