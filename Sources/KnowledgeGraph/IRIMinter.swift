import NewsgraphModel

/// Mints the deterministic IRIs of everything newsgraph creates, under one base.
/// RDF writers and property-graph writers both call this, so a node's IRI is the same
/// in every format.
public struct IRIMinter: Sendable, Hashable {
    /// Data namespace, ends with `/` or `#`.
    public var base: String

    public init(base: String) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    public func entity(_ key: String) -> String { base + "entity/" + IRIMinter.encode(key) }
    public func document(_ id: String) -> String { base + "doc/" + IRIMinter.encode(id) }
    public func statement(_ id: String) -> String { base + "statement/" + IRIMinter.encode(id) }
    public func run(_ id: String) -> String { base + "run/" + IRIMinter.encode(id) }
    public func mention(document id: String, span: Span) -> String {
        document(id) + "#char=\(span.begin),\(span.end)"
    }

    /// Percent-encodes everything outside RFC 3986 unreserved characters, so any id
    /// (JSON Lines ids are arbitrary strings) makes a valid IRI path segment.
    public static func encode(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
