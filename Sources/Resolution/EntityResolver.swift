import Dispatch
import NewsgraphModel

/// Turns a batch of per-document extractions into the resolved corpus: one entity per real-world
/// thing, statements whose arguments point at entities, contradictions between sources.
///
/// Deterministic: the same extractions (in any order) give the same corpus.
public struct EntityResolver: Sendable {
    public var aliases: AliasTable?

    public init(aliases: AliasTable? = nil) {
        self.aliases = aliases
    }

    public func resolve(_ extractions: [DocumentExtraction], run: ExtractionRun) -> Corpus {
        let extractions = extractions.sorted { ($0.document.id, $0.document.source, $0.document.text) < ($1.document.id, $1.document.source, $1.document.text) }
        let hintNames = HintNames(extractions)
        let hints = DocumentCoreference.genderHints(hintNames)
        let typeHints = DocumentCoreference.typeHints(hintNames)
        let documents = Self.coreference(extractions, genderHints: hints, typeHints: typeHints, parsedNames: hintNames.byMention)
        var linker = CrossDocumentLinker(documents: documents, aliases: aliases, typeHints: typeHints)
        var entities: [Entity] = []
        var keyOf: [CrossDocumentLinker.DocumentMention: String] = [:]
        let components = linker.components()
        var built: [(entity: Entity, nodes: [Int])] = []
        var nodeComponent: [Int: Int] = [:]
        for (ci, component) in components.enumerated() {
            for n in component { nodeComponent[n] = ci }
            built.append((makeEntity(component, &linker, extractions), component))
        }
        // Role mentions linked across documents join their holder's entity.
        for (dm, holder) in linker.roleLinks.sorted(by: { ($0.key.document, $0.key.mention) < ($1.key.document, $1.key.mention) }) {
            guard let ci = nodeComponent[holder] else { continue }
            let m = extractions[dm.document].mentions[dm.mention]
            built[ci].entity.mentions.append(Mention(document: extractions[dm.document].document.id, sentenceIndex: m.sentenceIndex,
                                                     span: m.span, text: m.text))
            built[ci].entity.mentions.sort()
        }
        // Keys: readable slugs; every entity whose slug collides gets a short stable hash.
        let keys = assignKeys(built.map(\.entity), pinned: components.map { linker.pinnedEntry($0[0]).flatMap { aliases?.entries[$0].key } })
        for (ci, entry) in built.enumerated() {
            var entity = entry.entity
            entity.key = keys[ci]
            entities.append(entity)
            for n in entry.nodes {
                let node = linker.nodes[n]
                for m in node.cluster.mentions { keyOf[.init(document: node.document, mention: m)] = keys[ci] }
            }
        }
        for (dm, holder) in linker.roleLinks { if let ci = nodeComponent[holder] { keyOf[dm] = keys[ci] } }

        var rewriter = StatementRewriter()
        for (d, extraction) in extractions.enumerated() {
            rewriter.add(extraction, document: d, keyOf: keyOf)
        }
        var corpus = Corpus(documents: extractions.map(\.document), entities: entities, statements: rewriter.finish(), run: run)
        corpus.canonicalize()
        corpus.contradictions = ContradictionDetector().find(in: corpus)
        corpus.canonicalize()
        return corpus
    }

    /// Each document's clusters, on every core: documents are independent once the batch's gender
    /// hints are known, and each result lands at its document's index, so scheduling changes nothing.
    static func coreference(_ extractions: [DocumentExtraction], genderHints: [String: Gender],
                            typeHints: [String: EntityType], parsedNames: [[MentionName?]] = []) -> [DocumentCoreference] {
        var results = [DocumentCoreference?](repeating: nil, count: extractions.count)
        results.withUnsafeMutableBufferPointer { slots in
            let base = UnsafeMutableSendablePointer(slots.baseAddress)
            DispatchQueue.concurrentPerform(iterations: extractions.count) { d in
                (base.pointer! + d).pointee = DocumentCoreference(extractions[d], genderHints: genderHints, typeHints: typeHints,
                                                                   parsedNames: d < parsedNames.count ? parsedNames[d] : [])
            }
        }
        return results.map { $0! }
    }

    private func makeEntity(_ component: [Int], _ linker: inout CrossDocumentLinker, _ extractions: [DocumentExtraction]) -> Entity {
        var names: [String] = [], acronyms = Set<String>(), votes: [EntityType: Int] = [:], merges: [MergeRecord] = []
        var mentions: [Mention] = []
        for n in component {
            let node = linker.nodes[n]
            names += node.cluster.names
            acronyms.formUnion(node.cluster.acronyms)
            for (t, c) in node.cluster.typeVotes { votes[t, default: 0] += c }
            merges += node.cluster.merges
            merges += linker.crossMerges[n] ?? []
            let extraction = extractions[node.document]
            for m in node.cluster.mentions {
                let x = extraction.mentions[m]
                mentions.append(Mention(document: extraction.document.id, sentenceIndex: x.sentenceIndex, span: x.span, text: x.text))
            }
        }
        let entry = linker.pinnedEntry(component[0]).flatMap { aliases?.entries[$0] }
        let name = entry?.name ?? EntityResolver.canonicalName(names + acronyms.sorted())
        var aliasSet = Set(names).union(acronyms).union(entry?.aliases ?? [])
        aliasSet.remove(name)
        // Case variants of the canonical name are not aliases.
        aliasSet = aliasSet.filter { $0.lowercased() != name.lowercased() || $0 == name }.subtracting([name])
        let uniqueMerges = Array(Set(merges)).sorted { ($0.reason, $0.merged, $0.document ?? "") < ($1.reason, $1.merged, $1.document ?? "") }
        return Entity(key: "", name: name, type: entry?.type ?? LocalCluster.majority(votes) ?? .other,
                      aliases: aliasSet.sorted(), sameAs: (entry?.sameAs ?? []).sorted(),
                      mentions: Array(Set(mentions)).sorted(), merges: uniqueMerges)
    }

    /// The most frequent full name (several words, no title); ties go to the longer, then the
    /// alphabetically first. Without any full name, the most frequent single name.
    static func canonicalName(_ names: [String]) -> String {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        let full = counts.filter { $0.key.contains(" ") }
        let pool = full.isEmpty ? counts : full
        return pool.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? "unnamed"
    }

    /// Slug of the name (or the pinned key); entities that would share a key all get `-` plus
    /// `StableHash.short` of type, name and first mention, so no key depends on which came first.
    func assignKeys(_ entities: [Entity], pinned: [String?]) -> [String] {
        let base = entities.indices.map { pinned[$0] ?? Slug.make(entities[$0].name) }
        var count: [String: Int] = [:]
        for b in base { count[b, default: 0] += 1 }
        return entities.indices.map { i in
            guard count[base[i]]! > 1 else { return base[i] }
            let e = entities[i]
            let first = e.mentions.first.map { "\($0.document):\($0.span.begin)" } ?? ""
            return base[i] + "-" + StableHash.short(e.type.rawValue + "\u{1F}" + e.name + "\u{1F}" + first)
        }
    }
}

/// A buffer base address handed to `concurrentPerform` workers, each writing only its own index.
struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
    init(_ pointer: UnsafeMutablePointer<T>?) { self.pointer = pointer }
}
