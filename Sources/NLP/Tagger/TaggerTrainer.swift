import Foundation

/// Trains the tagger: greedy, in the tagger's reading direction, the model's own previous predictions
/// as history (as at prediction time), sentences shuffled each epoch with a fixed seed.
public struct TaggerTrainer {
    public var epochs = 10
    public var seed: UInt64 = 0x6e67_7461_6767
    public var pruneBelow: Float = 1.0
    /// Tag-dictionary admission: seen at least this often...
    public var dictionaryMinimumCount = 20
    /// ...with one class at least this share of the time.
    public var dictionaryMinimumShare = 0.995
    /// Read sentences right to left (PartOfSpeechTagger.rightToLeft): EWT / GUM dev UPOS 95.15 / 96.55
    /// against 95.01 / 96.19 left to right, same speed and size. Not the shipped default: it tags the
    /// hyphen of "D-Chowk" in seeds/001 as a dash (","), the parser then reads "Home Minister Mohsin
    /// Naqvi" as an apposition, and the seed claim (Naqvi claimed Gandapur and Bibi absconded) is lost.
    public var rightToLeft = false
    /// Perceptrons trained on different shuffles (seeds `seed`, `seed + 1000`, ...) whose averaged
    /// weights are averaged into the model: one linear model, as fast as one. Three measured EWT / GUM
    /// dev UPOS 95.14 / 96.24 against 95.01 / 96.19, but the shipped parser parsed EWT worse on
    /// its tags (LAS 82.05 against 82.25; retrained on them 81.96), so the shipped model is one.
    public var ensembleSize = 1

    public init() {}

    static func className(_ sentence: TreebankSentence, _ i: Int) -> String {
        let feats = sentence.feats[i] == "_" ? "" : sentence.feats[i]
        return sentence.upos[i] + "\t" + sentence.xpos[i] + "\t" + feats
    }

    public func train(_ sentences: [TreebankSentence], lemmatizer: Lemmatizer,
                      evaluate: ((PartOfSpeechTagger, Int) -> String)? = nil,
                      progress: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
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
        let lexicon = TagLexicon.learn(from: sentences)
        let gold = sentences.map { sentence in (0..<sentence.count).map { classIndex[Self.className(sentence, $0)]! } }
        let history = classNames.map { FeatureHashing.string(String($0.split(separator: "\t", omittingEmptySubsequences: false)[1])) }
        var buffer: [UInt64] = []
        var scores: [Float] = []
        var result: PartOfSpeechTagger?
        var members: [PerceptronTrainer] = []
        for member in 0..<max(ensembleSize, 1) {
            let trainer = PerceptronTrainer(labels: classNames)
            members.append(trainer)
            var rng = SplitMix64(seed: seed &+ 1000 * UInt64(member))
            var order = Array(sentences.indices)
            for epoch in 1...epochs {
                let start = Date()
                rng.shuffle(&order)
                var correct = 0, total = 0
                for index in order {
                    // Right to left: train on the reversed sentence, as the tagger decodes it.
                    let forms = rightToLeft ? Array(sentences[index].forms.reversed()) : sentences[index].forms
                    let truths = rightToLeft ? Array(gold[index].reversed()) : gold[index]
                    let features = TaggerFeatures(forms: forms, lexicon: lexicon)
                    let guesses = PartOfSpeechTagger.greedy(forms, features, dictionary: dictionary, history: history,
                                                            buffer: &buffer) { i, buffer in
                        trainer.score(buffer, into: &scores)
                        let guess = PerceptronTrainer.argmax(scores)
                        trainer.update(truth: truths[i], guess: guess, features: buffer)
                        return guess
                    }
                    correct += zip(guesses, truths).filter { $0 == $1 }.count
                    total += truths.count
                }
                // Averaging takes a while: only after the last epoch unless every epoch is scored.
                guard evaluate != nil || epoch == epochs else { continue }
                let model = epoch < epochs ? trainer.averagedModel(pruneBelow: pruneBelow)
                    : PerceptronTrainer.averagedModel(ensemble: members, pruneBelow: pruneBelow)
                let tagger = PartOfSpeechTagger(model: model, rightToLeft: rightToLeft,
                                                tagDictionary: dictionary, lexicon: lexicon, lemmatizer: lemmatizer)
                let seconds = Date().timeIntervalSince(start)
                let report = evaluate?(tagger, epoch) ?? ""
                progress(String(format: "%@epoch %2d  train %.2f%%  %@  features %d  %.1fs",
                                ensembleSize > 1 ? "member \(member + 1) \(epoch == epochs ? "(mean of \(members.count)) " : "")" : "", epoch,
                                100 * Double(correct) / Double(max(total, 1)), report, tagger.model.featureCount, seconds))
                result = tagger
            }
        }
        return result!
    }
}
