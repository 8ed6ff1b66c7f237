import NewsgraphModel

/// Links per-document clusters into corpus-wide entities, only on evidence:
/// 1. a user alias entry names both (`user-alias`);
/// 2. the same full name (`full-name`, whatever types were guessed: the votes decide) or the same
///    acronym (`alias`, with compatible types);
/// 3. a single word ("Khan", "Tarar") joins the one entity known corpus-wide by a full name containing
///    it (`surname-unique`); with no such entity it joins clusters with the same word (`same-name`);
///    with two or more it stays apart (ambiguous: Asim Munir is not Munir Ahmed);
/// 4. an unnamed role ("Pakistan's Interior Minister") in a document that never names its holder joins
///    the one entity holding that role elsewhere (`role`).
struct CrossDocumentLinker {
    struct Node {
        var document: Int
        var cluster: LocalCluster
    }

    private(set) var nodes: [Node] = []
    private var parent: [Int] = []
    /// Entity-type votes of each component, kept at its root.
    private var votes: [[EntityType: Int]] = []
    /// Pinned alias entry of each component, kept at its root.
    private var rootPin: [Int: Int] = [:]
    /// Merge records of cross-document unions, attached to the node that was merged in.
    private(set) var crossMerges: [Int: [MergeRecord]] = [:]
    /// Alias-table entry pinned to a node.
    private(set) var pinned: [Int: Int] = [:]
    /// Role mentions attached across documents: (document, mention index) → node.
    private(set) var roleLinks: [DocumentMention: Int] = [:]

    struct DocumentMention: Hashable { var document: Int; var mention: Int }

    /// Batch-wide majority type of single-word names (`DocumentCoreference.typeHints`).
    private let typeHints: [String: EntityType]

    init(documents: [DocumentCoreference], aliases: AliasTable?, typeHints: [String: EntityType] = [:]) {
        self.typeHints = typeHints
        for (d, doc) in documents.enumerated() {
            for c in doc.clusters { nodes.append(Node(document: d, cluster: c)) }
        }
        parent = Array(nodes.indices)
        votes = nodes.map(\.cluster.typeVotes)
        if let aliases { linkUserAliases(aliases) }
        linkSharedNames()
        linkSingleWords()
        linkRoles(documents)
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Components as sorted node lists, in order of their first node.
    mutating func components() -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for n in nodes.indices { groups[find(n), default: []].append(n) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private mutating func union(_ a: Int, _ b: Int, reason: String, merged: String, document: String?) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        let (keep, drop) = ra < rb ? (ra, rb) : (rb, ra)
        parent[drop] = keep
        for (t, c) in votes[drop] { votes[keep][t, default: 0] += c }
        if rootPin[keep] == nil, let p = rootPin[drop] { rootPin[keep] = p }
        crossMerges[b, default: []].append(MergeRecord(reason: reason, merged: merged, document: document))
    }

    private mutating func componentType(_ n: Int) -> EntityType {
        LocalCluster.majority(votes[find(n)]) ?? .other
    }

    private func documentID(_ n: Int) -> String { nodes[n].cluster.document }

    private mutating func linkUserAliases(_ aliases: AliasTable) {
        var first: [Int: Int] = [:]
        for n in nodes.indices {
            let c = nodes[n].cluster
            let candidates = (c.names + c.acronyms.sorted()).sorted()
            guard let (name, entry) = candidates.lazy.compactMap({ name in aliases.entryIndex(forName: name).map { (name, $0) } }).first else {
                continue
            }
            pinned[n] = entry
            if rootPin[find(n)] == nil { rootPin[find(n)] = entry }
            if let f = first[entry] { union(f, n, reason: "user-alias", merged: name, document: documentID(n)) } else { first[entry] = n }
        }
    }

    private mutating func linkSharedNames() {
        var owners: [String: [Int]] = [:]
        for n in nodes.indices {
            for k in nodes[n].cluster.multiTokenKeys { owners["name:" + k, default: []].append(n) }
            for a in nodes[n].cluster.acronyms { owners["acronym:" + a, default: []].append(n) }
        }
        for key in owners.keys.sorted() {
            let list = owners[key]!
            for n in list.dropFirst() where !conflictingPins(list[0], n) {
                let isName = key.hasPrefix("name:")
                // The same acronym spelled out by the initials of a full name in either is that name's body,
                // whatever types the recognizer guessed for its mentions ("Tehreek-e-Insaf (PTI)", a place
                // cut short, is "Pakistan Tehreek-e-Insaf (PTI)").
                let spelled = !isName && [list[0], n].contains { spellsAcronym($0, String(key.dropFirst("acronym:".count))) }
                // The same full name is the same entity whatever type the recognizer guessed in each document
                // ("United States" a person here, a place there): the type votes of all its mentions decide.
                guard isName || spelled || LocalCluster.compatible(componentType(list[0]), componentType(n)) else { continue }
                let shown = String(key.drop(while: { $0 != ":" }).dropFirst())
                union(list[0], n, reason: isName ? "full-name" : "alias", merged: isName ? displayName(n, shown) : shown, document: documentID(n))
            }
        }
    }

    /// Whether one of the node's full names has the acronym's letters as its initials.
    private func spellsAcronym(_ n: Int, _ acronym: String) -> Bool {
        let letters = acronym.filter { $0.isLetter }
        return nodes[n].cluster.names.contains { $0.hasSpace && MentionName.initials($0).contains(letters) }
    }

    private func displayName(_ n: Int, _ key: String) -> String {
        nodes[n].cluster.names.first { $0.lowercased() == key } ?? key
    }

    private mutating func conflictingPins(_ a: Int, _ b: Int) -> Bool {
        let pa = pinnedEntry(a), pb = pinnedEntry(b)
        return pa != nil && pb != nil && pa != pb
    }

    mutating func pinnedEntry(_ n: Int) -> Int? { rootPin[find(n)] }

    private mutating func linkSingleWords() {
        // Index: a word of a full name → nodes (people); an acronym → nodes.
        var byNameWord: [String: [Int]] = [:], byAcronym: [String: [Int]] = [:]
        for m in nodes.indices {
            for k in nodes[m].cluster.multiTokenKeys {
                for w in Set(k.split(separator: " ").map(String.init)) { byNameWord[w, default: []].append(m) }
            }
            for a in nodes[m].cluster.acronyms { byAcronym[a.lowercased(), default: []].append(m) }
        }
        let singles = nodes.indices.filter { !nodes[$0].cluster.hasFullName && pinned[$0] == nil && !nodes[$0].cluster.names.isEmpty }
        var sameWord: [String: [Int]] = [:]
        for n in singles {
            let c = nodes[n].cluster
            let counts = Dictionary(c.names.map { ($0.lowercased(), 1) }, uniquingKeysWith: +)
            let word = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let type = componentType(n)
            // Components that hold the word inside a person's full name, or as an acronym.
            var owners = Set<Int>()
            // A word the batch mostly recognizes as a place or organization ("Pakistan") is nobody's surname.
            let nonPerson = typeHints[word].map { $0 != .person && $0 != .other } ?? false
            if (type == .person || type == .other) && !nonPerson {
                for m in byNameWord[word] ?? [] where find(m) != find(n) && componentType(m) == .person { owners.insert(find(m)) }
            }
            // An acronym's recognizer type is a guess ("PTI" as place, organization, event); the name that
            // defines it decides.
            let acronym = c.names.contains { MentionName.isAcronym($0) && $0.lowercased() == word }
            for m in byAcronym[word] ?? [] where find(m) != find(n) && (acronym || LocalCluster.compatible(componentType(m), type)) {
                owners.insert(find(m))
            }
            if owners.count == 1, let owner = owners.first {
                let reason = componentType(owner) == .person ? "surname-unique" : "alias"
                union(owner, n, reason: reason, merged: c.names.first { $0.lowercased() == word } ?? word, document: documentID(n))
            } else if owners.isEmpty {
                sameWord[word, default: []].append(n)
            }
        }
        // The same single name that no full name or acronym claims joins across documents whatever types
        // the recognizer guessed ("Pakistan" an organization here, a place there; "D-Chowk" an untyped
        // argument phrase): one name, one node, its type the majority of its mentions' votes.
        for key in sameWord.keys.sorted() {
            let list = sameWord[key]!
            for n in list.dropFirst() {
                union(list[0], n, reason: "same-name", merged: nodes[n].cluster.names.first ?? key, document: documentID(n))
            }
        }
    }

    private mutating func linkRoles(_ documents: [DocumentCoreference]) {
        var byLastWord: [String: [Int]] = [:]
        for n in nodes.indices {
            for r in nodes[n].cluster.roles { byLastWord[String(r.split(separator: " ").last ?? ""), default: []].append(n) }
        }
        for (d, doc) in documents.enumerated() {
            for (mention, role) in doc.pendingRoles.sorted(by: { $0.key < $1.key }) {
                var holders = Set<Int>()
                for n in byLastWord[String(role.split(separator: " ").last ?? "")] ?? []
                where nodes[n].cluster.roles.contains(where: { NameForms.role($0, matches: role) }) {
                    holders.insert(find(n))
                }
                guard holders.count == 1, let holder = holders.first else { continue }
                roleLinks[DocumentMention(document: d, mention: mention)] = holder
                crossMerges[holder, default: []].append(MergeRecord(reason: "role", merged: role, document: doc.extraction.document.id))
            }
        }
    }
}
