/// The tokenizer and sentence splitter: the first component of the pipeline, assigning `.tokens` and
/// `.sentences` with exact Unicode-scalar offsets into the document text.
///
/// Tokens follow the UD English treebanks (EWT, GUM): contractions and possessives split
/// ("do n't", "ca n't", "Khan 's"), hyphens between words are tokens ("15 - year", "D - Chowk") except after
/// common prefixes ("e-mail", "non-violent"), numbers stay whole ("4,000", "10.5"), abbreviations keep
/// their period ("Mr.", "U.S.", "Nov."), URLs, e-mail addresses, @handles and #hashtags are one token.
public struct Tokenizer: PipelineComponent {
    public let name = "tokenizer"
    public let requires: Set<Annotation> = []
    public let assigns: Set<Annotation> = [.tokens, .sentences]
    /// Decides the sentence boundaries the rules are least sure of (nil: rules only).
    public let boundaryModel: SentenceBoundaryModel?

    public init(boundaryModel: SentenceBoundaryModel? = nil) {
        self.boundaryModel = boundaryModel
    }

    /// The tokenizer with the bundled sentence-boundary model (`Resources/Models/sentences.bin`).
    public static func bundled() throws -> Tokenizer {
        Tokenizer(boundaryModel: try SentenceBoundaryModel.bundled())
    }

    public func process(_ document: inout AnalyzedDocument) {
        let (tokens, sentences) = analyze(document.text)
        document.tokens = tokens
        document.sentences = sentences
    }

    /// Tokens of `text`, with offsets and `spaceAfter` set, all other fields empty.
    public func tokenize(_ text: String) -> [Token] {
        analyze(text).tokens
    }

    /// Tokens and sentences of `text`.
    public func analyze(_ text: String) -> (tokens: [Token], sentences: [Sentence]) {
        let source = ScalarText(text)
        let scalars = source.scalars
        var scanner = TokenScanner(scalars)
        let ranges = scanner.scan()
        var tokens: [Token] = []
        tokens.reserveCapacity(ranges.count)
        for r in ranges {
            let spaceAfter = r.upperBound < scalars.count && CharacterClass.isSpace(scalars[r.upperBound])
            tokens.append(Token(form: source.string(r.lowerBound, r.upperBound), begin: r.lowerBound, end: r.upperBound,
                                spaceAfter: spaceAfter))
        }
        let groups = SentenceSplitter(text: scalars, tokens: ranges, model: boundaryModel).split()
        let sentences = groups.map { g in
            Sentence(tokens: g, begin: ranges[g.lowerBound].lowerBound, end: ranges[g.upperBound - 1].upperBound)
        }
        return (tokens, sentences)
    }

    /// Sentences over tokens that are already given (gold tokens): the same boundary decisions.
    public func sentences(text: String, tokens: [Token]) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        let ranges = tokens.map { $0.begin..<$0.end }
        return SentenceSplitter(text: scalars, tokens: ranges, model: boundaryModel).split().map { g in
            Sentence(tokens: g, begin: ranges[g.lowerBound].lowerBound, end: ranges[g.upperBound - 1].upperBound)
        }
    }
}
