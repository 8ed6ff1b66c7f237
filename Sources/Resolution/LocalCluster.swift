import NewsgraphModel

/// Mentions of one entity within one document, before cross-document linking.
struct LocalCluster: Sendable {
    var document: String
    /// Indices into the document's `ExtractedMention` list, in text order of joining.
    var mentions: [Int] = []
    /// Bare names of its named mentions, one per mention (a multiset: frequency picks the canonical name).
    var names: [String] = []
    var acronyms: Set<String> = []
    var roles: Set<String> = []
    var typeVotes: [EntityType: Int] = [:]
    var genderVotes: [Gender: Int] = [:]
    var merges: [MergeRecord] = []
    /// Position of the latest mention joined, for "most recent" tie-breaks.
    var lastOffset = 0

    init(document: String) { self.document = document }

    /// The type the batch gives the cluster's single-word name (`DocumentCoreference.typeHints`): it
    /// outweighs this document's own guesses ("Pakistan" typed a person here is still a place to "he").
    var hintedType: EntityType?

    var type: EntityType { hintedType ?? LocalCluster.majority(typeVotes) ?? .other }

    /// The gender its mentions agree on; nil when unknown or contradictory.
    var gender: Gender? {
        genderVotes.count == 1 ? genderVotes.keys.first : nil
    }

    /// Lowercased names, and those of several words; maintained by `add`.
    private(set) var nameKeys: Set<String> = []
    private(set) var multiTokenKeys: Set<String> = []
    var hasFullName: Bool { !multiTokenKeys.isEmpty }
    var isNamed: Bool { !names.isEmpty || !acronyms.isEmpty }

    mutating func add(_ index: Int, _ mention: ExtractedMention, name: MentionName?) {
        mentions.append(index)
        lastOffset = max(lastOffset, mention.span.begin)
        if let name {
            names.append(name.name)
            nameKeys.insert(name.key)
            if name.isMultiToken { multiTokenKeys.insert(name.key) }
            if let a = name.acronym { acronyms.insert(a) }
            roles.formUnion(name.roles)
            if let g = name.gender { genderVotes[g, default: 0] += 1 }
            if name.titledPerson { typeVotes[.person, default: 0] += 1 }
            else if mention.type != .date && mention.type != .quantity { typeVotes[mention.type, default: 0] += 1 }
        }
    }

    mutating func record(_ reason: String, _ merged: String) {
        let record = MergeRecord(reason: reason, merged: merged, document: document)
        if !merges.contains(record) { merges.append(record) }
    }

    /// Highest count; ties broken by the fixed type order, `.other` only when nothing else was seen.
    static func majority(_ votes: [EntityType: Int]) -> EntityType? {
        let real = votes.filter { $0.key != .other }
        let pool = real.isEmpty ? votes : real
        return pool.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func compatible(_ a: EntityType, _ b: EntityType) -> Bool {
        a == b || a == .other || b == .other
    }
}
