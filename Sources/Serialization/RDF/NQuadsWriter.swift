import Foundation
import KnowledgeGraph
import NewsgraphModel

/// N-Quads: like N-Triples, with each document's graph name; the default graph has none.
/// Streamed in constant memory.
public struct NQuadsWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        _ = try writeCounting(corpus, to: destination)
    }

    /// Writes and returns the number of quads written.
    public func writeCounting(_ corpus: Corpus, to destination: URL) throws -> Int {
        let builder = RDFFileWriting.builder(corpus, options)
        return try RDFFileWriting.write(to: destination) { sink in
            var lines = LineQuadSink(terms: NTriplesTermWriter(sink: sink, minter: builder.minter), keepGraphs: true)
            try builder.build(into: &lines)
            return lines.count
        }
    }
}
