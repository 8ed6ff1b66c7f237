import ArgumentParser
import Foundation
import KnowledgeGraph
import NewsgraphModel
import Serialization

/// Hidden: writes the hand-built fixture corpus, or seeded random corpora, in every requested
/// format, for the exporters' property tests (Tests/python) and for eyeballing hostile output.
struct Fixture: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixture",
        abstract: "Write the hand-built (or seeded random) fixture corpus in every requested format.",
        shouldDisplay: false
    )

    @Option(name: .customLong("random-seed"), help: "Write random corpora from this seed instead of the hand-built one.")
    var randomSeed: UInt64?

    @Option(help: "Statements per random corpus.")
    var statements: Int = 50

    @Option(help: "Number of random corpora (seeds N, N+1, ...), written to OUT/0000, OUT/0001, ...")
    var count: Int = 1

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Comma-separated formats, or 'all'.")
    var format: String = "all"

    @Option(name: .customLong("base-iri"), help: "Namespace for minted IRIs.")
    var baseIRI: String = ExportOptions.defaultBaseIRI

    @Flag(help: "RDF 1.2 triple terms instead of reification.")
    var rdf12 = false

    func validate() throws {
        guard statements >= 0 else { throw ValidationError("--statements must be >= 0") }
        guard count >= 1 else { throw ValidationError("--count must be >= 1") }
    }

    func run() throws {
        let formats: [ExportFormat]
        do { formats = try ExportFormat.parseList(format) } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let options = ExportOptions(baseIRI: baseIRI, rdf12: rdf12)
        let root = URL(fileURLWithPath: out)
        do {
            if let seed = randomSeed {
                for i in 0..<count {
                    let corpus = FixtureCorpus.random(seed: seed &+ UInt64(i), statements: statements)
                    let name = String(repeating: "0", count: max(0, 4 - String(i).count)) + String(i)
                    for f in formats { try f.write(corpus, options: options, into: root.appendingPathComponent(name)) }
                }
            } else {
                let corpus = FixtureCorpus.handBuilt()
                for f in formats { try f.write(corpus, options: options, into: root) }
            }
        } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(3)
        }
    }
}
