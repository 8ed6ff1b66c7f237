import Foundation
import KnowledgeGraph
import NewsgraphModel

/// Shared plumbing of the RDF writers: atomic file, buffered sink, dataset builder.
enum RDFFileWriting {
    /// Runs `body` with a sink on AtomicFile's temporary file; returns what `body` returns
    /// (the number of triples or quads written).
    static func write(to destination: URL, _ body: (ByteSink) throws -> Int) throws -> Int {
        var count = 0
        try AtomicFile.write(to: destination) { temporary in
            let sink = try ByteSink(url: temporary)
            count = try body(sink)
            try sink.close()
        }
        return count
    }

    static func builder(_ corpus: Corpus, _ options: ExportOptions, rdf12: Bool? = nil) -> RDFDatasetBuilder {
        RDFDatasetBuilder(corpus: corpus, baseIRI: options.baseIRI, rdf12: rdf12 ?? options.rdf12)
    }
}

/// Line-based writing shared by N-Triples (graphs dropped) and N-Quads (graph names kept).
struct LineQuadSink: RDFQuadSink {
    let terms: NTriplesTermWriter
    let keepGraphs: Bool
    var count = 0

    mutating func quad(_ quad: RDFQuad) throws {
        let sink = terms.sink
        terms.term(quad.subject)
        sink.byte(UInt8(ascii: " "))
        terms.iri(quad.predicate)
        sink.byte(UInt8(ascii: " "))
        terms.term(quad.object)
        if keepGraphs, let graph = quad.graph {
            sink.byte(UInt8(ascii: " "))
            terms.iri(graph)
        }
        sink.bytes(" .\n")
        count += 1
        try sink.maybeFlush()
    }
}
