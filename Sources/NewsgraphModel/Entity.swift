/// The kinds of node the graph distinguishes. Raw values are stable: they appear in IRIs,
/// labels (`:Entity:Person`), CSV and JSON.
public enum EntityType: String, CaseIterable, Hashable, Sendable, Comparable {
    case person, organization, place, event, date, quantity, other

    /// Label used in property graphs and as the schema.org class name where one exists.
    public var label: String {
        switch self {
        case .person: return "Person"
        case .organization: return "Organization"
        case .place: return "Place"
        case .event: return "Event"
        case .date: return "Date"
        case .quantity: return "Quantity"
        case .other: return "Thing"
        }
    }

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One occurrence of an entity in a document.
public struct Mention: Hashable, Sendable, Comparable {
    public var document: String
    public var sentenceIndex: Int
    public var span: Span
    public var text: String

    public init(document: String, sentenceIndex: Int, span: Span, text: String) {
        self.document = document
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.text = text
    }

    public static func < (a: Mention, b: Mention) -> Bool {
        (a.document, a.span.begin, a.span.end) < (b.document, b.span.begin, b.span.end)
    }
}

/// Why two clusters of mentions were judged the same entity. Recorded, never silent.
public struct MergeRecord: Hashable, Sendable {
    /// A short machine-readable reason: `full-name`, `alias`, `surname-in-document`,
    /// `title`, `role`, `pronoun`, `user-alias`, ...
    public var reason: String
    /// The name or alias that was merged in.
    public var merged: String
    /// The document where the evidence was seen, if the merge is local to one.
    public var document: String?

    public init(reason: String, merged: String, document: String? = nil) {
        self.reason = reason
        self.merged = merged
        self.document = document
    }
}

/// One node per real-world entity, after resolution within and across documents.
public struct Entity: Hashable, Sendable {
    /// Deterministic key (readable slug, plus a short hash when two entities would collide).
    /// IRIs are `<base>entity/<key>`.
    public var key: String
    /// Canonical name (skos:prefLabel).
    public var name: String
    public var type: EntityType
    /// Other names seen for it, sorted, without `name` (skos:altLabel).
    public var aliases: [String]
    /// External identifiers (owl:sameAs), e.g. Wikidata IRIs from `--aliases`.
    public var sameAs: [String]
    public var mentions: [Mention]
    public var merges: [MergeRecord]

    public init(key: String, name: String, type: EntityType, aliases: [String] = [], sameAs: [String] = [],
                mentions: [Mention] = [], merges: [MergeRecord] = []) {
        self.key = key
        self.name = name
        self.type = type
        self.aliases = aliases
        self.sameAs = sameAs
        self.mentions = mentions
        self.merges = merges
    }
}
