/// The input syntaxes newsgraph reads.
public enum InputFormat: String, CaseIterable, Sendable {
    case text, html, jsonl

    /// By file extension; nil when the extension is not one we read.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text", "md": self = .text
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// Sniffs content read from stdin (or a file with an unknown extension named explicitly):
    /// `{` starts JSON Lines, `<` starts HTML, anything else is plain text.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        for b in bytes.prefix(4096) {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue // whitespace, BOM
            case UInt8(ascii: "{"): return .jsonl
            case UInt8(ascii: "<"): return .html
            default: return .text
            }
        }
        return .text
    }
}
