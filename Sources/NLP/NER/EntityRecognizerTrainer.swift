import NewsgraphModel

/// One training or evaluation sentence: tokens (heads sentence-local, -1 for the root) and gold spans.
public struct NERSentence: Hashable, Sendable {
    public var tokens: [Token]
    public var entities: [EntitySpan]
    /// First sentence of a document (the document memory starts afresh).
    public var startsDocument: Bool

    public init(tokens: [Token], entities: [EntitySpan], startsDocument: Bool = false) {
        self.tokens = tokens
        self.entities = entities
        self.startsDocument = startsDocument
    }

    /// Consecutive sentences grouped into documents at each `startsDocument`.
    public static func documents(_ sentences: [NERSentence]) -> [[NERSentence]] {
        var documents: [[NERSentence]] = []
        for sentence in sentences {
            if sentence.startsDocument || documents.isEmpty { documents.append([]) }
            documents[documents.count - 1].append(sentence)
        }
        return documents
    }
}

/// Trains an `EntityRecognizer`: structured averaged perceptron over BILOU tags (Collins 2002).
/// Each sentence is decoded as at run time (Viterbi over valid tag sequences, `BILOUViterbi`) with
/// the current weights; where the guess differs from the gold sequence, the gold sequence's
/// features are rewarded and the guess's penalized. The document memory is filled from its own
/// guesses, as at run time. Deterministic: the document order of each epoch comes from a
/// fixed-seed SplitMix64 shuffle; sentences keep their order inside a document.
/// The shipped model is the mean of `ensembleSize` such perceptrons trained with different
/// shuffles (seeds `seed`, `seed + 1000`, ...): one model, as fast as one member.
public struct EntityRecognizerTrainer {
    public var labels: [String]
    public var epochs: Int
    public var seed: UInt64
    /// Averaged weights below this magnitude are dropped from the shipped model (size, speed).
    public var pruneBelow: Float
    /// Fraction of sentences (drawn per epoch) trained without their dependency parse.
    public var parseDropout: Double = 0.5
    /// Word classes learned from unlabelled text (features; shipped inside the model).
    public var clusters: WordClusters = .empty
    /// Perceptrons trained (each with its own shuffle) and averaged into the model.
    public var ensembleSize = defaultEnsembleSize

    /// The settings the shipped model is trained with.
    public static let defaultEpochs = 15
    public static let defaultPruning: Float = 0
    /// Measured over seeds 1-3 (gold tags and parse): 1 member GUM 75.6 / UNER 61.0, 3 members
    /// 75.5 / 62.1 (tagger tags 74.0 / 57.1 -> 75.1 / 58.5), 5 members 74.3 / 62.0.
    public static let defaultEnsembleSize = 3

    public init(labels: [String] = GUMEntityReader.namedTypes, epochs: Int = defaultEpochs, seed: UInt64 = 1,
                pruneBelow: Float = defaultPruning) {
        self.labels = labels
        self.epochs = epochs
        self.seed = seed
        self.pruneBelow = pruneBelow
    }

    /// Trains on `sentences`; `progress` gets (member, epoch, token accuracy on the training data
    /// that epoch).
    public func train(_ sentences: [NERSentence], progress: (Int, Int, Double) -> Void = { _, _, _ in }) -> EntityRecognizer {
        let members = (0..<max(ensembleSize, 1)).map { member in
            trainMember(sentences, seed: seed &+ UInt64(member) &* 1000) { progress(member, $0, $1) }
        }
        return EntityRecognizer(model: PerceptronTrainer.averagedModel(ensemble: members, pruneBelow: pruneBelow),
                                scheme: BILOUScheme(labels: labels), clusters: clusters)
    }

    /// One structured perceptron, its documents shuffled with `seed`.
    func trainMember(_ sentences: [NERSentence], seed: UInt64, progress: (Int, Double) -> Void) -> PerceptronTrainer {
        let scheme = BILOUScheme(labels: labels)
        let perceptron = PerceptronTrainer(labels: (0..<scheme.tagCount).map(scheme.name(of:)))
        let documents = NERSentence.documents(sentences).map { document in
            document.map { sentence in
                (context: NERSentenceContext(tokens: sentence.tokens, clusters: clusters),
                 unparsed: NERSentenceContext(tokens: NERCorpus.unparsed(sentence.tokens), clusters: clusters),
                 gold: scheme.encode(sentence.entities, count: sentence.tokens.count))
            }
        }
        let step = StructuredStep(perceptron: perceptron, viterbi: BILOUViterbi(scheme: scheme))
        var order = Array(documents.indices)
        var random = SplitMix64(seed: seed)
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            var correct = 0, total = 0
            for documentIndex in order {
                var memory = NERDocumentMemory(labelCount: labels.count)
                for (parsedContext, unparsedContext, gold) in documents[documentIndex] {
                    // Half the time without the parse, so the model also works when no parser ran
                    // before it (the parse features are absent then, not wrong).
                    var context = parseDropout > 0 && Double(random.next() % 1000) < parseDropout * 1000
                        ? unparsedContext : parsedContext
                    context.recall(memory)
                    let guess = step.learn(context, gold: gold)
                    correct += zip(guess, gold).filter { $0 == $1 }.count
                    total += gold.count
                    context.remember(scheme.decode(guess), scheme: scheme, in: &memory)
                }
            }
            progress(epoch, total == 0 ? 0 : Double(correct) / Double(total))
        }
        return perceptron
    }
}
