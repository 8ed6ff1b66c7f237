import NewsgraphModel

/// Annotate + extract one document (NLP pipeline, then the statement extractor).
/// Must be safe to call from several threads at once.
public protocol DocumentExtracting: Sendable {
    /// `timings`, when given, is charged the calling thread's CPU time per step.
    func extract(_ document: SourceDocument, timings: StageTimings?) -> DocumentExtraction
}

extension DocumentExtracting {
    public func extract(_ document: SourceDocument) -> DocumentExtraction { extract(document, timings: nil) }
}

/// Resolve a batch of per-document extractions into one corpus (entities across
/// documents, contradictions). Runs once per batch, after every document is extracted.
public protocol CorpusResolving: Sendable {
    func resolve(_ extractions: [DocumentExtraction], run: ExtractionRun) -> Corpus
}
