import Foundation
import NewsgraphModel

/// Greedy averaged-perceptron tagger predicting, per word, one joint class
/// "UPOS\tXPOS\tFEATS" (so UPOS, the Penn tag and the UD morphological features — Tense, Number,
/// Person, VerbForm, Mood, ... — are always mutually consistent), then the lemma.
/// Frequent unambiguous words skip the perceptron through a tag dictionary.
/// A model can read each sentence right to left (`rightToLeft`): the tags it has already decided
/// are then those of the words to the right, and the words to the left are seen as words and
/// ambiguity classes. Measured slightly better on EWT and GUM dev, not shipped (README, TaggerTrainer).
public struct PartOfSpeechTagger: PipelineComponent {
    public let name = "tagger"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let assigns: Set<Annotation> = [.tags, .morphology, .lemmas]

    public let model: PerceptronModel
    /// Tags the last word first, its history being the tags of the words to the right.
    public let rightToLeft: Bool
    public let lemmatizer: Lemmatizer
    /// Exact word form → class, for words seen often and (almost) always with one class.
    public let tagDictionary: [String: Int]
    /// Ambiguity classes of known words, the tagger's view of the words to its right.
    public let lexicon: TagLexicon
    let classUPOS: [String]
    let classXPOS: [String]
    let classFeats: [String]
    /// Hash of each class's XPOS, the history atom for the next words.
    let classHistory: [UInt64]

    public static let modelKind = "tagger"
    static let startTag = FeatureHashing.string("<S>")
    static let startTag2 = FeatureHashing.string("<S2>")

    public init(model: PerceptronModel, rightToLeft: Bool, tagDictionary: [String: Int], lexicon: TagLexicon,
                lemmatizer: Lemmatizer) {
        self.model = model
        self.rightToLeft = rightToLeft
        self.tagDictionary = tagDictionary
        self.lexicon = lexicon
        self.lemmatizer = lemmatizer
        let parts = model.labels.map { label -> [String] in
            let fields = label.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == 3 ? fields : [label, label, ""]
        }
        classUPOS = parts.map { $0[0] }
        classXPOS = parts.map { $0[1] }
        classFeats = parts.map { $0[2] }
        classHistory = classXPOS.map { FeatureHashing.string($0) }
    }

    public init(archive: ModelArchive, lemmatizer: Lemmatizer) throws {
        guard archive.kind == Self.modelKind else {
            throw archive.corrupt("expected a tagger model, found '\(archive.kind)'")
        }
        let model = try PerceptronModel(from: archive, prefix: "tagger.classes")
        // Absent in models made before the direction was a choice: those read left to right.
        let direction: [UInt8] = archive.has("tagger.rightToLeft") ? try archive.array("tagger.rightToLeft") : [0]
        guard direction == [0] || direction == [1] else { throw archive.corrupt("bad tagger direction") }
        let words = try archive.strings("tagger.dictionary.words")
        let classes: [UInt32] = try archive.array("tagger.dictionary.classes")
        guard words.count == classes.count, classes.allSatisfy({ Int($0) < model.labelCount }) else {
            throw archive.corrupt("tag dictionary does not match the tag set")
        }
        var dictionary: [String: Int] = [:]
        for (word, tag) in zip(words, classes) { dictionary[word] = Int(tag) }
        self.init(model: model, rightToLeft: direction == [1], tagDictionary: dictionary, lexicon: try TagLexicon(from: archive, prefix: "tagger.lexicon"),
                  lemmatizer: lemmatizer)
    }

    /// The tagger and lemmatizer shipped in the NLP bundle (Models/tagger.bin, Models/lemmatizer.bin).
    public static func bundled() throws -> PartOfSpeechTagger {
        try PartOfSpeechTagger(archive: ModelArchive.bundled("tagger"), lemmatizer: Lemmatizer.bundled())
    }

    public func archive() -> ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        model.write(to: &archive, prefix: "tagger.classes")
        if rightToLeft { archive.set("tagger.rightToLeft", array: [UInt8(1)]) }
        let entries = tagDictionary.sorted { $0.key < $1.key }
        archive.set("tagger.dictionary.words", strings: entries.map(\.key))
        archive.set("tagger.dictionary.classes", array: entries.map { UInt32($0.value) })
        lexicon.write(to: &archive, prefix: "tagger.lexicon")
        return archive
    }

    /// Tagging result for one word.
    public struct Tag: Hashable, Sendable {
        public var upos: String
        public var xpos: String
        public var feats: String
        public var lemma: String
    }

    /// Class index of each word of a sentence.
    func classify(_ forms: [String]) -> [Int] {
        let features = TaggerFeatures(forms: forms, lexicon: lexicon)
        guard rightToLeft else { return decode(forms, features) }
        return decode(forms.reversed(), features.reversed()).reversed()
    }

    /// Greedy decoding in the order of `forms`, the previous two predictions as history.
    private func decode(_ forms: [String], _ features: TaggerFeatures) -> [Int] {
        var buffer: [UInt64] = []
        buffer.reserveCapacity(40)
        var scores: [Int32] = []
        return Self.greedy(forms, features, dictionary: tagDictionary, history: classHistory, buffer: &buffer) { _, buffer in
            model.score(buffer, into: &scores)
            return PerceptronModel.argmax(scores)
        }
    }

    /// The greedy loop tagging and training share: in the order of `forms`, a word of `dictionary`
    /// takes its class, any other the class `choose(i, features)` picks from its features, with the
    /// history atoms (`history[class]`) of the previous two choices.
    static func greedy(_ forms: [String], _ features: TaggerFeatures, dictionary: [String: Int], history: [UInt64],
                       buffer: inout [UInt64], choose: (Int, [UInt64]) -> Int) -> [Int] {
        var classes: [Int] = []
        classes.reserveCapacity(forms.count)
        var previous = startTag, secondPrevious = startTag2
        for i in forms.indices {
            let tag: Int
            if let known = dictionary[forms[i]] {
                tag = known
            } else {
                features.extract(i, previousTag: previous, secondPreviousTag: secondPrevious, into: &buffer)
                tag = choose(i, buffer)
            }
            classes.append(tag)
            secondPrevious = previous
            previous = history[tag]
        }
        return classes
    }

    /// Tags and lemmatizes one sentence.
    public func tag(_ forms: [String]) -> [Tag] {
        zip(forms, classify(forms)).map { form, tag in
            Tag(upos: classUPOS[tag], xpos: classXPOS[tag], feats: classFeats[tag],
                lemma: lemmatizer.lemma(form: form, upos: classUPOS[tag], xpos: classXPOS[tag]))
        }
    }

    public func process(_ document: inout AnalyzedDocument) {
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let forms = sentence.tokens.map { document.tokens[$0].form }
            for (index, tag) in zip(sentence.tokens, tag(forms)) {
                document.tokens[index].upos = tag.upos
                document.tokens[index].xpos = tag.xpos
                document.tokens[index].feats = tag.feats
                document.tokens[index].lemma = tag.lemma
            }
        }
    }
}
