import Testing
import NewsgraphModel
@testable import Resolution

@Suite struct NameFormsTests {
    func name(_ text: String, _ type: EntityType = .person, modifiers: [String] = []) -> MentionName? {
        MentionName(ExtractedMention(sentenceIndex: 0, span: Span(begin: 0, end: text.unicodeScalars.count), text: text,
                                     type: type, head: text, modifiers: modifiers))
    }

    @Test(arguments: [
        ("Interior Minister Mohsin Naqvi", "Mohsin Naqvi", "interior minister"),
        ("Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur", "Ali Amin Gandapur", "khyber pakhtunkhwa chief minister"),
        ("UN Secretary-General António Guterres", "António Guterres", "secretary-general"),
        ("PTI Information Secretary Sheikh Waqas Akram", "Sheikh Waqas Akram", "pti information secretary"),
        ("jailed former Pakistan Prime Minister Imran Khan", "Imran Khan", "former prime minister"),
    ])
    func namesAndRoles(text: String, bare: String, role: String) throws {
        let n = try #require(name(text))
        #expect(n.name == bare)
        #expect(n.roles == [role])
    }

    @Test func ranksAreTitlesOfTheirOwn() throws {
        let munir = try #require(name("Chief of Army Staff (COAS) General Asim Munir"))
        #expect(munir.name == "Asim Munir")
        #expect(munir.roles == ["chief of army staff", "general"])
        #expect(munir.acronym == nil)
        #expect(NameForms.role("the army chief") == "chief of army staff")
    }

    @Test func honorificsPossessivesAndAcronyms() throws {
        #expect(name("Mr. Khan's")?.name == "Khan")
        #expect(name("Mr. Khan's")?.gender == .male)
        #expect(name("Ms Bibi")?.gender == .female)
        #expect(name("Bushra Bibi")?.gender == .female)
        #expect(name("Khan", modifiers: ["Mr"])?.gender == .male)
        let pti = try #require(name("Pakistan Tehreek-e-Insaf (PTI)", .organization))
        #expect(pti.name == "Pakistan Tehreek-e-Insaf" && pti.acronym == "PTI")
        #expect(name("the Human Rights Commission of Pakistan", .organization)?.name == "Human Rights Commission of Pakistan")
        #expect(MentionName.initials("Human Rights Commission of Pakistan").contains("HRCP"))
        #expect(MentionName.initials("Pakistan Tehreek-e-Insaf").contains("PTI"))
        #expect(MentionName.isAcronym("PML-N") && !MentionName.isAcronym("Khan"))
        #expect(name("the 26th Amendment", .other)?.name == "26th Amendment")
        #expect(name("Liberation from Slavery Day", .event)?.name == "Liberation from Slavery Day")
    }

    @Test func rolesFoldSynonymsButNeverFormerIntoCurrent() {
        #expect(NameForms.role("Pakistan's Home Minister") == "interior minister")
        #expect(NameForms.role("the Minister of the Interior") == "interior minister")
        #expect(NameForms.role("the former Home Minister") == "former interior minister")
        #expect(NameForms.role("khyber pakhtunkhwa chief minister", matches: "chief minister"))
        #expect(!NameForms.role("former prime minister", matches: "prime minister"))
        #expect(NameForms.isRole("interior minister") && !NameForms.isRole("protesters"))
    }
}
