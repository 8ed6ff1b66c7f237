import NLP
import NewsgraphModel

/// Collects the document's mentions (NER spans and argument noun phrases) so that resolution
/// can cluster them, and answers which mention an argument's head belongs to.
struct MentionCollector {
    let view: DependencyView
    private var byKey: [Span: ExtractedMention] = [:]
    private var index: [Span: Int] = [:]
    private(set) var mentions: [ExtractedMention] = []

    init(view: DependencyView) {
        self.view = view
        // About one mention per four tokens: reserved once instead of regrown.
        byKey.reserveCapacity(view.tokens.count / 4)
        for (e, entity) in view.document.entities.enumerated() where !entity.tokens.isEmpty {
            let head = entityHead(e)
            add(tokens: view.joiningHyphens(Array(entity.tokens)), head: head, type: Self.type(ofLabel: entity.label), named: true)
        }
    }

    static func type(ofLabel label: String) -> EntityType {
        switch label.lowercased() {
        case "person", "per": return .person
        case "organization", "org": return .organization
        case "place", "loc", "gpe": return .place
        case "event": return .event
        case "time", "date": return .date
        default: return .other
        }
    }

    /// The syntactic head of an entity span: its token whose head lies outside it.
    func entityHead(_ e: Int) -> Int {
        let tokens = view.document.entities[e].tokens
        return tokens.first { !tokens.contains(view.head($0)) } ?? tokens.lowerBound
    }

    /// The recognized span an argument head names: its own, or, for a proper-noun head whose name runs
    /// on past a title ("Home Minister Mohsin Naqvi" parsed as one flat name headed by "Home", with only
    /// "Mohsin Naqvi" recognized), the span that ends the name when every word before it is a title word.
    func entity(named h: Int) -> Int? {
        if let e = view.entityOf[h] { return e }
        guard view.upos(h) == "PROPN" else { return nil }
        let chain = view.nameTokens(h)
        guard let first = chain.first(where: { view.entityOf[$0] != nil }), let e = view.entityOf[first] else { return nil }
        let span = view.document.entities[e].tokens
        guard chain.last.map({ $0 + 1 }) == span.upperBound,
              chain.allSatisfy({ span.contains($0) || Lexicon.titleNouns.contains(view.lower($0))
                                 || Lexicon.titleQualifiers.contains(view.lower($0)) })
        else { return nil }
        return e
    }

    /// Type hint for an argument head: NER label, personal pronoun, number.
    func type(of h: Int) -> EntityType? {
        if let e = view.entityOf[h] { return Self.type(ofLabel: view.document.entities[e].label) }
        if view.upos(h) == "PRON", Lexicon.personPronouns.contains(view.lower(h)) { return .person }
        if view.upos(h) == "NUM" { return .quantity }
        return nil
    }

    private func spanKey(_ tokens: [Int]) -> Span? { view.span(tokens) }

    private mutating func add(tokens: [Int], head: Int, type: EntityType, named: Bool) {
        guard let span = spanKey(tokens), byKey[span] == nil else { return }
        let title = view.titleParts(head)
        var modifiers: [String] = []
        if let title {
            if !title.honorific.isEmpty { modifiers.append(view.text(title.honorific)) }
            if !title.role.isEmpty { modifiers.append(view.text(title.role)) }
            if !title.scope.isEmpty { modifiers.append(view.text(title.scope)) }
        }
        let nameTokens = view.upos(head) == "PROPN" ? view.nameTokens(head).filter { tokens.contains($0) || !named } : [head]
        byKey[span] = ExtractedMention(sentenceIndex: view.sentenceOf[head], span: span, text: view.text(tokens), type: type,
                                       head: view.text(nameTokens.isEmpty ? [head] : nameTokens), modifiers: modifiers,
                                       isPronoun: view.isPersonalPronoun(head), named: named)
    }

    /// Registers an argument's phrase as a mention unless a named mention already covers its head.
    mutating func register(_ argument: DraftArgument) {
        guard argument.claim == nil, let h = argument.head, entity(named: h) == nil else { return }
        guard ["NOUN", "PROPN", "PRON", "NUM"].contains(view.upos(h)), !view.isRelativePronoun(h) else { return }
        let core = argument.core.isEmpty ? [h] : argument.core
        add(tokens: core, head: h, type: type(of: h) ?? .other, named: false)
    }

    /// Registers third-person possessive pronouns ("his release", "its port"): no argument has them as
    /// its head, but they refer to an entity as much as "he" does, and resolution links them.
    mutating func registerPossessives() {
        for i in view.document.tokens.indices where view.upos(i) == "PRON" && view.deprel(i).hasPrefix("nmod:poss")
            && Self.possessives.contains(view.lower(i)) {
            add(tokens: [i], head: i, type: type(of: i) ?? .other, named: false)
        }
    }

    static let possessives: Set<String> = ["his", "her", "its", "their"]

    /// Sorts mentions into text order; call once after every register.
    mutating func finish() {
        let spans = byKey.keys.sorted()
        mentions = spans.map { byKey[$0]! }
        index = Dictionary(uniqueKeysWithValues: spans.enumerated().map { ($1, $0) })
    }

    func mentionIndex(of argument: DraftArgument) -> Int? {
        guard argument.claim == nil, let h = argument.head else { return nil }
        if let e = entity(named: h) {
            let tokens = view.joiningHyphens(Array(view.document.entities[e].tokens))
            return view.span(tokens).flatMap { index[$0] }
        }
        let core = argument.core.isEmpty ? [h] : argument.core
        return view.span(core).flatMap { index[$0] }
    }
}
