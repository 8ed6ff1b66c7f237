import Foundation
import Testing
@testable import NLP

/// A random model whose rows cover every storage kind of `PerceptronTable`: one weight (inline in
/// the slot), two up to a quarter of the classes (packed), and more (dense), with extreme weights
/// and classes at both ends.
private func randomModel(labels labelCount: Int, features: Int, seed: UInt64) -> PerceptronModel {
    var rng = SplitMix64(seed: seed)
    var keySet = Set<UInt64>()
    while keySet.count < features { keySet.insert(rng.next()) }
    var offsets: [UInt32] = [0], classes: [UInt16] = [], weights: [Int16] = []
    let keys = keySet.sorted()
    for _ in keys {
        let length: Int
        switch rng.next() % 4 {
        case 0: length = 1
        case 1: length = 2
        case 2: length = 3 + Int(rng.next() % UInt64(max(1, labelCount / 4)))
        default: length = Int(rng.next() % UInt64(labelCount)) + 1
        }
        var rowClasses = Set<Int>()
        while rowClasses.count < min(length, labelCount) { rowClasses.insert(Int(rng.next() % UInt64(labelCount))) }
        for c in rowClasses.sorted() {
            classes.append(UInt16(c))
            let extreme: [Int16] = [.min, .max, -1, 1]
            weights.append(rng.next() % 8 == 0 ? extreme[Int(rng.next() % 4)] : Int16(truncatingIfNeeded: rng.next()))
        }
        offsets.append(UInt32(classes.count))
    }
    return PerceptronModel(labels: (0..<labelCount).map { "L\($0)" }, keys: keys, offsets: offsets,
                           classes: classes, weights: weights, scale: 0.01)
}

/// Scores straight from the stored rows: what the table must reproduce exactly.
private func referenceScores(_ model: PerceptronModel, _ features: [UInt64]) -> [Int32] {
    var rows: [UInt64: Int] = [:]
    for (row, key) in model.keys.enumerated() { rows[key] = row }
    var scores = [Int32](repeating: 0, count: model.labelCount)
    for feature in features {
        guard let row = rows[feature] else { continue }
        for k in Int(model.offsets[row])..<Int(model.offsets[row + 1]) {
            scores[Int(model.classes[k])] &+= Int32(model.weights[k])
        }
    }
    return scores
}

@Test(arguments: [1, 2, 5, 21, 219, 481])
func tableScoresEqualTheStoredRows(labels: Int) {
    let model = randomModel(labels: labels, features: 3_000, seed: UInt64(labels))
    var rng = SplitMix64(seed: 99)
    var scores: [Int32] = []
    for length in [0, 1, 2, 7, 95, 300] {
        // Known features (some repeated: each occurrence counts) and unknown ones, mixed.
        let features = (0..<length).map { _ in
            rng.next() % 3 == 0 ? rng.next() : model.keys[Int(rng.next() % UInt64(model.keys.count))]
        }
        model.score(features, into: &scores)
        #expect(scores == referenceScores(model, features), "\(labels) labels, \(length) features")
    }
}

/// `addEach` adds each feature's row to its own score row: the same sums as scoring it alone.
@Test(arguments: [2, 21, 219])
func addEachScoresEveryFeatureAlone(labels: Int) {
    let model = randomModel(labels: labels, features: 2_000, seed: 7 &* UInt64(labels))
    var rng = SplitMix64(seed: 5)
    let features = (0..<40).map { _ in
        rng.next() % 4 == 0 ? rng.next() : model.keys[Int(rng.next() % UInt64(model.keys.count))]
    }
    var rows = [Int32](repeating: 1, count: (features.count + 2) * labels)
    model.addEach(features, to: &rows, firstRow: 2)
    #expect(rows[0..<(2 * labels)].allSatisfy { $0 == 1 }, "rows before firstRow are left alone")
    for (i, feature) in features.enumerated() {
        let row = Array(rows[((i + 2) * labels)..<((i + 3) * labels)])
        #expect(row == referenceScores(model, [feature]).map { $0 + 1 }, "feature \(i), \(labels) labels")
    }
}

@Test func tableHandlesAnEmptyModelAndRowlessFeatures() {
    let empty = PerceptronModel(labels: ["A", "B"], keys: [], offsets: [0], classes: [], weights: [], scale: 1)
    var scores: [Int32] = [7]
    empty.score([1, 2, 3], into: &scores)
    #expect(scores == [0, 0])
    // A key without weights (possible in a hand-made file) scores nothing.
    let rowless = PerceptronModel(labels: ["A", "B"], keys: [5, 9], offsets: [0, 0, 1], classes: [1], weights: [-3],
                                  scale: 1)
    rowless.score([5, 9, 9], into: &scores)
    #expect(scores == [0, -6])
}

@Test func benchmarkRunsEveryComponentAndMatchesThePipeline() throws {
    let texts = ["Imran Khan met Mohsin Naqvi in Islamabad on Tuesday. Police arrested 200 protesters.",
                 "The PTI said it would appeal. Gandapur fled, Naqvi claimed."]
    let benchmark = try NLPBenchmark()
    #expect(benchmark.loads.map(\.name) == ["tokenizer", "tagger+lemmatizer", "parser", "ner"])
    let result = benchmark.run(texts: texts, repeats: 2)
    #expect(result.stages.map(\.name) == ["tokenizer", "tagger", "parser", "ner"])
    #expect(result.stages.allSatisfy { $0.cpuSeconds >= 0 && $0.wallSeconds >= 0 })
    #expect(result.passes.count == 2 && result.passes.allSatisfy { $0.count == 4 })
    #expect(result.passRates.count == 2 && result.passRates[0] <= result.passRates[1])
    #expect(result.medianPassRate == result.passRates[0])
    #expect(result.sentences == 4)
    let pipeline = try NLPPipeline.standard()
    let expected = texts.map { pipeline($0) }
    #expect(result.tokens == expected.reduce(0) { $0 + $1.tokens.count })
    // Component by component over all texts gives what the pipeline gives text by text.
    for (got, want) in zip(result.documents, expected) {
        #expect(got.tokens == want.tokens)
        #expect(got.entities == want.entities)
    }
}
