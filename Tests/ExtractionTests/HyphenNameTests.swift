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
}
