import NewsgraphModel

/// The one-line run summary printed after a batch.
public struct Summary: Sendable {
    public var documents: Int
    public var entities: Int
    public var statements: Int
    public var claims: Int
    public var failed: Int
    public var seconds: Double

    public init(corpus: Corpus, failed: Int, seconds: Double) {
        documents = corpus.documents.count
        entities = corpus.entities.count
        statements = corpus.statements.count
        claims = corpus.statements.filter { !$0.asserted }.count
        self.failed = failed
        self.seconds = seconds
    }

    public var line: String {
        var parts = ["\(documents) documents", "\(entities) entities", "\(statements) statements", "\(claims) claims"]
        if failed > 0 { parts.append("\(failed) failed") }
        let rounded = (seconds * 100).rounded() / 100
        return "newsgraph: " + parts.joined(separator: ", ") + " in \(rounded) s"
    }
}
