/// A trained, averaged, pruned and quantized perceptron, ready for fast prediction.
///
/// Storage (also the on-disk layout, see `ModelArchive`): feature keys sorted ascending; for feature
/// `i`, its non-zero class weights are `classes[offsets[i]..<offsets[i+1]]` / `weights[...]`, Int16
/// with one model-wide `scale`. At load time a `PerceptronTable` (keys → weights) is built, so a
/// lookup is one multiply, one shift and usually one cache miss.
public struct PerceptronModel: Sendable {
    public let labels: [String]
    let keys: [UInt64]
    let offsets: [UInt32]
    let classes: [UInt16]
    let weights: [Int16]
    /// Real weight = Int16 weight × scale.
    public let scale: Float
    private let table: PerceptronTable

    public init(labels: [String], keys: [UInt64], offsets: [UInt32], classes: [UInt16], weights: [Int16],
                scale: Float) {
        self.labels = labels
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.weights = weights
        self.scale = scale
        table = PerceptronTable(labelCount: labels.count, keys: keys, offsets: offsets, classes: classes,
                                weights: weights)
    }

    public var labelCount: Int { labels.count }
    public var featureCount: Int { keys.count }
    public var weightCount: Int { weights.count }

    /// Quantized scores of every label (multiply by `scale` for real values); `scores` is resized
    /// and overwritten. Integer sums are exact, so predictions never depend on summation order.
    public func score(_ features: [UInt64], into scores: inout [Int32]) {
        features.withUnsafeBufferPointer { score($0, into: &scores) }
    }

    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Int32]) {
        let labelCount = labels.count
        if scores.count != labelCount {
            scores = [Int32](repeating: 0, count: labelCount)
        } else {
            for i in scores.indices { scores[i] = 0 }
        }
        scores.withUnsafeMutableBufferPointer { out in
            table.add(features, into: out.baseAddress.unsafelyUnwrapped)
        }
    }

    /// Adds the quantized scores of `features` to `scores` (already `labelCount` long): a caller
    /// that caches the sum of some features reuses it and adds the rest. Integer sums are exact,
    /// so the split never changes a score.
    public func add(_ features: [UInt64], to scores: inout [Int32]) {
        precondition(scores.count == labels.count, "scores must have one entry per label")
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { out in
                table.add(features, into: out.baseAddress.unsafelyUnwrapped)
            }
        }
    }

    /// Adds the quantized scores of `features[i]` alone to row `firstRow + i` of `scores` (rows of
    /// `labelCount` entries, not cleared): many one-feature score rows in one pass over the table,
    /// so the lookups' cache misses overlap. Same integer sums as one `add` per row.
    public func addEach(_ features: [UInt64], to scores: inout [Int32], firstRow: Int = 0) {
        precondition(firstRow >= 0 && (firstRow + features.count) * labels.count <= scores.count,
                     "scores must hold a row per feature")
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { out in
                table.addEach(features, into: out.baseAddress.unsafelyUnwrapped + firstRow * labels.count)
            }
        }
    }

    /// Real-valued scores (quantized scores × scale), e.g. for a CRF-style decoder.
    public func realScores(_ features: [UInt64]) -> [Float] {
        var scores: [Int32] = []
        score(features, into: &scores)
        return scores.map { Float($0) * scale }
    }

    /// Best label; ties go to the lowest label index.
    public func predict(_ features: [UInt64]) -> Int {
        var scores: [Int32] = []
        score(features, into: &scores)
        return Self.argmax(scores)
    }

    /// Index of the highest score, lowest index on ties.
    public static func argmax(_ scores: [Int32]) -> Int {
        var best = 0
        for i in 1..<scores.count where scores[i] > scores[best] { best = i }
        return best
    }
}

extension PerceptronModel {
    /// Stores this model in `archive` under sections named `<prefix>.labels`, `<prefix>.keys`, ...
    public func write(to archive: inout ModelArchive, prefix: String) {
        archive.set("\(prefix).labels", strings: labels)
        archive.set("\(prefix).keys", array: keys)
        // Compact layout when it fits (it does for every model we ship): a row length per
        // feature instead of a 4-byte offset, a byte per class index instead of two.
        let rowLengths = (0..<keys.count).map { Int(offsets[$0 + 1] - offsets[$0]) }
        if rowLengths.allSatisfy({ $0 <= Int(UInt8.max) }) {
            archive.set("\(prefix).rowLengths", array: rowLengths.map { UInt8($0) })
        } else {
            archive.set("\(prefix).offsets", array: offsets)
        }
        if labels.count <= Int(UInt8.max) + 1 {
            archive.set("\(prefix).classes8", array: classes.map { UInt8($0) })
        } else {
            archive.set("\(prefix).classes", array: classes)
        }
        archive.set("\(prefix).weights", array: weights)
        archive.set("\(prefix).scale", array: [scale.bitPattern])
    }

    /// Reads a model written by `write(to:prefix:)`, validating every array length and index.
    public init(from archive: ModelArchive, prefix: String) throws {
        let labels = try archive.strings("\(prefix).labels")
        let keys: [UInt64] = try archive.array("\(prefix).keys")
        let offsets: [UInt32]
        if archive.has("\(prefix).rowLengths") {
            let rowLengths: [UInt8] = try archive.array("\(prefix).rowLengths")
            var running: UInt32 = 0
            var built = [UInt32](repeating: 0, count: rowLengths.count + 1)
            for (i, length) in rowLengths.enumerated() {
                running += UInt32(length)
                built[i + 1] = running
            }
            offsets = built
        } else {
            offsets = try archive.array("\(prefix).offsets")
        }
        let classes: [UInt16] = archive.has("\(prefix).classes8")
            ? try (archive.array("\(prefix).classes8") as [UInt8]).map { UInt16($0) }
            : try archive.array("\(prefix).classes")
        let weights: [Int16] = try archive.array("\(prefix).weights")
        let scaleBits: [UInt32] = try archive.array("\(prefix).scale")
        guard !labels.isEmpty, labels.count <= PerceptronTable.maximumLabelCount, scaleBits.count == 1, offsets.count == keys.count + 1, offsets.first == 0,
              Int(offsets.last!) == classes.count, classes.count == weights.count
        else { throw archive.corrupt("perceptron '\(prefix)' has inconsistent array sizes") }
        for i in 0..<keys.count where offsets[i] > offsets[i + 1] || (i > 0 && keys[i - 1] >= keys[i]) {
            throw archive.corrupt("perceptron '\(prefix)' has unsorted features")
        }
        if let bad = classes.first(where: { Int($0) >= labels.count }) {
            throw archive.corrupt("perceptron '\(prefix)' refers to label \(bad) of \(labels.count)")
        }
        self.init(labels: labels, keys: keys, offsets: offsets, classes: classes, weights: weights,
                  scale: Float(bitPattern: scaleBits[0]))
    }
}

extension PerceptronModel {
    /// Whether a quantized weight survives pruning at `threshold` (in real units).
    @inline(__always)
    static func keeps(_ weight: Int16, scale: Float, threshold: Float) -> Bool {
        Float(abs(Int(weight))) * scale >= threshold
    }

    /// A copy without the weights whose real magnitude (Int16 × scale) is below `threshold` (and
    /// without the features left empty): trades a little accuracy for a smaller file.
    public func pruned(below threshold: Float) -> PerceptronModel {
        var newKeys: [UInt64] = [], newOffsets: [UInt32] = [0], newClasses: [UInt16] = [], newWeights: [Int16] = []
        for row in 0..<keys.count {
            let before = newWeights.count
            for k in Int(offsets[row])..<Int(offsets[row + 1]) where Self.keeps(weights[k], scale: scale, threshold: threshold) {
                newClasses.append(classes[k])
                newWeights.append(weights[k])
            }
            if newWeights.count > before {
                newKeys.append(keys[row])
                newOffsets.append(UInt32(newWeights.count))
            }
        }
        return PerceptronModel(labels: labels, keys: newKeys, offsets: newOffsets, classes: newClasses,
                               weights: newWeights, scale: scale)
    }
}
