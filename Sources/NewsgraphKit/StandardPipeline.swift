import Extraction
import Foundation
import NLP
import NewsgraphModel
import Resolution

extension BatchPipeline {
    /// The shipped pipeline: bundled NLP models, the statement extractor, the entity
    /// resolver (with an optional alias file) and contradiction detection.
    public static func standard(aliases: URL? = nil, run: ExtractionRun = ExtractionRun(),
                                timings: StageTimings? = nil) throws -> BatchPipeline {
        let table = try aliases.map { try AliasTable.load(url: $0) }
        let load = { try NLPPipeline.standard() }
        let nlp = try timings?.measure(StageTimings.Stage.models, load) ?? load()
        return BatchPipeline(extractor: AnalyzingExtractor(nlp: nlp, extractor: StatementExtractor()),
                             resolver: EntityResolver(aliases: table),
                             run: run, timings: timings)
    }
}

/// annotate (NLP pipeline) → extract (clauses, claims, mentions) for one document.
public struct AnalyzingExtractor: DocumentExtracting {
    public var nlp: NLPPipeline
    public var extractor: StatementExtractor

    public init(nlp: NLPPipeline, extractor: StatementExtractor) {
        self.nlp = nlp
        self.extractor = extractor
    }

    public func extract(_ document: SourceDocument, timings: StageTimings?) -> DocumentExtraction {
        guard let timings else { return extractor.extract(document: document, analysis: nlp(document.text)) }
        let analysis = timings.measureThread(StageTimings.Stage.nlp) { nlp(document.text) }
        return timings.measureThread(StageTimings.Stage.extraction) { extractor.extract(document: document, analysis: analysis) }
    }
}

/// Resolution (entities across the batch, then contradictions) is the batch's one sequential step.
extension EntityResolver: CorpusResolving {}
