import Foundation
import Testing
@testable import Serialization
@Test func dumpSmall() throws {
    try written(.turtle, SmallCorpus.make()).write(toFile: "/tmp/rdf-small.ttl", atomically: true, encoding: .utf8)
    try written(.ntriples, SmallCorpus.make()).write(toFile: "/tmp/rdf-small.nt", atomically: true, encoding: .utf8)
    try written(.trig, SmallCorpus.make()).write(toFile: "/tmp/rdf-small.trig", atomically: true, encoding: .utf8)
    try written(.jsonld, SmallCorpus.make()).write(toFile: "/tmp/rdf-small.jsonld", atomically: true, encoding: .utf8)
}
