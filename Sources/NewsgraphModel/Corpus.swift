/// What extraction produces for one document, before cross-document resolution.
public struct DocumentExtraction: Sendable {
    public var document: SourceDocument
    /// Sentence spans in order (index = sentence index).
    public var sentences: [Span]
    /// Entity mentions (NER spans and argument noun phrases), in text order.
    public var mentions: [ExtractedMention]
    public var statements: [Statement]

    public init(document: SourceDocument, sentences: [Span] = [], mentions: [ExtractedMention] = [],
                statements: [Statement] = []) {
        self.document = document
        self.sentences = sentences
        self.mentions = mentions
        self.statements = statements
    }
}

/// A mention as the extractor sees it: enough for resolution to cluster it.
public struct ExtractedMention: Hashable, Sendable {
    public var sentenceIndex: Int
    public var span: Span
    public var text: String
    public var type: EntityType
    /// The head word's text ("Khan" in "Mr Khan's party") and the words before it that
    /// are titles or roles ("Interior Minister"), for alias and role matching.
    public var head: String
    public var modifiers: [String]
    public var isPronoun: Bool
    /// From the NER (true) or only an argument noun phrase (false).
    public var named: Bool

    public init(sentenceIndex: Int, span: Span, text: String, type: EntityType, head: String,
                modifiers: [String] = [], isPronoun: Bool = false, named: Bool = true) {
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.text = text
        self.type = type
        self.head = head
        self.modifiers = modifiers
        self.isPronoun = isPronoun
        self.named = named
    }
}

/// The extraction run, as provenance (prov:Activity).
public struct ExtractionRun: Hashable, Sendable {
    public var software: String
    public var version: String
    /// ISO 8601 timestamp; nil keeps output byte-identical across runs (the default).
    public var startedAt: String?

    public init(software: String = "newsgraph", version: String = NewsgraphVersion.current, startedAt: String? = nil) {
        self.software = software
        self.version = version
        self.startedAt = startedAt
    }
}

public enum NewsgraphVersion {
    public static let current = "0.1.0"
}

/// Everything the graph is built from: resolved entities, statements, contradictions.
/// All arrays are kept in a deterministic order (documents by id, entities by key,
/// statements by document then offset then id).
public struct Corpus: Sendable {
    public var documents: [SourceDocument]
    public var entities: [Entity]
    public var statements: [Statement]
    public var contradictions: [Contradiction]
    public var run: ExtractionRun

    public init(documents: [SourceDocument] = [], entities: [Entity] = [], statements: [Statement] = [],
                contradictions: [Contradiction] = [], run: ExtractionRun = ExtractionRun()) {
        self.documents = documents
        self.entities = entities
        self.statements = statements
        self.contradictions = contradictions
        self.run = run
    }

    /// Sorts every array into the canonical order. Call before serializing.
    public mutating func canonicalize() {
        documents.sort { $0.id < $1.id }
        entities.sort { $0.key < $1.key }
        statements.sort { ($0.document, $0.span.begin, $0.span.end, $0.id) < ($1.document, $1.span.begin, $1.span.end, $1.id) }
        contradictions.sort { ($0.first, $0.second) < ($1.first, $1.second) }
    }
}
