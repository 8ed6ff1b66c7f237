import Foundation
import NewsgraphModel

/// Greedy transition-based dependency parser: arc-hybrid transitions scored by an averaged
/// perceptron, with pseudo-projective post-processing for non-projective trees. Assigns UD
/// relations, subtypes included ("nsubj:pass", "obl:tmod", "compound:prt").
public struct DependencyParser: PipelineComponent {
    public let name = "parser"
    public let requires: Set<Annotation> = [.tokens, .sentences, .tags]
    public let assigns: Set<Annotation> = [.dependencies]

    public let model: PerceptronModel
    /// Arc labels, lifted ones ("obl|xcomp") included; transition classes are built from them.
    public let labels: [String]
    /// Ambiguity classes of the training words (the same table the tagger learns), for features.
    public let lexicon: TagLexicon
    let rootLabel: Int
    let labelHashes: [UInt64]

    public static let modelKind = "parser"
    /// Bumped whenever `ParserFeatures` changes: a model's weights only mean something for the
    /// feature templates it was trained with.
    public static let featureSetVersion: UInt32 = 2

    public init(model: PerceptronModel, labels: [String], lexicon: TagLexicon = .empty) {
        self.model = model
        self.labels = labels
        self.lexicon = lexicon
        rootLabel = labels.firstIndex(of: "root") ?? -1
        labelHashes = labels.map { FeatureHashing.string(PseudoProjectivity.baseLabel($0)) }
    }

    public init(archive: ModelArchive) throws {
        guard archive.kind == Self.modelKind else {
            throw archive.corrupt("expected a parser model, found '\(archive.kind)'")
        }
        // Files from before the version section hold feature set 1.
        let version: [UInt32] = archive.has("parser.features") ? try archive.array("parser.features") : [1]
        guard version == [Self.featureSetVersion] else {
            throw archive.corrupt("""
                trained with parser feature set \(version.first ?? 0), this build uses \(Self.featureSetVersion): \
                retrain it with `newsgraph train parser`
                """)
        }
        let labels = try archive.strings("parser.labels")
        let lexicon = try TagLexicon(from: archive, prefix: "parser.lexicon")
        let model = try PerceptronModel(from: archive, prefix: "parser.transitions")
        guard model.labelCount == Transition.classCount(labels: labels.count), labels.contains("root") else {
            throw archive.corrupt("transition classes do not match the \(labels.count) arc labels")
        }
        self.init(model: model, labels: labels, lexicon: lexicon)
    }

    /// The parser shipped in the NLP bundle (Models/parser.bin).
    public static func bundled() throws -> DependencyParser {
        try DependencyParser(archive: ModelArchive.bundled("parser"))
    }

    public func archive() -> ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        archive.set("parser.features", array: [Self.featureSetVersion])
        archive.set("parser.labels", strings: labels)
        lexicon.write(to: &archive, prefix: "parser.lexicon")
        model.write(to: &archive, prefix: "parser.transitions")
        return archive
    }

    /// Parses one sentence of tagged words (`tags` = XPOS, `upos` = UPOS). Returns for each word
    /// its head (1-based, 0 = root) and UD relation.
    ///
    /// A transition's score is the sum of three groups of feature scores: the buffer's (kept per
    /// buffer front, which only SHIFT moves), the settled stack's (kept per stack depth, which only
    /// SHIFT refills) and the rest, looked up at every transition: about half the lookups of
    /// scoring every feature every time, with the same integer sums, so the same trees. Where only
    /// one transition is legal nothing is scored.
    public func parse(forms: [String], tags: [String], upos: [String]) -> (heads: [Int], labels: [String]) {
        guard !forms.isEmpty else { return ([], []) }
        let features = ParserFeatures(forms: forms, tags: tags, upos: upos, lexicon: lexicon, labelHashes: labelHashes)
        var state = ArcHybridConfiguration(wordCount: forms.count)
        var buffer: [UInt64] = [], bufferOnly: [UInt64] = [], settled: [UInt64] = []
        buffer.reserveCapacity(128)
        bufferOnly.reserveCapacity(16)
        settled.reserveCapacity(24)
        let labelCount = model.labelCount
        var scores = [Int32](repeating: 0, count: labelCount)
        var bufferScores: [Int32] = [], settledScores: [Int32] = []
        var scoredFront = -1
        // The settled stack features' scores per stack depth (row `depth`), valid until a SHIFT
        // pushes a new word at that depth (`ParserFeatures.appendStackSettled`).
        var stackRows = [Int32](repeating: 0, count: (forms.count + 2) * labelCount)
        var stackRowValid = [Bool](repeating: false, count: forms.count + 2)
        while !state.isTerminal {
            let transition: Transition
            if let forced = state.forcedTransition(rootLabel: rootLabel) {
                // Only one transition is legal with just the root on the stack (SHIFT) and at the
                // end (the last word's RIGHT to the root): nothing to score. The caches stay right:
                // they are filled when first needed, and the SHIFT below invalidates its depth's row.
                transition = forced
            } else {
                // The buffer-only features' scores, summed once per buffer front (LEFT and RIGHT keep it).
                if state.bufferFront != scoredFront {
                    features.extractBufferOnly(state, into: &bufferOnly)
                    model.score(bufferOnly, into: &bufferScores)
                    scoredFront = state.bufferFront
                }
                let depth = state.stack.count
                if !stackRowValid[depth] {
                    settled.removeAll(keepingCapacity: true)
                    features.appendStackSettled(state, to: &settled)
                    model.score(settled, into: &settledScores)
                    stackRows.withUnsafeMutableBufferPointer { rows in
                        settledScores.withUnsafeBufferPointer { row in
                            _ = rows[(depth * labelCount)..<((depth + 1) * labelCount)].update(fromContentsOf: row)
                        }
                    }
                    stackRowValid[depth] = true
                }
                scores.withUnsafeMutableBufferPointer { out in
                    bufferScores.withUnsafeBufferPointer { cached in
                        stackRows.withUnsafeBufferPointer { rows in
                            let row = rows.baseAddress.unsafelyUnwrapped + depth * labelCount
                            for c in 0..<labelCount { out[c] = cached[c] &+ row[c] }
                        }
                    }
                }
                buffer.removeAll(keepingCapacity: true)
                features.appendStackDependent(state, to: &buffer)
                model.add(buffer, to: &scores)
                transition = bestLegal(scores, state)
            }
            state.apply(transition)
            if case .shift = transition { stackRowValid[state.stack.count] = false }
        }
        var heads = [Int](repeating: 0, count: forms.count + 1)
        var names = [String](repeating: "", count: forms.count + 1)
        for word in 1...forms.count {
            heads[word] = state.heads[word]
            names[word] = labels[state.labels[word]]
        }
        let restored = PseudoProjectivity.deprojectivize(heads: heads, labels: names)
        return (Array(restored.heads.dropFirst()), Array(restored.labels.dropFirst()))
    }

    /// Highest-scoring legal transition (lowest class index on ties).
    func bestLegal(_ scores: [Int32], _ state: ArcHybridConfiguration) -> Transition {
        var best = -1
        var bestScore = Int32.min
        if state.canShift() {
            best = 0
            bestScore = scores[0]
        }
        let canLeft = state.canLeft(), canRight = state.canRight(), toRoot = state.rightAttachesToRoot
        for label in 0..<labels.count {
            if canLeft, label != rootLabel {
                let index = 1 + 2 * label
                if scores[index] > bestScore || best < 0 { best = index; bestScore = scores[index] }
            }
            if canRight, (label == rootLabel) == toRoot {
                let index = 2 + 2 * label
                if scores[index] > bestScore || best < 0 { best = index; bestScore = scores[index] }
            }
        }
        return Transition(classIndex: best)
    }

    public func process(_ document: inout AnalyzedDocument) {
        for sentence in document.sentences {
            let range = sentence.tokens
            guard !range.isEmpty else { continue }
            let forms = range.map { document.tokens[$0].form }
            let tags = range.map { document.tokens[$0].xpos }
            let upos = range.map { document.tokens[$0].upos }
            let parse = parse(forms: forms, tags: tags, upos: upos)
            for (offset, index) in range.enumerated() {
                let head = parse.heads[offset]
                document.tokens[index].head = head == 0 ? -1 : range.lowerBound + head - 1
                document.tokens[index].deprel = parse.labels[offset]
            }
        }
    }
}
