import Foundation

/// Trains the dependency parser: pseudo-projectivized gold trees, a dynamic oracle with error
/// exploration (Goldberg & Nivre 2012/2013), one averaged perceptron over transitions.
public struct ParserTrainer {
    public var epochs = 12
    public var seed: UInt64 = 0x6e67_7061_7273
    /// After the first epoch, follow the model's own prediction with this probability (training
    /// then sees the configurations its mistakes lead to).
    public var explorationProbability = 0.9
    /// Lifted labels ("obl|xcomp") rarer than this fall back to the plain label.
    public var minimumLiftedLabelCount = 2
    /// Averaged weights below this are pruned from the shipped model.
    public var pruneBelow: Float = 1.5
    /// Perceptrons trained, each on its own shuffle (seeds `seed`, `seed + 1000`, ...), whose mean
    /// is the model: one linear scorer, as fast as one member.
    public var ensembleSize = 1

    public init() {}

    /// Label inventory: every plain label, plus lifted labels seen often enough.
    func labelInventory(_ trees: [(heads: [Int], labels: [String])]) -> [String] {
        var counts: [String: Int] = [:]
        for tree in trees { for label in tree.labels.dropFirst() { counts[label, default: 0] += 1 } }
        return counts.filter { !$0.key.contains(PseudoProjectivity.separator) || $0.value >= minimumLiftedLabelCount }
            .keys.sorted()
    }

    /// Trains on `sentences` (gold tags, or predicted XPOS/UPOS from `tags` when given, e.g.
    /// jackknifed), reporting each epoch's dev scores through `progress`.
    public func train(_ sentences: [TreebankSentence], tags: JackknifeTagging? = nil,
                      evaluate: ((DependencyParser, Int) -> String)? = nil,
                      progress: (String) -> Void = { _ in }) -> DependencyParser {
        let trees = sentences.map { sentence in
            PseudoProjectivity.projectivize(heads: [-1] + sentence.heads, labels: [""] + sentence.deprels)
        }
        let labels = labelInventory(trees)
        let lexicon = TagLexicon.learn(from: sentences)
        let members = (0..<max(ensembleSize, 1)).map { member in
            trainMember(sentences, trees: trees, labels: labels, lexicon: lexicon, tags: tags,
                        seed: seed &+ UInt64(member) &* 1000, evaluate: evaluate) { line in
                progress(ensembleSize > 1 ? "member \(member + 1)/\(ensembleSize)  " + line : line)
            }
        }
        let model = PerceptronTrainer.averagedModel(ensemble: members, pruneBelow: pruneBelow)
        return DependencyParser(model: model, labels: labels, lexicon: lexicon)
    }

    /// One perceptron over transitions, its sentences shuffled with `seed`.
    func trainMember(_ sentences: [TreebankSentence], trees: [(heads: [Int], labels: [String])], labels: [String],
                     lexicon: TagLexicon, tags: JackknifeTagging?, seed: UInt64,
                     evaluate: ((DependencyParser, Int) -> String)?, progress: (String) -> Void) -> PerceptronTrainer {
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let rootLabel = labels.firstIndex(of: "root")!
        let labelHashes = labels.map { FeatureHashing.string(PseudoProjectivity.baseLabel($0)) }
        let oracles = trees.map { tree in
            DynamicOracle(heads: tree.heads, labels: tree.labels.map {
                labelIndex[$0] ?? labelIndex[PseudoProjectivity.baseLabel($0)] ?? -1
            })
        }
        let trainer = PerceptronTrainer(labels: Transition.classNames(labels: labels))
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var features: [UInt64] = []
        var scores: [Float] = []
        var costs: [Int] = []
        for epoch in 1...epochs {
            let start = Date()
            rng.shuffle(&order)
            var correct = 0, total = 0
            for index in order {
                let sentence = sentences[index]
                let featureSource = ParserFeatures(forms: sentence.forms, tags: tags?.xpos[index] ?? sentence.xpos,
                                                   upos: tags?.upos[index] ?? sentence.upos, lexicon: lexicon,
                                                   labelHashes: labelHashes)
                let oracle = oracles[index]
                var state = ArcHybridConfiguration(wordCount: sentence.count)
                while !state.isTerminal {
                    featureSource.extract(state, into: &features)
                    trainer.score(features, into: &scores)
                    // Costs of every legal class (Int.max = illegal). LEFT/RIGHT costs only
                    // differ by label when the arc itself is gold, so compute them once.
                    costs = [Int](repeating: Int.max, count: scores.count)
                    if state.canShift() { costs[0] = oracle.cost(.shift, in: state) }
                    if state.stack.count >= 2 {
                        let s0 = state.stack[state.stack.count - 1], s1 = state.stack[state.stack.count - 2]
                        let goldLabel = oracle.goldLabels[s0]
                        if state.canLeft() {
                            let base = oracle.cost(.left(-1), in: state)
                            let gold = oracle.goldHeads[s0] == state.bufferFront ? goldLabel : -2
                            for label in 0..<labels.count where label != rootLabel {
                                costs[1 + 2 * label] = label == gold ? base - 1 : base
                            }
                        }
                        if state.canRight() {
                            let base = oracle.cost(.right(-1), in: state)
                            let gold = oracle.goldHeads[s0] == s1 ? goldLabel : -2
                            for label in 0..<labels.count where (label == rootLabel) == state.rightAttachesToRoot {
                                costs[2 + 2 * label] = label == gold ? base - 1 : base
                            }
                        }
                    }
                    let minimum = costs.min()!
                    var guess = -1, truth = -1
                    for c in 0..<scores.count where costs[c] != Int.max {
                        if guess < 0 || scores[c] > scores[guess] { guess = c }
                        if costs[c] == minimum, truth < 0 || scores[c] > scores[truth] { truth = c }
                    }
                    trainer.update(truth: truth, guess: guess, features: features)
                    total += 1
                    if costs[guess] == minimum { correct += 1 }
                    let follow = epoch > 1 && Double(rng.next() >> 11) / Double(1 << 53) < explorationProbability
                    state.apply(Transition(classIndex: follow ? guess : truth))
                }
            }
            let parser = DependencyParser(model: trainer.averagedModel(pruneBelow: pruneBelow), labels: labels,
                                          lexicon: lexicon)
            let seconds = Date().timeIntervalSince(start)
            let report = evaluate?(parser, epoch) ?? ""
            progress(String(format: "epoch %2d  train transitions %.2f%%  %@  features %d  %.1fs",
                            epoch, 100 * Double(correct) / Double(max(total, 1)), report,
                            parser.model.featureCount, seconds))
        }
        return trainer
    }
}
