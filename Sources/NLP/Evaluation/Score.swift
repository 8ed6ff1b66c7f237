/// Counts behind one metric, CoNLL 2018 shared-task style: `correct` among `gold` and `system` items.
public struct Score: Hashable, Sendable, Codable {
    public var gold: Int
    public var system: Int
    public var correct: Int
    /// Aligned words (for word-level metrics: the denominator of "aligned accuracy").
    public var aligned: Int

    public init(gold: Int, system: Int, correct: Int, aligned: Int? = nil) {
        self.gold = gold
        self.system = system
        self.correct = correct
        self.aligned = aligned ?? correct
    }

    public var precision: Double { system == 0 ? 0 : Double(correct) / Double(system) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { gold + system == 0 ? 0 : 2 * Double(correct) / Double(gold + system) }
    public var alignedAccuracy: Double { aligned == 0 ? 0 : Double(correct) / Double(aligned) }

    public static func + (a: Score, b: Score) -> Score {
        Score(gold: a.gold + b.gold, system: a.system + b.system, correct: a.correct + b.correct,
              aligned: a.aligned + b.aligned)
    }
}

/// The CoNLL 2018 metrics for one gold/system pair, plus entity span scores when gold entities exist.
public struct UDScores: Hashable, Sendable {
    public var tokens: Score
    public var sentences: Score
    public var words: Score
    public var upos: Score
    public var xpos: Score
    public var ufeats: Score
    public var lemmas: Score
    public var uas: Score
    public var las: Score
    /// Exact-match entity spans (character offsets and label), when the gold file has entities.
    public var entities: EntityScores?

    /// Metric name → F1 as a percentage (0–100), in report order.
    public var percentages: [(name: String, value: Double)] {
        [("tokens", tokens), ("sentences", sentences), ("words", words), ("upos", upos), ("xpos", xpos),
         ("ufeats", ufeats), ("lemmas", lemmas), ("uas", uas), ("las", las)].map { ($0.0, $0.1.f1 * 100) }
    }
}

/// Entity span scores: overall and per label.
public struct EntityScores: Hashable, Sendable {
    public var overall: Score
    public var byLabel: [String: Score]

    public init(overall: Score, byLabel: [String: Score]) {
        self.overall = overall
        self.byLabel = byLabel
    }
}
