import Foundation
import NewsgraphModel
@testable import Serialization

/// Writes the sample corpus (or any corpus) in one format into a fresh temporary directory
/// and returns the written file (or directory, for neo4j).
func export(_ format: ExportFormat, _ corpus: Corpus = SampleCorpus.make()) throws -> URL {
    let directory = try SampleCorpus.temporaryDirectory()
    try format.write(corpus, options: ExportOptions(), into: directory)
    return directory.appendingPathComponent(format.fileName)
}

func readText(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
}

/// The package root, found from this file's path (tests must not depend on the working directory).
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// Writes `text` to a temporary file with the given extension.
func temporaryFile(_ text: String, extension ext: String) throws -> String {
    let url = try SampleCorpus.temporaryDirectory().appendingPathComponent("sample.\(ext)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}
