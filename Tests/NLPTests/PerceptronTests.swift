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
