/// Multiclass averaged perceptron being trained (Collins 2002; Honnibal's "perceptron tagger").
///
/// Weights are sparse per feature: a feature only stores the classes it was ever updated for, which
/// is what keeps a parser with hundreds of transition labels and millions of features in memory.
/// Averaging is lazy: each weight remembers when it last changed (`stamp`) and its running total is
/// brought up to date only when it changes again or when the model is averaged.
/// Training is deterministic: rows are numbered in first-update order, never by hash-table order.
public final class PerceptronTrainer {
    struct Entry {
        var label: Int32
        var weight: Float
        var total: Double
        var stamp: Int
    }

    public let labels: [String]
    private var rowOf: [UInt64: Int32] = [:]
    private var rowKeys: [UInt64] = []
    private var rows: [[Entry]] = []
    /// Number of training instances seen so far (the averaging clock).
    public private(set) var instances = 0

    public init(labels: [String]) {
        precondition(!labels.isEmpty && labels.count <= Int(UInt16.max), "1...65535 labels")
        self.labels = labels
    }

    public var labelCount: Int { labels.count }
    /// Number of distinct features that have non-empty weights.
    public var featureCount: Int { rows.count }

    /// Current (non-averaged) scores of every label; `scores` is resized and overwritten.
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        if scores.count != labels.count { scores = [Float](repeating: 0, count: labels.count) }
        for i in scores.indices { scores[i] = 0 }
        scores.withUnsafeMutableBufferPointer { out in
            for feature in features {
                guard let row = rowOf[feature] else { continue }
                rows[Int(row)].withUnsafeBufferPointer { entries in
                    for entry in entries { out[Int(entry.label)] += entry.weight }
                }
            }
        }
    }

    /// Best label under the current weights; ties go to the lowest label index.
    public func predict(_ features: [UInt64]) -> Int {
        var scores: [Float] = []
        score(features, into: &scores)
        return Self.argmax(scores)
    }

    /// Index of the highest score; ties broken by the lowest index, so results never depend on
    /// anything but the weights.
    public static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for i in 1..<scores.count where scores[i] > scores[best] { best = i }
        return best
    }

    /// One perceptron step: reward `truth`, penalize `guess` (no-op when they agree), then advance
    /// the averaging clock. Call once per training instance, right or wrong.
    public func update(truth: Int, guess: Int, features: [UInt64]) {
        instances += 1
        guard truth != guess else { return }
        for feature in features {
            let row = row(of: feature)
            bump(row: row, label: truth, by: 1)
            bump(row: row, label: guess, by: -1)
        }
    }

    /// Adds `delta` to `label`'s weight of each feature without advancing the averaging clock
    /// (structured updates: several per instance; call `advance()` once per instance).
    public func adjust(_ features: [UInt64], label: Int, by delta: Float) {
        for feature in features { bump(row: row(of: feature), label: label, by: delta) }
    }

    /// Advances the averaging clock by one instance.
    public func advance() { instances += 1 }

    /// The feature's row, added (empty) at first use.
    private func row(of feature: UInt64) -> Int {
        if let existing = rowOf[feature] { return Int(existing) }
        rowOf[feature] = Int32(rows.count)
        rowKeys.append(feature)
        rows.append([])
        return rows.count - 1
    }

    private func bump(row: Int, label: Int, by delta: Float) {
        let now = instances
        let index = rows[row].firstIndex { $0.label == Int32(label) }
        if let index {
            let entry = rows[row][index]
            rows[row][index].total = entry.total + Double(now - entry.stamp) * Double(entry.weight)
            rows[row][index].stamp = now
            rows[row][index].weight = entry.weight + delta
        } else {
            // A weight that did not exist was 0 until now: its total so far is 0.
            rows[row].append(Entry(label: Int32(label), weight: delta, total: 0, stamp: now))
        }
    }

    /// The averaged weights, quantized and pruned for shipping.
    /// - Parameter threshold: quantized weights whose real value (Int16 × scale) is smaller in
    ///   magnitude are dropped (they barely move any decision and dominate the file size). The
    ///   same rule as `PerceptronModel.pruned(below:)`, so pruning a shipped model afterwards gives
    ///   the same bytes as training with that threshold.
    public func averagedModel(pruneBelow threshold: Float = 0) -> PerceptronModel {
        Self.quantizedModel(labels: labels, averaged: averagedWeights(), pruneBelow: threshold)
    }

    /// One model from several trainers: the mean of their averaged weights. The mean of linear
    /// scorers is one linear scorer, so the ensemble costs no more per token than one member (its
    /// table holds the union of their features). The trainers must share the labels.
    public static func averagedModel(ensemble trainers: [PerceptronTrainer], pruneBelow threshold: Float = 0) -> PerceptronModel {
        precondition(!trainers.isEmpty && trainers.allSatisfy { $0.labels == trainers[0].labels }, "same labels")
        // One member is its own mean: the same model, without the dictionary of sums.
        if trainers.count == 1 { return trainers[0].averagedModel(pruneBelow: threshold) }
        var sums: [UInt64: [Double]] = [:]
        for trainer in trainers {
            for (key, entries) in trainer.averagedWeights() {
                var row = sums[key] ?? [Double](repeating: 0, count: trainers[0].labels.count)
                for (label, weight) in entries { row[Int(label)] += Double(weight) }
                sums[key] = row
            }
        }
        let count = Double(trainers.count)
        let averaged = sums.compactMap { key, row -> (key: UInt64, entries: [(label: UInt16, weight: Float)])? in
            let entries = row.indices.compactMap { label -> (label: UInt16, weight: Float)? in
                let mean = Float(row[label] / count)
                return mean != 0 ? (UInt16(label), mean) : nil
            }
            return entries.isEmpty ? nil : (key, entries)
        }
        return quantizedModel(labels: trainers[0].labels, averaged: averaged, pruneBelow: threshold)
    }

    /// Each feature's averaged weights (labels ascending, zeros left out), in row order.
    func averagedWeights() -> [(key: UInt64, entries: [(label: UInt16, weight: Float)])] {
        let clock = Double(max(instances, 1))
        var averaged: [(key: UInt64, entries: [(label: UInt16, weight: Float)])] = []
        averaged.reserveCapacity(rows.count)
        for (row, entries) in rows.enumerated() {
            var kept: [(label: UInt16, weight: Float)] = []
            for entry in entries {
                let total = entry.total + Double(instances - entry.stamp) * Double(entry.weight)
                let average = Float(total / clock)
                if average != 0 { kept.append((UInt16(entry.label), average)) }
            }
            if !kept.isEmpty {
                kept.sort { $0.label < $1.label }
                averaged.append((rowKeys[row], kept))
            }
        }
        return averaged
    }

    /// Averaged weights quantized to Int16 on one scale (the largest magnitude maps to Int16.max),
    /// sorted by feature key; weights that quantize to 0 or fall under `threshold` are dropped.
    static func quantizedModel(labels: [String], averaged: [(key: UInt64, entries: [(label: UInt16, weight: Float)])],
                               pruneBelow threshold: Float) -> PerceptronModel {
        var averaged = averaged
        var maxAbs: Float = 0
        for (_, entries) in averaged { for (_, weight) in entries { maxAbs = max(maxAbs, abs(weight)) } }
        averaged.sort { $0.key < $1.key }
        let scale = maxAbs > 0 ? maxAbs / Float(Int16.max) : 1
        var keys: [UInt64] = []
        var offsets: [UInt32] = [0]
        var classes: [UInt16] = []
        var weights: [Int16] = []
        for (key, entries) in averaged {
            var any = false
            for (label, weight) in entries {
                let quantized = Int16(clamping: Int((weight / scale).rounded()))
                if quantized != 0 && PerceptronModel.keeps(quantized, scale: scale, threshold: threshold) {
                    classes.append(label)
                    weights.append(quantized)
                    any = true
                }
            }
            if any {
                keys.append(key)
                offsets.append(UInt32(classes.count))
            }
        }
        return PerceptronModel(labels: labels, keys: keys, offsets: offsets, classes: classes,
                               weights: weights, scale: scale)
    }
}
