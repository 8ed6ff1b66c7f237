import NewsgraphModel

/// Finds the antecedent of a third-person pronoun among the mentions before it.
///
/// A Hobbs-style search without the tree walk: candidates are the mentions in the pronoun's
/// sentence (before it) and the three sentences before; they must agree in gender and number
/// (he/she: a person whose known gender does not clash; it: a non-person; they: an organization
/// or a plural group phrase). Among agreeing candidates the closest sentence wins, then a
/// subject (salience), then the nearest in the pronoun's own sentence or the leftmost in an
/// earlier one (Hobbs's left-to-right search finds the main clause's subject first). An antecedent that is an unnamed phrase ("the
/// videographer", "the protesters") blocks resolution: the pronoun then stays out of the graph
/// rather than being attached to a wrong node.
struct PronounResolver {
    let mentions: [ExtractedMention]
    let subjects: Set<Int>
    private var heads: [Int: String?] = [:]
    static let window = 3

    /// Person nouns that make an unnamed phrase a possible antecedent of he/she.
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "videographer", "journalist", "reporter", "photographer", "officer",
        "policeman", "policewoman", "soldier", "protester", "protestor", "supporter", "leader", "spokesperson",
        "spokesman", "spokeswoman", "minister", "president", "official", "lawyer", "judge", "witness", "victim",
        "activist", "worker", "student", "driver", "doctor", "cricketer", "politician", "founder", "wife",
        "husband", "son", "daughter", "father", "mother", "brother", "sister", "child", "analyst", "director",
        "secretary", "chief", "aide", "adviser", "advisor", "candidate", "prisoner", "man's", "envoy",
    ]

    init(mentions: [ExtractedMention], subjects: Set<Int>) {
        self.mentions = mentions
        self.subjects = subjects
    }

    /// The cluster the pronoun at `index` refers to, or nil when unresolvable.
    mutating func antecedentCluster(of index: Int, clusters: [LocalCluster], clusterOf: [Int: Int]) -> Int? {
        let p = mentions[index]
        let lower = p.text.lowercased()
        // Only text with something besides ASCII letters can have anything to trim (a Foundation call).
        let bare = lower.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            ? lower : lower.trimmingCharacters(in: .whitespacesAndPunctuation)
        guard let features = NameForms.pronouns[bare] else {
            return nil
        }
        var best: (key: (Int, Int, Int), cluster: Int?)?
        // Mentions are in text order: walk back from the pronoun until the window closes.
        var j = index
        while j > 0 {
            j -= 1
            let m = mentions[j]
            if p.sentenceIndex - m.sentenceIndex > Self.window { break }
            guard m.span.end <= p.span.begin, m.sentenceIndex <= p.sentenceIndex else { continue }
            // A possessive inside the pronoun's own phrase never binds it ("his" in "his release").
            let cluster = clusterOf[j]
            let agrees: Bool
            if let c = cluster {
                agrees = Self.agrees(features, clusters[c])
            } else if !m.isPronoun, !m.named {
                agrees = Self.blocks(features, m, head: head(of: j))
            } else {
                agrees = false
            }
            guard agrees else { continue }
            // Hobbs: in the pronoun's own sentence the nearest candidate before it; in earlier
            // sentences the leftmost (the matrix subject comes before embedded ones).
            let distance = p.sentenceIndex - m.sentenceIndex
            let key = (distance, subjects.contains(j) ? 0 : 1, distance == 0 ? -m.span.begin : m.span.begin)
            if best == nil || key < best!.key { best = (key, cluster) }
        }
        return best?.cluster
    }

    static func agrees(_ f: PronounFeatures, _ c: LocalCluster) -> Bool {
        switch f.gender {
        case .male?, .female?:
            guard !f.plural, c.type == .person else { return false }
            return c.gender == nil || c.gender == f.gender
        case .neuter?:
            return c.type != .person && c.type != .date && c.type != .quantity
        case nil:
            return c.type == .organization
        }
    }

    /// The lowercased last word of a mention without its possessive, once per mention (every pronoun
    /// in the next sentences looks at it again).
    private mutating func head(of j: Int) -> String? {
        if let cached = heads[j] { return cached }
        let head = Self.head(mentions[j])
        heads[j] = .some(head)
        return head
    }

    static func head(_ m: ExtractedMention) -> String? {
        NameForms.words(m.text).last.map { NameForms.dePossessive($0.lowercased()) }
    }

    /// Whether an unnamed phrase (whose `head` word is given) is a better-agreeing antecedent that
    /// keeps the pronoun unresolved.
    static func blocks(_ f: PronounFeatures, _ m: ExtractedMention, head: String?) -> Bool {
        guard let head else { return false }
        let plural = NameForms.pluralGroupNouns.contains(head) || (head.hasSuffix("s") && !head.hasSuffix("ss"))
        switch f.gender {
        case .male?, .female?:
            guard !plural, personNouns.contains(head) else { return false }
            if let g = NameForms.genderedRoles[head] { return g == f.gender }
            return true
        case .neuter?:
            return !plural && !personNouns.contains(head) && m.type != .person && !NameForms.titleWords.contains(head)
        case nil:
            return plural
        }
    }
}
