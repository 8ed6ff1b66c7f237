import Testing
import NewsgraphModel
@testable import Resolution

/// Rules found on the seed articles, each checked on a hand-built extraction.
@Suite struct SeedRuleTests {
    let run = ExtractionRun()

    func doc(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> DocumentExtraction {
        var d = DocumentBuilder(id, text)
        var seen: [String: Int] = [:]
        for (n, t) in names {
            d.mention(n, seen[n, default: 0], type: t)
            seen[n, default: 0] += 1
        }
        return d.extraction
    }

    @Test func aTitleInFrontOfANameIsNotPartOfItWhateverTheType() throws {
        let a = doc("a", "Home Minister Mohsin Naqvi spoke.", [("Home Minister Mohsin Naqvi", .place)])
        let b = doc("b", "Interior Minister Mohsin Naqvi said so. Naqvi left.",
                    [("Interior Minister Mohsin Naqvi", .organization), ("Naqvi", .person)])
        let corpus = EntityResolver().resolve([a, b], run: run)
        let naqvi = try #require(corpus.entity(key: "mohsin-naqvi"))
        #expect(corpus.entities.count == 1)
        #expect(naqvi.type == .person)
        #expect(!naqvi.aliases.contains { $0.contains("Minister") })
    }

    @Test func officesAndInstitutionsStayWhole() {
        #expect(MentionName.titledName(["Supreme", "Court"]) == nil)
        #expect(MentionName.titledName(["Chief", "of", "Army", "Staff"]) == nil)
        #expect(MentionName.titledName(["National", "Assembly", "Speaker"]) == nil)
        #expect(MentionName.titledName(["Prime", "Minister", "Shehbaz", "Sharif"]) == 2)
    }
}
