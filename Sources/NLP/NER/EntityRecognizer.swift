import Foundation
import NewsgraphModel

/// The named-entity recognizer: greedy left-to-right BILOU tagging with an averaged perceptron,
/// constrained to valid tag sequences (so its output always decodes to well-formed spans).
///
/// Reads tokens, sentences and POS tags (and the parse when present); assigns `entities` with the
/// labels person, organization, place, event, time (GUM's named mentions, see `GUMEntityReader`).
public struct EntityRecognizer: PipelineComponent {
    public static let modelKind = "ner"
    public static let modelName = "ner"

    public let model: PerceptronModel
    public let scheme: BILOUScheme
    let extractor = NERFeatureExtractor()

    public var name: String { "ner" }
    public var requires: Set<Annotation> { [.tokens, .sentences, .tags] }
    public var assigns: Set<Annotation> { [.entities] }

    public init(model: PerceptronModel, scheme: BILOUScheme) {
        precondition(model.labelCount == scheme.tagCount, "model classes must be the scheme's tags")
        self.model = model
        self.scheme = scheme
    }

    /// The model shipped in the NLP bundle (`Resources/Models/ner.bin`).
    public static func bundled() throws -> EntityRecognizer {
        try EntityRecognizer(archive: ModelArchive.bundled(modelName))
    }

    /// A model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        try self.init(archive: ModelArchive(contentsOf: url))
    }

    public init(archive: ModelArchive) throws {
        guard archive.kind == Self.modelKind else {
            throw NewsgraphError(.modelCorrupt, file: archive.path, "expected an NER model, found a '\(archive.kind)' model")
        }
        let labels = try archive.strings("ner.entity-labels")
        let scheme = BILOUScheme(labels: labels)
        let model = try PerceptronModel(from: archive, prefix: "ner")
        guard model.labels == (0..<scheme.tagCount).map(scheme.name(of:)) else {
            throw archive.corrupt("NER model classes do not match its BILOU tag set")
        }
        self.init(model: model, scheme: scheme)
    }

    public var archive: ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        archive.set("ner.entity-labels", strings: scheme.labels)
        model.write(to: &archive, prefix: "ner")
        return archive
    }

    public func write(to url: URL) throws {
        try archive.write(to: url)
    }

    public func process(_ document: inout AnalyzedDocument) {
        var entities: [EntitySpan] = []
        for sentence in document.sentences {
            let tokens = document.tokens[sentence.tokens]
            for span in recognize(tokens, headOffset: sentence.tokens.lowerBound) {
                let start = sentence.tokens.lowerBound
                entities.append(EntitySpan(tokens: (start + span.tokens.lowerBound)..<(start + span.tokens.upperBound),
                                           label: span.label))
            }
        }
        document.entities = entities
    }

    /// Entity spans (sentence-local token ranges) of one sentence. `headOffset` makes the tokens'
    /// heads sentence-local (their sentence's first document index; 0 when already local).
    public func recognize(_ tokens: some Collection<Token>, headOffset: Int = 0) -> [EntitySpan] {
        scheme.decode(tags(tokens, headOffset: headOffset))
    }

    /// BILOU tag indices of one sentence (greedy, valid transitions only).
    public func tags(_ tokens: some Collection<Token>, headOffset: Int = 0) -> [Int] {
        let context = NERSentenceContext(tokens: tokens, headOffset: headOffset)
        var tags: [Int] = []
        tags.reserveCapacity(tokens.count)
        var features: [UInt64] = []
        var scores: [Int32] = []
        let count = tokens.count
        for index in 0..<count {
            features.removeAll(keepingCapacity: true)
            extractor.features(at: index, previousTag: tags.last ?? -1, previousTag2: tags.count > 1 ? tags[tags.count - 2] : -1,
                               in: context, into: &features)
            model.score(features, into: &scores)
            tags.append(scheme.bestValid(scores, after: tags.last, isLast: index == count - 1))
        }
        return tags
    }
}

extension BILOUScheme {
    /// The highest-scoring tag that may follow `previous` (and may end the sentence when `isLast`);
    /// ties go to the lowest tag index. There is always an answer: O when no span is open, the
    /// open span's L otherwise.
    func bestValid<Score: Comparable>(_ scores: [Score], after previous: Int?, isLast: Bool) -> Int {
        var best = -1
        for tag in 0..<tagCount where allows(tag, after: previous) && (!isLast || allowsEnd(after: tag)) {
            if best < 0 || scores[tag] > scores[best] { best = tag }
        }
        return best
    }
}
