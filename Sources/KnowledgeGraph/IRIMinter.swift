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
    /// The software agent of an extraction run (`newsgraph-0.1.0`).
    public func agent(software: String, version: String) -> String { base + "agent/" + IRIMinter.agentLocalName(software: software, version: version) }
    /// A relation predicate, in the fixed vocabulary namespace (not under the data base).
    public func predicate(_ lemma: String) -> String {
        RDFNamespace.rel.vocabularyIRI! + IRIMinter.predicateLocalName(lemma)
    }

    public static func agentLocalName(software: String, version: String) -> String { encode(software + "-" + version) }

    /// Local name of a relation predicate: the lemma's slug ("flee from" → `flee-from`). When the
    /// slug loses information (case, punctuation, non-ASCII, double spaces), a short hash of the
    /// lemma is appended so distinct lemmas never share a predicate IRI.
    public static func predicateLocalName(_ lemma: String) -> String {
        let slug = Slug.make(lemma, maxLength: 60)
        var lossless = !lemma.isEmpty
        var lastSpace = true
        for byte in lemma.utf8 {
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                lastSpace = false
            } else if byte == UInt8(ascii: " ") && !lastSpace {
                lastSpace = true
            } else {
                lossless = false
                break
            }
        }
        if lastSpace || slug.utf8.count != lemma.utf8.count { lossless = false }
        return lossless ? slug : slug + "-" + StableHash.short(lemma)
    }

    /// The run identifier: a hash of what determines the output (software, version, start time, documents).
    public static func runLocalName(_ run: ExtractionRun, documentIDs: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [run.software, run.version, run.startedAt ?? ""] + documentIDs {
            for byte in part.utf8 { h ^= UInt64(byte); h &*= 0x0000_0100_0000_01b3 }
            h ^= 0x1F; h &*= 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "run-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Percent-encodes everything outside RFC 3986 unreserved characters, so any id
    /// (JSON Lines ids are arbitrary strings) makes a valid IRI path segment.
    public static func encode(_ segment: String) -> String {
        // Fast path: most ids (hex statement ids, slugs) need no encoding, so return them unchanged.
        if !segment.isEmpty, segment.utf8.allSatisfy(isUnreserved) { return segment }
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

    @inline(__always) static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// An external IRI (a document URL, an owl:sameAs target) made safe to write: characters
    /// IRIs never allow (space, controls, `<>"{}|^`\`) are percent-encoded as RFC 3987 §3.1
    /// says to map them. Nil when it has no scheme, i.e. is not an absolute IRI.
    public static func externalIRI(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, isSchemeByte(bytes[i], first: i == 0) { i += 1 }
        guard i > 0, i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let hexDigits = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSchemeByte(_ b: UInt8, first: Bool) -> Bool {
        let alpha = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
        if first { return alpha }
        return alpha || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
