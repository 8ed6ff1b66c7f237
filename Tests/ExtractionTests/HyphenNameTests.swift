import NLP
import Testing
import NewsgraphModel
@testable import Extraction

/// UD tokenization splits hyphenated names ("D - Chowk"); arguments and mentions keep them whole.
@Suite struct HyphenNameTests {
    @Test func aHyphenJoinedPlaceNameStaysWhole() throws {
        // Naqvi spoke at D-Chowk. (the parser made "Chowk" a conjunct of "D"; NER saw only "D")
        let x = HandParse.extract("""
        Naqvi Naqvi PROPN 2 nsubj _ B-person
        spoke speak VERB 0 root
        at at ADP 4 case
        D D PROPN 2 obl SpaceAfter=No B-place
        - - PUNCT 6 punct SpaceAfter=No
        Chowk Chowk PROPN 4 conj
        . . PUNCT 2 punct
        """)
        let s = try #require(x.statements.first { $0.predicate.lemma == "speak at" }, "\(x.summary)")
        #expect(s.object?.text == "D-Chowk")
        #expect(x.mentions.contains { $0.text == "D-Chowk" && $0.named })
        #expect(!x.mentions.contains { $0.text == "D" })
    }

    @Test func spacedHyphensAndCommonNounsAreLeftAlone() throws {
        // Khan met Sharif - the premier.
        let x = HandParse.extract("""
        Khan Khan PROPN 2 nsubj _ B-person
        met meet VERB 0 root
        Sharif Sharif PROPN 2 obj _ B-person
        - - PUNCT 6 punct
        the the DET 6 det
        premier premier NOUN 3 appos
        . . PUNCT 2 punct
        """)
        let s = try #require(x.statements.first { $0.predicate.lemma == "meet" }, "\(x.summary)")
        #expect(s.object?.text == "Sharif")
    }

    @Test func anAgeAdjectiveKeepsItsMeasureNoun() throws {
        // The 72-year-old leader faces charges. (UD: "year" is obl:unmarked of "old")
        let x = HandParse.extract("""
        The the DET 7 det
        72 72 NUM 4 nummod SpaceAfter=No
        - - PUNCT 4 punct SpaceAfter=No
        year year NOUN 6 obl:unmarked SpaceAfter=No
        - - PUNCT 4 punct SpaceAfter=No
        old old ADJ 7 amod
        leader leader NOUN 8 nsubj
        faces face VERB 0 root
        charges charge NOUN 8 obj
        . . PUNCT 8 punct
        """)
        let s = try #require(x.statements.first { $0.predicate.lemma == "face" }, "\(x.summary)")
        // The core keeps "72 year" (its hyphens are punctuation, outside the core), so the phrase
        // still starts right after "the", which coreference reads as a definite epithet.
        #expect(s.subject.text == "72 year old leader")
    }
}
