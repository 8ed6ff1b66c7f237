import NewsgraphModel

/// Annotate + extract one document (NLP pipeline, then the statement extractor).
/// Must be safe to call from several threads at once.
public protocol DocumentExtracting: Sendable {
    func extract(_ document: SourceDocument) -> DocumentExtraction
}

/// Resolve a batch of per-document extractions into one corpus (entities across
/// documents, contradictions). Runs once per batch, after every document is extracted.
public protocol CorpusResolving: Sendable {
    func resolve(_ extractions: [DocumentExtraction], run: ExtractionRun) -> Corpus
}
