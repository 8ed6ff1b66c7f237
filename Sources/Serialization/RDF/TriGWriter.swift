import Foundation
import KnowledgeGraph
import NewsgraphModel

/// TriG: the default graph (run, documents, entities, relations, contradictions) at top level,
/// then one `doc:… { … }` block per document.
public struct TriGWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        _ = try writeCounting(corpus, to: destination)
    }

    /// Writes and returns the number of quads written.
    public func writeCounting(_ corpus: Corpus, to destination: URL) throws -> Int {
        let builder = RDFFileWriting.builder(corpus, options)
        return try RDFFileWriting.write(to: destination) { sink in
            try TurtleWriter.serialize(builder, into: sink, keepGraphs: true)
        }
    }
}
