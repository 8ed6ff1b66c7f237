import NewsgraphModel

/// Scores a resolved corpus (the pipeline's own mentions and entities) against gold coreference
/// groups, within each document: mention detection, MUC, B³ and CEAF-e.
///
/// The response is what the graph holds: every mention of every entity, grouped by entity within
/// its document (an entity seen once is a singleton; GUM's key has singletons too). System mentions
/// are aligned one to one with gold mentions of the same document (see `Matching`); a system mention
/// left unaligned stays in the response as a twinless mention and a gold mention left unaligned stays
/// in the key, as the CoNLL-2012 reference scorer (v8) counts them.
public enum SystemMentionEvaluation {
    /// A gold mention located by character offsets in the document text the pipeline read.
    public struct GoldSpan: Sendable, Hashable {
        public var document: String
        public var span: Span
        /// The mention's syntactic head token (the one whose head lies outside the mention).
        public var head: Span
        public var group: String
        /// Whether the head is a proper noun: its cluster is then a named-entity cluster.
        public var properName: Bool

        public init(document: String, span: Span, head: Span? = nil, group: String, properName: Bool = false) {
            self.document = document
            self.span = span
            self.head = head ?? span
            self.group = group
            self.properName = properName
        }
    }

    /// How a system mention finds its gold twin.
    public enum Matching: String, Sendable, CaseIterable {
        /// Same character span.
        case exact
        /// Same span, else a gold mention whose head token lies inside the system mention, one of the two
        /// spans containing the other ("University of Paris" for gold "the University of Paris, where he
        /// studied"); the closest in length wins.
        case head
    }

    /// Which gold clusters form the key.
    public enum Subset: String, Sendable, CaseIterable {
        /// Every gold cluster (GUM: common nouns, clauses and singletons too).
        case all
        /// Gold clusters with at least one proper-name mention. System mentions aligned to other gold
        /// clusters count as twinless: a junk entity or a pronoun put in a named cluster costs precision.
        case named
    }

    public struct Result: Sendable, Hashable {
        /// Mention detection: aligned system mentions over system mentions (precision), over gold mentions (recall).
        public var mentions: CoreferenceScore
        public var muc: CoreferenceScore
        public var bCubed: CoreferenceScore
        public var ceafE: CoreferenceScore
        /// The CoNLL-2012 average of MUC, B³ and CEAF-e F1.
        public var conllF1: Double { (muc.f1 + bCubed.f1 + ceafE.f1) / 3 }
        public var goldMentions: Int
        public var systemMentions: Int
        public var alignedMentions: Int
        public var goldClusters: Int
        public var responseClusters: Int
    }

    public static func evaluate(corpus: Corpus, gold: [GoldSpan], matching: Matching = .exact, subset: Subset = .all) -> Result {
        var goldByDocument: [String: [GoldSpan]] = [:]
        for g in gold { goldByDocument[g.document, default: []].append(g) }
        var systemByDocument: [String: [(span: Span, entity: String)]] = [:]
        for e in corpus.entities {
            for m in e.mentions where goldByDocument[m.document] != nil {
                systemByDocument[m.document, default: []].append((m.span, e.key))
            }
        }
        var key: [[String]] = [], response: [[String]] = []
        var systemMentions = 0, aligned = 0, goldMentions = 0
        for document in goldByDocument.keys.sorted() {
            let golds = goldByDocument[document]!
            let named = Set(golds.filter(\.properName).map(\.group))
            let kept = { (g: GoldSpan) in subset == .all || named.contains(g.group) }
            var groups: [String: [String]] = [:]
            for (i, g) in golds.enumerated() where kept(g) { groups[g.group, default: []].append("\(document)/\(i)") }
            key += groups.keys.sorted().map { groups[$0]! }
            goldMentions += golds.filter(kept).count

            let system = (systemByDocument[document] ?? []).sorted { ($0.span, $0.entity) < ($1.span, $1.entity) }
            let twin = align(system.map(\.span), golds, matching: matching)
            var entities: [String: [String]] = [:]
            for (s, mention) in system.enumerated() {
                let id = twin[s].map { "\(document)/\($0)" } ?? "\(document)/system-\(s)"
                entities[mention.entity, default: []].append(id)
                if let g = twin[s], kept(golds[g]) { aligned += 1 }
            }
            response += entities.keys.sorted().map { entities[$0]! }
            systemMentions += system.count
        }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        return Result(mentions: CoreferenceScore(precision: ratio(aligned, systemMentions), recall: ratio(aligned, goldMentions)),
                      muc: CoreferenceMetrics.muc(key: key, response: response),
                      bCubed: CoreferenceMetrics.bCubed(key: key, response: response),
                      ceafE: CoreferenceMetrics.ceafE(key: key, response: response),
                      goldMentions: goldMentions, systemMentions: systemMentions, alignedMentions: aligned,
                      goldClusters: key.count, responseClusters: response.count)
    }

    /// The gold twin of each system span (an index into `gold`), one to one: exact spans first, then,
    /// with `.head`, the remaining mentions in text order.
    static func align(_ system: [Span], _ gold: [GoldSpan], matching: Matching) -> [Int?] {
        var twin = [Int?](repeating: nil, count: system.count)
        var taken = Set<Int>()
        var bySpan: [Span: [Int]] = [:]
        for (i, g) in gold.enumerated() { bySpan[g.span, default: []].append(i) }
        for (s, span) in system.enumerated() {
            if let g = bySpan[span]?.first(where: { !taken.contains($0) }) { twin[s] = g; taken.insert(g) }
        }
        guard matching == .head else { return twin }
        for (s, span) in system.enumerated() where twin[s] == nil {
            let candidates = gold.indices.filter { g in
                !taken.contains(g) && span.contains(gold[g].head) && (gold[g].span.contains(span) || span.contains(gold[g].span))
            }
            if let g = candidates.min(by: { (abs(gold[$0].span.length - span.length), gold[$0].span) < (abs(gold[$1].span.length - span.length), gold[$1].span) }) {
                twin[s] = g
                taken.insert(g)
            }
        }
        return twin
    }
}
