import NewsgraphModel

/// Training and evaluation sentences for the recognizer, built from CoNLL-U (GUM's `Entity=`) and
/// UNER files.
public enum NERCorpus {
    /// Sentence tokens from CoNLL-U words: one token per syntactic word, heads sentence-local
    /// (-1 for the root or "_"), "_" columns empty.
    public static func tokens(of sentence: CoNLLUSentence) -> [Token] {
        sentence.words.map { word in
            func column(_ value: String) -> String { value == "_" ? "" : value }
            return Token(form: word.form, begin: 0, end: 0, spaceAfter: word.spaceAfter, upos: column(word.upos),
                         xpos: column(word.xpos), feats: column(word.feats), lemma: column(word.lemma),
                         head: (word.head ?? 0) - 1, deprel: column(word.deprel))
        }
    }

    /// GUM sentences with their named mentions as gold spans (`GUMEntityReader.namedSpans`;
    /// `training`: the recognizer's training targets, which keep leading lowercase modifiers).
    /// Errors name the file and the sentence's first line.
    public static func gum(_ sentences: [CoNLLUSentence], file: String, training: Bool = false) throws -> [NERSentence] {
        try sentences.map { sentence in
            let tokens = tokens(of: sentence)
            do {
                let spans = try GUMEntityReader.namedSpans(tokens: tokens, misc: sentence.words.map(\.misc),
                                                           keepingLeadingModifiers: training)
                return NERSentence(tokens: tokens, entities: spans, startsDocument: sentence.startsDocument)
            } catch let error as NewsgraphError {
                throw NewsgraphError(.trainingData, file: file, line: sentence.line,
                                     "sentence \(sentence.sentID ?? "?"): \(error.message)")
            }
        }
    }

    /// Reads a GUM CoNLL-U file into training sentences.
    public static func gum(file: String, training: Bool = false) throws -> [NERSentence] {
        try gum(CoNLLUReader.read(file: file), file: file, training: training)
    }

    /// UNER gold spans on top of the matching CoNLL-U sentences (same `sent_id`), which supply the
    /// tokens' tags and parse. UNER was annotated on an earlier EWT release: where the word forms
    /// differ but their number is the same (1 dev sentence) the UNER forms replace the CoNLL-U ones;
    /// where even the number differs (2 dev sentences: "#audiobooks" vs "#" "audiobooks") the sentence
    /// is scored on the UNER tokens alone, untagged. UNER labels are kept (PER, ORG, LOC, OTH).
    public static func uner(_ uner: [UNERReader.Sentence], conllu: [CoNLLUSentence], file: String) throws -> [NERSentence] {
        var byID: [String: CoNLLUSentence] = [:]
        for sentence in conllu { if let id = sentence.sentID { byID[id] = sentence } }
        return try uner.map { gold in
            guard let sentence = byID[gold.id] else {
                throw NewsgraphError(.trainingData, file: file, "UNER sentence \(gold.id) is not in the CoNLL-U file")
            }
            var tokens = tokens(of: sentence)
            if tokens.count == gold.forms.count {
                for index in tokens.indices { tokens[index].form = gold.forms[index] }
            } else {
                tokens = gold.forms.map { Token(form: $0, begin: 0, end: 0) }
            }
            return NERSentence(tokens: tokens, entities: gold.entities, startsDocument: sentence.startsDocument)
        }
    }

    /// The sentences with the tagger's UPOS, XPOS, features and lemmas in place of the gold ones, as
    /// the recognizer sees them at run time (the gold parse, if any, is kept).
    public static func retagged(_ sentences: [NERSentence], with tagger: PartOfSpeechTagger) -> [NERSentence] {
        sentences.map { sentence in
            var sentence = sentence
            sentence.tokens = retagged(sentence.tokens, with: tagger)
            return sentence
        }
    }

    public static func retagged(_ tokens: [Token], with tagger: PartOfSpeechTagger) -> [Token] {
        var tokens = tokens
        for (index, tag) in tagger.tag(tokens.map(\.form)).enumerated() {
            tokens[index].upos = tag.upos
            tokens[index].xpos = tag.xpos
            tokens[index].feats = tag.feats
            tokens[index].lemma = tag.lemma
        }
        return tokens
    }

    /// The tokens without a dependency parse (no heads, no relations).
    public static func unparsed(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            var token = token
            token.head = -1
            token.deprel = ""
            return token
        }
    }
}
