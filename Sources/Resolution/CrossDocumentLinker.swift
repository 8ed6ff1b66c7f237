import NewsgraphModel

/// Links per-document clusters into corpus-wide entities, only on evidence:
/// 1. a user alias entry names both (`user-alias`);
/// 2. the same full name (`full-name`) or the same acronym (`alias`), with compatible types;
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
    /// Merge records of cross-document unions, attached to the node that was merged in.
    private(set) var crossMerges: [Int: [MergeRecord]] = [:]
    /// Alias-table entry pinned to a node.
    private(set) var pinned: [Int: Int] = [:]
    /// Role mentions attached across documents: (document, mention index) → node.
    private(set) var roleLinks: [DocumentMention: Int] = [:]

    struct DocumentMention: Hashable { var document: Int; var mention: Int }

    init(documents: [DocumentCoreference], aliases: AliasTable?) {
        for (d, doc) in documents.enumerated() {
            for c in doc.clusters { nodes.append(Node(document: d, cluster: c)) }
        }
        parent = Array(nodes.indices)
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
        crossMerges[b, default: []].append(MergeRecord(reason: reason, merged: merged, document: document))
    }

    private mutating func componentType(_ n: Int) -> EntityType {
        let root = find(n)
        var votes: [EntityType: Int] = [:]
        for m in nodes.indices where find(m) == root {
            for (t, c) in nodes[m].cluster.typeVotes { votes[t, default: 0] += c }
        }
        return LocalCluster.majority(votes) ?? .other
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
                guard LocalCluster.compatible(componentType(list[0]), componentType(n)) else { continue }
                let isName = key.hasPrefix("name:")
                let shown = String(key.drop(while: { $0 != ":" }).dropFirst())
                union(list[0], n, reason: isName ? "full-name" : "alias", merged: isName ? displayName(n, shown) : shown, document: documentID(n))
            }
        }
    }

    private func displayName(_ n: Int, _ key: String) -> String {
        nodes[n].cluster.names.first { $0.lowercased() == key } ?? key
    }

    private mutating func conflictingPins(_ a: Int, _ b: Int) -> Bool {
        let pa = pinnedEntry(a), pb = pinnedEntry(b)
        return pa != nil && pb != nil && pa != pb
    }

    mutating func pinnedEntry(_ n: Int) -> Int? {
        let root = find(n)
        return pinned.keys.sorted().first { find($0) == root }.flatMap { pinned[$0] }
    }

    private mutating func linkSingleWords() {
        let singles = nodes.indices.filter { !nodes[$0].cluster.hasFullName && pinned[$0] == nil && !nodes[$0].cluster.names.isEmpty }
        var sameWord: [String: [Int]] = [:]
        for n in singles {
            let c = nodes[n].cluster
            let counts = Dictionary(c.names.map { ($0.lowercased(), 1) }, uniquingKeysWith: +)
            let word = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let type = componentType(n)
            // Components that hold the word inside a full name (people) or as an acronym.
            var owners = Set<Int>()
            for m in nodes.indices where m != n && (nodes[m].cluster.hasFullName || !nodes[m].cluster.acronyms.isEmpty) {
                guard find(m) != find(n), LocalCluster.compatible(componentType(m), type) else { continue }
                let cm = nodes[m].cluster
                let inName = (type == .person || type == .other) && componentType(m) == .person
                    && cm.multiTokenKeys.contains { $0.split(separator: " ").contains(Substring(word)) }
                let asAcronym = cm.acronyms.contains { $0.lowercased() == word }
                if inName || asAcronym { owners.insert(find(m)) }
            }
            if owners.count == 1, let owner = owners.first {
                let reason = componentType(owner) == .person ? "surname-unique" : "alias"
                union(owner, n, reason: reason, merged: c.names.first { $0.lowercased() == word } ?? word, document: documentID(n))
            } else if owners.isEmpty {
                sameWord[word + "\u{1F}" + type.rawValue, default: []].append(n)
            }
        }
        for key in sameWord.keys.sorted() {
            let list = sameWord[key]!
            for n in list.dropFirst() {
                union(list[0], n, reason: "same-name", merged: nodes[n].cluster.names.first ?? key, document: documentID(n))
            }
        }
    }

    private mutating func linkRoles(_ documents: [DocumentCoreference]) {
        for (d, doc) in documents.enumerated() {
            for (mention, role) in doc.pendingRoles.sorted(by: { $0.key < $1.key }) {
                var holders = Set<Int>()
                for n in nodes.indices where nodes[n].cluster.roles.contains(where: { NameForms.role($0, matches: role) }) {
                    holders.insert(find(n))
                }
                guard holders.count == 1, let holder = holders.first else { continue }
                roleLinks[DocumentMention(document: d, mention: mention)] = holder
                crossMerges[holder, default: []].append(MergeRecord(reason: "role", merged: role, document: doc.extraction.document.id))
            }
        }
    }
}
