import Foundation
import NewsgraphModel

extension BatchPipeline {
    /// The shipped pipeline: bundled NLP models, the statement extractor, the entity
    /// resolver (with an optional alias file) and contradiction detection.
    public static func standard(aliases: URL? = nil, run: ExtractionRun = ExtractionRun()) throws -> BatchPipeline {
        // INTEGRATION SEAM: wired to NLP/Extraction/Resolution when those modules land.
        throw NewsgraphError(.modelMissing, "the extraction pipeline is not wired in yet")
    }
}
