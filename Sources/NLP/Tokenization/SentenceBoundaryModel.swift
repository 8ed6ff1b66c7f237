import Foundation
import NewsgraphModel

/// The learned part of sentence splitting: an averaged perceptron ("continue" / "split") over the gaps
/// between tokens that hold spaces but no line break, on top of the rules (`SentenceSplitter`), whose
/// decision is one of its features. Trained on the raw text of UD English EWT and GUM train
/// (`newsgraph train sentences`), where informal text (e-mail headers and signatures, unpunctuated
/// chat, lists) ends sentences the rules cannot see.
public struct SentenceBoundaryModel: Sendable {
    public static let modelKind = "sentences"
    public static let modelName = "sentences"
    static let labels = ["continue", "split"]

    public let model: PerceptronModel

    public init(model: PerceptronModel) {
        precondition(model.labels == Self.labels, "a sentence-boundary model has the classes continue, split")
        self.model = model
    }

    /// The model shipped in the NLP bundle (`Resources/Models/sentences.bin`).
    public static func bundled() throws -> SentenceBoundaryModel {
        try SentenceBoundaryModel(archive: ModelArchive.bundled(modelName))
    }

    /// A model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        try self.init(archive: ModelArchive(contentsOf: url))
    }

    public init(archive: ModelArchive) throws {
        guard archive.kind == Self.modelKind else {
            throw NewsgraphError(.modelCorrupt, file: archive.path,
                                 "expected a sentence-boundary model, found a '\(archive.kind)' model")
        }
        let model = try PerceptronModel(from: archive, prefix: "sentences")
        guard model.labels == Self.labels else { throw archive.corrupt("sentence-boundary model has unexpected classes") }
        self.init(model: model)
    }

    public var archive: ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        model.write(to: &archive, prefix: "sentences")
        return archive
    }

    public func write(to url: URL) throws {
        try archive.write(to: url)
    }

    /// Rewrites `boundaries` (true after a token that ends a sentence; the rules' decisions on entry)
    /// at every candidate gap, left to right, so the sentence length so far counts the model's own splits.
    func decide(_ boundaries: inout [Bool], _ features: SentenceBoundaryFeatures) {
        var keys: [UInt64] = []
        keys.reserveCapacity(24)
        var scores: [Int32] = [0, 0]
        var length = 0
        for i in 0..<(boundaries.count - 1) {
            length += 1
            if features.isCandidate(i) && !(boundaries[i] && features.isFirmSplit(i))
                && !(!boundaries[i] && features.isFirmContinuation(i)) {
                features.features(i, sentenceLength: length, rule: boundaries[i], into: &keys)
                model.score(keys, into: &scores)
                boundaries[i] = scores[1] > scores[0]
            }
            if boundaries[i] { length = 0 }
        }
    }
}
