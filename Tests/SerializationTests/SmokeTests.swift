import Foundation
import Testing
import NewsgraphModel
@testable import Serialization

@Test func writesSample() throws {
    let dir = URL(fileURLWithPath: "/tmp/gm-sample")
    for format in [ExportFormat.graphml, .gexf, .csv, .neo4j] {
        try format.write(SampleCorpus.make(), options: ExportOptions(), into: dir)
    }
}
