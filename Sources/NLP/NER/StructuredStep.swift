/// One structured-perceptron step on a sentence: Viterbi-decode it with the current (not yet
/// averaged) weights, then reward the gold sequence's features and penalize the guess's at each
/// token where they differ (emission features where the tags differ, transition features where
/// the tag or the previous tag differs). The averaging clock advances once per token.
struct StructuredStep {
    let perceptron: PerceptronTrainer
    let viterbi: BILOUViterbi
    let extractor = NERFeatureExtractor()

    /// Returns the guess the weights were updated against.
    func learn(_ context: NERSentenceContext, gold: [Int]) -> [Int] {
        var features: [UInt64] = []
        let emissions: [[UInt64]] = gold.indices.map { index in
            var features: [UInt64] = []
            extractor.staticFeatures(at: index, in: context, into: &features)
            return features
        }
        let guess = viterbi.decode(count: gold.count, emission: { (index: Int, out: inout [Float]) in
            perceptron.score(emissions[index], into: &out)
        }, transition: { (index: Int, previous: Int, out: inout [Float]) in
            features.removeAll(keepingCapacity: true)
            extractor.historyFeatures(at: index, previousTag: previous, in: context, into: &features)
            perceptron.score(features, into: &out)
        })
        for index in gold.indices {
            perceptron.advance()
            if guess[index] != gold[index] {
                perceptron.adjust(emissions[index], label: gold[index], by: 1)
                perceptron.adjust(emissions[index], label: guess[index], by: -1)
            }
            let goldPrevious = index > 0 ? gold[index - 1] : -1, guessPrevious = index > 0 ? guess[index - 1] : -1
            guard goldPrevious != guessPrevious || guess[index] != gold[index] else { continue }
            features.removeAll(keepingCapacity: true)
            extractor.historyFeatures(at: index, previousTag: goldPrevious, in: context, into: &features)
            perceptron.adjust(features, label: gold[index], by: 1)
            features.removeAll(keepingCapacity: true)
            extractor.historyFeatures(at: index, previousTag: guessPrevious, in: context, into: &features)
            perceptron.adjust(features, label: guess[index], by: -1)
        }
        return guess
    }
}
