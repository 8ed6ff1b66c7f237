import Foundation
import NewsgraphModel

/// Greedy left-to-right averaged-perceptron tagger predicting, per word, one joint class
/// "UPOS\tXPOS\tFEATS" (so UPOS, the Penn tag and the UD morphological features — Tense, Number,
/// Person, VerbForm, Mood, ... — are always mutually consistent), then the lemma.
/// Frequent unambiguous words skip the perceptron through a tag dictionary. With a `refiner`, a
/// second left-to-right pass re-tags each word seeing the first pass's tags of the words to its
/// right (TaggerFeatures.appendRightTags).
public struct PartOfSpeechTagger: PipelineComponent {
    public let name = "tagger"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let assigns: Set<Annotation> = [.tags, .morphology, .lemmas]

    public let model: PerceptronModel
    /// The second pass (same classes), or nil for one pass.
    public let refiner: PerceptronModel?
    /// The first pass (`model`) reads the sentence right to left, so its tags to the right of a
    /// word do not follow from the second pass's own decisions on it.
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

    public init(model: PerceptronModel, refiner: PerceptronModel? = nil, rightToLeft: Bool = false,
                tagDictionary: [String: Int], lexicon: TagLexicon, lemmatizer: Lemmatizer) {
        precondition(refiner == nil || refiner!.labels == model.labels, "both passes predict the same classes")
        self.model = model
        self.refiner = refiner
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
        let refiner = archive.has("tagger.refiner.labels")
            ? try PerceptronModel(from: archive, prefix: "tagger.refiner") : nil
        guard refiner == nil || refiner!.labels == model.labels else {
            throw archive.corrupt("the second pass's classes differ from the first's")
        }
        let rightToLeft = archive.has("tagger.rightToLeft") ? try archive.array("tagger.rightToLeft") == [UInt8(1)] : false
        let words = try archive.strings("tagger.dictionary.words")
        let classes: [UInt32] = try archive.array("tagger.dictionary.classes")
        guard words.count == classes.count, classes.allSatisfy({ Int($0) < model.labelCount }) else {
            throw archive.corrupt("tag dictionary does not match the tag set")
        }
        var dictionary: [String: Int] = [:]
        for (word, tag) in zip(words, classes) { dictionary[word] = Int(tag) }
        self.init(model: model, refiner: refiner, rightToLeft: rightToLeft, tagDictionary: dictionary, lexicon: try TagLexicon(from: archive, prefix: "tagger.lexicon"),
                  lemmatizer: lemmatizer)
    }

    /// The tagger and lemmatizer shipped in the NLP bundle (Models/tagger.bin, Models/lemmatizer.bin).
    public static func bundled() throws -> PartOfSpeechTagger {
        try PartOfSpeechTagger(archive: ModelArchive.bundled("tagger"), lemmatizer: Lemmatizer.bundled())
    }

    public func archive() -> ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        model.write(to: &archive, prefix: "tagger.classes")
        refiner?.write(to: &archive, prefix: "tagger.refiner")
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

    /// Class index of each word of a sentence (after the second pass when there is one).
    func classify(_ forms: [String]) -> [Int] {
        let features = TaggerFeatures(forms: forms, lexicon: lexicon)
        let first = firstPass(forms, features)
        guard let refiner else { return first }
        return decode(forms, features, refiner, firstPass: first.map { classHistory[$0] })
    }

    private func firstPass(_ forms: [String], _ features: TaggerFeatures) -> [Int] {
        guard rightToLeft else { return decode(forms, features, model, firstPass: nil) }
        return decode(forms.reversed(), features.reversed(), model, firstPass: nil).reversed()
    }

    /// The first pass's tags of a sentence as history atoms (hashed XPOS), what the second pass sees.
    func firstPassHistory(_ forms: [String]) -> [UInt64] {
        firstPass(forms, TaggerFeatures(forms: forms, lexicon: lexicon)).map { classHistory[$0] }
    }

    /// One greedy left-to-right pass of `perceptron`; `firstPass` (hashed tags) for the second pass.
    private func decode(_ forms: [String], _ features: TaggerFeatures, _ perceptron: PerceptronModel,
                        firstPass: [UInt64]?) -> [Int] {
        var buffer: [UInt64] = []
        buffer.reserveCapacity(50)
        var scores: [Int32] = []
        var classes: [Int] = []
        classes.reserveCapacity(forms.count)
        var previous = Self.startTag, secondPrevious = Self.startTag2
        for i in forms.indices {
            let tag: Int
            if let known = tagDictionary[forms[i]] {
                tag = known
            } else {
                features.extract(i, previousTag: previous, secondPreviousTag: secondPrevious, into: &buffer)
                if let firstPass {
                    features.appendRightTags(i, previousTag: previous, firstPass: firstPass, into: &buffer)
                }
                perceptron.score(buffer, into: &scores)
                tag = PerceptronModel.argmax(scores)
            }
            classes.append(tag)
            secondPrevious = previous
            previous = classHistory[tag]
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
