import Foundation
import NewsgraphModel

// STUB: replaced by the writer's owner.
public struct TurtleWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }
    public func write(_ corpus: Corpus, to destination: URL) throws {
        throw NewsgraphError(.outputFailed, file: destination.path, "TurtleWriter is not built yet")
    }
}
