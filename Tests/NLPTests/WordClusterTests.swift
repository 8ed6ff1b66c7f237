import Foundation
import Testing
@testable import NLP

@Suite("Word clusters (exchange algorithm)")
struct WordClusterTests {
    /// Cities between "in"/"to" and "it"/"and", people between the sentence start/"met" and
    /// "said"/"smiled": two context classes the learner should separate.
    static let text: [[String]] = {
        let cities = ["Paris", "Lagos", "Lima", "Oslo", "Quito", "Hanoi"]
        let people = ["Anna", "Omar", "Li", "Sven", "Maria", "Kofi"]
        var sentences: [[String]] = []
        for round in 0..<6 {
            for (offset, city) in cities.enumerated() {
                let person = people[(offset + round) % people.count]
                sentences.append(["in", city, "it", "rained"])
                sentences.append(["we", "flew", "to", cities[(offset + round + 1) % cities.count], "and", "stayed"])
                sentences.append([person, "said", "so"])
                sentences.append(["we", "met", person, "who", "smiled"])
            }
        }
        return sentences
    }()

    @Test func contextsDecideTheClass() {
        let clusters = WordClusterLearner(minimumCount: 2, passes: 10).learn(Self.text, fineClasses: 8, coarseClasses: 2)
        func fine(_ word: String) -> UInt64 { clusters.atoms(ofLowerHash: FeatureHashing.string(word)).fine }
        #expect(Set(["paris", "lagos", "lima", "oslo", "quito", "hanoi"].map(fine)).count == 1)
        #expect(Set(["anna", "omar", "li", "sven", "maria", "kofi"].map(fine)).count == 1)
        #expect(fine("paris") != fine("anna"))
        #expect(fine("unseen") == WordClusters.unknown)
    }

    @Test func deterministicAndStoredInTheModel() throws {
        let learner = WordClusterLearner(minimumCount: 2, passes: 4)
        let clusters = learner.learn(Self.text, fineClasses: 8, coarseClasses: 3)
        #expect(clusters == learner.learn(Self.text, fineClasses: 8, coarseClasses: 3))
        var archive = ModelArchive(kind: "ner")
        clusters.write(to: &archive, prefix: "ner")
        let decoded = try ModelArchive(decoding: archive.encoded())
        #expect(try WordClusters(from: decoded, prefix: "ner") == clusters)
        #expect(try WordClusters(from: ModelArchive(kind: "ner"), prefix: "ner").isEmpty)
    }
}
