import Foundation
import KnowledgeGraph
import NewsgraphModel

/// N-Triples (RDF 1.1, or 1.2 with `rdf12`): the union of all graphs, one triple per line,
/// streamed in constant memory.
public struct NTriplesWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        _ = try writeCounting(corpus, to: destination)
    }

    /// Writes and returns the number of triples written.
    public func writeCounting(_ corpus: Corpus, to destination: URL) throws -> Int {
        let builder = RDFFileWriting.builder(corpus, options)
        return try RDFFileWriting.write(to: destination) { sink in
            var lines = LineQuadSink(terms: NTriplesTermWriter(sink: sink, minter: builder.minter), keepGraphs: false)
            try builder.build(into: &lines)
            return lines.count
        }
    }
}
