import KnowledgeGraph

/// How property values are spelled in text formats (GraphML, GEXF, CSV): deterministic,
/// locale-independent, parseable by the readers we target.
enum PropertyValueText {
    /// Scalars as text; lists as a JSON array of strings (`["Imran Khan","Khan"]`), which
    /// networkx/igraph users can `json.loads` and APOC reads for `attr.list` keys.
    static func text(_ value: PropertyValue) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return number(d)
        case .bool(let b): return b ? "true" : "false"
        case .strings(let list): return jsonArray(list)
        }
    }

    /// Shortest round-trip decimal (Swift's `description`), `1.0` for whole numbers; never
    /// `nan`/`inf`, which no target reads as a number.
    static func number(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "0.0" }
        return d.description
    }

    static func jsonArray(_ list: [String]) -> String {
        var out = "["
        for (i, item) in list.enumerated() {
            if i > 0 { out += "," }
            out += jsonString(item)
        }
        return out + "]"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
