import Foundation
import NewsgraphModel

/// The named-entity recognizer: BILOU tagging with an averaged structured perceptron and Viterbi
/// search over valid tag sequences (so its output always decodes to well-formed spans).
///
/// Reads tokens, sentences and POS tags (and the parse when present); assigns `entities` with the
/// labels person, organization, place, event, time (GUM's named mentions, see `GUMEntityReader`).
public struct EntityRecognizer: PipelineComponent {
    public static let modelKind = "ner"
    public static let modelName = "ner"

    public let model: PerceptronModel
    public let scheme: BILOUScheme
    /// Word classes learned from unlabelled text, shipped inside the model file.
    public let clusters: WordClusters
    let extractor = NERFeatureExtractor()
    let viterbi: BILOUViterbi
    /// Scores of the tag-only transition features, per previous tag + 1 (row 0: sentence start).
    let transitionScores: [[Int32]]
    /// Cached transition blocks per (short shape, UPOS) pair, filled as sentences are read.
    let transitionRows = NERTransitionRows()

    public var name: String { "ner" }
    public var requires: Set<Annotation> { [.tokens, .sentences, .tags] }
    public var assigns: Set<Annotation> { [.entities] }

    public init(model: PerceptronModel, scheme: BILOUScheme, clusters: WordClusters = .empty) {
        precondition(model.labelCount == scheme.tagCount, "model classes must be the scheme's tags")
        self.model = model
        self.scheme = scheme
        self.clusters = clusters
        viterbi = BILOUViterbi(scheme: scheme)
        let extractor = NERFeatureExtractor()
        transitionScores = (-1..<scheme.tagCount).map { previous in
            var features: [UInt64] = []
            extractor.transitionFeatures(previousTag: previous, into: &features)
            var scores: [Int32] = []
            model.score(features, into: &scores)
            return scores
        }
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
        self.init(model: model, scheme: scheme, clusters: try WordClusters(from: archive, prefix: "ner"))
    }

    public var archive: ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        archive.set("ner.entity-labels", strings: scheme.labels)
        model.write(to: &archive, prefix: "ner")
        if !clusters.isEmpty { clusters.write(to: &archive, prefix: "ner") }
        return archive
    }

    public func write(to url: URL) throws {
        try archive.write(to: url)
    }

    /// Recognizes a document the way `recognize(document:)` does (and the evaluation scores it):
    /// sentence by sentence with the document memory, then one label per name.
    public func process(_ document: inout AnalyzedDocument) {
        var memory = newMemory()
        let sentences = document.sentences.map { Array(document.tokens[$0.tokens]) }
        let spans = zip(document.sentences, sentences).map { sentence, tokens in
            recognize(tokens, headOffset: sentence.tokens.lowerBound, memory: &memory)
        }
        var entities: [EntitySpan] = []
        for (sentence, sentenceSpans) in zip(document.sentences, harmonized(spans, sentences: sentences)) {
            let start = sentence.tokens.lowerBound
            for span in sentenceSpans {
                entities.append(EntitySpan(tokens: (start + span.tokens.lowerBound)..<(start + span.tokens.upperBound),
                                           label: span.label))
            }
        }
        document.entities = entities
    }

    /// An empty memory for a new document.
    public func newMemory() -> NERDocumentMemory { NERDocumentMemory(labelCount: scheme.labels.count) }

    /// Entity spans (sentence-local token ranges) of one sentence, read in the context of what was
    /// recognized earlier in its document (`memory`, updated with this sentence's spans).
    /// `headOffset` makes the tokens' heads sentence-local (their sentence's first document index).
    public func recognize(_ tokens: some Collection<Token>, headOffset: Int = 0,
                          memory: inout NERDocumentMemory) -> [EntitySpan] {
        var context = NERSentenceContext(tokens: tokens, headOffset: headOffset, clusters: clusters)
        context.recall(memory)
        // Names start after any lowercase modifier, as the gold names do (`NameEdges`).
        let spans = scheme.decode(tags(context)).map { span in
            NameEdges.trimmingModifiers(span) { offset in
                let token = tokens[tokens.index(tokens.startIndex, offsetBy: offset)]
                return NameEdges.isLowercaseModifier(form: token.form, upos: token.upos)
            }
        }
        context.remember(spans, scheme: scheme, in: &memory)
        return spans
    }

    /// Entity spans of one sentence read on its own (no document context).
    public func recognize(_ tokens: some Collection<Token>, headOffset: Int = 0) -> [EntitySpan] {
        var memory = newMemory()
        return recognize(tokens, headOffset: headOffset, memory: &memory)
    }

    /// Entity spans of each sentence of a document, in order.
    public func recognize(document sentences: [[Token]]) -> [[EntitySpan]] {
        var memory = newMemory()
        let spans = sentences.map { recognize($0, memory: &memory) }
        return harmonized(spans, sentences: sentences)
    }

    /// One label per name within a document: every span whose words are the same (case-insensitive)
    /// takes the label most of them got (ties: the earliest). A name keeps its type through an
    /// article, and its clearest mentions ("Trinity College , Cambridge") outvote the vague ones.
    /// A name of capitalized words only votes with its last word ("Imran Khan" with "Khan",
    /// "Cyclone Phailin" with "Phailin"): later mentions are the same name, shortened. Names with
    /// other words keep their own key ("Human Rights Commission of Pakistan" is not "Pakistan").
    public func harmonized(_ spans: [[EntitySpan]], sentences: [[Token]]) -> [[EntitySpan]] {
        var votes: [String: [String: Int]] = [:]
        var firstLabel: [String: String] = [:]
        func key(_ span: EntitySpan, _ tokens: [Token]) -> String {
            let words = tokens[span.tokens]
            if words.count > 1, words.allSatisfy({ $0.form.unicodeScalars.first.map(ScalarClass.isUpper) ?? false }) {
                return FastCase.lowercased(words.last!.form)
            }
            return words.map { $0.form.lowercased() }.joined(separator: " ")
        }
        for (sentenceSpans, tokens) in zip(spans, sentences) {
            for span in sentenceSpans {
                let name = key(span, tokens)
                votes[name, default: [:]][span.label, default: 0] += 1
                if firstLabel[name] == nil { firstLabel[name] = span.label }
            }
        }
        return zip(spans, sentences).map { sentenceSpans, tokens in
            sentenceSpans.map { span in
                let name = key(span, tokens)
                let counts = votes[name]!
                let best = counts.max { ($0.value, $0.key == firstLabel[name]! ? 1 : 0, $1.key) < ($1.value, $1.key == firstLabel[name]! ? 1 : 0, $0.key) }!.key
                return EntitySpan(tokens: span.tokens, label: best)
            }
        }
    }


    /// BILOU tag indices of one sentence: the best valid sequence under the model (first-order
    /// Viterbi, `BILOUViterbi`). The weights were trained for this search (structured perceptron), so
    /// no label bias: a span opened on weak evidence does not make its continuation near certain
    /// (greedy decoding ran on "Empire that the said decree" as one name).
    ///
    /// Per token, the transition scores of all previous tags come from the cached block of its
    /// (short shape, UPOS) pair (`NERTransitionRows`) plus the previous tag × word feature of every
    /// previous tag, looked up in one batched pass: the same integer sums as `referenceTags`
    /// (which scores each previous tag's features separately), in about a tenth of the lookups.
    func tags(_ context: NERSentenceContext) -> [Int] {
        let tagCount = scheme.tagCount
        var features: [UInt64] = []
        return viterbi.decode(count: context.lower.count, emission: { (index: Int, out: inout [Int32]) in
            features.removeAll(keepingCapacity: true)
            extractor.staticFeatures(at: index, in: context, into: &features)
            model.score(features, into: &out)
        }, transitions: { (index: Int, moved: inout [Int32]) in
            let block = classTransitionBlock(shortShape: context.shortShape[index], upos: context.upos[index])
            // Row 0 (sentence start) only at the first token, rows 1... (previous tags) after.
            let previousTags = index == 0 ? -1..<0 : 0..<tagCount
            let rows = (previousTags.lowerBound + 1) * tagCount..<(previousTags.upperBound + 1) * tagCount
            moved.withUnsafeMutableBufferPointer { moved in
                block.withUnsafeBufferPointer { block in
                    for i in rows { moved[i] = block[i] }
                }
            }
            features.removeAll(keepingCapacity: true)
            for previous in previousTags {
                features.append(extractor.previousTagLowerFeature(at: index, previousTag: previous, in: context))
            }
            model.addEach(features, to: &moved, firstRow: previousTags.lowerBound + 1)
        })
    }

    /// Every previous tag's (row `previous + 1`) scores of the tag-only, tag × shape and tag × UPOS
    /// transition features at a token with this short shape and UPOS.
    private func classTransitionBlock(shortShape: UInt64, upos: UInt64) -> [Int32] {
        transitionRows.block(for: .init(shortShape: shortShape, upos: upos)) {
            let tagCount = scheme.tagCount
            var block: [Int32] = []
            block.reserveCapacity((tagCount + 1) * tagCount)
            var features: [UInt64] = []
            var scores: [Int32] = []
            for previous in -1..<tagCount {
                features.removeAll(keepingCapacity: true)
                extractor.previousTagClassFeatures(previousTag: previous, shortShape: shortShape, upos: upos,
                                                   into: &features)
                model.score(features, into: &scores)
                let fixed = transitionScores[previous + 1]
                for tag in 0..<tagCount { block.append(scores[tag] &+ fixed[tag]) }
            }
            return block
        }
    }

    /// The same tags as `tags(_:)` computed the direct way: every previous tag's transition features
    /// (`historyFeatures`) scored on their own. Kept as the reference the fast path is tested against.
    func referenceTags(_ context: NERSentenceContext) -> [Int] {
        var features: [UInt64] = []
        var scores: [Int32] = []
        return viterbi.decode(count: context.lower.count, emission: { (index: Int, out: inout [Int64]) in
            features.removeAll(keepingCapacity: true)
            extractor.staticFeatures(at: index, in: context, into: &features)
            model.score(features, into: &scores)
            for tag in out.indices { out[tag] = Int64(scores[tag]) }
        }, transition: { (index: Int, previous: Int, out: inout [Int64]) in
            features.removeAll(keepingCapacity: true)
            extractor.historyFeatures(at: index, previousTag: previous, in: context, into: &features)
            model.score(features, into: &scores)
            for tag in out.indices { out[tag] = Int64(scores[tag]) }
        })
    }

    /// BILOU tag indices of one sentence read on its own.
    public func tags(_ tokens: some Collection<Token>, headOffset: Int = 0) -> [Int] {
        tags(NERSentenceContext(tokens: tokens, headOffset: headOffset, clusters: clusters))
    }
}
