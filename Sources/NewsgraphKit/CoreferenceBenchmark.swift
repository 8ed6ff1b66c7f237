import NLP
import NewsgraphModel
import Resolution

/// Coreference of the whole pipeline on a CoNLL-U file with GUM `Entity=` annotations: each document
/// (`# newdoc`) is rebuilt as raw text from its `# text` lines and goes through the batch pipeline
/// (our tokenizer, tagger, parser, NER, extraction, resolution), exactly as `export` would read
/// it; the entities' mentions are then scored against the gold coreference groups.
public enum CoreferenceBenchmark {
    public struct Report: Sendable {
        public var documents: Int
        /// Scores by matching and subset, in `Matching.allCases` × `Subset.allCases` order.
        public var results: Results

        public typealias Results = [(matching: SystemMentionEvaluation.Matching, subset: SystemMentionEvaluation.Subset,
                                     result: SystemMentionEvaluation.Result)]
    }

    /// The documents as the pipeline reads them, and every gold mention located in their text.
    /// Throws `.badCoNLLU` when the file has no `Entity=` annotation at all.
    public static func read(_ sentences: [CoNLLUSentence], source: String) throws
        -> (documents: [SourceDocument], gold: [SystemMentionEvaluation.GoldSpan]) {
        var documents: [SourceDocument] = []
        var gold: [SystemMentionEvaluation.GoldSpan] = []
        for (index, document) in CoNLLUDocument.split(sentences).enumerated() {
            let id = document.id ?? "document-\(index + 1)"
            let analyzed = document.analyzedDocument()
            documents.append(SourceDocument(id: id, source: source, text: analyzed.text))
            for (s, sentence) in document.sentences.enumerated() where s < analyzed.sentences.count {
                let offset = analyzed.sentences[s].tokens.lowerBound
                for mention in try GUMEntityReader.mentions(misc: sentence.words.map(\.misc)) {
                    let tokens = (mention.tokens.lowerBound + offset)..<(mention.tokens.upperBound + offset)
                    guard tokens.upperBound <= analyzed.sentences[s].tokens.upperBound else { continue }
                    let head = tokens.first { !tokens.contains(analyzed.tokens[$0].head) } ?? tokens.lowerBound
                    gold.append(.init(document: id,
                                      span: Span(begin: analyzed.tokens[tokens.lowerBound].begin, end: analyzed.tokens[tokens.upperBound - 1].end),
                                      head: Span(begin: analyzed.tokens[head].begin, end: analyzed.tokens[head].end),
                                      group: mention.group, properName: analyzed.tokens[head].upos == "PROPN"))
                }
            }
        }
        guard !gold.isEmpty else {
            throw NewsgraphError(.badCoNLLU, "\(source): no coreference annotation (MISC Entity=) to score against")
        }
        return (documents, gold)
    }

    /// Runs `pipeline` on the file's documents as one batch and scores its entities in every setting.
    public static func run(_ sentences: [CoNLLUSentence], source: String, pipeline: BatchPipeline) throws -> Report {
        let (documents, gold) = try read(sentences, source: source)
        let corpus = pipeline(documents)
        var results: Report.Results = []
        for matching in SystemMentionEvaluation.Matching.allCases {
            for subset in SystemMentionEvaluation.Subset.allCases {
                results.append((matching, subset, SystemMentionEvaluation.evaluate(corpus: corpus, gold: gold,
                                                                                   matching: matching, subset: subset)))
            }
        }
        return Report(documents: documents.count, results: results)
    }
}
