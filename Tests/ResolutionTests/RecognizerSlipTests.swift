import Testing
import NewsgraphModel
@testable import Resolution

/// Resolver fixes found by `newsgraph evaluate --coref` on GUM dev: names the recognizer typed
/// inconsistently or cut badly, and role phrases that are no person.
@Suite struct RecognizerSlipTests {
    let run = ExtractionRun()

    @Test func theSameBareNameTypedTwoWaysIsOneEntity() throws {
        var d = DocumentBuilder("a", "Coron is a town. Coron has a port. Visitors love Coron.")
        d.mention("Coron", 0, type: .person)
        d.mention("Coron", 1, type: .place)
        d.mention("Coron", 2, type: .place)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.entities.count == 1)
        #expect(corpus.entities.first?.type == .place)
        #expect(corpus.entities.first?.mentions.count == 3)
    }

    @Test func aFullNameWithoutItsMiddleNameIsTheSamePerson() throws {
        var d = DocumentBuilder("a", "Joshua Abraham Norton was born in London. Emperor Joshua Norton ruled nothing. Norton died.")
        d.mention("Joshua Abraham Norton")
        d.mention("Emperor Joshua Norton")
        d.mention("Norton", 2)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let norton = try #require(corpus.entity(named: "Joshua Abraham Norton") ?? corpus.entity(named: "Joshua Norton"))
        #expect(norton.mentions.count == 3)
        #expect(corpus.entities.count == 1)
        // Different first names stay apart.
        #expect(!DocumentCoreference.dropsMiddleNames("asim munir ahmed", "munir ahmed"))
        #expect(DocumentCoreference.dropsMiddleNames("joshua abraham norton", "joshua norton"))
    }

    @Test func anOfficeOfAPlaceIsARoleNotAPersonNamedAfterThePlace() {
        let m = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 28), text: "Emperor of the United States", type: .person, head: "States")
        #expect(MentionName(m) == nil)
        let governor = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 19), text: "Governor of Punjab", type: .person, head: "Punjab")
        #expect(MentionName(governor) == nil)
        let titled = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 14), text: "Emperor Norton", type: .person, head: "Norton")
        #expect(MentionName(titled)?.name == "Norton")
        #expect(MentionName(titled)?.roles == ["emperor"])
    }

    @Test func portfoliosAndPluralOfficesAreNoEntities() {
        let interior = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 8), text: "Interior", type: .place, head: "Interior")
        #expect(MentionName(interior) == nil)
        let senators = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 8), text: "Senators", type: .person, head: "Senators")
        #expect(MentionName(senators) == nil)
        let court = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 13), text: "Supreme Court", type: .organization, head: "Court")
        #expect(MentionName(court)?.name == "Supreme Court")
    }

    @Test func anInstitutionAfterAPersonIsNoEpithet() throws {
        var d = DocumentBuilder("a", "Thomas Sam was arrested. The emergency department was busy. The PTI leader faces trial.")
        d.mention("Thomas Sam")
        d.mention("emergency department", named: false, head: "department")
        d.mention("PTI leader", named: false, head: "leader")
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let sam = try #require(corpus.entity(named: "Thomas Sam"))
        #expect(sam.mentions.map(\.text) == ["Thomas Sam", "PTI leader"])
    }
}

extension RecognizerSlipTests {
    @Test func aPersonOfAnOrganizationIsNamedBeforeOf() {
        let m = ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 38), text: "Patricia Gossman of Human Rights Watch",
                                 type: .person, head: "Gossman")
        #expect(MentionName(m)?.name == "Patricia Gossman")
    }
}
