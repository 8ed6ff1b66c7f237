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
/// (Pradhan et al. 2014): a mention missing from the other side (a twinless mention) counts as a
/// singleton there (MUC), or contributes nothing to the numerator while still counting in the
/// denominator (B³, CEAF-e). Clusters are lists of mention identifiers; singletons may be given.
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

    /// CEAF-e (Luo 2005), entity-based: the one-to-one alignment of key and response clusters that
    /// maximizes Σ φ4(K, R) = Σ 2|K∩R| / (|K| + |R|); recall divides that total by the number of key
    /// clusters, precision by the number of response clusters.
    ///
    /// Clusters sharing no mention have φ4 = 0, so the alignment is solved separately on each group
    /// of clusters connected by shared mentions (the same optimum, and small matrices).
    public static func ceafE<M: Hashable>(key: [[M]], response: [[M]]) -> CoreferenceScore {
        let keySets = key.map { Set($0) }.filter { !$0.isEmpty }
        let responseSets = response.map { Set($0) }.filter { !$0.isEmpty }
        guard !keySets.isEmpty, !responseSets.isEmpty else { return CoreferenceScore(precision: 0, recall: 0) }
        var keyOf: [M: Int] = [:]
        for (k, c) in keySets.enumerated() { for m in c { keyOf[m] = k } }
        // Union-find over clusters: key k is node k, response r is node keySets.count + r.
        var parent = Array(0..<(keySets.count + responseSets.count))
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            return r
        }
        for (r, c) in responseSets.enumerated() {
            for m in c { if let k = keyOf[m] { parent[find(keySets.count + r)] = find(k) } }
        }
        var groups: [Int: (keys: [Int], responses: [Int])] = [:]
        for k in keySets.indices { groups[find(k), default: ([], [])].keys.append(k) }
        for r in responseSets.indices { groups[find(keySets.count + r), default: ([], [])].responses.append(r) }
        var total = 0.0
        for root in groups.keys.sorted() {
            let (keys, responses) = groups[root]!
            guard !keys.isEmpty, !responses.isEmpty else { continue }
            let similarity = keys.map { k in
                responses.map { r in
                    2 * Double(keySets[k].intersection(responseSets[r]).count) / Double(keySets[k].count + responseSets[r].count)
                }
            }
            total += maximumAssignment(similarity)
        }
        return CoreferenceScore(precision: total / Double(responseSets.count), recall: total / Double(keySets.count))
    }

    /// The largest total weight of a one-to-one assignment of rows to columns (Kuhn–Munkres with
    /// potentials, O(n³) on the padded square matrix).
    static func maximumAssignment(_ weights: [[Double]]) -> Double {
        let rows = weights.count, columns = weights.first?.count ?? 0
        let n = max(rows, columns)
        guard n > 0 else { return 0 }
        func cost(_ i: Int, _ j: Int) -> Double { i <= rows && j <= columns ? -weights[i - 1][j - 1] : 0 }
        var u = [Double](repeating: 0, count: n + 1), v = u
        var owner = [Int](repeating: 0, count: n + 1), way = owner   // owner[j]: row assigned to column j
        for i in 1...n {
            owner[0] = i
            var j0 = 0
            var slack = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = owner[j0]
                var delta = Double.infinity, j1 = 0
                for j in 1...n where !used[j] {
                    let reduced = cost(i0, j) - u[i0] - v[j]
                    if reduced < slack[j] { slack[j] = reduced; way[j] = j0 }
                    if slack[j] < delta { delta = slack[j]; j1 = j }
                }
                for j in 0...n {
                    if used[j] { u[owner[j]] += delta; v[j] -= delta } else { slack[j] -= delta }
                }
                j0 = j1
            } while owner[j0] != 0
            repeat {
                let j1 = way[j0]
                owner[j0] = owner[j1]
                j0 = j1
            } while j0 != 0
        }
        var total = 0.0
        for j in 1...n where owner[j] >= 1 && owner[j] <= rows && j <= columns { total += weights[owner[j] - 1][j - 1] }
        return total
    }
}
