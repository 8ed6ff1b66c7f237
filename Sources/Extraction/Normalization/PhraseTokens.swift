/// Lowercased word tokens of a short number or date phrase, with the punctuation that
/// does not carry meaning trimmed ("(6.2 miles)" → "6.2", "miles"; "Nov." stays "nov.").
enum PhraseTokens {
    private static let trimmed: Set<Character> = ["(", ")", "\"", "“", "”", "‘", "’", "'", ",", ";", ":", "!", "?", "[", "]"]

    /// - Parameter splitHyphens: also split "72-year-old" into "72", "year", "old".
    static func make(_ text: String, splitHyphens: Bool = false) -> [String] {
        var tokens: [String] = []
        for raw in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            var t = Substring(raw)
            while let c = t.first, trimmed.contains(c) { t = t.dropFirst() }
            while let c = t.last, trimmed.contains(c) { t = t.dropLast() }
            // A full stop after a number or word ending the phrase ("six.") is sentence punctuation,
            // except for abbreviations the date reader knows ("nov.", "sept.").
            if t.hasSuffix("."), t.count > 1, let before = t.dropLast().last, before.isNumber { t = t.dropLast() }
            if t.hasSuffix("’s") || t.hasSuffix("'s") { t = t.dropLast(2) }
            guard !t.isEmpty else { continue }
            // (Characters compared, not Foundation's substring search: a Character that only contains a
            // hyphen is no separator for the split either.)
            if splitHyphens, t.contains(where: { $0 == "-" || $0 == "–" }) {
                tokens += t.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
            } else {
                tokens.append(String(t))
            }
        }
        return tokens
    }

    /// Removes the longest phrase from `table` found at the front of `tokens`, returning its value.
    static func stripPrefix<V>(_ tokens: inout [String], _ table: [(phrase: [String], value: V)]) -> V? {
        var best: (length: Int, value: V)?
        for (phrase, value) in table where phrase.count <= tokens.count && Array(tokens.prefix(phrase.count)) == phrase {
            if best == nil || phrase.count > best!.length { best = (phrase.count, value) }
        }
        guard let best else { return nil }
        tokens.removeFirst(best.length)
        return best.value
    }
}
