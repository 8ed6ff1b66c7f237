/// An RDF-friendly literal value with its XSD datatype.
public struct Literal: Hashable, Sendable {
    public enum Datatype: String, Hashable, Sendable {
        case string, integer, decimal, double, boolean, date, gYearMonth, gYear, duration
    }
    public var lexical: String
    public var datatype: Datatype
    /// BCP 47 tag, only for `.string`.
    public var language: String?

    public init(_ lexical: String, datatype: Datatype = .string, language: String? = nil) {
        self.lexical = lexical
        self.datatype = datatype
        self.language = language
    }
}

/// What an argument slot holds once extraction (and later resolution) has looked at it.
public enum ArgumentValue: Hashable, Sendable {
    /// A resolved entity: `Entity.key`.
    case entity(key: String)
    /// A normalized value (number, date, duration...).
    case literal(Literal)
    /// A nested statement (the content of a claim): `Statement.id`.
    case statement(id: String)
    /// A phrase not (yet) resolved to an entity; exported as a plain string.
    case text
}

/// A subject, object or oblique argument: minimal text plus where it is and what it means.
public struct Argument: Hashable, Sendable {
    public var text: String
    public var span: Span?
    public var value: ArgumentValue
    /// Type hint from NER or the extractor; resolution decides the entity's final type.
    public var type: EntityType?
    /// For quantities: `at least`, `at most`, `about`, `vague` ... (nil when exact).
    public var qualifier: String?
    /// Index of the syntactic head token's mention in the extraction's mention list, if any;
    /// lets resolution map the argument to its entity.
    public var mention: Int?

    public init(text: String, span: Span? = nil, value: ArgumentValue = .text, type: EntityType? = nil,
                qualifier: String? = nil, mention: Int? = nil) {
        self.text = text
        self.span = span
        self.value = value
        self.type = type
        self.qualifier = qualifier
        self.mention = mention
    }
}

public struct Predicate: Hashable, Sendable {
    /// Surface form as it reads in the sentence ("had absconded", "fled to").
    public var text: String
    /// Normalized: verb lemma plus particles and the oblique's preposition ("abscond", "flee to").
    /// Predicate IRIs derive from it.
    public var lemma: String

    public init(text: String, lemma: String) {
        self.text = text
        self.lemma = lemma
    }
}

public enum Polarity: String, Hashable, Sendable { case positive, negative }

/// Who says a non-asserted statement, and how.
public struct Attribution: Hashable, Sendable {
    public var speaker: Argument
    /// Lemma of the reporting cue ("claim", "say", "according to").
    public var cue: String
    /// The direct quotation, when the claim was quoted.
    public var quotation: String?

    public init(speaker: Argument, cue: String, quotation: String? = nil) {
        self.speaker = speaker
        self.cue = cue
        self.quotation = quotation
    }
}

/// One subject–predicate–object statement with its evidence.
///
/// A claim "Naqvi claimed Gandapur fled" is two statements: the speaker relation
/// (subject Naqvi, predicate "claim", object `.statement(inner.id)`, asserted) and the
/// inner statement (Gandapur fled, `asserted == false`, `attribution` = Naqvi/claim).
public struct Statement: Hashable, Sendable {
    public var id: String
    public var document: String
    public var sentenceIndex: Int
    public var sentence: String
    /// Offsets of the sentence in the document.
    public var sentenceSpan: Span
    /// Offsets of the whole statement's evidence (from its first to last argument or predicate token).
    public var span: Span
    public var subject: Argument
    public var predicate: Predicate
    /// Nil for an intransitive statement ("Gandapur fled").
    public var object: Argument?
    /// Further arguments in sentence order: (role, argument), e.g. ("on", November 24), ("in", Islamabad).
    public var qualifiers: [Qualifier]
    /// False for a statement only claimed by someone.
    public var asserted: Bool
    public var attribution: Attribution?
    public var polarity: Polarity
    /// Modal or cue word ("would", "may", "vowed"), nil when plain.
    public var modality: String?
    public var passive: Bool
    /// 0...1, ranks statements (precision/recall curve).
    public var confidence: Double
    /// Which rule or parse path produced it, for debugging and evidence.
    public var rule: String

    public struct Qualifier: Hashable, Sendable {
        public var role: String
        public var argument: Argument
        public init(role: String, argument: Argument) {
            self.role = role
            self.argument = argument
        }
    }

    public init(id: String = "", document: String, sentenceIndex: Int, sentence: String, sentenceSpan: Span,
                span: Span, subject: Argument, predicate: Predicate, object: Argument? = nil,
                qualifiers: [Qualifier] = [], asserted: Bool = true, attribution: Attribution? = nil,
                polarity: Polarity = .positive, modality: String? = nil, passive: Bool = false,
                confidence: Double = 1, rule: String = "") {
        self.id = id
        self.document = document
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.span = span
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.qualifiers = qualifiers
        self.asserted = asserted
        self.attribution = attribution
        self.polarity = polarity
        self.modality = modality
        self.passive = passive
        self.confidence = confidence
        self.rule = rule
        if id.isEmpty { self.id = contentID() }
    }

    /// Deterministic identifier from content and provenance (FNV-1a 64 over a canonical string).
    public func contentID() -> String {
        var parts = StableHash.Parts()
        // Appended one by one: an array of the parts was built on every call (twice per statement).
        parts.append(document)
        parts.append(String(span.begin))
        parts.append(String(span.end))
        parts.append(subject.text)
        parts.append(predicate.lemma)
        parts.append(object?.text ?? "")
        parts.append(asserted ? "a" : "c")
        parts.append(polarity.rawValue)
        parts.append(modality ?? "")
        if case .statement(let inner)? = object?.value { parts.append(inner) }
        for q in qualifiers { parts.append(q.role); parts.append(q.argument.text) }
        return StableHash.hex(parts.value)
    }
}

/// Two statements from (usually) different sources that cannot both be true.
public struct Contradiction: Hashable, Sendable {
    public var first: String
    public var second: String
    /// Human-readable reason ("450 vs at least 4000 for arrest/object").
    public var reason: String

    public init(first: String, second: String, reason: String) {
        self.first = min(first, second)
        self.second = max(first, second)
        self.reason = reason
    }
}
