import Foundation
import KnowledgeGraph
import NewsgraphModel

/// JSON-LD 1.1: the inline context of Schemas/context.jsonld, a top-level `@graph` holding the
/// default graph's node objects and one `{"@id": document, "@graph": [...]}` per document.
/// Data IRIs are absolute; every non-string literal is a typed string (`xsd:decimal` never
/// becomes a JSON number, which processors would turn into xsd:double). JSON-LD has no triple
/// terms, so `rdf12` is ignored here and statements stay reified.
public struct JSONLDWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public func write(_ corpus: Corpus, to destination: URL) throws {
        _ = try writeCounting(corpus, to: destination)
    }

    /// Writes and returns the number of quads written.
    public func writeCounting(_ corpus: Corpus, to destination: URL) throws -> Int {
        let builder = RDFFileWriting.builder(corpus, options, rdf12: false)
        return try RDFFileWriting.write(to: destination) { sink in
            // The context document minus its closing brace, then the graph.
            let context = JSONLDContext.document
            let close = context.lastIndex(of: "}")!
            sink.raw(String(context[..<close]).trimmingTrailingWhitespace())
            sink.bytes(",\n  \"@graph\": [")
            var nodes = JSONLDNodeSink(sink: sink, minter: builder.minter)
            try builder.build(into: &nodes)
            nodes.finish()
            sink.bytes("\n  ]\n}\n")
            return nodes.count
        }
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
