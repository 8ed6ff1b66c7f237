import NLP
import Testing
import NewsgraphModel
@testable import Extraction

/// Recognized spans corrected by the parse, by case evidence and by what calendar words are.
@Suite struct EntitySpanRefinerTests {
    func spans(_ document: AnalyzedDocument) -> [String] {
        EntitySpanRefiner().refine(document).entities.map { e in
            e.tokens.map { document.tokens[$0].form }.joined(separator: " ") + "/" + e.label
        }
    }

    @Test func aLocativePrepositionInsideASpanCutsIt() {
        // supporters of Imran Khan in Pakistan (the recognizer took it all as one person)
        let document = HandParse.document("""
        supporters supporter NOUN 0 root
        of of ADP 4 case
        Imran Imran PROPN 4 compound _ B-person
        Khan Khan PROPN 1 nmod _ I-person
        in in ADP 6 case _ I-person
        Pakistan Pakistan PROPN 4 nmod _ I-person
        """)
        #expect(spans(document) == ["Imran Khan/person", "Pakistan/\(EntitySpanRefiner.untypedLabel)"])
        let x = StatementExtractor().extract(document: SourceDocument(id: "d", source: "d", text: document.text), analysis: document)
        #expect(x.mentions.contains { $0.text == "Imran Khan" && $0.type == .person })
        #expect(x.mentions.contains { $0.text == "Pakistan" && $0.type == .other && $0.named })
    }

    @Test func ofKeepsANameWhole() {
        // Human Rights Commission of Pakistan
        let document = HandParse.document("""
        Human Human PROPN 3 compound _ B-organization
        Rights Rights PROPN 3 compound _ I-organization
        Commission Commission PROPN 0 root _ I-organization
        of of ADP 5 case _ I-organization
        Pakistan Pakistan PROPN 3 nmod _ I-organization
        """)
        #expect(spans(document) == ["Human Rights Commission of Pakistan/organization"])
    }

    @Test func aClauseInsideASpanIsCutOff() {
        // reach D-Chowk for a sit-in until their leader said otherwise (one organization span)
        let document = HandParse.document("""
        reach reach VERB 0 root
        D D PROPN 1 obj SpaceAfter=No B-organization
        - - PUNCT 4 punct SpaceAfter=No I-organization
        Chowk Chowk PROPN 2 appos _ I-organization
        for for ADP 4 flat _ I-organization
        a a DET 7 det _ I-organization
        sit sit NOUN 4 nmod _ I-organization
        until until ADP 10 mark _ I-organization
        their their PRON 10 nmod:poss _ I-organization
        leader leader NOUN 11 nsubj _ I-organization
        said say VERB 7 acl _ I-organization
        otherwise otherwise ADV 11 advmod _ I-organization
        """)
        #expect(spans(document) == ["D - Chowk/organization"])
    }

    @Test func calendarWordsAreDates() {
        // Tensions have gripped Islamabad since Sunday (Sunday recognized as a person)
        let document = HandParse.document("""
        Tensions tension NOUN 3 nsubj
        have have AUX 3 aux
        gripped grip VERB 0 root
        Islamabad Islamabad PROPN 3 obj _ B-place
        since since ADP 6 case
        Sunday Sunday PROPN 3 obl _ B-person
        . . PUNCT 3 punct
        """)
        #expect(spans(document) == ["Islamabad/place", "Sunday/\(EntitySpanRefiner.dateLabel)"])
    }

    @Test func aHeadlineSpanNeedsRunningTextEvidence() {
        // "Protest Ends as Leaders Flee" (a title-case line), then running text that names Khan.
        let document = HandParse.document("""
        Protest protest NOUN 2 nsubj
        Ends end VERB 0 root
        as as SCONJ 5 mark
        Leaders Leaders PROPN 5 nsubj _ B-person
        Flee Flee PROPN 2 advcl _ I-person

        Khan Khan PROPN 2 nsubj _ B-person
        said say VERB 0 root
        that that SCONJ 5 mark
        leaders leader NOUN 5 nsubj
        fled flee VERB 2 ccomp
        .  . PUNCT 2 punct
        """)
        #expect(spans(document) == ["Khan/person"])
        let headline = HandParse.document("""
        Imran Imran PROPN 2 compound _ B-person
        Khan Khan PROPN 3 nsubj _ I-person
        Leads lead VERB 0 root
        Protest protest NOUN 3 obj

        Supporters supporter NOUN 2 nsubj
        followed follow VERB 0 root
        Khan Khan PROPN 2 obj _ B-person
        . . PUNCT 2 punct
        """)
        // "Khan" is capitalized in running text: the headline's name is kept.
        #expect(spans(headline) == ["Imran Khan/person", "Khan/person"])
        #expect(EntitySpanRefiner().isHeadline(headline.sentences[0].tokens, headline.tokens))
        #expect(!EntitySpanRefiner().isHeadline(headline.sentences[1].tokens, headline.tokens))
    }

    @Test func aTitleQualifierSpanGivesWayToTheOfficeHolder() {
        // Home Minister Mohsin Naqvi claimed (the recognizer took "Home" for a place)
        let document = HandParse.document("""
        Home Home PROPN 5 nsubj _ B-place
        Minister Minister PROPN 1 flat
        Mohsin Mohsin PROPN 1 flat
        Naqvi Naqvi PROPN 1 flat
        claimed claim VERB 0 root
        """)
        #expect(spans(document) == ["Mohsin Naqvi/person"])
    }

    @Test func aNameBeforeATitleStaysAndTheHolderIsAPerson() {
        // U.S. President Joe Biden said (only "U.S." recognized)
        let document = HandParse.document("""
        U.S. U.S. PROPN 4 compound _ B-place
        President President PROPN 4 compound
        Joe Joe PROPN 4 compound
        Biden Biden PROPN 5 nsubj
        said say VERB 0 root
        """)
        #expect(spans(document) == ["U.S./place", "Joe Biden/person"])
    }

    @Test func aRecognizedHolderIsLeftAlone() {
        // Interior Minister Mohsin Naqvi, both recognized
        let document = HandParse.document("""
        Interior Interior PROPN 4 compound _ B-organization
        Minister Minister PROPN 4 compound
        Mohsin Mohsin PROPN 4 compound _ B-person
        Naqvi Naqvi PROPN 0 root _ I-person
        """)
        #expect(spans(document) == ["Interior/organization", "Mohsin Naqvi/person"])
    }
}
