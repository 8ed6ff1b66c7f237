import NLP
import NewsgraphModel

/// Corrects the recognizer's entity spans with evidence it does not use, before mentions are collected:
/// the parse, the words' case across the document, and what calendar words are.
///
/// 1. A span is cut where the parse says it is not one name: before a locative or temporal preposition
///    whose object hangs inside the span as a modifier ("Imran Khan | in Pakistan", the object kept as a
///    name of unknown type), and before a lowercase run leading to a verb or pronoun ("D-Chowk | for a
///    sit-in until their leader said otherwise").
/// 2. A span of weekday and month names only ("Sunday", "August") is a date, not a person or a place.
/// 3. A title-case line (a headline: every content word capitalized) gives the recognizer no case
///    evidence, so its spans are kept only when the document also capitalizes one of their words in
///    running text ("Midnight Police Operation Escalates Tensions" is dropped, "Imran Khan" kept).
///
/// 4. The proper nouns after a capitalized title noun that directly follows a span are a person, when
///    the recognizer has no span of its own there ("U.S. President Joe Biden"); a span made only of title
///    qualifiers ("Home | Minister Mohsin Naqvi") was the office, not a name, and gives way to the person.
///
/// Deterministic and order-preserving: spans stay sorted and non-overlapping.
public struct EntitySpanRefiner: Sendable {
    /// Label of a name cut off a recognized span: its type is unknown, resolution decides it from its
    /// other mentions (`MentionCollector.type(ofLabel:)` reads it as `.other`).
    public static let untypedLabel = "name"
    public static let dateLabel = "time"
    public static let personLabel = "person"

    public init() {}

    public func refine(_ document: AnalyzedDocument) -> AnalyzedDocument {
        guard !document.entities.isEmpty else { return document }
        let tokens = document.tokens
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for i in sentence.tokens where i < tokens.count { sentenceOf[i] = s }
        }
        var headlines = Set(document.sentences.indices.filter { isHeadline(document.sentences[$0].tokens, tokens) })
        // A text of headlines only (a title given alone) has no running text to compare with.
        if headlines.count == document.sentences.count { headlines = [] }
        // Capitalized words of running text, not counting a sentence's first word (capitalized anyway).
        var runningCapitals = Set<String>()
        for (s, sentence) in document.sentences.enumerated() where !headlines.contains(s) {
            var sawWord = false
            for i in sentence.tokens where i < tokens.count {
                let form = tokens[i].form
                guard sawWord else { sawWord = Self.isWord(form); continue }
                if Self.isCapitalized(form), Self.isWord(form) { runningCapitals.insert(form) }
            }
        }
        var refined: [EntitySpan] = []
        let starts = Set(document.entities.map(\.tokens.lowerBound))
        for entity in document.entities {
            var range = entity.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty else { continue }
            var entity = entity
            var pendingHolder: EntitySpan?
            if let holder = officeHolder(after: range, tokens, sentenceOf), !starts.contains(range.upperBound),
               !holder.contains(where: { starts.contains($0) }) {
                // Rule 4: the holder after the title is a person. A span of title qualifiers only ("Home",
                // "Interior") was the office itself and is replaced; a real name before the title
                // ("U.S. | President ...") stays.
                if range.allSatisfy({ Lexicon.titleQualifiers.contains(tokens[$0].form.lowercased()) }) {
                    range = holder
                    entity = EntitySpan(tokens: holder, label: Self.personLabel)
                } else {
                    pendingHolder = EntitySpan(tokens: holder, label: Self.personLabel)
                }
            }
            if headlines.contains(sentenceOf[range.lowerBound]),
               !range.contains(where: { Self.isCapitalized(tokens[$0].form) && runningCapitals.contains(tokens[$0].form) }) {
                continue
            }
            for part in cut(EntitySpan(tokens: range, label: entity.label), tokens) {
                let calendar = CalendarNames.isDate(part.tokens.lazy.map { tokens[$0].form }.filter { $0.lowercased() != "the" })
                refined.append(calendar ? EntitySpan(tokens: part.tokens, label: Self.dateLabel) : part)
            }
            if let holder = pendingHolder { refined.append(holder) }
        }
        var result = document
        result.entities = refined
        return result
    }

    /// The span split where the parse leaves the name: the name before the cut and, after a
    /// preposition, its capitalized object as an untyped name.
    func cut(_ entity: EntitySpan, _ tokens: [Token]) -> [EntitySpan] {
        let range = entity.tokens
        func inside(_ i: Int) -> Bool { range.contains(i) }
        for k in range.dropFirst() {
            let t = tokens[k]
            // "Imran Khan in Pakistan": "in" marks "Pakistan" as a modifier of "Khan", inside the span.
            if t.upos == "ADP", Self.cutPrepositions.contains(t.form.lowercased()), t.deprel.lowercased() == "case",
               inside(t.head), t.head > k, ["nmod", "obl"].contains(Self.base(tokens[t.head].deprel)), inside(tokens[t.head].head) {
                var parts = trimmed(range.lowerBound..<k, tokens).map { [EntitySpan(tokens: $0, label: entity.label)] } ?? []
                if let tail = trimmed((k + 1)..<range.upperBound, tokens), tail.contains(where: { Self.isCapitalized(tokens[$0].form) }) {
                    parts += cut(EntitySpan(tokens: tail, label: Self.untypedLabel), tokens)
                }
                return parts
            }
            // A lowercase verb or pronoun is a clause, not part of a name: the name ends at the last
            // capitalized word before the lowercase run that leads to it.
            if ["VERB", "AUX", "PRON"].contains(t.upos), !Self.isCapitalized(t.form), Self.isWord(t.form) {
                guard let last = range[..<k].last(where: { Self.isCapitalized(tokens[$0].form) }) else { return [] }
                return trimmed(range.lowerBound..<(last + 1), tokens).map { [EntitySpan(tokens: $0, label: entity.label)] } ?? []
            }
        }
        return [entity]
    }

    /// The proper nouns after a capitalized title noun that directly follows `range` in its sentence
    /// ("Home" → "Mohsin Naqvi" in "Home Minister Mohsin Naqvi"), if any.
    func officeHolder(after range: Range<Int>, _ tokens: [Token], _ sentenceOf: [Int]) -> Range<Int>? {
        let title = range.upperBound
        guard title + 1 < tokens.count, sentenceOf[title] == sentenceOf[range.lowerBound],
              Self.isCapitalized(tokens[title].form), Lexicon.titleNouns.contains(tokens[title].form.lowercased())
        else { return nil }
        var end = title + 1
        while end < tokens.count, sentenceOf[end] == sentenceOf[title], tokens[end].upos == "PROPN",
              Self.isCapitalized(tokens[end].form), !Lexicon.titleNouns.contains(tokens[end].form.lowercased()) {
            end += 1
        }
        return end > title + 1 ? (title + 1)..<end : nil
    }

    /// The range without leading articles and trailing punctuation, prepositions and conjunctions.
    private func trimmed(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, tokens[lo].upos == "DET" || tokens[lo].upos == "PUNCT" { lo += 1 }
        while hi > lo, ["PUNCT", "ADP", "CCONJ", "DET", "PART"].contains(tokens[hi - 1].upos) { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    /// A line whose content words (two or more) are all capitalized and that ends without a full stop,
    /// question or exclamation mark: "Protest Ends as Leaders Flee the Scene". A short sentence of names
    /// ("Go into Europe.", "I'm Isabel Ruiz.") ends like one and is running text.
    func isHeadline(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        let inside = sentence.clamped(to: 0..<tokens.count)
        if let last = inside.last, [".", "?", "!"].contains(tokens[last].form) { return false }
        let content = inside.filter { Self.isWord(tokens[$0].form) && !Self.functionTags.contains(tokens[$0].upos) }
        return content.count >= 2 && content.allSatisfy { Self.isCapitalized(tokens[$0].form) }
    }

    static func isWord(_ form: String) -> Bool { CalendarNames.hasLetter(form) }

    /// Whether the first Character is uppercase. When the first two bytes are ASCII the first Character
    /// is that one ASCII scalar (only CR LF joins two ASCII scalars, and CR is not uppercase), so its
    /// byte decides; otherwise the Character itself does.
    static func isCapitalized(_ form: String) -> Bool {
        var bytes = form.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return first >= 0x41 && first <= 0x5A }
        return form.first?.isUppercase == true
    }
    static func base(_ relation: String) -> String {
        let r = relation.lowercased()
        return r.firstIndex(of: ":").map { String(r[..<$0]) } ?? r
    }

    /// Word classes a title-case line leaves in lower case ("as", "the", "of").
    static let functionTags: Set<String> = ["ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "PUNCT"]

    /// Prepositions that place or date a name rather than belong to it. "of", "for", "on" and "from"
    /// are left out: they join words of one name ("Bank of America", "Council on Foreign Relations").
    static let cutPrepositions: Set<String> = [
        "in", "at", "near", "during", "since", "amid", "after", "before", "across", "inside", "outside", "throughout",
    ]
}
