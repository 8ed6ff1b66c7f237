import Testing
import NewsgraphModel
@testable import Extraction

/// Attribution and nesting: who claims what, and what is not asserted as fact.
@Suite struct ClaimTests {
    static let designExample = """
    Later later ADV 2 advmod
    addressing address VERB 13 advcl VerbForm=Ger
    a a DET 5 det
    press press NOUN 5 compound
    conference conference NOUN 2 obj
    at at ADP 7 case
    D-Chowk D-Chowk PROPN 2 obl _ B-place
    , , PUNCT 2 punct
    Home Home PROPN 10 compound
    Minister Minister PROPN 11 compound
    Mohsin Mohsin PROPN 13 nsubj _ B-person
    Naqvi Naqvi PROPN 11 flat _ I-person
    claimed claim VERB 0 root VerbForm=Fin|Tense=Past
    that that SCONJ 19 mark
    Gandapur Gandapur PROPN 19 nsubj _ B-person
    and and CCONJ 17 cc
    Bibi Bibi PROPN 15 conj _ B-person
    had have AUX 19 aux
    absconded abscond VERB 13 ccomp VerbForm=Part|Tense=Past
    . . PUNCT 13 punct
    """

    @Test func designExampleComesOutExactly() throws {
        let x = HandParse.extract(Self.designExample)
        let claims = x.statements(lemma: "claim")
        #expect(claims.count == 2, "\(x.summary)")
        var innerSubjects: [String] = []
        for claim in claims {
            #expect(claim.subject.text == "Mohsin Naqvi")
            #expect(claim.asserted)
            #expect(claim.attribution == nil)
            #expect(claim.predicate.text == "claimed that")
            guard case .statement(let innerID)? = claim.object?.value else {
                Issue.record("claim object is not a statement: \(x.summary)")
                continue
            }
            let inner = try #require(x.statement(id: innerID))
            #expect(inner.predicate.lemma == "abscond")
            #expect(inner.predicate.text == "had absconded")
            #expect(inner.object == nil)
            #expect(!inner.asserted)
            #expect(inner.attribution?.speaker.text == "Mohsin Naqvi")
            #expect(inner.attribution?.cue == "claim")
            #expect(inner.attribution?.quotation == nil)
            innerSubjects.append(inner.subject.text)
        }
        #expect(innerSubjects.sorted() == ["Bibi", "Gandapur"])
        // Exactly two abscond statements, neither asserted.
        let abscond = x.statements(lemma: "abscond")
        #expect(abscond.count == 2)
        #expect(abscond.allSatisfy { !$0.asserted })
        // The participial clause shares the subject and is the writer's own assertion.
        let address = try #require(x.statements(lemma: "address").first, "\(x.summary)")
        #expect(address.subject.text == "Mohsin Naqvi")
        #expect(address.object?.text == "press conference")
        #expect(address.qualifiers.map(\.role) == ["at"])
        #expect(address.qualifiers.first?.argument.text == "D-Chowk")
        #expect(address.asserted)
        // The title in front of the name is a role statement.
        let role = try #require(x.statements(lemma: "role").first)
        #expect(role.subject.text == "Mohsin Naqvi")
        #expect(role.object?.text == "Home Minister")
    }

    @Test func evidenceOffsetsPointIntoTheDocument() throws {
        let analysis = HandParse.document(Self.designExample)
        let x = HandParse.extract(Self.designExample)
        for s in x.statements {
            #expect(s.document == "doc")
            #expect(s.sentenceIndex == 0)
            #expect(s.sentence == analysis.text)
            #expect(!s.rule.isEmpty)
            #expect((0...1).contains(s.confidence))
            #expect(s.sentenceSpan.contains(s.span))
            if let span = s.subject.span { #expect(analysis.text.scalarSlice(span).contains(s.subject.text.split(separator: " ").last!)) }
        }
        let inner = try #require(x.statements(lemma: "abscond").first { $0.subject.text == "Gandapur" })
        #expect(analysis.text.scalarSlice(inner.span) == "Gandapur and Bibi had absconded" || analysis.text.scalarSlice(inner.span) == "Gandapur had absconded" || analysis.text.scalarSlice(inner.span).hasPrefix("Gandapur"))
        #expect(analysis.text.scalarSlice(inner.subject.span!) == "Gandapur")
        // Mentions: NER spans are named, linked from arguments.
        let m = try #require(inner.subject.mention)
        #expect(x.mentions[m].text == "Gandapur")
        #expect(x.mentions[m].named)
        let naqvi = try #require(x.mentions.first { $0.text.contains("Naqvi") })
        #expect(naqvi.head == "Mohsin Naqvi")
        #expect(naqvi.modifiers.contains("Home Minister"))
    }

    @Test func extractionIsDeterministic() {
        let a = HandParse.extract(Self.designExample)
        let b = HandParse.extract(Self.designExample)
        #expect(a.statements == b.statements)
        #expect(a.mentions == b.mentions)
    }

    @Test func quotedClaimWithParataxis() throws {
        // “Gandapur fled,” Naqvi said.
        let x = HandParse.extract("""
        “ “ PUNCT 3 punct
        Gandapur Gandapur PROPN 3 nsubj _ B-person
        fled flee VERB 0 root
        , , PUNCT 3 punct
        ” ” PUNCT 3 punct
        Naqvi Naqvi PROPN 7 nsubj _ B-person
        said say VERB 3 parataxis
        . . PUNCT 3 punct
        """)
        let inner = try #require(x.statements(lemma: "flee").first, "\(x.summary)")
        #expect(!inner.asserted)
        #expect(inner.attribution?.speaker.text == "Naqvi")
        #expect(inner.attribution?.cue == "say")
        #expect(inner.attribution?.quotation == "Gandapur fled")
        let say = try #require(x.statements(lemma: "say").first, "\(x.summary)")
        #expect(say.asserted)
        #expect(say.object?.value == .statement(id: inner.id))
    }

    @Test func quoteAcrossSentences() throws {
        // “Gandapur fled to Mansehra.” he said. “He will return.”
        let x = HandParse.extract("""
        “ “ PUNCT 3 punct
        Gandapur Gandapur PROPN 3 nsubj _ B-person
        fled flee VERB 0 root
        to to ADP 5 case
        Mansehra Mansehra PROPN 3 obl _ B-place
        . . PUNCT 3 punct
        ” ” PUNCT 3 punct

        he he PRON 2 nsubj
        said say VERB 0 root
        . . PUNCT 2 punct

        “ “ PUNCT 4 punct
        He he PRON 4 nsubj
        will will AUX 4 aux
        return return VERB 0 root
        . . PUNCT 4 punct
        ” ” PUNCT 4 punct
        """)
        let flee = try #require(x.statements(lemma: "flee to").first, "\(x.summary)")
        #expect(flee.object?.text == "Mansehra")
        #expect(!flee.asserted)
        #expect(flee.attribution?.speaker.text == "he")
        #expect(flee.attribution?.quotation == "Gandapur fled to Mansehra")
        let ret = try #require(x.statements(lemma: "return").first, "\(x.summary)")
        #expect(!ret.asserted)
        #expect(ret.modality == "will")
        #expect(ret.attribution?.speaker.text == "he")
        let says = x.statements(lemma: "say")
        #expect(says.count == 2, "\(x.summary)")
        #expect(says.allSatisfy { $0.sentenceIndex == 1 && $0.asserted })
        // The pronoun speaker is left for resolution, flagged.
        let pronoun = try #require(says.first?.subject.mention)
        #expect(x.mentions[pronoun].isPronoun)
        #expect(says.first?.subject.value == .text)
    }

    @Test func accordingTo() throws {
        // Six officers died, according to reports.
        let x = HandParse.extract("""
        Six six NUM 2 nummod
        officers officer NOUN 3 nsubj
        died die VERB 0 root
        , , PUNCT 7 punct
        according accord VERB 7 case
        to to ADP 5 fixed
        reports report NOUN 3 obl
        . . PUNCT 3 punct
        """)
        let die = try #require(x.statements(lemma: "die").first, "\(x.summary)")
        #expect(die.subject.text == "Six officers")
        #expect(!die.asserted)
        #expect(die.attribution?.cue == "according to")
        #expect(die.attribution?.speaker.text == "reports")
        #expect(die.qualifiers.isEmpty)
        let speaker = try #require(x.statements.first { $0.rule.hasPrefix("according-to") }, "\(x.summary)")
        #expect(speaker.subject.text == "reports")
        #expect(speaker.predicate.text == "according to")
        #expect(speaker.object?.value == .statement(id: die.id))
    }

    @Test func claimsInsideClaimsNest() throws {
        // Naqvi said that Khan claimed that Gandapur fled.
        let x = HandParse.extract("""
        Naqvi Naqvi PROPN 2 nsubj _ B-person
        said say VERB 0 root
        that that SCONJ 5 mark
        Khan Khan PROPN 5 nsubj _ B-person
        claimed claim VERB 2 ccomp
        that that SCONJ 8 mark
        Gandapur Gandapur PROPN 8 nsubj _ B-person
        fled flee VERB 5 ccomp
        . . PUNCT 2 punct
        """)
        let flee = try #require(x.statements(lemma: "flee").first, "\(x.summary)")
        #expect(!flee.asserted)
        #expect(flee.attribution?.speaker.text == "Khan")
        let claim = try #require(x.statements(lemma: "claim").first)
        #expect(!claim.asserted)
        #expect(claim.attribution?.speaker.text == "Naqvi")
        #expect(claim.object?.value == .statement(id: flee.id))
        let say = try #require(x.statements(lemma: "say").first)
        #expect(say.asserted)
        #expect(say.object?.value == .statement(id: claim.id))
        #expect(x.statements.count == 3, "\(x.summary)")
    }

    @Test func denialNegatesTheClaim() throws {
        // Khan denied that supporters were armed.
        let x = HandParse.extract("""
        Khan Khan PROPN 2 nsubj _ B-person
        denied deny VERB 0 root
        that that SCONJ 6 mark
        supporters supporter NOUN 6 nsubj:pass
        were be AUX 6 aux:pass
        armed arm VERB 2 ccomp VerbForm=Part|Tense=Past|Voice=Pass
        . . PUNCT 2 punct
        """)
        let armed = try #require(x.statements(lemma: "arm").first, "\(x.summary)")
        #expect(armed.polarity == .negative)
        #expect(armed.passive)
        #expect(!armed.asserted)
        #expect(armed.attribution?.cue == "deny")
        #expect(x.statements(lemma: "deny").first?.polarity == .positive)
    }
}

@Suite struct AccusationTests {
    @Test func accusationIsAClaimAboutTheAccused() throws {
        // The media accused security forces of targeting the protesters.
        let x = HandParse.extract("""
        The the DET 2 det
        media media NOUN 3 nsubj
        accused accuse VERB 0 root
        security security NOUN 5 compound
        forces force NOUN 3 obj
        of of SCONJ 7 mark
        targeting target VERB 3 advcl VerbForm=Ger
        the the DET 9 det
        protesters protester NOUN 7 obj
        . . PUNCT 3 punct
        """)
        let target = try #require(x.statements(lemma: "target").first, "\(x.summary)")
        #expect(target.subject.text == "security forces")
        #expect(target.object?.text == "protesters")
        #expect(!target.asserted)
        #expect(target.attribution?.cue == "accuse")
        #expect(target.attribution?.speaker.text == "media")
        let accuse = try #require(x.statements(lemma: "accuse").first, "\(x.summary)")
        #expect(accuse.asserted)
        #expect(accuse.object?.value == .statement(id: target.id))
    }

    /// The same sentence as the parser now analyses it: one flat name headed by "Home", with only
    /// "Mohsin Naqvi" recognized. The speaker is still the recognized person, not an unlinked phrase.
    @Test func aSpeakerNamedAfterATitleInOneFlatNameIsTheRecognizedPerson() throws {
        let x = HandParse.extract("""
        Home Home PROPN 5 nsubj
        Minister Minister PROPN 1 flat
        Mohsin Mohsin PROPN 1 flat _ B-person
        Naqvi Naqvi PROPN 1 flat _ I-person
        claimed claim VERB 0 root VerbForm=Fin|Tense=Past
        that that SCONJ 8 mark
        Gandapur Gandapur PROPN 8 nsubj _ B-person
        absconded abscond VERB 5 ccomp VerbForm=Part|Tense=Past
        """)
        let claim = try #require(x.statements(lemma: "claim").first, "\(x.summary)")
        let m = try #require(claim.subject.mention)
        #expect(x.mentions[m].text == "Mohsin Naqvi")
        #expect(x.mentions[m].type == .person)
    }
}
