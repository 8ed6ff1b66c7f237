/// Guards against inputs that are not articles.
public struct InputLimits: Sendable {
    /// Largest single document (a text or HTML file, one JSON Lines record), in bytes.
    public var maxDocumentBytes: Int
    public static let `default` = InputLimits(maxDocumentBytes: 16 << 20)

    public init(maxDocumentBytes: Int) {
        self.maxDocumentBytes = maxDocumentBytes
    }
}
