/// Scores a recognizer on gold sentences: GUM (person, organization, place, event, time; headline
/// number over person/organization/place) and UNER (PER, ORG, LOC; our labels mapped person→PER,
/// organization→ORG, place→LOC; UNER's OTH and our event/time are not scored).
public enum NEREvaluation {
    public static let gumLabels = GUMEntityReader.namedTypes
    public static let gumHeadline = ["person", "organization", "place"]
    public static let unerLabels = ["PER", "ORG", "LOC"]
    public static let unerMapping = ["person": "PER", "organization": "ORG", "place": "LOC"]

    /// `retag` replaces gold tags (and parse) with predicted ones when given, as at run time.
    public static func gum(_ recognizer: EntityRecognizer, on sentences: [NERSentence],
                           retag: (([Token]) -> [Token])? = nil) -> SpanScorer {
        var scorer = SpanScorer(labels: gumLabels)
        for (sentence, predicted) in predictions(recognizer, on: sentences, retag: retag) {
            scorer.add(gold: sentence.entities, predicted: predicted)
        }
        return scorer
    }

    public static func uner(_ recognizer: EntityRecognizer, on sentences: [NERSentence],
                            retag: (([Token]) -> [Token])? = nil) -> SpanScorer {
        var scorer = SpanScorer(labels: unerLabels)
        for (sentence, spans) in predictions(recognizer, on: sentences, retag: retag) {
            let predicted = spans.compactMap { span in
                unerMapping[span.label].map { EntitySpan(tokens: span.tokens, label: $0) }
            }
            scorer.add(gold: sentence.entities, predicted: predicted)
        }
        return scorer
    }

    /// Each sentence with the recognizer's spans, read document by document as at run time.
    public static func predictions(_ recognizer: EntityRecognizer, on sentences: [NERSentence],
                                   retag: (([Token]) -> [Token])? = nil) -> [(NERSentence, [EntitySpan])] {
        NERSentence.documents(sentences).flatMap { document in
            let spans = recognizer.recognize(document: document.map { retag?($0.tokens) ?? $0.tokens })
            return Array(zip(document, spans))
        }
    }
}
