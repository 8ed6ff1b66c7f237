import Foundation
import KnowledgeGraph
import NewsgraphModel

/// Turtle: the union of all graphs, with the vocabulary and data prefixes, subjects grouped.
public struct TurtleWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        _ = try writeCounting(corpus, to: destination)
    }

    /// Writes and returns the number of triples written.
    public func writeCounting(_ corpus: Corpus, to destination: URL) throws -> Int {
        let builder = RDFFileWriting.builder(corpus, options)
        return try RDFFileWriting.write(to: destination) { sink in
            try Self.serialize(builder, into: sink, keepGraphs: false)
        }
    }

    /// Shared with TriG.
    static func serialize(_ builder: RDFDatasetBuilder, into sink: ByteSink, keepGraphs: Bool) throws -> Int {
        let terms = TurtleTermWriter(sink: sink, minter: builder.minter)
        terms.writePrefixes()
        var grouping = TurtleGroupingSink(terms: terms, keepGraphs: keepGraphs)
        try builder.build(into: &grouping)
        grouping.finish()
        return grouping.count
    }
}
