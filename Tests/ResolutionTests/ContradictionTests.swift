import Testing
import NewsgraphModel
@testable import Resolution

/// The three conflicts in the seed articles, built the way the extractor states them.
@Suite struct ContradictionTests {
    let run = ExtractionRun()

    /// Shared story entity so event counts are comparable.
    func story(_ d: inout DocumentBuilder) -> Int { d.mention("Imran Khan") }

    @Test func arrestsPassiveAgainstActive() throws {
        var a = DocumentBuilder("001", "Imran Khan's party marched. Police sources said 450 protesters were arrested during the midnight crackdown.")
        _ = story(&a)
        let sources = a.mention("Police sources", type: .other, named: false)
        let inner = a.statement(a.argument(text: "450 protesters"), "arrest", predicate: "were arrested", passive: true,
                                asserted: false, attribution: Attribution(speaker: a.argument(sources), cue: "say"))
        a.statement(a.argument(sources), "say", Argument(text: "450 protesters were arrested", value: .statement(id: inner.id)))
        var b = DocumentBuilder("003", "Imran Khan's supporters marched. Police arrested over 4,000 Khan supporters since Friday.")
        _ = story(&b)
        b.statement(b.argument(text: "Police", 0), "arrest", b.argument(text: "over 4,000 Khan supporters", value: .literal(Literal("4000", datatype: .integer)), qualifier: "at least"),
                    predicate: "arrested")
        let corpus = EntityResolver().resolve([a.extraction, b.extraction], run: run)
        #expect(corpus.contradictions.count == 1)
        let c = try #require(corpus.contradictions.first)
        let ids = Set([c.first, c.second])
        #expect(ids.contains(corpus.statements.first { $0.predicate.lemma == "arrest" && $0.document == "001" }!.id))
        #expect(ids.contains(corpus.statements.first { $0.predicate.lemma == "arrest" && $0.document == "003" }!.id))
        #expect(c.reason.contains("arrest"))
    }

    @Test func casesAgainstTheSameSubject() throws {
        var a = DocumentBuilder("001", "Imran Khan is in Adiala prison. He faces more than 200 cases.")
        let khanA = a.mention("Imran Khan")
        let he = a.mention("He", pronoun: true)
        a.statement(a.argument(khanA), "be in", a.argument(text: "Adiala prison"))
        a.statement(a.argument(he), "face", a.argument(text: "more than 200 cases"))
        var b = DocumentBuilder("002", "Imran Khan remains involved in over 150 cases. Ahmed Khan faces 200 cases.")
        let khanB = b.mention("Imran Khan")
        let other = b.mention("Ahmed Khan")
        b.statement(b.argument(khanB), "remain involved in", b.argument(text: "over 150 cases"))
        b.statement(b.argument(other), "face", b.argument(text: "200 cases"))
        let corpus = EntityResolver().resolve([a.extraction, b.extraction], run: run)
        #expect(corpus.contradictions.count == 1)
        let c = try #require(corpus.contradictions.first)
        let texts = [c.first, c.second].compactMap { id in corpus.statements.first { $0.id == id }?.object?.text }.sorted()
        #expect(texts == ["more than 200 cases", "over 150 cases"])
        #expect(c.reason.hasSuffix("(case count of Imran Khan)"))
    }

    @Test func deathsExactAgainstVague() throws {
        var a = DocumentBuilder("000", "Supporters of Imran Khan clashed. The clashes left six police officers dead and dozens injured.")
        _ = story(&a)
        a.statement(a.argument(text: "The clashes"), "leave", a.argument(text: "six police officers dead"), predicate: "left")
        var b = DocumentBuilder("002", "Imran Khan's PTI spoke. The armed forces had fired live bullets, killing hundreds of people.")
        _ = story(&b)
        b.statement(b.argument(text: "The armed forces"), "kill", b.argument(text: "hundreds of people"), predicate: "killing",
                    asserted: false, attribution: Attribution(speaker: b.argument(text: "PTI"), cue: "say"))
        var c = DocumentBuilder("004", "Imran Khan's supporters marched, resulting in at least six deaths and many injuries.")
        _ = story(&c)
        c.statement(c.argument(text: "Imran Khan's supporters"), "result in", c.argument(text: "at least six deaths"))
        let corpus = EntityResolver().resolve([a.extraction, b.extraction, c.extraction], run: run)
        // six (000) vs hundreds (002), and at least six (004) vs hundreds (002); six vs at least six agree.
        #expect(corpus.contradictions.count == 2)
        #expect(corpus.contradictions.allSatisfy { $0.reason.contains("death") })
        let documents = corpus.contradictions.map { c in
            Set([c.first, c.second].compactMap { id in corpus.statements.first { $0.id == id }?.document })
        }
        #expect(Set(documents) == [["000", "002"], ["002", "004"]])
    }

    @Test func compatibleAmountsAndSameDocumentAreNotContradictions() {
        var a = DocumentBuilder("a", "Imran Khan spoke. Six people died. Hundreds of people died.")
        _ = story(&a)
        a.statement(a.argument(text: "Six people"), "die")
        a.statement(a.argument(text: "Hundreds of people"), "die")
        var b = DocumentBuilder("b", "Imran Khan spoke. At least six people died. Dozens were injured.")
        _ = story(&b)
        b.statement(b.argument(text: "At least six people"), "die")
        b.statement(b.argument(text: "Dozens"), "injure", passive: true)
        let corpus = EntityResolver().resolve([a.extraction, b.extraction], run: run)
        // Only "hundreds" (a) vs "at least six" (b) conflicts; a's own six vs hundreds is one source.
        #expect(corpus.contradictions.count == 1)
    }

    @Test func quantityReadings() throws {
        func r(_ text: String) -> QuantityReading? { QuantityReading(Argument(text: text)) }
        #expect(r("450 protesters")?.lower == 450)
        #expect(r("over 4,000 Khan supporters")?.lower == 4000)
        #expect(r("over 4,000 Khan supporters")?.unit == ["khan", "supporters"])
        #expect(r("hundreds of dead")?.vague == true)
        #expect(r("twenty-five people")?.lower == 25)
        #expect(r("a 16-year-old Afghan boy") == nil)
        #expect(r("16-year-old boy") == nil)
        #expect(r("three years") == nil)
        #expect(r("the protesters") == nil)
        #expect(try #require(r("450")).conflicts(with: try #require(r("over 4,000"))))
        #expect(try #require(r("more than 150")).conflicts(with: try #require(r("more than 200"))))
        #expect(!(try #require(r("six")).conflicts(with: try #require(r("at least six")))))
        #expect(!(try #require(r("dozens")).conflicts(with: try #require(r("more than 150")))))
        #expect(try #require(r("six")).conflicts(with: try #require(r("hundreds"))))
        let literal = try #require(QuantityReading(Argument(text: "over 4,000", value: .literal(Literal("4000", datatype: .integer)), qualifier: "at least")))
        #expect(literal.lower == 4000 && literal.upper == 5000)
    }

    @Test func twoSpeakersInOneDocumentAreTwoSources() {
        var d = DocumentBuilder("002", "Imran Khan's PTI said forces killed hundreds of people. Authorities said six people died. Six people died.")
        _ = story(&d)
        let pti = Attribution(speaker: d.argument(text: "PTI"), cue: "say")
        let authorities = Attribution(speaker: d.argument(text: "Authorities"), cue: "say")
        d.statement(d.argument(text: "forces"), "kill", d.argument(text: "hundreds of people"), asserted: false, attribution: pti)
        d.statement(d.argument(text: "six people"), "die", asserted: false, attribution: authorities)
        d.statement(d.argument(text: "Six people"), "die")
        let corpus = EntityResolver().resolve([d.extraction], run: run)
        // PTI vs the authorities conflict; the article's own "six died" is not a second source against itself.
        #expect(corpus.contradictions.count == 1)
        #expect(corpus.contradictions.first?.reason == "hundreds of people vs six people (death count)")
    }

    @Test func resultComplementsNameTheEvent() {
        var a = DocumentBuilder("000", "Imran Khan spoke. The clashes left six police officers dead.")
        _ = story(&a)
        a.statement(a.argument(text: "The clashes"), "leave", a.argument(text: "six police officers"), predicate: "left",
                    qualifiers: [Statement.Qualifier(role: "xcomp", argument: a.argument(text: "dead"))])
        var b = DocumentBuilder("002", "Imran Khan spoke. Forces killed hundreds.")
        _ = story(&b)
        b.statement(b.argument(text: "Forces"), "kill", b.argument(text: "hundreds"), predicate: "killed")
        // The extractor's shape when it drops the complement: the word after the patient still says it.
        var c = DocumentBuilder("003", "Imran Khan spoke. The clashes left six police officers dead.")
        _ = story(&c)
        c.statement(c.argument(text: "The clashes"), "leave", c.argument(text: "six police officers"), predicate: "left")
        let corpus = EntityResolver().resolve([a.extraction, b.extraction, c.extraction], run: run)
        #expect(corpus.contradictions.map(\.reason).sorted() == ["hundreds vs six police officers (death count)", "six police officers vs hundreds (death count)"])
    }
}
