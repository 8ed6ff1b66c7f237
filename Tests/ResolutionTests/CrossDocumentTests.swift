import Foundation
import Testing
import NewsgraphModel
@testable import Resolution

@Suite struct CrossDocumentTests {
    let run = ExtractionRun()

    func doc(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> DocumentExtraction {
        DocumentBuilder.named(id, text, names)
    }

    @Test func fullNamesMergeAcrossDocuments() throws {
        let a = doc("a", "Imran Khan was jailed. Khan appealed.", [("Imran Khan", .person), ("Khan", .person)])
        let b = doc("b", "Supporters of Imran Khan marched.", [("Imran Khan", .person)])
        let corpus = EntityResolver().resolve([b, a], run: run)
        #expect(corpus.entities.count == 1)
        let khan = try #require(corpus.entity(key: "imran-khan"))
        #expect(Set(khan.mentions.map(\.document)) == ["a", "b"])
        #expect(khan.merges.contains { $0.reason == "full-name" && $0.document == "b" })
    }

    @Test func asimMunirIsNotMunirAhmed() {
        let a = doc("a", "General Asim Munir leads the army.", [("Asim Munir", .person)])
        let b = doc("b", "Munir Ahmed contributed to this report.", [("Munir Ahmed", .person)])
        let c = doc("c", "Munir was quoted.", [("Munir", .person)])
        let corpus = EntityResolver().resolve([a, b, c], run: run)
        #expect(corpus.entities.map(\.name).sorted() == ["Asim Munir", "Munir", "Munir Ahmed"])
        // The bare "Munir" is ambiguous between two known Munirs: it stays on its own.
        #expect(corpus.entity(named: "Munir")?.mentions.count == 1)
    }

    @Test func aBareSurnameJoinsTheOnlyKnownBearer() throws {
        let a = doc("a", "Ali Amin Gandapur led the convoy.", [("Ali Amin Gandapur", .person)])
        let b = doc("b", "Gandapur fled.", [("Gandapur", .person)])
        let corpus = EntityResolver().resolve([a, b], run: run)
        #expect(corpus.entities.count == 1)
        #expect(corpus.entities[0].merges.contains { $0.reason == "surname-unique" && $0.merged == "Gandapur" })
    }

    @Test func aBareSurnameWithTwoBearersStaysApart() {
        let a = doc("a", "Imran Khan spoke.", [("Imran Khan", .person)])
        let b = doc("b", "Ahmed Khan spoke.", [("Ahmed Khan", .person)])
        let c = doc("c", "Khan spoke.", [("Khan", .person)])
        let corpus = EntityResolver().resolve([a, b, c], run: run)
        #expect(corpus.entities.count == 3)
    }

    @Test func acronymsAndSingleNamesMergeAcrossDocuments() {
        let a = doc("a", "Pakistan Tehreek-e-Insaf (PTI) protested in Islamabad.",
                    [("Pakistan Tehreek-e-Insaf", .organization), ("PTI", .organization), ("Islamabad", .place)])
        let b = doc("b", "The PTI marched on Islamabad.", [("PTI", .organization), ("Islamabad", .place)])
        let corpus = EntityResolver().resolve([a, b], run: run)
        #expect(corpus.entities.map(\.key) == ["islamabad", "pakistan-tehreek-e-insaf"])
        #expect(corpus.entity(key: "pakistan-tehreek-e-insaf")?.mentions.count == 3)
    }

    @Test func rolesLinkADocumentThatNeverNamesTheHolder() throws {
        var a = DocumentBuilder("a", "Interior Minister Mohsin Naqvi spoke.")
        a.mention("Interior Minister Mohsin Naqvi", head: "Mohsin Naqvi")
        var b = DocumentBuilder("b", "Pakistan's Interior Minister claimed victory.")
        let role = b.mention("Pakistan's Interior Minister", named: false)
        b.statement(b.argument(role), "claim", b.argument(text: "victory"))
        let corpus = EntityResolver().resolve([a.extraction, b.extraction], run: run)
        let naqvi = try #require(corpus.entity(named: "Mohsin Naqvi"))
        #expect(naqvi.mentions.map(\.document) == ["a", "b"])
        #expect(naqvi.merges.contains { $0.reason == "role" && $0.document == "b" })
        #expect(corpus.statements[0].subject.value == .entity(key: "mohsin-naqvi"))
    }

    @Test func collidingSlugsGetStableHashes() throws {
        // Two names that differ only in punctuation ("Al-Qadir", one word; "Al Qadir", two) share a slug.
        let a = doc("a", "Al-Qadir is tense.", [("Al-Qadir", .place)])
        let b = doc("b", "Al Qadir won the match.", [("Al Qadir", .organization)])
        let corpus = EntityResolver().resolve([a, b], run: run)
        #expect(corpus.entities.count == 2)
        #expect(corpus.entities.allSatisfy { $0.key.hasPrefix("al-qadir-") && $0.key.count == "al-qadir-".count + 8 })
        #expect(Set(corpus.entities.map(\.key)).count == 2)
        let again = EntityResolver().resolve([b, a], run: run)
        #expect(again.entities.map(\.key) == corpus.entities.map(\.key))
    }

    @Test func resolutionIsDeterministic() {
        let a = doc("a", "Imran Khan and Bushra Bibi spoke in Islamabad.", [("Imran Khan", .person), ("Bushra Bibi", .person), ("Islamabad", .place)])
        let b = doc("b", "Bibi fled Islamabad.", [("Bibi", .person), ("Islamabad", .place)])
        let first = EntityResolver().resolve([a, b], run: run)
        let second = EntityResolver().resolve([b, a], run: run)
        #expect(first.entities == second.entities)
        #expect(first.statements == second.statements)
        #expect(MarkdownReport.render(first) == MarkdownReport.render(second))
    }
}

@Suite struct RobustnessTests {
    @Test func inconsistentExtractionsDoNotCrash() {
        let text = "He said. Khan spoke."
        let document = SourceDocument(id: "x", source: "x", text: text)
        let mentions = [
            ExtractedMention(sentenceIndex: -1, span: Span(begin: 0, end: 2), text: "He", type: .person, head: "He", isPronoun: true, named: false),
            ExtractedMention(sentenceIndex: 7, span: Span(begin: 9, end: 13), text: "Khan", type: .person, head: "Khan"),
            ExtractedMention(sentenceIndex: 1, span: Span(begin: 50, end: 60), text: "", type: .organization, head: ""),
            ExtractedMention(sentenceIndex: 1, span: Span(begin: 9, end: 13), text: "(", type: .other, head: "(", named: false),
        ]
        let statement = Statement(document: "x", sentenceIndex: 0, sentence: "He said.", sentenceSpan: Span(begin: 0, end: 8),
                                  span: Span(begin: 0, end: 7), subject: Argument(text: "He", mention: 0),
                                  predicate: Predicate(text: "said", lemma: "say"),
                                  object: Argument(text: "x", value: .statement(id: "missing"), mention: 999))
        let extraction = DocumentExtraction(document: document, sentences: [], mentions: mentions, statements: [statement])
        let corpus = EntityResolver().resolve([extraction, extraction], run: ExtractionRun())
        #expect(corpus.entities.map(\.name) == ["Khan"])
        #expect(corpus.statements.isEmpty)
        _ = MarkdownReport.render(corpus)
    }
}

@Suite struct AliasTableTests {
    let run = ExtractionRun()

    @Test func yamlPinsNamesTypesAliasesAndIdentifiers() throws {
        let table = try AliasTable.parseYAML("""
            entities:
              - name: Imran Khan
                type: person
                aliases: [Khan, Imran Ahmed Khan Niazi]
                sameAs: [http://www.wikidata.org/entity/Q4849]
              - name: Pakistan Tehreek-e-Insaf
                type: organization
                aliases: PTI
                key: pti
            """, file: "aliases.yaml")
        var a = DocumentBuilder("a", "Khan spoke. The PTI marched.")
        a.mention("Khan")
        a.mention("PTI", type: .organization)
        var b = DocumentBuilder("b", "Imran Ahmed Khan Niazi was jailed.")
        b.mention("Imran Ahmed Khan Niazi")
        let corpus = EntityResolver(aliases: table).resolve([a.extraction, b.extraction], run: run)
        let khan = try #require(corpus.entity(key: "imran-khan"))
        #expect(khan.name == "Imran Khan")
        #expect(khan.sameAs == ["http://www.wikidata.org/entity/Q4849"])
        #expect(khan.mentions.count == 2)
        #expect(khan.merges.contains { $0.reason == "user-alias" })
        #expect(khan.aliases.contains("Imran Ahmed Khan Niazi"))
        #expect(corpus.entity(key: "pti")?.name == "Pakistan Tehreek-e-Insaf")
    }

    @Test func csvWithQuotedFields() throws {
        let table = try AliasTable.parseCSV("name,type,aliases,sameAs\n\"Khan, Imran\",person,Imran Khan|Khan,http://www.wikidata.org/entity/Q4849\n", file: "a.csv")
        #expect(table.entries.count == 1)
        #expect(table.entries[0].name == "Khan, Imran")
        #expect(table.entries[0].aliases == ["Imran Khan", "Khan"])
        #expect(table.entries[0].line == 2)
        #expect(table.entryIndex(forName: "imran  khan") == 0)
    }

    @Test(arguments: [
        ("entities:\n  - name: A\n    type: robot\n", 3, "unknown type"),
        ("entities:\n  - type: person\n", 2, "without a `name`"),
        ("entities:\n  - name: A\n    colour: red\n", 3, "unknown field"),
        ("entities: [\n", 2, "invalid YAML"),
        ("- name: A\n  aliases: [X]\n- name: B\n  aliases: [x]\n", 3, "already belongs"),
        ("- name: A\n  sameAs: [not an iri]\n", 1, "not an absolute IRI"),
    ])
    func badYAMLNamesTheLine(text: String, line: Int, message: String) {
        do {
            _ = try AliasTable.parseYAML(text, file: "bad.yaml")
            Issue.record("expected an error")
        } catch let error as NewsgraphError {
            #expect(error.code == .badAliases)
            #expect(error.file == "bad.yaml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func badCSVNamesTheLine() {
        #expect(throws: NewsgraphError.self) { try AliasTable.parseCSV("type\nperson\n", file: "a.csv") }
        do {
            _ = try AliasTable.parseCSV("name,type\nA,person\nB,dragon\n", file: "a.csv")
        } catch let error as NewsgraphError {
            #expect(error.line == 3 && error.code == .badAliases)
            #expect(error.description.hasPrefix("error[E111]: a.csv:3: unknown type"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func loadReportsMissingFiles() throws {
        #expect(throws: NewsgraphError.self) { try AliasTable.load(url: URL(fileURLWithPath: "/nonexistent/aliases.yaml")) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-aliases-\(getpid()).csv")
        try "name,type\nImran Khan,person\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try AliasTable.load(url: url).entries.map(\.name) == ["Imran Khan"])
    }
}
