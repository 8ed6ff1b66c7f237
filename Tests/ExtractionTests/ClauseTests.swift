import NLP
import Testing
import NewsgraphModel
@testable import Extraction

/// One construction per test, each on a hand-built UD parse.
@Suite struct ClauseTests {
    @Test func passiveWithObliqueAndAgent() throws {
        // Gandapur was arrested in Islamabad by police.
        let x = HandParse.extract("""
        Gandapur Gandapur PROPN 3 nsubj:pass _ B-person
        was be AUX 3 aux:pass
        arrested arrest VERB 0 root VerbForm=Part|Tense=Past|Voice=Pass
        in in ADP 5 case
        Islamabad Islamabad PROPN 3 obl _ B-place
        by by ADP 7 case
        police police NOUN 3 obl:agent
        . . PUNCT 3 punct
        """)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(x.statements.count == 1, "\(x.summary)")
        #expect(s.subject.text == "Gandapur")
        #expect(s.subject.type == .person)
        #expect(s.predicate.lemma == "arrest in")
        #expect(s.predicate.text == "was arrested in")
        #expect(s.object?.text == "Islamabad")
        #expect(s.passive)
        #expect(s.qualifiers.map(\.role) == ["by"])
        #expect(s.qualifiers.first?.argument.text == "police")
    }

    @Test func coordinatedObjectsSplit() {
        // Police arrested Khan and Bibi.
        let x = HandParse.extract("""
        Police police NOUN 2 nsubj
        arrested arrest VERB 0 root
        Khan Khan PROPN 2 obj _ B-person
        and and CCONJ 5 cc
        Bibi Bibi PROPN 3 conj _ B-person
        . . PUNCT 2 punct
        """)
        let arrests = x.statements(lemma: "arrest")
        #expect(arrests.count == 2, "\(x.summary)")
        #expect(Set(arrests.compactMap { $0.object?.text }) == ["Khan", "Bibi"])
        #expect(arrests.allSatisfy { $0.subject.text == "Police" && !$0.passive })
    }

    @Test func coordinatedVerbsShareTheSubject() {
        // Gandapur fled and hid.
        let x = HandParse.extract("""
        Gandapur Gandapur PROPN 2 nsubj _ B-person
        fled flee VERB 0 root
        and and CCONJ 4 cc
        hid hide VERB 2 conj
        . . PUNCT 2 punct
        """)
        #expect(x.statements(lemma: "flee").first?.subject.text == "Gandapur")
        #expect(x.statements(lemma: "hide").first?.subject.text == "Gandapur", "\(x.summary)")
        #expect(x.statements(lemma: "hide").first?.rule == "clause:conj:SV")
    }

    @Test func appositionKinshipAndRole() throws {
        // Bushra Bibi, Khan's wife, met Mohsin Naqvi, the Interior Minister.
        let x = HandParse.extract("""
        Bushra Bushra PROPN 8 nsubj _ B-person
        Bibi Bibi PROPN 1 flat _ I-person
        , , PUNCT 6 punct
        Khan Khan PROPN 6 nmod:poss _ B-person
        's 's PART 4 case
        wife wife NOUN 1 appos
        , , PUNCT 6 punct
        met meet VERB 0 root
        Mohsin Mohsin PROPN 8 obj _ B-person
        Naqvi Naqvi PROPN 9 flat _ I-person
        , , PUNCT 14 punct
        the the DET 14 det
        Interior Interior PROPN 14 compound
        Minister Minister PROPN 9 appos
        . . PUNCT 8 punct
        """)
        let spouse = try #require(x.statements(lemma: "spouse").first, "\(x.summary)")
        #expect(spouse.subject.text == "Bushra Bibi")
        #expect(spouse.object?.text == "Khan")
        let role = try #require(x.statements(lemma: "role").first, "\(x.summary)")
        #expect(role.subject.text == "Mohsin Naqvi")
        #expect(role.object?.text == "Interior Minister")
        let meet = try #require(x.statements(lemma: "meet").first)
        #expect(meet.subject.text == "Bushra Bibi")
        #expect(meet.object?.text == "Mohsin Naqvi")
        // Minimal arguments, the whole phrase kept as evidence.
        #expect(x.document.text.scalarSlice(meet.subject.span!) == "Bushra Bibi")
    }

    @Test func possessiveAffiliation() throws {
        // Khan's party protested.
        let x = HandParse.extract("""
        Khan Khan PROPN 3 nmod:poss _ B-person
        's 's PART 1 case
        party party NOUN 4 nsubj
        protested protest VERB 0 root
        . . PUNCT 4 punct
        """)
        let has = try #require(x.statements(lemma: "have").first, "\(x.summary)")
        #expect(has.subject.text == "Khan")
        #expect(has.object?.text == "party")
        #expect(has.rule == "possessive")
        #expect(x.statements(lemma: "protest").first?.subject.text == "Khan 's party")
    }

    @Test func nominalTitleWithScope() throws {
        // Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur fled.
        let x = HandParse.extract("""
        Khyber Khyber PROPN 2 compound _ B-place
        Pakhtunkhwa Pakhtunkhwa PROPN 4 compound _ I-place
        Chief Chief PROPN 4 compound
        Minister Minister PROPN 5 compound
        Ali Ali PROPN 8 nsubj _ B-person
        Amin Amin PROPN 5 flat _ I-person
        Gandapur Gandapur PROPN 5 flat _ I-person
        fled flee VERB 0 root
        . . PUNCT 8 punct
        """)
        let role = try #require(x.statements(lemma: "role").first, "\(x.summary)")
        #expect(role.subject.text == "Ali Amin Gandapur")
        #expect(role.object?.text == "Chief Minister")
        #expect(role.qualifiers.map(\.role) == ["of"])
        #expect(role.qualifiers.first?.argument.text == "Khyber Pakhtunkhwa")
        #expect(x.statements(lemma: "flee").first?.subject.text == "Ali Amin Gandapur")
    }

    @Test func relativeClause() throws {
        // Supporters who gathered near D-Chowk fled.
        let x = HandParse.extract("""
        Supporters supporter NOUN 6 nsubj
        who who PRON 3 nsubj PronType=Rel
        gathered gather VERB 1 acl:relcl
        near near ADP 5 case
        D-Chowk D-Chowk PROPN 3 obl _ B-place
        fled flee VERB 0 root
        . . PUNCT 6 punct
        """)
        let gather = try #require(x.statements(lemma: "gather near").first, "\(x.summary)")
        #expect(gather.subject.text == "Supporters")
        #expect(gather.object?.text == "D-Chowk")
        #expect(gather.rule == "clause:relcl:SVA")
        let flee = try #require(x.statements(lemma: "flee").first)
        #expect(flee.subject.text == "Supporters")
        // Evidence keeps the relative clause; the argument text stays minimal.
        #expect(x.document.text.scalarSlice(flee.subject.span!) == "Supporters who gathered near D-Chowk")
    }

    @Test func participialModifier() throws {
        // Supporters demanding his release clashed with police.
        let x = HandParse.extract("""
        Supporters supporter NOUN 5 nsubj
        demanding demand VERB 1 acl VerbForm=Ger
        his his PRON 4 nmod:poss Poss=Yes|PronType=Prs
        release release NOUN 2 obj
        clashed clash VERB 0 root
        with with ADP 7 case
        police police NOUN 5 obl
        . . PUNCT 5 punct
        """)
        let demand = try #require(x.statements(lemma: "demand").first, "\(x.summary)")
        #expect(demand.subject.text == "Supporters")
        #expect(demand.object?.text == "his release")
        #expect(demand.rule == "clause:acl:SVO")
        let clash = try #require(x.statements(lemma: "clash with").first, "\(x.summary)")
        #expect(clash.object?.text == "police")
        #expect(clash.subject.text == "Supporters")
    }

    @Test func controlledComplementWithNegation() throws {
        // Supporters vowed not to leave.
        let x = HandParse.extract("""
        Supporters supporter NOUN 2 nsubj
        vowed vow VERB 0 root
        not not PART 5 advmod
        to to PART 5 mark
        leave leave VERB 2 xcomp
        . . PUNCT 2 punct
        """)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(x.statements.count == 1)
        #expect(s.predicate.lemma == "leave")
        #expect(s.predicate.text == "vowed not to leave")
        #expect(s.polarity == .negative)
        #expect(s.modality == "vowed")
    }

    @Test func negationIsKept() throws {
        // Police did not arrest Khan.
        let x = HandParse.extract("""
        Police police NOUN 4 nsubj
        did do AUX 4 aux
        not not PART 4 advmod
        arrest arrest VERB 0 root
        Khan Khan PROPN 4 obj _ B-person
        . . PUNCT 4 punct
        """)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(s.polarity == .negative)
        #expect(s.predicate.text == "did not arrest")
        #expect(s.predicate.lemma == "arrest")
        #expect(s.object?.text == "Khan")
    }

    @Test func modalityIsKept() throws {
        // Khan would lead the march.
        let x = HandParse.extract("""
        Khan Khan PROPN 3 nsubj _ B-person
        would would AUX 3 aux
        lead lead VERB 0 root
        the the DET 5 det
        march march NOUN 3 obj
        . . PUNCT 3 punct
        """)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(s.modality == "would")
        #expect(s.polarity == .positive)
        #expect(s.object?.text == "march")
        #expect(x.document.text.scalarSlice(s.object!.span!) == "the march")
    }

    @Test func copulaWithPreposition() throws {
        // Khan is in jail.
        let x = HandParse.extract("""
        Khan Khan PROPN 4 nsubj _ B-person
        is be AUX 4 cop
        in in ADP 4 case
        jail jail NOUN 0 root
        . . PUNCT 4 punct
        """)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(s.predicate.lemma == "be in")
        #expect(s.predicate.text == "is in")
        #expect(s.object?.text == "jail")
        #expect(s.rule == "clause:nsubj:SVC")
    }

    @Test func emptyParseGivesNoStatements() {
        let doc = NLP.AnalyzedDocument(text: "Hello")
        let x = StatementExtractor().extract(document: SourceDocument(id: "d", source: "d", text: "Hello"), analysis: doc)
        #expect(x.statements.isEmpty)
        #expect(x.mentions.isEmpty)
    }
}

@Suite struct LiteralTests {
    @Test func datesAndNumbersBecomeLiterals() throws {
        // Police arrested 450 people on November 24.
        let table = """
        Police police NOUN 2 nsubj
        arrested arrest VERB 0 root Tense=Past|VerbForm=Fin
        450 450 NUM 4 nummod
        people people NOUN 2 obj
        on on ADP 6 case
        November November PROPN 2 obl _ B-time
        24 24 NUM 6 nummod _ I-time
        . . PUNCT 2 punct
        """
        let analysis = HandParse.document(table)
        let document = SourceDocument(id: "d", source: "d", date: CalendarDate(year: 2024, month: 11, day: 27), text: analysis.text)
        let x = StatementExtractor().extract(document: document, analysis: analysis)
        let s = try #require(x.statements.first, "\(x.summary)")
        #expect(s.object?.text == "450 people")
        #expect(s.object?.value == .literal(Literal("450", datatype: .integer)))
        #expect(s.object?.type == .quantity)
        #expect(s.qualifiers.first?.role == "on")
        #expect(s.qualifiers.first?.argument.value == .literal(Literal("2024-11-24", datatype: .date)))
        #expect(s.qualifiers.first?.argument.type == .date)
    }
}

@Suite struct ControlTests {
    @Test func objectControlKeepsTheComplement() throws {
        // Khan urged supporters to remain peaceful.
        let x = HandParse.extract("""
        Khan Khan PROPN 2 nsubj _ B-person
        urged urge VERB 0 root
        supporters supporter NOUN 2 obj
        to to PART 5 mark
        remain remain VERB 2 xcomp
        peaceful peaceful ADJ 5 xcomp
        . . PUNCT 2 punct
        """)
        let s = try #require(x.statements(lemma: "urge").first, "\(x.summary)")
        #expect(s.object?.text == "supporters")
        #expect(s.qualifiers.map(\.role) == ["to"])
        #expect(s.qualifiers.first?.argument.text == "remain peaceful")
    }
}

@Suite struct NominalModifierTests {
    @Test func namedLocationModifier() throws {
        // Supporters gathered at Henry Wood Hall in Glasgow.
        let x = HandParse.extract("""
        Supporters supporter NOUN 2 nsubj
        gathered gather VERB 0 root
        at at ADP 4 case
        Hall Hall PROPN 2 obl _ B-place
        in in ADP 6 case
        Glasgow Glasgow PROPN 4 nmod _ B-place
        . . PUNCT 2 punct
        """)
        let located = try #require(x.statements(lemma: "be in").first, "\(x.summary)")
        #expect(located.subject.text == "Hall")
        #expect(located.object?.text == "Glasgow")
        #expect(located.predicate.text == "is in")
        #expect(located.rule == "nmod:location")
        let gather = try #require(x.statements(lemma: "gather at").first)
        #expect(x.document.text.scalarSlice(gather.object!.span!) == "Hall in Glasgow")
    }
}

@Suite struct MalformedParseTests {
    @Test func cyclicHeadsTerminate() {
        // A broken parse: every token's head points into a cycle, none is the root.
        let x = HandParse.extract("""
        Khan Khan PROPN 2 nsubj
        left leave VERB 3 xcomp
        town town NOUN 2 conj
        """)
        #expect(x.statements.count < 10)
    }

    @Test func titleWordHeadingAnotherTitleIsNotARoleHolder() throws {
        // Chief Minister Ali Amin Gandapur vowed. (UD/GUM: the title is nmod:desc of the name.)
        let x = HandParse.extract("""
        Chief Chief PROPN 2 compound
        Minister Minister PROPN 3 nmod:desc
        Ali Ali PROPN 6 nsubj _ B-person
        Amin Amin PROPN 3 flat _ I-person
        Gandapur Gandapur PROPN 3 flat _ I-person
        vowed vow VERB 0 root
        . . PUNCT 6 punct
        """)
        let roles = x.statements(lemma: "role")
        #expect(roles.count == 1, "\(x.summary)")
        #expect(roles.first?.subject.text == "Ali Amin Gandapur")
        #expect(roles.first?.object?.text == "Chief Minister")
    }
}
