import Foundation

/// Trains the tagger: greedy left-to-right, the model's own previous predictions as history (as
/// at prediction time), sentences shuffled each epoch with a fixed seed. Then, optionally, the
/// second pass (the refiner), trained the same way on features that include first-pass tags of
/// the words to the right; those tags are jackknifed so they are as wrong as at run time.
public struct TaggerTrainer {
    public var epochs = 10
    public var seed: UInt64 = 0x6e67_7461_6767
    public var pruneBelow: Float = 1.0
    /// Tag-dictionary admission: seen at least this often...
    public var dictionaryMinimumCount = 20
    /// ...with one class at least this share of the time.
    public var dictionaryMinimumShare = 0.995
    /// Second pass: 0 none; 1 trained on the first pass's own tags of the training set; k ≥ 2 on
    /// tags from k first-pass taggers each trained without one fold (jackknifed).
    public var refinerFolds = 0
    /// Epochs of each jackknife fold's first-pass tagger.
    public var refinerFoldEpochs = 6
    /// Second-pass epochs (nil: `epochs`).
    public var refinerEpochs: Int?
    /// The first pass reads sentences right to left (PartOfSpeechTagger.rightToLeft).
    public var firstPassRightToLeft = false

    public init() {}

    static func className(_ sentence: TreebankSentence, _ i: Int) -> String {
        let feats = sentence.feats[i] == "_" ? "" : sentence.feats[i]
        return sentence.upos[i] + "\t" + sentence.xpos[i] + "\t" + feats
    }

    /// What both passes share: the classes, the tag dictionary, the lexicon, the gold classes.
    struct Setup {
        var classNames: [String]
        var dictionary: [String: Int]
        var lexicon: TagLexicon
        var gold: [[Int]]
        /// Hashed XPOS of each class, the history atom.
        var history: [UInt64]
    }

    func setup(_ sentences: [TreebankSentence]) -> Setup {
        var classCounts: [String: Int] = [:]
        var wordClassCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for i in 0..<sentence.count {
                let name = Self.className(sentence, i)
                classCounts[name, default: 0] += 1
                wordClassCounts[sentence.forms[i], default: [:]][name, default: 0] += 1
            }
        }
        let classNames = classCounts.keys.sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        var dictionary: [String: Int] = [:]
        for (word, counts) in wordClassCounts {
            let total = counts.values.reduce(0, +)
            // Most frequent class; ties by name so the choice is deterministic.
            guard total >= dictionaryMinimumCount,
                  let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  Double(top.value) / Double(total) >= dictionaryMinimumShare else { continue }
            dictionary[word] = classIndex[top.key]
        }
        return Setup(classNames: classNames, dictionary: dictionary, lexicon: TagLexicon.learn(from: sentences),
                     gold: sentences.map { sentence in (0..<sentence.count).map { classIndex[Self.className(sentence, $0)]! } },
                     history: classNames.map { FeatureHashing.string(String($0.split(separator: "\t", omittingEmptySubsequences: false)[1])) })
    }

    public func train(_ sentences: [TreebankSentence], lemmatizer: Lemmatizer,
                      evaluate: ((PartOfSpeechTagger, Int) -> String)? = nil,
                      progress: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
        let setup = setup(sentences)
        func tagger(_ model: PerceptronModel, refiner: PerceptronModel?) -> PartOfSpeechTagger {
            PartOfSpeechTagger(model: model, refiner: refiner, rightToLeft: firstPassRightToLeft, tagDictionary: setup.dictionary, lexicon: setup.lexicon,
                               lemmatizer: lemmatizer)
        }
        let firstModel = trainPass(sentences, setup, firstPass: nil, reversed: firstPassRightToLeft, epochs: epochs, name: "epoch",
                                   evaluate: evaluate.map { evaluate in { evaluate(tagger($0, refiner: nil), $1) } },
                                   progress: progress)
        let first = tagger(firstModel, refiner: nil)
        guard refinerFolds >= 1 else { return first }
        let firstPass = firstPassTags(sentences, tagger: first, progress: progress)
        let refiner = trainPass(sentences, setup, firstPass: firstPass, reversed: false, epochs: refinerEpochs ?? epochs, name: "pass 2 epoch",
                                evaluate: evaluate.map { evaluate in { evaluate(tagger(firstModel, refiner: $0), $1) } },
                                progress: progress)
        return tagger(firstModel, refiner: refiner)
    }

    /// The first pass's tags of the training sentences (hashed XPOS) the second pass learns from.
    func firstPassTags(_ sentences: [TreebankSentence], tagger: PartOfSpeechTagger,
                       progress: (String) -> Void) -> [[UInt64]] {
        guard refinerFolds >= 2 else { return sentences.map { tagger.firstPassHistory($0.forms) } }
        var foldTrainer = self
        foldTrainer.refinerFolds = 0
        foldTrainer.epochs = refinerFoldEpochs
        foldTrainer.pruneBelow = 0
        let tags = JackknifeTagging(sentences, folds: refinerFolds, trainer: foldTrainer,
                                    progress: { progress("second-pass training tags: " + $0) })
        return tags.xpos.map { $0.map { FeatureHashing.string($0) } }
    }

    /// One pass's averaged perceptron; `firstPass` (hashed tags per sentence) makes it the second pass.
    func trainPass(_ sentences: [TreebankSentence], _ setup: Setup, firstPass: [[UInt64]]?, reversed: Bool,
                   epochs: Int, name: String,
                   evaluate: ((PerceptronModel, Int) -> String)?, progress: (String) -> Void) -> PerceptronModel {
        let trainer = PerceptronTrainer(labels: setup.classNames)
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var buffer: [UInt64] = []
        var scores: [Float] = []
        var result: PerceptronModel?
        for epoch in 1...epochs {
            let start = Date()
            rng.shuffle(&order)
            var correct = 0, total = 0
            for index in order {
                let forms = reversed ? Array(sentences[index].forms.reversed()) : sentences[index].forms
                let gold = reversed ? Array(setup.gold[index].reversed()) : setup.gold[index]
                let features = TaggerFeatures(forms: forms, lexicon: setup.lexicon)
                var previous = PartOfSpeechTagger.startTag, secondPrevious = PartOfSpeechTagger.startTag2
                for i in forms.indices {
                    let truth = gold[i]
                    let guess: Int
                    if let known = setup.dictionary[forms[i]] {
                        guess = known
                    } else {
                        features.extract(i, previousTag: previous, secondPreviousTag: secondPrevious, into: &buffer)
                        if let firstPass {
                            features.appendRightTags(i, previousTag: previous, firstPass: firstPass[index], into: &buffer)
                        }
                        trainer.score(buffer, into: &scores)
                        guess = PerceptronTrainer.argmax(scores)
                        trainer.update(truth: truth, guess: guess, features: buffer)
                    }
                    if guess == truth { correct += 1 }
                    total += 1
                    secondPrevious = previous
                    previous = setup.history[guess]
                }
            }
            // Averaging takes a while: only for the last epoch unless every epoch is scored.
            guard evaluate != nil || epoch == epochs else { continue }
            let model = trainer.averagedModel(pruneBelow: pruneBelow)
            let seconds = Date().timeIntervalSince(start)
            let report = evaluate?(model, epoch) ?? ""
            progress(String(format: "%@ %2d  train %.2f%%  %@  features %d  %.1fs", name, epoch,
                            100 * Double(correct) / Double(max(total, 1)), report, model.featureCount, seconds))
            result = model
        }
        return result!
    }
}
