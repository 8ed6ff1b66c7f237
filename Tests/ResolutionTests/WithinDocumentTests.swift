import Testing
import NewsgraphModel
@testable import Resolution

@Suite struct WithinDocumentTests {
    let run = ExtractionRun()

    @Test func nameVariantsJoinTheFullName() throws {
        var d = DocumentBuilder("a", "Imran Khan was jailed. Khan appealed. Mr Khan lost. Mr. Khan's party won. Mr. Khans Pakistan Tehreek-e-Insaf (PTI) said so.")
        d.mention("Imran Khan")
        d.mention("Khan", 1)
        d.mention("Mr Khan")
        d.mention("Mr. Khan's")
        d.mention("Mr. Khans")
        d.mention("Pakistan Tehreek-e-Insaf", type: .organization)
        d.mention("PTI", type: .organization)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let khan = try #require(corpus.entity(named: "Imran Khan"))
        #expect(khan.key == "imran-khan")
        #expect(khan.type == .person)
        #expect(khan.mentions.count == 5)
        #expect(khan.aliases == ["Khan"])
        #expect(khan.merges.contains { $0.reason == "surname-in-document" })
        let pti = try #require(corpus.entity(named: "Pakistan Tehreek-e-Insaf"))
        #expect(pti.aliases == ["PTI"])
        #expect(pti.merges.contains { $0.reason == "acronym" })
        #expect(corpus.entities.count == 2)
    }

    @Test func titlesAndRolesResolveToTheHolderTheDocumentIntroduced() throws {
        var d = DocumentBuilder("a", "Interior Minister Mohsin Naqvi spoke. Prime Minister Shehbaz Sharif agreed. The Interior Minister warned protesters. Pakistan's Home Minister repeated it. The former prime minister was silent.")
        d.mention("Interior Minister Mohsin Naqvi", head: "Mohsin Naqvi")
        d.mention("Prime Minister Shehbaz Sharif", head: "Shehbaz Sharif")
        let minister = d.mention("The Interior Minister", named: false)
        d.mention("Pakistan's Home Minister", named: false)
        d.mention("The former prime minister", named: false)
        d.statement(d.argument(minister), "warn", d.argument(text: "protesters"))
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let naqvi = try #require(corpus.entity(named: "Mohsin Naqvi"))
        #expect(naqvi.mentions.map(\.text) == ["Interior Minister Mohsin Naqvi", "The Interior Minister", "Pakistan's Home Minister"])
        #expect(naqvi.merges.contains { $0.reason == "title" && $0.merged == "interior minister" })
        // "former prime minister" is not the sitting prime minister.
        let sharif = try #require(corpus.entity(named: "Shehbaz Sharif"))
        #expect(sharif.mentions.count == 1)
        #expect(corpus.statements.first?.subject.value == .entity(key: "mohsin-naqvi"))
    }

    @Test func heAfterTwoMalesIsTheNearestSubject() throws {
        var d = DocumentBuilder("a", "Mohsin Naqvi met Ali Amin Gandapur. He said roads would reopen. Bushra Bibi led the march. She was safe.")
        let naqvi = d.mention("Mohsin Naqvi")
        let gandapur = d.mention("Ali Amin Gandapur")
        let he = d.mention("He", pronoun: true)
        let bibi = d.mention("Bushra Bibi")
        let she = d.mention("She", pronoun: true)
        d.statement(d.argument(naqvi), "meet", d.argument(gandapur))
        d.statement(d.argument(he), "say", d.argument(text: "roads would reopen"))
        d.statement(d.argument(bibi), "lead", d.argument(text: "the march"))
        d.statement(d.argument(she), "be", d.argument(text: "safe"))
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let said = try #require(corpus.statements.first { $0.predicate.lemma == "say" })
        #expect(said.subject.value == .entity(key: "mohsin-naqvi"))
        #expect(said.subject.text == "He")
        let safe = try #require(corpus.statements.first { $0.predicate.lemma == "be" })
        #expect(safe.subject.value == .entity(key: "bushra-bibi"))
        #expect(corpus.entity(named: "Ali Amin Gandapur")?.mentions.count == 1)
    }

    @Test func pronounInTheSameSentencePrefersTheSubject() throws {
        var d = DocumentBuilder("a", "Imran Khan told Asif Zardari that he would win.")
        let khan = d.mention("Imran Khan")
        let zardari = d.mention("Asif Zardari")
        let he = d.mention("he", pronoun: true)
        d.statement(d.argument(khan), "tell", d.argument(zardari))
        d.statement(d.argument(he), "win", asserted: false)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.statements.first { $0.predicate.lemma == "win" }?.subject.value == .entity(key: "imran-khan"))
    }

    @Test func unresolvedPronounSubjectsAreDropped() throws {
        var d = DocumentBuilder("a", "Bushra Bibi led the march. He fled. They were arrested.")
        let bibi = d.mention("Bushra Bibi")
        let he = d.mention("He", pronoun: true)
        let they = d.mention("They", pronoun: true)
        d.statement(d.argument(bibi), "lead", d.argument(text: "the march"))
        d.statement(d.argument(he), "flee")
        d.statement(d.argument(they), "arrest", passive: true)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.statements.map(\.predicate.lemma) == ["lead"])
        #expect(!corpus.entities.contains { ["he", "they"].contains($0.name.lowercased()) })
    }

    @Test func anUnnamedPersonPhraseBlocksAWrongAntecedent() throws {
        var d = DocumentBuilder("a", "Imran Khan spoke. A videographer was assaulted and he sustained injuries.")
        d.mention("Imran Khan")
        let videographer = d.mention("A videographer", named: false)
        let he = d.mention("he", pronoun: true)
        d.statement(d.argument(videographer), "assault", passive: true)
        d.statement(d.argument(he), "sustain", d.argument(text: "injuries"))
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(!corpus.statements.contains { $0.predicate.lemma == "sustain" })
        #expect(corpus.entity(named: "Imran Khan")?.mentions.count == 1)
    }

    @Test func claimsKeepNestedReferencesWhenIDsChange() throws {
        var d = DocumentBuilder("a", "Mohsin Naqvi claimed that Gandapur had absconded. He said they fled.")
        let naqvi = d.mention("Mohsin Naqvi")
        let gandapur = d.mention("Gandapur")
        let he = d.mention("He", pronoun: true)
        let they = d.mention("they", pronoun: true)
        let speaker = Attribution(speaker: d.argument(naqvi), cue: "claim")
        let inner = d.statement(d.argument(gandapur), "abscond", asserted: false, attribution: speaker)
        d.statement(d.argument(naqvi), "claim", Argument(text: "that Gandapur had absconded", value: .statement(id: inner.id)))
        let inner2 = d.statement(d.argument(they), "flee", asserted: false, attribution: Attribution(speaker: d.argument(he), cue: "say"))
        d.statement(d.argument(he), "say", Argument(text: "they fled", value: .statement(id: inner2.id)))
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let ids = Set(corpus.statements.map(\.id))
        for s in corpus.statements {
            if case .statement(let id)? = s.object?.value { #expect(ids.contains(id)) }
            #expect(s.id == s.contentID())
        }
        let claim = try #require(corpus.statements.first { $0.predicate.lemma == "claim" })
        #expect(claim.subject.value == .entity(key: "mohsin-naqvi"))
        let absconded = try #require(corpus.statements.first { $0.predicate.lemma == "abscond" })
        #expect(absconded.attribution?.speaker.value == .entity(key: "mohsin-naqvi"))
        // "He said they fled": he → Naqvi; the inner "they fled" has no antecedent and is dropped,
        // so the outer claim's object falls back to text.
        let said = try #require(corpus.statements.first { $0.predicate.lemma == "say" })
        #expect(said.object?.value == .text)
        #expect(!corpus.statements.contains { $0.predicate.lemma == "flee" })
    }

    @Test func truncatedCaptionNamesAndMistypedSurnamesJoin() throws {
        var d = DocumentBuilder("a", "Imran Khan spoke. A truck used by the wife of Imran Kha (AFP). Khan was jailed. Pakistan mourned.")
        d.mention("Imran Khan")
        d.mention("Imran Kha")
        d.mention("Khan", 1, type: .organization)
        d.mention("Pakistan", type: .place)
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        let khan = try #require(corpus.entity(named: "Imran Khan"))
        #expect(khan.mentions.count == 3)
        #expect(khan.type == .person)
        #expect(corpus.entities.count == 2)
    }

    @Test func capitalizedCommonNounsAreNotNames() {
        var d = DocumentBuilder("a", "Police arrested protesters near D-Chowk. Rangers left.")
        let police = d.mention("Police", type: .other, named: false)
        d.mention("D-Chowk", type: .other, named: false)
        d.mention("Rangers", type: .other, named: false)
        d.statement(d.argument(police), "arrest", d.argument(text: "protesters"))
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        #expect(corpus.entities.map(\.name) == ["D-Chowk"])
        #expect(corpus.statements.first?.subject.value == .text)
    }

    @Test func previousSentenceMainClauseSubjectAndBatchGender() throws {
        // "Naqvi claimed that Gandapur and Bibi had absconded. He said ...": he is Naqvi (Hobbs: the main
        // clause's subject), not the nearer embedded subjects; Bibi is female from another document.
        var a = DocumentBuilder("a", "Bushra Bibi led the march.")
        a.mention("Bushra Bibi")
        var d = DocumentBuilder("b", "Mohsin Naqvi claimed that Gandapur and Bibi had absconded. He said roads reopened.")
        let naqvi = d.mention("Mohsin Naqvi")
        let gandapur = d.mention("Gandapur")
        let bibi = d.mention("Bibi")
        let he = d.mention("He", pronoun: true)
        let speaker = Attribution(speaker: d.argument(naqvi), cue: "claim")
        d.statement(d.argument(naqvi), "claim", d.argument(text: "that Gandapur and Bibi had absconded"))
        d.statement(d.argument(gandapur), "abscond", asserted: false, attribution: speaker)
        d.statement(d.argument(bibi), "abscond", asserted: false, attribution: speaker)
        d.statement(d.argument(he), "say", d.argument(text: "roads reopened"))
        let corpus = EntityResolver().resolve([a.extraction, d.extraction], run: run)
        #expect(corpus.statements.first { $0.predicate.lemma == "say" }?.subject.value == .entity(key: "mohsin-naqvi"))
        #expect(DocumentCoreference.genderHints([a.extraction])["bibi"] == .female)
        #expect(NameForms.role("Pakistan 's Interior Minister") == "interior minister")
    }
}
