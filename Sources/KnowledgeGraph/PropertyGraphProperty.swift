/// A property value in the property-graph view. Lists are lists of strings only
/// (the common ground of Neo4j `string[]`, GraphML JSON text and GEXF strings).
public enum PropertyValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case strings([String])
}

/// The value type a property key declares in every format.
public enum PropertyType: String, Sendable, Hashable {
    case string, int, double, boolean, stringList
}

/// A fixed, ordered set of property keys; writers declare exactly these, in this order.
public protocol PropertyKeySet: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == Int {
    /// The property name (Neo4j property, GraphML `attr.name`, GEXF `title`).
    var name: String { get }
    var type: PropertyType { get }
    /// `allCases.count`, stored (`allCases` builds a new array on every access).
    static var keyCount: Int { get }
}

/// Properties of a node or edge, stored by key position (fast, ordered, fixed schema).
public struct PropertyMap<Key: PropertyKeySet>: Sendable, Hashable {
    @usableFromInline var values: [PropertyValue?]

    public init() { values = Array(repeating: nil, count: Key.keyCount) }

    public subscript(key: Key) -> PropertyValue? {
        get { values[key.rawValue] }
        set { values[key.rawValue] = newValue }
    }

    /// Present properties in key order.
    public var entries: [(key: Key, value: PropertyValue)] {
        var out: [(key: Key, value: PropertyValue)] = []
        forEach { out.append(($0, $1)) }
        return out
    }

    /// Calls `body` for each present property in key order, without allocating (writers' hot path).
    @inlinable
    public func forEach(_ body: (Key, PropertyValue) throws -> Void) rethrows {
        for index in values.indices {
            if let value = values[index] { try body(Key(rawValue: index)!, value) }
        }
    }
}

/// Every node property the graph can carry. Which ones a node has depends on its kind:
/// entities: iri, name, type, aliases, sameAs, mentions, degree;
/// statements: iri, type ("statement"), predicate, text, document, sentence, begin, end,
/// confidence, polarity, modality, cue, quotation, qualifiers, asserted, degree;
/// values: type ("value"), value, datatype, degree.
public enum NodeProperty: Int, PropertyKeySet {
    public static let keyCount = allCases.count
    case iri, name, type, aliases, sameAs, mentions, degree
    case value, datatype
    case predicate, text, document, sentence, begin, end, confidence, polarity, modality, cue, quotation,
         qualifiers, asserted

    public var name: String {
        switch self {
        case .iri: return "iri"
        case .name: return "name"
        case .type: return "type"
        case .aliases: return "aliases"
        case .sameAs: return "sameAs"
        case .mentions: return "mentions"
        case .degree: return "degree"
        case .value: return "value"
        case .datatype: return "datatype"
        case .predicate: return "predicate"
        case .text: return "text"
        case .document: return "document"
        case .sentence: return "sentence"
        case .begin: return "begin"
        case .end: return "end"
        case .confidence: return "confidence"
        case .polarity: return "polarity"
        case .modality: return "modality"
        case .cue: return "cue"
        case .quotation: return "quotation"
        case .qualifiers: return "qualifiers"
        case .asserted: return "asserted"
        }
    }

    public var type: PropertyType {
        switch self {
        case .aliases, .sameAs, .qualifiers: return .stringList
        case .mentions, .degree, .sentence, .begin, .end: return .int
        case .confidence: return .double
        case .asserted: return .boolean
        default: return .string
        }
    }
}

/// Every edge property. Predicate and CLAIMED edges carry the statement's provenance;
/// SUBJECT/OBJECT edges (statement node → argument) carry only `weight` 1.
public enum EdgeProperty: Int, PropertyKeySet {
    public static let keyCount = allCases.count
    case iri, predicate, document, sentence, begin, end, confidence, polarity, modality, cue, qualifiers, weight

    public var name: String {
        switch self {
        case .iri: return "iri"
        case .predicate: return "predicate"
        case .document: return "document"
        case .sentence: return "sentence"
        case .begin: return "begin"
        case .end: return "end"
        case .confidence: return "confidence"
        case .polarity: return "polarity"
        case .modality: return "modality"
        case .cue: return "cue"
        case .qualifiers: return "qualifiers"
        case .weight: return "weight"
        }
    }

    public var type: PropertyType {
        switch self {
        case .sentence, .begin, .end: return .int
        case .confidence, .weight: return .double
        case .qualifiers: return .stringList
        default: return .string
        }
    }
}
