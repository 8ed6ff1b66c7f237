/// Exact-match span precision, recall and F1, per label and micro-averaged over the labels scored
/// (CoNLL-2003 convention: a predicted span counts only when both boundaries and the label match).
public struct SpanScorer: Sendable {
    public struct Counts: Hashable, Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// Labels outside this set are ignored on both sides (e.g. UNER's OTH).
    public let labels: [String]
    public private(set) var perLabel: [String: Counts]

    public init(labels: [String]) {
        self.labels = labels
        perLabel = Dictionary(uniqueKeysWithValues: labels.map { ($0, Counts()) })
    }

    /// Adds one sentence's gold and predicted spans (labels already in the same vocabulary).
    public mutating func add(gold: [EntitySpan], predicted: [EntitySpan]) {
        let goldSet = Set(gold.filter { perLabel[$0.label] != nil })
        let predictedSet = Set(predicted.filter { perLabel[$0.label] != nil })
        for span in predictedSet {
            if goldSet.contains(span) { perLabel[span.label]!.truePositives += 1 } else { perLabel[span.label]!.falsePositives += 1 }
        }
        for span in goldSet where !predictedSet.contains(span) { perLabel[span.label]!.falseNegatives += 1 }
    }

    /// Micro-average over `subset` (all labels when nil).
    public func overall(_ subset: [String]? = nil) -> Counts {
        var total = Counts()
        for label in subset ?? labels {
            guard let counts = perLabel[label] else { continue }
            total.truePositives += counts.truePositives
            total.falsePositives += counts.falsePositives
            total.falseNegatives += counts.falseNegatives
        }
        return total
    }

    /// A fixed-width table: label, gold, predicted, P, R, F1 (percent), then the overall line.
    public func report(overallOver subset: [String]? = nil) -> String {
        func row(_ name: String, _ c: Counts) -> String {
            let cells = [name + String(repeating: " ", count: max(1, 14 - name.count)),
                         pad(c.truePositives + c.falseNegatives), pad(c.truePositives + c.falsePositives),
                         percent(c.precision), percent(c.recall), percent(c.f1)]
            return cells.joined(separator: " ")
        }
        var lines = ["label            gold   pred      P      R     F1"]
        for label in labels { lines.append(row(label, perLabel[label]!)) }
        let overallName = subset.map { "overall(" + $0.joined(separator: ",") + ")" } ?? "overall"
        lines.append(row(overallName, overall(subset)))
        return lines.joined(separator: "\n")
    }

    private func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 6 - s.count)) + s
    }

    private func percent(_ x: Double) -> String {
        let tenths = Int((x * 1000).rounded())
        let s = "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, 6 - s.count)) + s
    }
}
