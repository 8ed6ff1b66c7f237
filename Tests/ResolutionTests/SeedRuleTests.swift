import Testing
import NewsgraphModel
@testable import Resolution

/// Rules found on the seed articles, each checked on a hand-built extraction.
@Suite struct SeedRuleTests {
    let run = ExtractionRun()

    func doc(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> DocumentExtraction {
        DocumentBuilder.named(id, text, names)
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

    @Test func anUntypedFullNameOwnsItsSurnameWhateverTypeTheRecognizerGuessed() throws {
        // "Imran Khan" reached resolution only as an argument phrase (type other); "Khan" was tagged
        // as a person once and as an organization in "4,000 Khan supporters".
        let a = doc("a", "Supporters of Imran Khan marched. Khan spoke. Police arrested 4,000 Khan supporters.",
                    [("Imran Khan", .other), ("Khan", .person), ("Khan", .organization)])
        let corpus = EntityResolver().resolve([a], run: run)
        #expect(corpus.entities.count == 1)
        let khan = try #require(corpus.entity(key: "imran-khan"))
        #expect(khan.type == .person)
        #expect(khan.mentions.count == 3)
    }

    @Test func anUntypedNameOwnsOnlyItsLastWord() {
        // "Pakistan" is the first word of the untyped "Pakistan Muslim League": not a surname.
        let a = doc("a", "Pakistan Muslim League won. Pakistan voted.", [("Pakistan Muslim League", .other), ("Pakistan", .place)])
        let corpus = EntityResolver().resolve([a], run: run)
        #expect(corpus.entities.count == 2)
    }

    @Test func officesAndInstitutionsStayWhole() {
        #expect(MentionName.titledName(["Supreme", "Court"]) == nil)
        #expect(MentionName.titledName(["Chief", "of", "Army", "Staff"]) == nil)
        #expect(MentionName.titledName(["National", "Assembly", "Speaker"]) == nil)
        #expect(MentionName.titledName(["Prime", "Minister", "Shehbaz", "Sharif"]) == 2)
    }

    @Test func anAcronymDefinedByItsInitialsIsOneBodyWhateverTheGuessedTypes() throws {
        let a = doc("a", "His party, Pakistan Tehreek-e-Insaf (PTI), marched. Pakistan protested.",
                    [("Pakistan Tehreek-e-Insaf", .person), ("PTI", .organization), ("Pakistan", .place)])
        let b = doc("b", "Pakistan Tehreek-e-Insaf (PTI) said so.", [("Pakistan Tehreek-e-Insaf", .organization), ("PTI", .place)])
        let c = doc("c", "The PTI called it a massacre.", [("PTI", .event)])
        let corpus = EntityResolver().resolve([a, b, c], run: run)
        let pti = try #require(corpus.entity(key: "pakistan-tehreek-e-insaf"))
        #expect(pti.aliases == ["PTI"])
        #expect(Set(pti.mentions.map(\.document)) == ["a", "b", "c"])
        // "Pakistan" is not a given name of the party.
        #expect(corpus.entities(mentioning: "Pakistan").map(\.key) != ["pakistan-tehreek-e-insaf"])
    }

    @Test func aParenthesisThatDoesNotSpellTheInitialsIsNoAcronym() {
        let a = doc("a", "Supporters of Imran Khan (AFP) marched.", [("Imran Khan", .person), ("AFP", .organization)])
        let corpus = EntityResolver().resolve([a], run: run)
        #expect(corpus.entity(named: "Imran Khan")?.aliases == [])
    }

    @Test func aPossessorInFrontOfANameIsAnotherEntity() throws {
        var d = DocumentBuilder("a", "Khan's Pakistan Tehreek-e-Insaf marched.")
        d.mention("Khan's Pakistan Tehreek-e-Insaf", type: .organization)
        let name = try #require(MentionName(d.extraction.mentions[0]))
        #expect(name.name == "Pakistan Tehreek-e-Insaf")
        var p = DocumentBuilder("b", "Pakistan People's Party won.")
        p.mention("Pakistan People's Party", type: .organization)
        #expect(MentionName(p.extraction.mentions[0])?.name == "Pakistan People's Party")
    }

    @Test func aDefiniteRolePhraseAfterOnePersonIsThatPerson() throws {
        var d = DocumentBuilder("a", "Imran Khan was jailed. The PTI leader has been implicated in cases. He faces more than 200 cases.")
        let khan = d.mention("Imran Khan")
        let leader = d.mention("PTI leader", type: .other, named: false)
        let he = d.mention("He", pronoun: true)
        d.statement(d.argument(leader), "implicate", passive: true)
        d.statement(d.argument(he), "face", d.argument(text: "more than 200 cases"))
        _ = khan
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let entity = try #require(corpus.entity(key: "imran-khan"))
        #expect(entity.mentions.map(\.text).sorted() == ["He", "Imran Khan", "PTI leader"])
        #expect(corpus.statements.contains { $0.predicate.lemma == "face" && $0.subject.value == .entity(key: "imran-khan") })
    }

    @Test func aDefiniteRolePhraseAfterTwoPeopleStaysOpen() {
        var d = DocumentBuilder("a", "Imran Khan met Shehbaz Sharif. The PTI leader spoke.")
        d.mention("Imran Khan")
        d.mention("Shehbaz Sharif")
        d.mention("PTI leader", type: .other, named: false)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.entities.allSatisfy { !$0.mentions.contains { $0.text == "PTI leader" } })
    }

    @Test func anUntypedSingleNameJoinsTheTypedOneAndGuessedTypesJoinToo() throws {
        let a = doc("a", "Protesters reached D-Chowk.", [("D-Chowk", .place)])
        let b = doc("b", "Roads lead to D-Chowk.", [("D-Chowk", .other)])
        let c = doc("c", "Pakistan signed. Pakistan won.", [("Pakistan", .place), ("Pakistan", .place)])
        let d = doc("d", "Pakistan played.", [("Pakistan", .organization)])
        let corpus = EntityResolver().resolve([a, b, c, d], run: run)
        #expect(corpus.entities(mentioning: "D-Chowk").count == 1)
        // One name, one node: the recognizer's guesses (place twice, organization once) vote for its type.
        #expect(corpus.entities(mentioning: "Pakistan").count == 1)
        #expect(try #require(corpus.entities(mentioning: "Pakistan").first).type == .place)
    }

    @Test func anOfficeTaggedAsANameIsARoleNotAnEntity() throws {
        var d = DocumentBuilder("a", "Prime Minister Shehbaz Sharif spoke. The Prime Minister left. The State Department agreed.")
        d.mention("Prime Minister Shehbaz Sharif", type: .person)
        d.mention("Prime Minister", 1, type: .place)
        d.mention("State Department", type: .organization)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.entity(named: "Prime Minister") == nil)
        let sharif = try #require(corpus.entity(named: "Shehbaz Sharif"))
        #expect(sharif.mentions.count == 2)
        #expect(corpus.entity(named: "State Department") != nil)
    }
}
