import NewsgraphModel

/// Trains a `SentenceBoundaryModel` on the raw text of gold CoNLL-U documents: each document's text
/// (`CoNLLUDocument.text`, as the evaluation rebuilds it) is tokenized and split by the rules; every
/// candidate gap (spaces, no line break) becomes one instance, labelled "split" when a gold sentence
/// starts there. Instances are shuffled with a fixed seed every epoch, so the same data, epochs and
/// seed give the same model bytes.
public struct SentenceBoundaryTrainer {
    public static let defaultEpochs = 4
    public static let defaultPruning: Float = 0.05

    public var epochs: Int
    public var seed: UInt64
    public var pruneBelow: Float

    public init(epochs: Int = defaultEpochs, seed: UInt64 = 1, pruneBelow: Float = defaultPruning) {
        self.epochs = epochs
        self.seed = seed
        self.pruneBelow = pruneBelow
    }

    /// Feature keys of every instance, `featureCount` per instance, and their labels (1 = split).
    struct Instances {
        var keys: [UInt64] = []
        var labels: [Int] = []
        var featureCount = 0
        var count: Int { labels.count }
    }

    func instances(_ documents: [CoNLLUDocument]) -> Instances {
        var result = Instances()
        var buffer: [UInt64] = []
        for document in documents {
            let gold = document.analyzedDocument()
            let text = Array(gold.text.unicodeScalars)
            var scanner = TokenScanner(text)
            let tokens = scanner.scan()
            guard tokens.count > 1 else { continue }
            var rule = [Bool](repeating: false, count: tokens.count)
            for s in SentenceSplitter(text: text, tokens: tokens).ruleSentences() { rule[s.upperBound - 1] = true }
            let starts = gold.sentences.map(\.begin).filter { $0 > 0 }
            let features = SentenceBoundaryFeatures(text: text, tokens: tokens)
            var next = 0, length = 0
            for i in 0..<(tokens.count - 1) {
                length += 1
                while next < starts.count && starts[next] < tokens[i].upperBound { next += 1 }
                let split = next < starts.count && starts[next] <= tokens[i + 1].lowerBound
                if features.isCandidate(i) && !(rule[i] && features.isFirmSplit(i))
                    && !(!rule[i] && features.isFirmContinuation(i)) {
                    features.features(i, sentenceLength: length, rule: rule[i], into: &buffer)
                    result.featureCount = buffer.count
                    result.keys += buffer
                    result.labels.append(split ? 1 : 0)
                }
                if split { length = 0 }
            }
        }
        return result
    }

    /// Trains on `documents`; `progress` gets each epoch's training accuracy (before averaging).
    public func train(_ documents: [CoNLLUDocument], progress: (Int, Double) -> Void = { _, _ in })
        -> SentenceBoundaryModel {
        let data = instances(documents)
        let trainer = PerceptronTrainer(labels: SentenceBoundaryModel.labels)
        var order = Array(0..<data.count)
        var random = SplitMix64(seed: seed)
        var keys: [UInt64] = []
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            var correct = 0
            for index in order {
                let start = index * data.featureCount
                keys.removeAll(keepingCapacity: true)
                keys += data.keys[start..<(start + data.featureCount)]
                let guess = trainer.predict(keys)
                if guess == data.labels[index] { correct += 1 }
                trainer.update(truth: data.labels[index], guess: guess, features: keys)
            }
            progress(epoch, Double(correct) / Double(max(data.count, 1)))
        }
        return SentenceBoundaryModel(model: trainer.averagedModel(pruneBelow: pruneBelow))
    }
}
