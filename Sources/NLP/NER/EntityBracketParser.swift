import NewsgraphModel

/// Parses the value of a GUM `Entity=` MISC attribute: CoNLL-2012-style brackets.
///
/// `(3-person-new-sssss-cf1-1-coref-Lord_Byron` opens mention group 3 (type person), `3)` closes the
/// innermost open mention of group 3, `(3-person-...)` is a single-token mention. A token can carry
/// several of each, in any order: `(4-organization-...(5-place-...-Aberdeen)` or `4)1)`.
/// The fields after the group id follow the file's `# global.Entity = GRP-etype-infstat-...` header;
/// the reader only needs the first two. Parentheses inside Wikipedia identities are percent-encoded
/// (`Language_%28journal%29`), so a bare `(` or `)` is always a bracket.
public enum EntityBracket: Hashable, Sendable {
    /// A mention opens on this token and closes on a later one.
    case open(group: String, type: String)
    /// A mention opened earlier closes on this token.
    case close(group: String)
    /// A mention opens and closes on this token.
    case single(group: String, type: String)
}

public enum EntityBracketParser {
    /// The brackets of one `Entity=` value, in the order written.
    public static func parse(_ value: Substring) throws -> [EntityBracket] {
        var brackets: [EntityBracket] = []
        let scalars = Array(value.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "(" {
                var end = index + 1
                while end < scalars.count, scalars[end] != "(", scalars[end] != ")" { end += 1 }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw NewsgraphError(.trainingData, "malformed Entity bracket '(\(body)' in 'Entity=\(value)'")
                }
                let group = String(fields[0]), type = String(fields[1])
                if end < scalars.count, scalars[end] == ")" {
                    brackets.append(.single(group: group, type: type))
                    index = end + 1
                } else {
                    brackets.append(.open(group: group, type: type))
                    index = end
                }
            } else {
                var end = index
                while end < scalars.count, scalars[end] != ")", scalars[end] != "(" { end += 1 }
                guard end < scalars.count, scalars[end] == ")", end > index else {
                    let rest = String(String.UnicodeScalarView(scalars[index...]))
                    throw NewsgraphError(.trainingData, "malformed Entity closing bracket '\(rest)' in 'Entity=\(value)'")
                }
                brackets.append(.close(group: String(String.UnicodeScalarView(scalars[index..<end]))))
                index = end + 1
            }
        }
        return brackets
    }

    /// The `Entity=` value inside a MISC column (`Discourse=...|Entity=(1-abstract-...)|MSeg=...`), if any.
    public static func entityValue(inMisc misc: String) -> Substring? {
        for attribute in misc.split(separator: "|") where attribute.hasPrefix("Entity=") {
            return attribute.dropFirst("Entity=".count)
        }
        return nil
    }
}
