/// A trained, averaged, pruned and quantized perceptron, ready for fast prediction.
///
/// Storage (also the on-disk layout, see `ModelArchive`): feature keys sorted ascending; for feature
/// `i`, its non-zero class weights are `classes[offsets[i]..<offsets[i+1]]` / `weights[...]`, Int16
/// with one model-wide `scale`. At load time an open-addressing table (keys → row) is built, so a
/// lookup is one multiply, one shift and usually one probe.
public struct PerceptronModel: Sendable {
    public let labels: [String]
    let keys: [UInt64]
    let offsets: [UInt32]
    let classes: [UInt16]
    let weights: [Int16]
    /// Real weight = Int16 weight × scale.
    public let scale: Float
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    private let shift: UInt64

    public init(labels: [String], keys: [UInt64], offsets: [UInt32], classes: [UInt16], weights: [Int16],
                scale: Float) {
        self.labels = labels
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.weights = weights
        self.scale = scale
        // Capacity: power of two at least twice the feature count (load factor ≤ 0.5).
        var bits: UInt64 = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        let shift = 64 - bits
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slotRows[slot] >= 0 { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotRows[slot] = Int32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.shift = shift
    }

    public var labelCount: Int { labels.count }
    public var featureCount: Int { keys.count }
    public var weightCount: Int { weights.count }

    /// Row of a feature, or nil when the model has no weight for it.
    @inline(__always)
    func row(of key: UInt64) -> Int? {
        slotRows.withUnsafeBufferPointer { rows in
            slotKeys.withUnsafeBufferPointer { slotKeys in
                let mask = rows.count - 1
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let row = rows[slot]
                    if row < 0 { return nil }
                    if slotKeys[slot] == key { return Int(row) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Quantized scores of every label (multiply by `scale` for real values); `scores` is resized
    /// and overwritten. Integer sums are exact, so predictions never depend on summation order.
    public func score(_ features: [UInt64], into scores: inout [Int32]) {
        features.withUnsafeBufferPointer { score($0, into: &scores) }
    }

    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Int32]) {
        if scores.count != labels.count {
            scores = [Int32](repeating: 0, count: labels.count)
        } else {
            for i in scores.indices { scores[i] = 0 }
        }
        scores.withUnsafeMutableBufferPointer { out in
            offsets.withUnsafeBufferPointer { offsets in
                classes.withUnsafeBufferPointer { classes in
                    weights.withUnsafeBufferPointer { weights in
                        for feature in features {
                            guard let row = row(of: feature) else { continue }
                            for k in Int(offsets[row])..<Int(offsets[row + 1]) {
                                out[Int(classes[k])] &+= Int32(weights[k])
                            }
                        }
                    }
                }
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
        archive.set("\(prefix).offsets", array: offsets)
        archive.set("\(prefix).classes", array: classes)
        archive.set("\(prefix).weights", array: weights)
        archive.set("\(prefix).scale", array: [scale.bitPattern])
    }

    /// Reads a model written by `write(to:prefix:)`, validating every array length and index.
    public init(from archive: ModelArchive, prefix: String) throws {
        let labels = try archive.strings("\(prefix).labels")
        let keys: [UInt64] = try archive.array("\(prefix).keys")
        let offsets: [UInt32] = try archive.array("\(prefix).offsets")
        let classes: [UInt16] = try archive.array("\(prefix).classes")
        let weights: [Int16] = try archive.array("\(prefix).weights")
        let scaleBits: [UInt32] = try archive.array("\(prefix).scale")
        guard !labels.isEmpty, scaleBits.count == 1, offsets.count == keys.count + 1, offsets.first == 0,
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
