import NewsgraphModel
import Testing
@testable import NLP

@Suite("NER data readers")
struct NERReaderTests {
    @Test func bracketsSingleOpenClose() throws {
        let brackets = try EntityBracketParser.parse("(3-person-new-sssss-cf1-1-coref-Lord_Byron)")
        #expect(brackets == [.single(group: "3", type: "person")])
        #expect(try EntityBracketParser.parse("(9-person-new-nnnnn-cf4-1,2,3-sgl-William_Glennie")
            == [.open(group: "9", type: "person")])
        #expect(try EntityBracketParser.parse("9)") == [.close(group: "9")])
    }

    @Test func severalBracketsOnOneToken() throws {
        let brackets = try EntityBracketParser.parse(
            "(4-organization-new-snnnn-cf5-1,2,3-coref-Aberdeen_Grammar_School(5-place-new-snnnn-cf10-1-sgl-Aberdeen)")
        #expect(brackets == [.open(group: "4", type: "organization"), .single(group: "5", type: "place")])
        #expect(try EntityBracketParser.parse("4)1)") == [.close(group: "4"), .close(group: "1")])
        // Closing and opening on one token, identity with a percent-encoded parenthesis.
        #expect(try EntityBracketParser.parse("7)(86-abstract-new-nnnnn-cf3-4-coref-Language_%28journal%29")
            == [.close(group: "7"), .open(group: "86", type: "abstract")])
    }

    @Test func malformedBracketsThrow() {
        #expect(throws: NewsgraphError.self) { try EntityBracketParser.parse("(3") }
        #expect(throws: NewsgraphError.self) { try EntityBracketParser.parse("abc") }
    }

    @Test func entityValueFromMisc() {
        #expect(EntityBracketParser.entityValue(inMisc: "Discourse=x|Entity=(1-abstract-new)|MSeg=a-b") == "(1-abstract-new)")
        #expect(EntityBracketParser.entityValue(inMisc: "_") == nil)
    }

    /// "Byron received his education at Aberdeen Grammar School in August 1799 ." with GUM's brackets.
    static let sentence: (tokens: [Token], misc: [String]) = {
        let rows: [(String, String, Int, String, String)] = [
            ("Byron", "PROPN", 1, "nsubj", "Entity=(3-person-new-sssss-cf1-1-coref-Lord_Byron)"),
            ("received", "VERB", -1, "root", "_"),
            ("his", "PRON", 3, "nmod:poss", "Entity=(1-abstract-giv-snnns-cf2-4-coref(3-person-giv-sssss-cf1-1-ana-Lord_Byron)"),
            ("education", "NOUN", 1, "obj", "_"),
            ("at", "ADP", 7, "case", "_"),
            ("Aberdeen", "PROPN", 7, "compound", "Entity=(4-organization-new-snnnn-cf5-1-coref(5-place-new-snnnn-cf10-1-sgl-Aberdeen)"),
            ("Grammar", "PROPN", 7, "compound", "_"),
            ("School", "PROPN", 3, "nmod", "Entity=4)1)"),
            ("in", "ADP", 9, "case", "_"),
            ("August", "PROPN", 1, "obl", "Entity=(6-time-new-nnnnn-cf6-1-sgl"),
            ("1799", "NUM", 9, "nmod:unmarked", "Entity=6)"),
            (".", "PUNCT", 1, "punct", "_"),
        ]
        let tokens = rows.map { Token(form: $0.0, begin: 0, end: 0, upos: $0.1, head: $0.2, deprel: $0.3) }
        return (tokens, rows.map(\.4))
    }()

    @Test func mentionsNestedAndMultiToken() throws {
        let mentions = try GUMEntityReader.mentions(misc: Self.sentence.misc)
        let found = Set(mentions.map { "\($0.type) \($0.tokens.lowerBound)-\($0.tokens.upperBound)" })
        #expect(found == ["person 0-1", "abstract 2-8", "person 2-3", "organization 5-8", "place 5-6", "time 9-11"])
    }

    @Test func namedSpansOutermostTrimmed() throws {
        let spans = try GUMEntityReader.namedSpans(tokens: Self.sentence.tokens, misc: Self.sentence.misc)
        // "his" is a pronoun, "his education at ..." is abstract; Aberdeen (place) is inside the school.
        #expect(spans == [EntitySpan(tokens: 0..<1, label: "person"), EntitySpan(tokens: 5..<8, label: "organization"),
                          EntitySpan(tokens: 9..<11, label: "time")])
    }

    @Test func namedSpanDropsDeterminerAndApposition() throws {
        // "the University of Basel , where he taught" as one GUM organization mention.
        let rows: [(String, String, Int, String)] = [
            ("the", "DET", 1, "det"), ("University", "PROPN", -1, "root"), ("of", "ADP", 3, "case"),
            ("Basel", "PROPN", 1, "nmod"), (",", "PUNCT", 1, "punct"), ("where", "ADV", 6, "advmod"),
            ("he", "PRON", 6, "nsubj"), ("taught", "VERB", 1, "acl:relcl"),
        ]
        let tokens = rows.map { Token(form: $0.0, begin: 0, end: 0, upos: $0.1, head: $0.2, deprel: $0.3) }
        var misc = [String](repeating: "_", count: rows.count)
        misc[0] = "Entity=(1-organization-new-nnnnn-cf1-2-coref-University_of_Basel"
        misc[7] = "Entity=1)"
        #expect(try GUMEntityReader.namedSpans(tokens: tokens, misc: misc) == [EntitySpan(tokens: 1..<4, label: "organization")])
    }

    @Test func namedSpanDropsLeadingLowercaseModifiersExceptForTraining() throws {
        // "with the younger John Edleston": GUM's person mention starts at "the".
        let rows: [(String, String, Int, String)] = [
            ("with", "ADP", 4, "case"), ("the", "DET", 4, "det"), ("younger", "ADJ", 4, "amod"),
            ("John", "PROPN", 4, "compound"), ("Edleston", "PROPN", -1, "root"),
        ]
        let tokens = rows.map { Token(form: $0.0, begin: 0, end: 0, upos: $0.1, head: $0.2, deprel: $0.3) }
        var misc = [String](repeating: "_", count: rows.count)
        misc[1] = "Entity=(1-person-new-sssss-cf1-3-coref-John_Edleston"
        misc[4] = "Entity=1)"
        #expect(try GUMEntityReader.namedSpans(tokens: tokens, misc: misc) == [EntitySpan(tokens: 3..<5, label: "person")])
        // The recognizer's training targets keep the modifier; it trims its own output.
        #expect(try GUMEntityReader.namedSpans(tokens: tokens, misc: misc, keepingLeadingModifiers: true)
            == [EntitySpan(tokens: 2..<5, label: "person")])
    }

    @Test func recognizedNamesStartAfterLowercaseModifiers() {
        let rows: [(String, String)] = [("central", "ADJ"), ("Islamabad", "PROPN"), ("Central", "ADJ"), ("Asia", "PROPN"),
                                        ("iPhone", "NOUN"), ("al-Qaeda", "PROPN"), ("fast", "ADV"), ("growing", "VERB"),
                                        ("Lahore", "PROPN")]
        let modifier = rows.map { NameEdges.isLowercaseModifier(form: $0.0, upos: $0.1) }
        #expect(modifier == [true, false, false, false, true, false, true, true, false])
        func trimmed(_ range: Range<Int>) -> Range<Int> {
            NameEdges.trimmingModifiers(EntitySpan(tokens: range, label: "place")) { modifier[$0] }.tokens
        }
        #expect(trimmed(0..<2) == 1..<2)  // "central Islamabad" → "Islamabad"
        #expect(trimmed(2..<4) == 2..<4)  // "Central Asia" is a name
        #expect(trimmed(4..<5) == 4..<5)  // a one-word span keeps its word
        #expect(trimmed(6..<9) == 8..<9)  // "fast growing Lahore" → "Lahore"
        #expect(trimmed(5..<6) == 5..<6)
    }

    @Test func namedPersonLeavesTitleOutAndGroupsAreNotPersons() throws {
        // "Vice President Bush met Americans": GUM attaches the title to the name as nmod:desc.
        let rows: [(String, String, Int, String, String)] = [
            ("Vice", "PROPN", 1, "compound", "Number=Sing"), ("President", "PROPN", 2, "nmod:desc", "Number=Sing"),
            ("Bush", "PROPN", 3, "nsubj", "Number=Sing"), ("met", "VERB", -1, "root", "Mood=Ind"),
            ("Americans", "PROPN", 3, "obj", "Number=Plur"),
        ]
        let tokens = rows.map { Token(form: $0.0, begin: 0, end: 0, upos: $0.1, feats: $0.4, head: $0.2, deprel: $0.3) }
        var misc = [String](repeating: "_", count: rows.count)
        misc[0] = "Entity=(1-person-new-sssss-cf1-3-coref-George_H._W._Bush"
        misc[2] = "Entity=1)"
        misc[4] = "Entity=(2-person-new-nnnnn-cf2-1-sgl)"
        #expect(try GUMEntityReader.namedSpans(tokens: tokens, misc: misc) == [EntitySpan(tokens: 2..<3, label: "person")])
        // A title alone is still the mention's name ("the President said").
        misc = ["Entity=(1-person-new-sssss-cf1-3-coref)", "_", "_", "_", "_"]
        let alone = [Token(form: "President", begin: 0, end: 0, upos: "PROPN", head: 1, deprel: "nsubj"),
                     Token(form: "said", begin: 0, end: 0, upos: "VERB", head: -1, deprel: "root")]
        #expect(try GUMEntityReader.namedSpans(tokens: alone, misc: Array(misc.prefix(2))) == [EntitySpan(tokens: 0..<1, label: "person")])
    }

    @Test func unbalancedMentionsThrow() {
        #expect(throws: NewsgraphError.self) { try GUMEntityReader.mentions(misc: ["Entity=(1-person-new", "_"]) }
        #expect(throws: NewsgraphError.self) { try GUMEntityReader.mentions(misc: ["Entity=2)"]) }
    }

    @Test func unerIOB2() throws {
        let text = """
        # sent_id = s1
        # text = I love New York .
        1\tI\tO\t-\t-
        2\tlove\tO\t-\t-
        3\tNew\tB-LOC\t-\t-
        4\tYork\tI-LOC\t-\t-
        5\tBob\tB-PER\t-\t-

        # sent_id = s2
        1\tIBM\tI-ORG\t-\t-
        2\tand\tO\t-\t-

        """
        let sentences = try UNERReader.parse(text)
        #expect(sentences.count == 2)
        #expect(sentences[0].id == "s1")
        #expect(sentences[0].forms == ["I", "love", "New", "York", "Bob"])
        #expect(sentences[0].entities == [EntitySpan(tokens: 2..<4, label: "LOC"), EntitySpan(tokens: 4..<5, label: "PER")])
        #expect(sentences[1].entities == [EntitySpan(tokens: 0..<1, label: "ORG")])
        #expect(throws: NewsgraphError.self) { try UNERReader.parse("1\tx\tZ-LOC\n") }
    }

    @Test func spanScorerExactMatch() {
        var scorer = SpanScorer(labels: ["PER", "LOC"])
        scorer.add(gold: [EntitySpan(tokens: 0..<2, label: "PER"), EntitySpan(tokens: 3..<4, label: "LOC"),
                          EntitySpan(tokens: 5..<6, label: "OTH")],
                   predicted: [EntitySpan(tokens: 0..<2, label: "PER"), EntitySpan(tokens: 3..<5, label: "LOC")])
        #expect(scorer.perLabel["PER"] == SpanScorer.Counts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(scorer.perLabel["LOC"] == SpanScorer.Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(scorer.overall().f1 == 0.5)
    }
}
