import NewsgraphModel

/// An argument while statements are being assembled: token sets, not yet text.
struct DraftArgument {
    /// Syntactic head token (links the argument to its mention).
    var head: Int?
    /// The minimal phrase: head plus name parts, compounds, numbers, possessor, adjectives.
    var core: [Int]
    /// The whole phrase (relative clauses, prepositional modifiers...), kept as evidence.
    var full: [Int]
    /// Index of the draft this argument stands for, when it is a nested claim.
    var claim: Int?
    /// Text to use instead of the tokens' (a claim's clause text).
    var textOverride: String?

    init(head: Int?, core: [Int], full: [Int], claim: Int? = nil, textOverride: String? = nil) {
        self.head = head
        self.core = core
        self.full = full
        self.claim = claim
        self.textOverride = textOverride
    }
}

/// A statement under construction. Becomes a `Statement` once nesting is settled,
/// because a claim's id depends on the ids of the statements it contains.
struct Draft {
    var sentence: Int
    var subject: DraftArgument
    /// Tokens of the predicate as it reads (auxiliaries, negation, verb, particle, preposition).
    var predicateTokens: [Int]
    /// Surface text when the predicate has no tokens of its own ("is" for an apposition).
    var predicateText: String?
    var lemma: String
    var object: DraftArgument?
    var qualifiers: [(role: String, argument: DraftArgument)] = []
    var polarity: Polarity = .positive
    var modality: String?
    var passive = false
    var rule: String
    /// The token whose position in the tree decides who, if anyone, claims this statement.
    var anchor: Int
    var asserted = true
    var attribution: (speaker: DraftArgument, cue: String, quotation: String?)?
    /// Set on a reporting clause's statements: their object is filled with each claim.
    var reporter: Int?
    /// True when the subject was not in the clause itself (shared through coordination,
    /// taken from the modified noun or the governing clause).
    var inheritedSubject = false
}
