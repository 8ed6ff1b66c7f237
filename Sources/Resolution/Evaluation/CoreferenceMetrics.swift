/// Precision, recall and F1 of one coreference metric.
public struct CoreferenceScore: Hashable, Sendable, CustomStringConvertible {
    public var precision: Double
    public var recall: Double
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }

    public var description: String {
        func pct(_ x: Double) -> String { String(Double(Int((x * 1000).rounded())) / 10) }
        return "P \(pct(precision)) R \(pct(recall)) F1 \(pct(f1))"
    }
}

/// The classic coreference metrics, with the conventions of the CoNLL-2012 reference scorer
/// (Pradhan et al. 2014): a mention missing from the other side counts as a singleton there (MUC)
/// or contributes nothing (B³). Clusters are lists of mention identifiers; singletons may be given.
public enum CoreferenceMetrics {
    /// MUC (Vilain et al. 1995): links. Recall = Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K,
    /// where p(K) is K partitioned by the response; precision swaps key and response.
    public static func muc<M: Hashable>(key: [[M]], response: [[M]]) -> CoreferenceScore {
        func linkScore(_ gold: [[M]], _ system: [[M]]) -> Double {
            var clusterOf: [M: Int] = [:]
            for (i, c) in system.enumerated() { for m in c { clusterOf[m] = i } }
            var numerator = 0, denominator = 0
            for k in gold where !k.isEmpty {
                let unique = Set(k)
                var parts = Set<Int>(), unassigned = 0
                for m in unique { if let c = clusterOf[m] { parts.insert(c) } else { unassigned += 1 } }
                numerator += unique.count - (parts.count + unassigned)
                denominator += unique.count - 1
            }
            return denominator == 0 ? 0 : Double(numerator) / Double(denominator)
        }
        return CoreferenceScore(precision: linkScore(response, key), recall: linkScore(key, response))
    }

    /// B³ (Bagga & Baldwin 1998): per mention. Recall = Σ_K Σ_R |K∩R|²/|K| / Σ|K|; precision swaps.
    public static func bCubed<M: Hashable>(key: [[M]], response: [[M]]) -> CoreferenceScore {
        func mentionScore(_ gold: [[M]], _ system: [[M]]) -> Double {
            var clusterOf: [M: Int] = [:]
            for (i, c) in system.enumerated() { for m in c { clusterOf[m] = i } }
            var total = 0.0, count = 0
            for k in gold where !k.isEmpty {
                let unique = Set(k)
                var overlap: [Int: Int] = [:]
                for m in unique { if let c = clusterOf[m] { overlap[c, default: 0] += 1 } }
                total += overlap.values.reduce(0.0) { $0 + Double($1 * $1) } / Double(unique.count)
                count += unique.count
            }
            return count == 0 ? 0 : total / Double(count)
        }
        return CoreferenceScore(precision: mentionScore(response, key), recall: mentionScore(key, response))
    }
}
