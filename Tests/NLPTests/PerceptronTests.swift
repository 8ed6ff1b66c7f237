import Foundation
import Testing
@testable import NLP
import NewsgraphModel

/// A toy linearly separable problem: the label is decided by which of three cue features fires,
/// with noise features shared by all classes.
private func toyData() -> [(features: [UInt64], label: Int)] {
    var rng = SplitMix64(seed: 7)
    var data: [(features: [UInt64], label: Int)] = []
    for _ in 0..<300 {
        let label = Int(rng.next() % 3)
        let cue = FeatureHashing.feature(1, FeatureHashing.string("cue\(label)"))
        let noise = FeatureHashing.feature(2, rng.next() % 5)
        data.append(([cue, noise, FeatureHashing.feature(3, 0)], label))
    }
    return data
}

private func trainToy(epochs: Int = 5) -> PerceptronTrainer {
    let trainer = PerceptronTrainer(labels: ["A", "B", "C"])
    var data = toyData()
    var rng = SplitMix64(seed: 1)
    for _ in 0..<epochs {
        rng.shuffle(&data)
        for (features, label) in data {
            trainer.update(truth: label, guess: trainer.predict(features), features: features)
        }
    }
    return trainer
}

@Test func perceptronLearnsSeparableProblem() {
    let model = trainToy().averagedModel()
    for (features, label) in toyData() {
        #expect(model.predict(features) == label)
    }
    #expect(model.labelCount == 3)
    #expect(model.featureCount > 0)
}

@Test func perceptronTrainingIsDeterministic() {
    let a = trainToy().averagedModel()
    let b = trainToy().averagedModel()
    var archiveA = ModelArchive(kind: "toy"), archiveB = ModelArchive(kind: "toy")
    a.write(to: &archiveA, prefix: "p")
    b.write(to: &archiveB, prefix: "p")
    #expect(archiveA.encoded() == archiveB.encoded())
}

@Test func tiesGoToLowestLabel() {
    let model = PerceptronTrainer(labels: ["X", "Y"]).averagedModel()
    #expect(model.predict([42]) == 0)
    #expect(PerceptronModel.argmax([3, 5, 5]) == 1)
}

@Test func modelFileRoundTripGivesIdenticalPredictions() throws {
    let model = trainToy().averagedModel(pruneBelow: 0.01)
    var archive = ModelArchive(kind: "toy")
    model.write(to: &archive, prefix: "p")
    archive.set("extra", strings: ["één", "two"])
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("perceptron-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try archive.write(to: url)
    let loaded = try ModelArchive(contentsOf: url)
    #expect(loaded.kind == "toy")
    #expect(try loaded.strings("extra") == ["één", "two"])
    let reloaded = try PerceptronModel(from: loaded, prefix: "p")
    #expect(reloaded.labels == model.labels)
    for (features, _) in toyData() {
        var s1: [Int32] = [], s2: [Int32] = []
        model.score(features, into: &s1)
        reloaded.score(features, into: &s2)
        #expect(s1 == s2)
    }
}

@Test func damagedModelFilesAreReported() throws {
    var archive = ModelArchive(kind: "toy")
    trainToy().averagedModel().write(to: &archive, prefix: "p")
    var bytes = archive.encoded()
    bytes[bytes.count / 2] ^= 0xFF
    #expect {
        try ModelArchive(decoding: bytes)
    } throws: { ($0 as? NewsgraphError)?.code == .modelCorrupt }
    #expect {
        try ModelArchive(decoding: Array(archive.encoded().dropLast(3)))
    } throws: { ($0 as? NewsgraphError)?.code == .modelCorrupt }
    #expect {
        try ModelArchive(decoding: Array("hello world, not a model at all".utf8))
    } throws: { ($0 as? NewsgraphError)?.code == .modelCorrupt }
    #expect {
        try ModelArchive(contentsOf: URL(fileURLWithPath: "/nonexistent/model.bin"))
    } throws: { ($0 as? NewsgraphError)?.code == .modelMissing }
    let decoded = try ModelArchive(decoding: archive.encoded())
    #expect {
        try PerceptronModel(from: decoded, prefix: "missing")
    } throws: { ($0 as? NewsgraphError)?.code == .modelCorrupt }
}

/// Scores of every toy example, to compare two models weight for weight.
private func toyScores(_ model: PerceptronModel) -> [[Int32]] {
    toyData().map { example in
        var scores: [Int32] = []
        model.score(example.features, into: &scores)
        return scores
    }
}

@Test func compactLayoutStoresRowLengthsAndByteClasses() throws {
    let model = trainToy().averagedModel(pruneBelow: 0.01)
    var archive = ModelArchive(kind: "toy")
    model.write(to: &archive, prefix: "p")
    #expect(archive.has("p.rowLengths") && archive.has("p.classes8"))
    #expect(!archive.has("p.offsets") && !archive.has("p.classes"))
    let rowLengths: [UInt8] = try archive.array("p.rowLengths")
    #expect(rowLengths.count == model.featureCount)
    #expect(rowLengths.reduce(0) { $0 + Int($1) } == model.weightCount)
    let reloaded = try PerceptronModel(from: ModelArchive(decoding: archive.encoded()), prefix: "p")
    #expect(toyScores(reloaded) == toyScores(model))
}

@Test func modelsWithMoreThan256LabelsKeepTwoByteClasses() throws {
    let labels = (0..<300).map { "L\($0)" }
    let trainer = PerceptronTrainer(labels: labels)
    for step in 0..<600 {
        let label = (step * 7) % 300
        trainer.update(truth: label, guess: (label + 1) % 300, features: [FeatureHashing.feature(1, UInt64(label % 13))])
    }
    let model = trainer.averagedModel()
    var archive = ModelArchive(kind: "wide")
    model.write(to: &archive, prefix: "w")
    #expect(archive.has("w.classes") && !archive.has("w.classes8"))
    let classes: [UInt16] = try archive.array("w.classes")
    #expect(classes.contains { $0 > 255 })
    let reloaded = try PerceptronModel(from: ModelArchive(decoding: archive.encoded()), prefix: "w")
    for feature in 0..<13 {
        var s1: [Int32] = [], s2: [Int32] = []
        model.score([FeatureHashing.feature(1, UInt64(feature))], into: &s1)
        reloaded.score([FeatureHashing.feature(1, UInt64(feature))], into: &s2)
        #expect(s1 == s2)
    }
}

@Test func legacyLayoutWithOffsetsStillLoads() throws {
    let model = trainToy().averagedModel(pruneBelow: 0.01)
    var compact = ModelArchive(kind: "toy")
    model.write(to: &compact, prefix: "p")
    // The layout models were written in before row lengths: 4-byte offsets, 2-byte classes.
    var legacy = ModelArchive(kind: "toy")
    legacy.set("p.labels", strings: model.labels)
    legacy.set("p.keys", array: try compact.array("p.keys") as [UInt64])
    let rowLengths: [UInt8] = try compact.array("p.rowLengths")
    var offsets: [UInt32] = [0]
    for length in rowLengths { offsets.append(offsets.last! + UInt32(length)) }
    legacy.set("p.offsets", array: offsets)
    legacy.set("p.classes", array: (try compact.array("p.classes8") as [UInt8]).map { UInt16($0) })
    legacy.set("p.weights", array: try compact.array("p.weights") as [Int16])
    legacy.set("p.scale", array: try compact.array("p.scale") as [UInt32])
    let reloaded = try PerceptronModel(from: ModelArchive(decoding: legacy.encoded()), prefix: "p")
    #expect(toyScores(reloaded) == toyScores(model))
}
