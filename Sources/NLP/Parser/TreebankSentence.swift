/// One gold-annotated sentence as the tagger, lemmatizer and parser trainers see it (a CoNLL-U
/// sentence without multiword-token and empty-node lines). Word i of the sentence has `heads[i]`
/// = 1-based index of its head, 0 for the root.
public struct TreebankSentence: Hashable, Sendable {
    public var forms: [String]
    public var upos: [String]
    public var xpos: [String]
    public var feats: [String]
    public var lemmas: [String]
    public var heads: [Int]
    public var deprels: [String]

    public init(forms: [String], upos: [String], xpos: [String], feats: [String], lemmas: [String],
                heads: [Int], deprels: [String]) {
        self.forms = forms
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.lemmas = lemmas
        self.heads = heads
        self.deprels = deprels
    }

    public var count: Int { forms.count }
}

extension TreebankSentence {
    /// The syntactic words of a CoNLL-U sentence ("_" columns kept as "_", a missing head as 0).
    public init(_ sentence: CoNLLUSentence) {
        self.init(forms: sentence.words.map(\.form), upos: sentence.words.map(\.upos),
                  xpos: sentence.words.map(\.xpos), feats: sentence.words.map(\.feats),
                  lemmas: sentence.words.map(\.lemma), heads: sentence.words.map { $0.head ?? 0 },
                  deprels: sentence.words.map(\.deprel))
    }
}
