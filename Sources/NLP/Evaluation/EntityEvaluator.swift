/// Exact-match entity span scoring: an entity is correct when its document, character span and label all
/// match a gold entity (CoNLL NER style), counted overall and per label.
public enum EntityEvaluator {
    public struct LabeledSpan: Hashable, Sendable {
        public var document: Int
        public var begin: Int
        public var end: Int
        public var label: String

        public init(document: Int, begin: Int, end: Int, label: String) {
            self.document = document
            self.begin = begin
            self.end = end
            self.label = label
        }
    }

    /// Character spans of entities over a document's tokens.
    public static func spans(_ entities: [EntitySpan], in document: AnalyzedDocument, document index: Int) -> [LabeledSpan] {
        entities.compactMap { entity in
            guard !entity.tokens.isEmpty, entity.tokens.upperBound <= document.tokens.count else { return nil }
            return LabeledSpan(document: index, begin: document.tokens[entity.tokens.lowerBound].begin,
                               end: document.tokens[entity.tokens.upperBound - 1].end, label: entity.label)
        }
    }

    public static func score(gold: [LabeledSpan], system: [LabeledSpan]) -> EntityScores {
        let goldSet = Set(gold), systemSet = Set(system)
        let correct = goldSet.intersection(systemSet)
        var byLabel: [String: Score] = [:]
        for label in Set(gold.map(\.label)).union(system.map(\.label)) {
            byLabel[label] = Score(gold: goldSet.filter { $0.label == label }.count,
                                   system: systemSet.filter { $0.label == label }.count,
                                   correct: correct.filter { $0.label == label }.count)
        }
        return EntityScores(overall: Score(gold: goldSet.count, system: systemSet.count, correct: correct.count),
                            byLabel: byLabel)
    }
}
