import Foundation
import Testing
import NewsgraphModel
@testable import Resolution

/// A name's type comes from all its mentions, not from one guess of the recognizer; dates name nothing.
@Suite struct TypeEvidenceTests {
    let run = ExtractionRun()

    func doc(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> DocumentExtraction {
        DocumentBuilder.named(id, text, names)
    }

    @Test func theSameSingleNameIsOneNodeWhateverTypesWereGuessed() throws {
        let a = doc("a", "Pakistan protested. Pakistan is tense.", [("Pakistan", .organization), ("Pakistan", .place)])
        let b = doc("b", "Pakistan is gripped by violence.", [("Pakistan", .place)])
        let c = doc("c", "Police in Pakistan fired.", [("Pakistan", .place)])
        let corpus = EntityResolver().resolve([a, b, c], run: run)
        #expect(corpus.entities.count == 1)
        let pakistan = try #require(corpus.entity(key: "pakistan"))
        #expect(pakistan.type == .place)
        #expect(pakistan.mentions.count == 4)
    }

    @Test func theSameFullNameIsOneNodeWhateverTypesWereGuessed() throws {
        let a = doc("a", "The United States urged calm.", [("United States", .person)])
        let b = doc("b", "The United States and the United Kingdom spoke.", [("United States", .place), ("United Kingdom", .place)])
        let c = doc("c", "An embassy of the United States closed.", [("United States", .place)])
        let corpus = EntityResolver().resolve([a, b, c], run: run)
        let us = try #require(corpus.entity(key: "united-states"))
        #expect(us.type == .place)
        #expect(us.mentions.count == 3)
        #expect(corpus.entities.count == 2)
    }

    @Test func aWordTheBatchCallsAPlaceIsNobodysSurname() throws {
        // "Mr. Khans Pakistan" (a possessive without its apostrophe) makes "Pakistan" the last word of a
        // person's name; the batch recognizes "Pakistan" as a place, so it is not read as his surname.
        var builder = DocumentBuilder("a", "Mr. Khans Pakistan said so. Pakistan is gripped by violence.")
        builder.mention("Khans Pakistan", type: .person)
        builder.mention("Pakistan", 1, type: .person)
        let a = builder.extraction
        let b = doc("b", "Pakistan is tense. Police in Pakistan fired.", [("Pakistan", .place), ("Pakistan", .place)])
        let hints = DocumentCoreference.typeHints([a, b])
        #expect(hints["pakistan"] == .place)
        // Within its document too the batch's type wins over the mention's guess (a "he" will not pick it).
        let coreference = DocumentCoreference(a, typeHints: hints)
        #expect(coreference.clusters.contains { $0.names == ["Pakistan"] && $0.type == .place })
        let corpus = EntityResolver().resolve([a, b], run: run)
        let pakistan = try #require(corpus.entity(key: "pakistan"))
        #expect(pakistan.mentions.count == 3)
        #expect(corpus.entity(named: "Khans Pakistan")?.mentions.count == 1)
    }

    @Test func calendarWordsNameNoEntity() {
        #expect(MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 6), text: "Sunday", type: .person, head: "Sunday")) == nil)
        #expect(MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 11), text: "November 24", type: .place, head: "November")) == nil)
        #expect(MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 11), text: "Theresa May", type: .person, head: "May"))?.name == "Theresa May")
        #expect(CalendarNames.isDate(["August"]))
        #expect(!CalendarNames.isDate(["Mayfair"]))
        #expect(!CalendarNames.isDate(["24"]))
    }

    @Test func aTwoWordTitleBeforeOneNameMakesAPerson() throws {
        let name = try #require(MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 20), text: "Prime Minister Imran",
                                                             type: .place, head: "Imran")))
        #expect(name.name == "Imran")
        #expect(name.titledPerson)
        #expect(name.roles == ["prime minister"])
        // One title word is not enough: "General Motors" stays a company's name.
        let company = try #require(MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: 14), text: "General Motors",
                                                                type: .organization, head: "Motors")))
        #expect(company.name == "General Motors")
        #expect(!company.titledPerson)
    }
}
