/// The shared document structure every pipeline component reads and writes (spaCy's `Doc`).
///
/// Offsets are Unicode scalar offsets into `text`, end exclusive. Token indices
/// (`head`, `Sentence.tokens`, `EntitySpan.tokens`) are document-level indices into `tokens`.
public struct AnalyzedDocument: Sendable {
    public var text: String
    public var tokens: [Token]
    public var sentences: [Sentence]
    /// Named-entity spans in text order, non-overlapping.
    public var entities: [EntitySpan]
    /// Which annotation layers have been set, so components can check their requirements.
    public var annotations: Set<Annotation>

    public init(text: String, tokens: [Token] = [], sentences: [Sentence] = [], entities: [EntitySpan] = [],
                annotations: Set<Annotation> = []) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.annotations = annotations
    }
}

public struct Token: Hashable, Sendable {
    public var form: String
    /// Unicode scalar offsets into the document text, end exclusive.
    public var begin: Int
    public var end: Int
    /// Whitespace follows in the original text (CoNLL-U `SpaceAfter=No` when false).
    public var spaceAfter: Bool
    /// Universal POS tag ("NOUN", "VERB", ...), empty until tagged.
    public var upos: String
    /// Penn Treebank tag ("NNP", "VBD", ...), empty until tagged.
    public var xpos: String
    /// UD FEATS string, "Tense=Past|VerbForm=Fin", empty when none ("_" in CoNLL-U).
    public var feats: String
    public var lemma: String
    /// Document-level index of the syntactic head, -1 for the sentence root (and before parsing).
    public var head: Int
    /// UD relation ("nsubj", "ccomp", "conj", "obl:tmod", ...), empty until parsed.
    public var deprel: String

    public init(form: String, begin: Int, end: Int, spaceAfter: Bool = true, upos: String = "", xpos: String = "",
                feats: String = "", lemma: String = "", head: Int = -1, deprel: String = "") {
        self.form = form
        self.begin = begin
        self.end = end
        self.spaceAfter = spaceAfter
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
    }

    /// Value of one morphological feature ("Past" for "Tense").
    public func feature(_ name: String) -> String? {
        for pair in feats.split(separator: "|") {
            if let eq = pair.firstIndex(of: "="), pair[..<eq] == name[...] {
                return String(pair[pair.index(after: eq)...])
            }
        }
        return nil
    }
}

public struct Sentence: Hashable, Sendable {
    /// Document-level token indices of this sentence.
    public var tokens: Range<Int>
    /// Scalar offsets of the sentence in the document text.
    public var begin: Int
    public var end: Int

    public init(tokens: Range<Int>, begin: Int, end: Int) {
        self.tokens = tokens
        self.begin = begin
        self.end = end
    }
}

/// A named-entity span. Labels follow GUM: person, organization, place, event, time
/// (and others GUM has, when a model predicts them).
public struct EntitySpan: Hashable, Sendable {
    public var tokens: Range<Int>
    public var label: String

    public init(tokens: Range<Int>, label: String) {
        self.tokens = tokens
        self.label = label
    }
}

/// Annotation layers, for the pipeline contract (what a component requires and assigns).
public enum Annotation: String, Hashable, Sendable, CaseIterable {
    case tokens, sentences, tags, morphology, lemmas, dependencies, entities
}

/// A pipeline step: reads what it `requires` on the document, sets what it `assigns`.
public protocol PipelineComponent: Sendable {
    var name: String { get }
    var requires: Set<Annotation> { get }
    var assigns: Set<Annotation> { get }
    func process(_ document: inout AnalyzedDocument)
}
