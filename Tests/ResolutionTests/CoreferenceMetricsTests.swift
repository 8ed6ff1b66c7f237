import Testing
import NewsgraphModel
@testable import Resolution

/// Values from the worked example of Pradhan et al. (2014), "Scoring Coreference Partitions of
/// Predicted Mentions: A Reference Implementation": key {a,b,c} {d,e,f,g}, response {a,b} {c,d} {f,g,h,i}.
@Suite struct CoreferenceMetricsTests {
    let key = [["a", "b", "c"], ["d", "e", "f", "g"]]
    let response = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]

    func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) < 1e-9 }

    @Test func mucOnTheReferenceExample() {
        let s = CoreferenceMetrics.muc(key: key, response: response)
        #expect(close(s.recall, 2.0 / 5.0))
        #expect(close(s.precision, 2.0 / 5.0))
        #expect(close(s.f1, 0.4))
    }

    @Test func bCubedOnTheReferenceExample() {
        let s = CoreferenceMetrics.bCubed(key: key, response: response)
        #expect(close(s.recall, 35.0 / 84.0))   // (4/3 + 1/3 + 1/4 + 4/4) / 7
        #expect(close(s.precision, 4.0 / 8.0))  // (4/2 + 1/2 + 1/2 + 4/4) / 8
        #expect(close(s.f1, 2 * (35.0 / 84.0) * 0.5 / (35.0 / 84.0 + 0.5)))
    }

    /// Vilain et al. (1995): key {A B C D}, response {A B} {C D} → recall 2/3, precision 1.
    @Test func mucVilainExample() {
        let s = CoreferenceMetrics.muc(key: [["A", "B", "C", "D"]], response: [["A", "B"], ["C", "D"]])
        #expect(close(s.recall, 2.0 / 3.0))
        #expect(close(s.precision, 1))
    }

    @Test func perfectAndEmpty() {
        let perfect = CoreferenceMetrics.bCubed(key: key, response: key)
        #expect(perfect.precision == 1 && perfect.recall == 1 && perfect.f1 == 1)
        #expect(CoreferenceMetrics.muc(key: key, response: key).f1 == 1)
        let none = CoreferenceMetrics.muc(key: [[Int]](), response: [[Int]]())
        #expect(none.f1 == 0)
        // All singletons: MUC has no links to find, B³ still credits each mention.
        let singletons = CoreferenceMetrics.bCubed(key: [[1], [2]], response: [[1], [2]])
        #expect(singletons.f1 == 1)
    }

    @Test func scoresACorpusAgainstGoldSpans() {
        var d = DocumentBuilder("d", "Lord Byron wrote. He died. Mary Chaworth lived.")
        d.mention("Byron")
        d.mention("He", pronoun: true)
        d.mention("Mary Chaworth")
        let corpus = EntityResolver().resolve([d.extraction], run: ExtractionRun())
        let gold = [
            CoreferenceEvaluation.GoldSpan(document: "d", span: d.span(of: "Lord Byron"), group: "1"),
            CoreferenceEvaluation.GoldSpan(document: "d", span: d.span(of: "He"), group: "1"),
            CoreferenceEvaluation.GoldSpan(document: "d", span: d.span(of: "Mary Chaworth"), group: "2"),
        ]
        let result = CoreferenceEvaluation.evaluate(corpus: corpus, gold: gold)
        #expect(result.muc.f1 == 1)
        #expect(result.bCubed.f1 == 1)
        // A wrong link costs precision.
        let split = gold.map { g in CoreferenceEvaluation.GoldSpan(document: g.document, span: g.span, group: g.span.begin == 0 ? "1" : "3") }
        #expect(CoreferenceEvaluation.evaluate(corpus: corpus, gold: split).muc.precision == 0)
    }
}
