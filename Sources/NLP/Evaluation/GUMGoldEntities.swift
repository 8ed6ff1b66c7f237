/// Gold named-entity spans from GUM's MISC `Entity=` annotations, for `UDEvaluator` (the NER module's
/// `GUMEntityReader.namedSpans` rule: named person/organization/place/event/time mentions, trimmed to
/// the name), shifted from sentence-local to document-level token indices.
public enum GUMGoldEntities {
    public static let reader: GoldEntityReader = { document, gold in
        var spans: [EntitySpan] = []
        for (index, sentence) in document.sentences.enumerated() where index < gold.sentences.count {
            let offset = gold.sentences[index].tokens.lowerBound
            let named = try GUMEntityReader.namedSpans(tokens: NERCorpus.tokens(of: sentence),
                                                       misc: sentence.words.map(\.misc))
            spans += named.map { span in
                EntitySpan(tokens: (span.tokens.lowerBound + offset)..<(span.tokens.upperBound + offset), label: span.label)
            }
        }
        return spans
    }
}
