import NewsgraphModel

/// One document with gold coreference, as the evaluation needs it: tokens (with the few
/// annotations mention features come from) and gold mentions with their coreference group.
/// Readers of annotated corpora (GUM's `Entity=` brackets) fill it in.
public struct CoreferenceDocument: Sendable {
    public struct Token: Sendable, Hashable {
        public var form: String
        public var upos: String
        /// Document-level index of the syntactic head, or nil for a root.
        public var head: Int?
        public var deprel: String
        public var sentence: Int

        public init(form: String, upos: String, head: Int?, deprel: String, sentence: Int) {
            self.form = form
            self.upos = upos
            self.head = head
            self.deprel = deprel
            self.sentence = sentence
        }
    }

    public struct GoldMention: Sendable, Hashable {
        /// Document-level token range.
        public var tokens: Range<Int>
        /// The corpus's entity type (GUM: person, organization, place, event, time, abstract, ...).
        public var type: String
        public var group: String

        public init(tokens: Range<Int>, type: String, group: String) {
            self.tokens = tokens
            self.type = type
            self.group = group
        }
    }

    public var id: String
    public var tokens: [Token]
    public var mentions: [GoldMention]

    public init(id: String, tokens: [Token], mentions: [GoldMention]) {
        self.id = id
        self.tokens = tokens
        self.mentions = mentions
    }
}

/// Scores the resolver's within-document clustering against gold coreference groups (MUC, B³).
///
/// Runs on gold mentions: every gold mention becomes an `ExtractedMention` (text, head, type,
/// pronoun flag, named = PROPN head; subjects from `nsubj` heads), the resolver clusters them, and
/// its clusters (mentions it left alone count as singletons) are compared with the gold groups.
/// Scores are micro-averaged over documents (documents never share clusters).
public enum CoreferenceEvaluation {
    public struct Result: Sendable, Hashable {
        public var muc: CoreferenceScore
        public var bCubed: CoreferenceScore
        public var documents: Int
        public var mentions: Int
        public var goldClusters: Int
        public var responseClusters: Int
    }

    /// Which gold mentions are scored.
    public enum MentionSet: String, Sendable {
        /// Every gold mention (GUM marks common nouns, clauses and singletons too).
        case all
        /// The mentions that become graph nodes or edges' ends: names (PROPN head) and personal pronouns.
        case namesAndPronouns
    }

    public static func evaluate(_ documents: [CoreferenceDocument], mentions selection: MentionSet = .all) -> Result {
        var key: [[String]] = [], response: [[String]] = [], mentions = 0
        for doc in documents {
            let (k, r) = clusters(doc)
            let kept = Set(doc.mentions.indices.filter { selection == .all || isNameOrPronoun(doc.mentions[$0], in: doc) })
            key += k.map { $0.filter(kept.contains).map { "\(doc.id)#\($0)" } }.filter { !$0.isEmpty }
            response += r.map { $0.filter(kept.contains).map { "\(doc.id)#\($0)" } }.filter { !$0.isEmpty }
            mentions += kept.count
        }
        return Result(muc: CoreferenceMetrics.muc(key: key, response: response),
                      bCubed: CoreferenceMetrics.bCubed(key: key, response: response),
                      documents: documents.count, mentions: mentions, goldClusters: key.count, responseClusters: response.count)
    }

    /// Gold and predicted clusters of one document, as lists of indices into `document.mentions`.
    public static func clusters(_ document: CoreferenceDocument) -> (key: [[Int]], response: [[Int]]) {
        // Text: tokens joined by single spaces; spans in scalar offsets.
        var offsets: [Span] = []
        var text = ""
        var position = 0
        for t in document.tokens {
            if !text.isEmpty { text += " "; position += 1 }
            let length = t.form.unicodeScalars.count
            offsets.append(Span(begin: position, end: position + length))
            text += t.form
            position += length
        }
        // Gold mentions in text order, deduplicated by span (the resolver sees one mention per span).
        let order = document.mentions.indices.sorted {
            (document.mentions[$0].tokens.lowerBound, -document.mentions[$0].tokens.count, $0)
                < (document.mentions[$1].tokens.lowerBound, -document.mentions[$1].tokens.count, $1)
        }
        var extracted: [ExtractedMention] = []
        var extractedOf: [Int: Int] = [:]
        var bySpan: [Span: Int] = [:]
        var subjects = Set<Int>()
        var sentenceStarts: [Int: Int] = [:]
        for (i, t) in document.tokens.enumerated() where sentenceStarts[t.sentence] == nil { sentenceStarts[t.sentence] = i }
        for g in order {
            let m = document.mentions[g]
            guard !m.tokens.isEmpty, m.tokens.upperBound <= document.tokens.count else { continue }
            let head = m.tokens.first { document.tokens[$0].head.map { !m.tokens.contains($0) } ?? true } ?? m.tokens.lowerBound
            let headToken = document.tokens[head]
            // A name is the run of proper nouns around its head, as a recognizer would mark it
            // (GUM's mention also covers appositions and relative clauses).
            var range = m.tokens
            if headToken.upos == "PROPN" {
                var lo = head, hi = head + 1
                while lo > m.tokens.lowerBound, document.tokens[lo - 1].upos == "PROPN" { lo -= 1 }
                while hi < m.tokens.upperBound, document.tokens[hi].upos == "PROPN" { hi += 1 }
                range = lo..<hi
            }
            let span = Span(begin: offsets[range.lowerBound].begin, end: offsets[range.upperBound - 1].end)
            if let existing = bySpan[span] { extractedOf[g] = existing; continue }
            let pronoun = m.tokens.count == 1 && headToken.upos == "PRON"
            let ex = ExtractedMention(sentenceIndex: headToken.sentence, span: span, text: text.scalarSlice(span),
                                      type: entityType(m.type), head: headToken.form, isPronoun: pronoun,
                                      named: headToken.upos == "PROPN")
            bySpan[span] = extracted.count
            extractedOf[g] = extracted.count
            if headToken.deprel.hasPrefix("nsubj") { subjects.insert(extracted.count) }
            extracted.append(ex)
        }
        // The resolver wants text order.
        let sortedIndices = extracted.indices.sorted { extracted[$0].span < extracted[$1].span }
        var newIndex: [Int: Int] = [:]
        for (n, old) in sortedIndices.enumerated() { newIndex[old] = n }
        let mentions = sortedIndices.map { extracted[$0] }
        let sentences = Set(document.tokens.map(\.sentence)).sorted().map { s -> Span in
            let tokens = document.tokens.indices.filter { document.tokens[$0].sentence == s }
            return Span(begin: offsets[tokens.first!].begin, end: offsets[tokens.last!].end)
        }
        let extraction = DocumentExtraction(document: SourceDocument(id: document.id, source: document.id, text: text),
                                            sentences: sentences, mentions: mentions)
        let coref = DocumentCoreference(extraction, extraSubjects: Set(subjects.compactMap { newIndex[$0] }))

        var goldGroups: [String: [Int]] = [:]
        for (g, m) in document.mentions.enumerated() where extractedOf[g] != nil { goldGroups[m.group, default: []].append(g) }
        let key = goldGroups.keys.sorted().map { goldGroups[$0]! }
        // Response: resolver clusters mapped back to gold mention indices; unclustered mentions are singletons.
        var members: [Int: [Int]] = [:]
        for (g, e) in extractedOf {
            members[coref.clusterOf[newIndex[e]!] ?? (-1 - newIndex[e]!), default: []].append(g)
        }
        let response = members.keys.sorted().map { members[$0]!.sorted() }
        return (key, response)
    }

    static func isNameOrPronoun(_ m: CoreferenceDocument.GoldMention, in doc: CoreferenceDocument) -> Bool {
        guard let head = m.tokens.first(where: { doc.tokens[$0].head.map { !m.tokens.contains($0) } ?? true }) else { return false }
        let t = doc.tokens[head]
        return t.upos == "PROPN" || (m.tokens.count == 1 && t.upos == "PRON" && NameForms.pronouns[t.form.lowercased()] != nil)
    }

    static func entityType(_ gum: String) -> EntityType {
        switch gum {
        case "person": return .person
        case "organization": return .organization
        case "place": return .place
        case "event": return .event
        case "time": return .date
        default: return .other
        }
    }
}
