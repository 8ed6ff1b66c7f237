import Foundation
import NewsgraphModel

// STUB: replaced by the writer's owner.
public struct StatementsCSVWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }
    public func write(_ corpus: Corpus, to destination: URL) throws {
        throw NewsgraphError(.outputFailed, file: destination.path, "StatementsCSVWriter is not built yet")
    }
}
