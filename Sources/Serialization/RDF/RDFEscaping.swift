import KnowledgeGraph

/// Byte-level escaping for the RDF syntaxes, per the RDF 1.1 N-Triples/Turtle grammars and JSON:
///
/// - IRIREF excludes `[#x00-#x20<>"{}|^`\]`: those are written as `\u00XX` (UCHAR); DEL too.
/// - STRING_LITERAL_QUOTE excludes `"`, `\`, LF, CR: written as ECHAR `\"` `\\` `\n` `\r`, TAB as `\t`,
///   every other C0 control and DEL as `\u00XX`. Everything else, non-BMP included, stays UTF-8.
/// - JSON strings: `\"` `\\` `\n` `\r` `\t`, other C0 controls as `\u00XX`; DEL and non-BMP as UTF-8.
enum RDFEscaping {
    static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    @inline(__always) static func needsIRIEscape(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0x7F || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: "|") || b == UInt8(ascii: "^")
            || b == UInt8(ascii: "`") || b == UInt8(ascii: "\\")
    }

    @inline(__always) static func needsLiteralEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    @inline(__always) static func needsJSONEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    @inline(__always) static func writeUCHAR(_ b: UInt8, to sink: ByteSink) {
        sink.bytes("\\u00")
        sink.byte(hex[Int(b >> 4)])
        sink.byte(hex[Int(b & 15)])
    }

    /// The characters of an IRI (without the angle brackets).
    static func writeIRIBody(_ s: String, to sink: ByteSink) {
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count where needsIRIEscape(utf8[i]) {
                if i > start { sink.append(UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                writeUCHAR(utf8[i], to: sink)
                start = i + 1
            }
            if start < utf8.count { sink.append(UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
    }

    /// The characters of a `"..."` literal (without the quotes).
    static func writeLiteralBody(_ s: String, to sink: ByteSink) {
        writeEscaped(s, to: sink, where: needsLiteralEscape)
    }

    /// A complete JSON string, quotes included.
    static func writeJSONString(_ s: String, to sink: ByteSink) {
        sink.byte(UInt8(ascii: "\""))
        writeEscaped(s, to: sink, where: needsJSONEscape)
        sink.byte(UInt8(ascii: "\""))
    }

    /// Copies `s` in runs, escaping the bytes `needsEscape` picks: `\"` `\\` `\n` `\r` `\t`, else `\u00XX`
    /// (the escapes N-Triples, Turtle and JSON share).
    @inline(__always)
    private static func writeEscaped(_ s: String, to sink: ByteSink, where needsEscape: (UInt8) -> Bool) {
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count where needsEscape(utf8[i]) {
                if i > start { sink.append(UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                switch utf8[i] {
                case UInt8(ascii: "\""): sink.bytes("\\\"")
                case UInt8(ascii: "\\"): sink.bytes("\\\\")
                case 0x0A: sink.bytes("\\n")
                case 0x0D: sink.bytes("\\r")
                case 0x09: sink.bytes("\\t")
                default: writeUCHAR(utf8[i], to: sink)
                }
                start = i + 1
            }
            if start < utf8.count { sink.append(UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
    }

    /// `"lexical"` plus `@lang` or `^^datatype`, the tail N-Triples and Turtle share; `iri` writes
    /// the datatype the way the syntax writes IRIs (full, or prefixed in Turtle).
    @inline(__always)
    static func writeQuotedLiteral(_ literal: RDFLiteral, to sink: ByteSink, iri: (RDFIRI) -> Void) {
        sink.byte(UInt8(ascii: "\""))
        writeLiteralBody(literal.lexical, to: sink)
        sink.byte(UInt8(ascii: "\""))
        if let language = literal.language, isValidLanguageTag(language) {
            sink.byte(UInt8(ascii: "@"))
            sink.raw(language)
        } else if let datatype = literal.datatype, datatype != Vocabulary.XSD.string {
            sink.bytes("^^")
            iri(datatype)
        }
    }

    /// A language tag is written only if it matches BCP 47's `[a-zA-Z]+(-[a-zA-Z0-9]+)*`.
    static func isValidLanguageTag(_ tag: String) -> Bool {
        var first = true, partLength = 0
        for b in tag.utf8 {
            let alpha = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            let digit = b >= 0x30 && b <= 0x39
            if b == UInt8(ascii: "-") {
                if partLength == 0 { return false }
                first = false
                partLength = 0
            } else if alpha || (digit && !first) {
                partLength += 1
            } else {
                return false
            }
        }
        return partLength > 0
    }
}
