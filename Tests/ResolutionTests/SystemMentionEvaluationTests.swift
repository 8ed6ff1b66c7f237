import Testing
import NewsgraphModel
@testable import Resolution

/// Scoring a resolved corpus (the pipeline's own mentions) against gold spans.
@Suite struct SystemMentionEvaluationTests {
    typealias Gold = SystemMentionEvaluation.GoldSpan

    func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) < 1e-9 }

    /// "Lord Byron wrote. He died. Mary Chaworth lived." with the recognizer finding "Byron" (inside the
    /// gold "Lord Byron"), "He" and "Mary Chaworth".
    func byron() -> (DocumentBuilder, Corpus) {
        var d = DocumentBuilder("d", "Lord Byron wrote. He died. Mary Chaworth lived.")
        d.mention("Byron")
        d.mention("He", pronoun: true)
        d.mention("Mary Chaworth")
        return (d, EntityResolver().resolve([d.extraction], run: ExtractionRun()))
    }

    @Test func exactSpansLeaveAShorterNameTwinless() {
        let (d, corpus) = byron()
        let gold = [
            Gold(document: "d", span: d.span(of: "Lord Byron"), head: d.span(of: "Byron"), group: "1", properName: true),
            Gold(document: "d", span: d.span(of: "He"), group: "1"),
            Gold(document: "d", span: d.span(of: "Mary Chaworth"), head: d.span(of: "Chaworth"), group: "2", properName: true),
        ]
        let exact = SystemMentionEvaluation.evaluate(corpus: corpus, gold: gold, matching: .exact)
        // System clusters {Byron~, He} {Mary Chaworth}: "Byron" is twinless, so the Byron–He link is not in the key.
        #expect(exact.systemMentions == 3 && exact.alignedMentions == 2 && exact.goldMentions == 3)
        #expect(close(exact.mentions.precision, 2.0 / 3) && close(exact.mentions.recall, 2.0 / 3))
        #expect(exact.muc.recall == 0 && exact.muc.precision == 0)
        // B³ recall: Lord Byron 0 + He 1/2 + Mary 1 over 3; precision: Byron~ 0 + He 1/2 + Mary 1 over 3.
        #expect(close(exact.bCubed.recall, 0.5) && close(exact.bCubed.precision, 0.5))

        let head = SystemMentionEvaluation.evaluate(corpus: corpus, gold: gold, matching: .head)
        #expect(head.alignedMentions == 3)
        #expect(head.muc.f1 == 1 && head.bCubed.f1 == 1 && head.ceafE.f1 == 1 && head.conllF1 == 1)
    }

    @Test func wrongLinksCostPrecisionAndNamedSubsetKeepsNamedClusters() {
        let (d, corpus) = byron()
        // Gold says "He" is someone else, an unnamed cluster ("the boy" elsewhere, not extracted).
        let gold = [
            Gold(document: "d", span: d.span(of: "Lord Byron"), head: d.span(of: "Byron"), group: "1", properName: true),
            Gold(document: "d", span: d.span(of: "He"), group: "3"),
            Gold(document: "d", span: d.span(of: "Mary Chaworth"), head: d.span(of: "Chaworth"), group: "2", properName: true),
        ]
        let all = SystemMentionEvaluation.evaluate(corpus: corpus, gold: gold, matching: .head)
        #expect(all.muc.precision == 0)
        #expect(all.goldClusters == 3 && all.responseClusters == 2)
        let named = SystemMentionEvaluation.evaluate(corpus: corpus, gold: gold, matching: .head, subset: .named)
        #expect(named.goldClusters == 2 && named.goldMentions == 2)
        // "He" matches a gold mention outside the named clusters: twinless there, so precision suffers.
        #expect(named.alignedMentions == 2 && close(named.mentions.precision, 2.0 / 3) && named.mentions.recall == 1)
        #expect(close(named.bCubed.recall, 1) && close(named.bCubed.precision, (1.0 / 2 + 1) / 3))
    }

    @Test func alignmentIsOneToOneAndPrefersExactSpans() {
        let gold = [
            Gold(document: "d", span: Span(begin: 0, end: 10), head: Span(begin: 5, end: 10), group: "1"),
            Gold(document: "d", span: Span(begin: 5, end: 10), group: "2"),
            Gold(document: "d", span: Span(begin: 0, end: 30), head: Span(begin: 0, end: 4), group: "3"),
        ]
        // [5,10) is exact for gold 1; [5,12) holds gold 0's head but neither span contains the other;
        // [0,4) holds gold 2's head and lies inside it.
        let twins = SystemMentionEvaluation.align([Span(begin: 5, end: 10), Span(begin: 5, end: 12), Span(begin: 0, end: 4)],
                                                  gold, matching: .head)
        #expect(twins == [1, nil, 2])
        #expect(SystemMentionEvaluation.align([Span(begin: 0, end: 4)], gold, matching: .exact) == [nil])
        // Two system mentions never share one gold twin.
        #expect(SystemMentionEvaluation.align([Span(begin: 5, end: 10), Span(begin: 5, end: 10)], gold, matching: .exact) == [1, nil])
    }

    @Test func documentsWithoutGoldAreIgnored() {
        let (_, corpus) = byron()
        let result = SystemMentionEvaluation.evaluate(corpus: corpus, gold: [Gold(document: "other", span: Span(begin: 0, end: 1), group: "1")])
        #expect(result.systemMentions == 0 && result.goldMentions == 1 && result.mentions.recall == 0)
    }
}
