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

    /// CEAF-e on the same example: K1–R1 (φ4 = 4/5) and K2–R3 (φ4 = 4/8) are the best alignment, 1.3 in all.
    @Test func ceafEOnTheReferenceExample() {
        let s = CoreferenceMetrics.ceafE(key: key, response: response)
        #expect(close(s.recall, 1.3 / 2))
        #expect(close(s.precision, 1.3 / 3))
    }

    /// The reference scorer's own test cases (conll/reference-coreference-scorers, test/TestCases.README and
    /// CorefMetricTestConfig.pm, cases A2–A4): key {a} {bc} {def} against responses with missing mentions,
    /// twinless (false-alarm) mentions, and both.
    @Test func referenceScorerTestCasesWithTwinlessMentions() {
        let key = [["a"], ["b", "c"], ["d", "e", "f"]]
        // A2: missing mentions.
        let a2 = [["a"], ["d", "e"]]
        #expect(close(CoreferenceMetrics.muc(key: key, response: a2).recall, 1.0 / 3))
        #expect(close(CoreferenceMetrics.muc(key: key, response: a2).precision, 1))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a2).recall, (7.0 / 3) / 6))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a2).precision, 1))
        #expect(close(CoreferenceMetrics.ceafE(key: key, response: a2).recall, 0.6))
        #expect(close(CoreferenceMetrics.ceafE(key: key, response: a2).precision, 0.9))
        // A3: false alarms x, y, z.
        let a3 = [["a"], ["b", "c", "x"], ["d", "e", "f", "y"], ["z"]]
        #expect(close(CoreferenceMetrics.muc(key: key, response: a3).recall, 1))
        #expect(close(CoreferenceMetrics.muc(key: key, response: a3).precision, 3.0 / 5))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a3).recall, 1))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a3).precision, (4 + 7.0 / 12) / 9))
        #expect(abs(CoreferenceMetrics.ceafE(key: key, response: a3).recall - 0.88571) < 1e-5)
        #expect(abs(CoreferenceMetrics.ceafE(key: key, response: a3).precision - 0.66429) < 1e-5)
        // A4: both.
        let a4 = [["a"], ["b", "c", "x"], ["d", "y"], ["z"]]
        #expect(close(CoreferenceMetrics.muc(key: key, response: a4).f1, 1.0 / 3))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a4).recall, (3 + 1.0 / 3) / 6))
        #expect(close(CoreferenceMetrics.bCubed(key: key, response: a4).precision, (1 + 4.0 / 3 + 1.0 / 2) / 7))
        #expect(abs(CoreferenceMetrics.ceafE(key: key, response: a4).recall - 0.73333) < 1e-5)
        #expect(close(CoreferenceMetrics.ceafE(key: key, response: a4).precision, 0.55))
    }

    /// The assignment must find the global optimum, not the greedy one: greedy takes 0.9 first and ends at 1.0.
    @Test func assignmentIsOptimalNotGreedy() {
        #expect(close(CoreferenceMetrics.maximumAssignment([[0.9, 0.8], [0.7, 0.1]]), 0.8 + 0.7))
        #expect(close(CoreferenceMetrics.maximumAssignment([[0.5], [0.6], [0.2]]), 0.6))
        #expect(close(CoreferenceMetrics.maximumAssignment([[0.5, 0.4, 0.3]]), 0.5))
    }
}
