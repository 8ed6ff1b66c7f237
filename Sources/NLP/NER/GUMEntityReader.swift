import NewsgraphModel

/// Reads GUM's `Entity=` annotations into mention spans, and picks the *named* mentions the
/// recognizer learns.
///
/// GUM annotates every mention (pronouns, common-noun phrases, whole clauses for events). The
/// knowledge graph's nodes come from names, so a mention counts as named when (measured on GUM train:
/// 1,232 of 1,860 PROPN-headed place mentions are all-PROPN, the rest are "the Netherlands" or carry an
/// apposition/relative clause):
/// - its type is person, organization, place, event or time, and
/// - its syntactic head (the one token whose head lies outside the span) is PROPN; for time also NUM,
///   as long as the span has a digit or a PROPN (dates: "1799", "8 February 1700", "August 1799";
///   not "two years later").
/// The named span is then trimmed to the name itself: it ends before the first comma, parenthesis,
/// dash, clause word (VERB, AUX, PRON, SCONJ) or conjunct of the head after the head (so "Groningen, in the Netherlands" and
/// "Cornell University, where he ..." become "Groningen", "Cornell University"; a comma before a year in
/// a date stays), right of the head it keeps only proper nouns, numbers and the function words
/// between them ("President on trial" → "President"; "University of Paris" stays), and leading/trailing
/// function words are dropped ("the University of Paris" →
/// "University of Paris", "Bernoulli 's" → "Bernoulli"), which is also how UNER marks names, and so
/// are leading lowercase modifiers (`NameEdges`: "younger John Edleston" → "John Edleston").
/// When named spans overlap (nested names: "Aberdeen Grammar School" contains "Aberdeen"), the
/// outermost (longest, then earliest) wins.
public enum GUMEntityReader {
    /// The entity types the recognizer targets, in label order.
    public static let namedTypes = ["person", "organization", "place", "event", "time"]

    /// One GUM mention: sentence-local token range, type, coreference group.
    public struct Mention: Hashable, Sendable {
        public var tokens: Range<Int>
        public var type: String
        public var group: String
    }

    /// Every mention of one sentence, from each token's MISC column (sorted by start, then longest).
    public static func mentions(misc: [String]) throws -> [Mention] {
        var open: [String: [(start: Int, type: String)]] = [:]
        var mentions: [Mention] = []
        for (index, column) in misc.enumerated() {
            guard let value = EntityBracketParser.entityValue(inMisc: column) else { continue }
            for bracket in try EntityBracketParser.parse(value) {
                switch bracket {
                case let .open(group, type):
                    open[group, default: []].append((index, type))
                case let .single(group, type):
                    mentions.append(Mention(tokens: index..<(index + 1), type: type, group: group))
                case let .close(group):
                    guard let opened = open[group]?.popLast() else {
                        throw NewsgraphError(.trainingData, "Entity closes group \(group) on token \(index + 1), which is not open")
                    }
                    mentions.append(Mention(tokens: opened.start..<(index + 1), type: opened.type, group: group))
                }
            }
        }
        if let unclosed = open.first(where: { !$0.value.isEmpty }) {
            throw NewsgraphError(.trainingData, "Entity group \(unclosed.key) opens but never closes in its sentence")
        }
        return mentions.sorted { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
    }

    /// The named mentions of one sentence (rule above), non-overlapping, in text order.
    /// `tokens` carry UPOS and sentence-local heads (-1 for the root), `misc` the MISC columns.
    /// `keepingLeadingModifiers` keeps GUM's lowercase modifiers before a name: the recognizer
    /// learns from those spans and drops the modifiers from its output (`NameEdges`), which scored
    /// better than learning the trimmed names (README).
    public static func namedSpans(tokens: [Token], misc: [String], keepingLeadingModifiers: Bool = false) throws -> [EntitySpan] {
        var candidates: [EntitySpan] = []
        for mention in try mentions(misc: misc) where namedTypes.contains(mention.type) {
            if let span = namedSpan(of: mention, in: tokens, keepingLeadingModifiers: keepingLeadingModifiers) {
                candidates.append(span)
            }
        }
        return outermost(candidates)
    }

    /// The trimmed name inside a mention, or nil when the mention is not a name.
    static func namedSpan(of mention: Mention, in tokens: [Token], keepingLeadingModifiers: Bool = false) -> EntitySpan? {
        let range = mention.tokens
        guard let head = range.first(where: { !range.contains(tokens[$0].head) }) else { return nil }
        let headTag = tokens[head].upos
        if mention.type == "time" {
            let dateLike = range.contains { tokens[$0].upos == "PROPN" || tokens[$0].form.contains(where: \.isNumber) }
            guard headTag == "PROPN" || headTag == "NUM", dateLike else { return nil }
        } else if headTag != "PROPN" {
            return nil
        } else if mention.type == "person", tokens[head].feats.contains("Number=Plur") {
            // A plural proper noun names a group ("Americans", "Muslims", "Democrats"), not a
            // person; UNER leaves such groups out as well.
            return nil
        }
        var end = range.upperBound
        for index in (head + 1)..<range.upperBound where endsName(at: index, in: tokens, head: head, type: mention.type) {
            end = index
            break
        }
        if mention.type != "time" { end = nameEnd(after: head, before: end, in: tokens) }
        var start = range.lowerBound
        while start < head, edgeTags.contains(tokens[start].upos)
                || (!keepingLeadingModifiers && NameEdges.isLowercaseModifier(form: tokens[start].form, upos: tokens[start].upos))
                || isTitle(start, before: head, in: tokens, type: mention.type) {
            start += 1
        }
        while end - 1 > head, edgeTags.contains(tokens[end - 1].upos) || tokens[end - 1].upos == "PART" { end -= 1 }
        return EntitySpan(tokens: start..<end, label: mention.type)
    }

    /// Right of the head a name continues with proper nouns and numbers ("Johann II"), and with
    /// function words only when a proper noun follows ("University of Paris", "Society for General
    /// Systems Research"); common nouns end it ("President on trial" → "President").
    private static func nameEnd(after head: Int, before end: Int, in tokens: [Token]) -> Int {
        var nameEnd = head + 1, index = head + 1
        while index < end {
            let tag = tokens[index].upos
            if tag == "PROPN" || tag == "NUM" {
                index += 1
                nameEnd = index
            } else if connectorTags.contains(tag) {
                index += 1
            } else {
                break
            }
        }
        return nameEnd
    }

    private static let connectorTags: Set<String> = ["ADP", "DET", "CCONJ", "PART", "PUNCT"]

    /// A person's title before the name ("President" Trump, "Mr." Tedeschi, "Vice" President
    /// Bush): GUM attaches it to the name as `nmod:desc`; the name is what follows (UNER and
    /// CoNLL leave titles out too). Only words inside the title's own subtree before the head count.
    private static func isTitle(_ index: Int, before head: Int, in tokens: [Token], type: String) -> Bool {
        guard type == "person" else { return false }
        var current = index
        while current >= 0, current < tokens.count, current < head {
            if tokens[current].deprel == "nmod:desc" { return tokens[current].head == head || tokens[current].head > current }
            current = tokens[current].head
        }
        return false
    }

    /// Function words a name does not start or end with.
    private static let edgeTags: Set<String> = ["DET", "PRON", "PUNCT", "ADP", "CCONJ", "SCONJ", "ADV"]
    private static let clauseTags: Set<String> = ["VERB", "AUX", "PRON", "SCONJ"]
    private static let breakingPunctuation: Set<String> = [",", "(", ")", "[", ";", ":", "–", "—", "\""]

    private static func endsName(at index: Int, in tokens: [Token], head: Int, type: String) -> Bool {
        let token = tokens[index]
        if clauseTags.contains(token.upos) { return true }
        // "Niklaus and Johann II" is one GUM mention but two names; "Institute of History and
        // Philology" coordinates inside one name (the conjunct hangs off "History", not the head).
        if token.head == head, token.deprel.hasPrefix("conj") { return true }
        guard token.upos == "PUNCT", breakingPunctuation.contains(token.form) else { return false }
        // "May , 1750": the comma inside a date is part of it.
        if type == "time", token.form == ",", index + 1 < tokens.count, tokens[index + 1].upos == "NUM" { return false }
        return true
    }

    /// Non-overlapping spans, preferring the longest (then the earliest); returned in text order.
    public static func outermost(_ spans: [EntitySpan]) -> [EntitySpan] {
        let byPreference = spans.sorted {
            ($0.tokens.count, -$0.tokens.lowerBound) > ($1.tokens.count, -$1.tokens.lowerBound)
        }
        var kept: [EntitySpan] = []
        for span in byPreference where !kept.contains(where: { $0.tokens.overlaps(span.tokens) }) {
            kept.append(span)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
