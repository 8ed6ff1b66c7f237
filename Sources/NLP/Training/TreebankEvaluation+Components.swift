extension TreebankEvaluation {
    /// Tags (and optionally parses, on the predicted tags) gold-tokenized sentences.
    public static func evaluate(_ sentences: [TreebankSentence], tagger: PartOfSpeechTagger?,
                                parser: DependencyParser?) -> TreebankEvaluation {
        var evaluation = TreebankEvaluation()
        for sentence in sentences {
            var tags = sentence.xpos, upos = sentence.upos
            if let tagger {
                let predicted = tagger.tag(sentence.forms)
                evaluation.addTags(gold: sentence, upos: predicted.map(\.upos), xpos: predicted.map(\.xpos),
                                   feats: predicted.map(\.feats), lemmas: predicted.map(\.lemma))
                tags = predicted.map(\.xpos)
                upos = predicted.map(\.upos)
            }
            if let parser {
                let parse = parser.parse(forms: sentence.forms, tags: tags, upos: upos)
                evaluation.addParse(gold: sentence, heads: parse.heads, labels: parse.labels, countWords: tagger == nil)
            }
        }
        return evaluation
    }
}
