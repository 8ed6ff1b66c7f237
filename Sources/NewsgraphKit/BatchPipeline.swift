import Dispatch
import Foundation
import NewsgraphModel

/// ingest → (annotate → extract, per document, in parallel) → resolve → corpus.
///
/// Documents are processed on every core; results are stored by input position, so the
/// corpus (and every export) is identical whatever the scheduling.
public struct BatchPipeline: Sendable {
    public var extractor: any DocumentExtracting
    public var resolver: any CorpusResolving
    public var run: ExtractionRun
    /// Where each step's CPU time is charged, when the caller wants to know (`export --timings`).
    public var timings: StageTimings?

    public init(extractor: any DocumentExtracting, resolver: any CorpusResolving, run: ExtractionRun = ExtractionRun(),
                timings: StageTimings? = nil) {
        self.extractor = extractor
        self.resolver = resolver
        self.run = run
        self.timings = timings
    }

    /// `progress(done, total)` is called from worker threads as documents finish.
    public func callAsFunction(_ documents: [SourceDocument],
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> Corpus {
        let extractions = extractAll(documents, progress: progress)
        let resolve = {
            var corpus = resolver.resolve(extractions, run: run)
            corpus.canonicalize()
            return corpus
        }
        return timings?.measure(StageTimings.Stage.resolution, resolve) ?? resolve()
    }

    public func extractAll(_ documents: [SourceDocument], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [DocumentExtraction] {
        let slots = ResultSlots<DocumentExtraction>(count: documents.count)
        let counter = Counter()
        let extractor = self.extractor, timings = self.timings
        // Registered first, so the table lists the parallel step before its parts.
        timings?.add(StageTimings.Stage.parallel, cpu: 0)
        timings?.add(StageTimings.Stage.nlp, cpu: 0, isPart: true)
        timings?.add(StageTimings.Stage.extraction, cpu: 0, isPart: true)
        let extractEach = {
            DispatchQueue.concurrentPerform(iterations: documents.count) { index in
                slots[index] = extractor.extract(documents[index], timings: timings)
                let done = counter.increment()
                progress?(done, documents.count)
            }
        }
        if let timings { timings.measure(StageTimings.Stage.parallel, extractEach) } else { extractEach() }
        return slots.values()
    }
}

/// Write-once slots filled concurrently at distinct indices.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    func values() -> [Value] { lock.withLock { storage.map { $0! } } }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.withLock { value += 1; return value } }
}
