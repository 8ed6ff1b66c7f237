import Testing
import NewsgraphModel
@testable import Extraction

/// Possessive pronouns are mentions (resolution links them), though no argument has them as head.
@Suite struct PossessiveMentionTests {
    static let parse = """
    Khan Khan PROPN 2 nsubj _ B-person
    praised praise VERB 0 root
    his he PRON 4 nmod:poss
    lawyers lawyer NOUN 2 obj
    and and CCONJ 7 cc
    her she PRON 7 obj
    party party NOUN 4 conj
    . . PUNCT 2 punct
    """

    @Test func possessivePronounsBecomePronounMentions() throws {
        let x = HandParse.extract(Self.parse)
        let his = try #require(x.mentions.first { $0.text == "his" })
        #expect(his.isPronoun && !his.named && his.type == .person)
        // "her" as an object is not a possessive: no argument registers it here, so no mention.
        #expect(!x.mentions.contains { $0.text == "her" })
        // Text order is kept.
        #expect(x.mentions.map(\.span) == x.mentions.map(\.span).sorted())
    }
}
