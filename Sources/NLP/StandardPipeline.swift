extension NLPPipeline {
    /// The shipped English pipeline with its bundled models, in order:
    /// tokenizer/sentence splitter → tagger (UPOS, XPOS, features) and lemmatizer → parser → NER.
    /// Each component's owner adds one line here (the lead resolves merges).
    public static func standard() throws -> NLPPipeline {
        var components: [any PipelineComponent] = []
        components.append(Tokenizer())
        components.append(try PartOfSpeechTagger.bundled())  // UPOS, XPOS, FEATS, lemmas
        components.append(try DependencyParser.bundled())
        components.append(try EntityRecognizer.bundled())  // person, organization, place, event, time
        _ = components.count
        return NLPPipeline(components: components)
    }
}
