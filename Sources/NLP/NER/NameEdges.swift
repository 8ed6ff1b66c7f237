/// Where a name starts: a lowercase adjective, noun, verb or adverb before it describes the named
/// thing and is not part of its name ("central Islamabad", "the capital Islamabad", "younger John
/// Edleston", "modern Greek State"). UNER and CoNLL names leave such words out; GUM's mention spans
/// include them, so the gold names (`GUMEntityReader`) and the recognizer's output
/// (`EntityRecognizer`) both drop them, by this one rule.
enum NameEdges {
    private static let modifierTags: Set<String> = ["ADJ", "NOUN", "VERB", "ADV"]

    /// Whether a word is a lowercase modifier a name does not start with.
    static func isLowercaseModifier(form: String, upos: String) -> Bool {
        guard let first = form.unicodeScalars.first, first.properties.isLowercase else { return false }
        return modifierTags.contains(upos)
    }

    /// `span` without its leading words for which `isModifier` (of a token index) holds; the last
    /// word always stays.
    static func trimmingModifiers(_ span: EntitySpan, isModifier: (Int) -> Bool) -> EntitySpan {
        var span = span
        while span.tokens.count > 1, isModifier(span.tokens.lowerBound) {
            span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        }
        return span
    }
}
