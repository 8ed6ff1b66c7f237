extension NLPPipeline {
    /// The shipped English pipeline with its bundled models, in order:
    /// tokenizer/sentence splitter → tagger (UPOS, XPOS, features) and lemmatizer → parser → NER.
    public static func standard() throws -> NLPPipeline {
        var components: [any PipelineComponent] = []
        components.append(try Tokenizer.bundled())  // rules + sentence-boundary model
        components.append(try PartOfSpeechTagger.bundled())  // UPOS, XPOS, FEATS, lemmas
        components.append(try DependencyParser.bundled())
        components.append(try EntityRecognizer.bundled())  // person, organization, place, event, time
        return NLPPipeline(components: components)
    }
}
