import Foundation
import NewsgraphModel
import Yams

/// User-pinned entities: canonical names, types, aliases and external identifiers (`--aliases`).
///
/// YAML (a list, or a mapping with an `entities:` list):
/// ```yaml
/// entities:
///   - name: Imran Khan
///     type: person
///     aliases: [Khan, Imran Ahmed Khan Niazi]
///     sameAs: [http://www.wikidata.org/entity/Q4849]
///     key: imran-khan          # optional
/// ```
/// CSV with a header `name,type,aliases,sameAs[,key]`; several aliases or identifiers in one field are
/// separated by `|`. Any mention whose bare name equals an entry's name or alias (case-insensitive)
/// belongs to that entry's entity, across all documents.
public struct AliasTable: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var type: EntityType?
        public var aliases: [String]
        public var sameAs: [String]
        public var key: String?
        /// 1-based line in the file it was read from, for messages.
        public var line: Int?

        public init(name: String, type: EntityType? = nil, aliases: [String] = [], sameAs: [String] = [],
                    key: String? = nil, line: Int? = nil) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.sameAs = sameAs
            self.key = key
            self.line = line
        }
    }

    public var entries: [Entry]
    private var index: [String: Int] = [:]

    public init(entries: [Entry]) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            for n in [e.name] + e.aliases {
                let k = AliasTable.fold(n)
                if index[k] == nil { index[k] = i }
            }
        }
    }

    /// The entry a name belongs to, if any.
    public func entryIndex(forName name: String) -> Int? { index[AliasTable.fold(name)] }

    static func fold(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Reads a `.yaml`/`.yml` or `.csv` file (decided by extension; other extensions are tried as YAML).
    public static func load(url: URL) throws -> AliasTable {
        let file = url.path
        guard FileManager.default.fileExists(atPath: file) else {
            throw NewsgraphError(.fileNotFound, file: file, "alias file not found")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw NewsgraphError(.unreadable, file: file, "cannot read alias file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsgraphError(.invalidUTF8, file: file, "alias file is not valid UTF-8")
        }
        return url.pathExtension.lowercased() == "csv" ? try parseCSV(text, file: file) : try parseYAML(text, file: file)
    }

    // MARK: - YAML

    public static func parseYAML(_ text: String, file: String = "-") throws -> AliasTable {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw NewsgraphError(.badAliases, file: file, line: line(of: error), "invalid YAML: \(problem(of: error))")
        }
        guard let root else { return AliasTable(entries: []) }
        var list = root
        if let mapping = root.mapping {
            guard let entities = mapping["entities"] else {
                throw NewsgraphError(.badAliases, file: file, line: root.mark?.line, "expected a list of entities or an `entities:` key")
            }
            list = entities
        }
        guard let sequence = list.sequence else {
            throw NewsgraphError(.badAliases, file: file, line: list.mark?.line, "`entities` must be a list")
        }
        var entries: [Entry] = []
        for item in sequence {
            let line = item.mark?.line
            guard let map = item.mapping else {
                throw NewsgraphError(.badAliases, file: file, line: line, "each entity must be a mapping with at least `name`")
            }
            for (k, _) in map {
                guard let key = k.string, ["name", "type", "aliases", "sameAs", "sameas", "key"].contains(key) else {
                    throw NewsgraphError(.badAliases, file: file, line: k.mark?.line ?? line,
                                         "unknown field `\(k.string ?? "?")` (expected name, type, aliases, sameAs, key)")
                }
            }
            guard let name = map["name"]?.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw NewsgraphError(.badAliases, file: file, line: line, "entity without a `name`")
            }
            let type = try parseType(map["type"]?.string, file: file, line: map["type"]?.mark?.line ?? line)
            let aliases = try strings(map["aliases"], field: "aliases", file: file, line: line)
            let sameAs = try strings(map["sameAs"] ?? map["sameas"], field: "sameAs", file: file, line: line)
            try checkIRIs(sameAs, file: file, line: line)
            let key = map["key"]?.string
            if let key, key != Slug.make(key) {
                throw NewsgraphError(.badAliases, file: file, line: map["key"]?.mark?.line ?? line,
                                     "key `\(key)` is not a slug (lowercase letters, digits and dashes; try `\(Slug.make(key))`)")
            }
            entries.append(Entry(name: name, type: type, aliases: aliases, sameAs: sameAs, key: key, line: line))
        }
        return try validated(entries, file: file)
    }

    private static func strings(_ node: Node?, field: String, file: String, line: Int?) throws -> [String] {
        guard let node else { return [] }
        if let s = node.string { return s.isEmpty ? [] : [s] }
        guard let seq = node.sequence else {
            throw NewsgraphError(.badAliases, file: file, line: node.mark?.line ?? line, "`\(field)` must be a string or a list of strings")
        }
        return try seq.map { item in
            guard let s = item.string else {
                throw NewsgraphError(.badAliases, file: file, line: item.mark?.line ?? line, "`\(field)` entries must be strings")
            }
            return s
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return String(describing: error)
        }
    }

    // MARK: - CSV

    public static func parseCSV(_ text: String, file: String = "-") throws -> AliasTable {
        let rows = try CSVRows.parse(text, file: file)
        guard let header = rows.first else { return AliasTable(entries: []) }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let nameColumn = columns.firstIndex(of: "name") else {
            throw NewsgraphError(.badAliases, file: file, line: header.line, "CSV header must have a `name` column (name,type,aliases,sameAs,key)")
        }
        for c in columns where !["name", "type", "aliases", "sameas", "key"].contains(c) {
            throw NewsgraphError(.badAliases, file: file, line: header.line, "unknown CSV column `\(c)`")
        }
        func field(_ row: CSVRows.Row, _ name: String) -> String? {
            guard let i = columns.firstIndex(of: name), i < row.fields.count else { return nil }
            let v = row.fields[i].trimmingCharacters(in: .whitespaces)
            return v.isEmpty ? nil : v
        }
        var entries: [Entry] = []
        for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
            guard row.fields.count <= columns.count else {
                throw NewsgraphError(.badAliases, file: file, line: row.line, "\(row.fields.count) fields, header has \(columns.count)")
            }
            guard nameColumn < row.fields.count, let name = field(row, "name") else {
                throw NewsgraphError(.badAliases, file: file, line: row.line, "row without a name")
            }
            let split = { (s: String?) in (s ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            let sameAs = split(field(row, "sameas"))
            try checkIRIs(sameAs, file: file, line: row.line)
            let key = field(row, "key")
            if let key, key != Slug.make(key) {
                throw NewsgraphError(.badAliases, file: file, line: row.line, "key `\(key)` is not a slug (try `\(Slug.make(key))`)")
            }
            entries.append(Entry(name: name, type: try parseType(field(row, "type"), file: file, line: row.line),
                                 aliases: split(field(row, "aliases")), sameAs: sameAs, key: key, line: row.line))
        }
        return try validated(entries, file: file)
    }

    // MARK: - Shared checks

    private static func parseType(_ raw: String?, file: String, line: Int?) throws -> EntityType? {
        guard let raw, !raw.isEmpty else { return nil }
        let folded = raw.lowercased()
        if let t = EntityType(rawValue: folded) ?? EntityType.allCases.first(where: { $0.label.lowercased() == folded }) { return t }
        throw NewsgraphError(.badAliases, file: file, line: line,
                             "unknown type `\(raw)` (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    private static func checkIRIs(_ iris: [String], file: String, line: Int?) throws {
        for iri in iris {
            guard let colon = iri.firstIndex(of: ":"), iri.startIndex != colon,
                  iri[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
                  !iri.contains(where: { $0.isWhitespace || "<>\"{}|\\^`".contains($0) }) else {
                throw NewsgraphError(.badAliases, file: file, line: line, "sameAs `\(iri)` is not an absolute IRI")
            }
        }
    }

    /// One name may pin only one entity.
    private static func validated(_ entries: [Entry], file: String) throws -> AliasTable {
        var owner: [String: Entry] = [:]
        for e in entries {
            for n in Set(([e.name] + e.aliases).map(fold)) {
                if let first = owner[n], first != e {
                    throw NewsgraphError(.badAliases, file: file, line: e.line,
                                         "name `\(n)` already belongs to `\(first.name)` (line \(first.line.map(String.init) ?? "?"))")
                }
                owner[n] = e
            }
        }
        return AliasTable(entries: entries)
    }
}

/// RFC 4180 CSV rows with their starting line numbers.
enum CSVRows {
    struct Row { var fields: [String]; var line: Int }

    static func parse(_ text: String, file: String) throws -> [Row] {
        var rows: [Row] = []
        var field = "", fields: [String] = []
        var inQuotes = false, line = 1, rowLine = 1, quoteLine = 1
        var chars = Array(text.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.endIndex, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty else {
                    throw NewsgraphError(.badAliases, file: file, line: line, "quote inside an unquoted field")
                }
                inQuotes = true
                quoteLine = line
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < chars.endIndex, chars[i + 1] == "\n" { i += 1 }
                fields.append(field); field = ""
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1
                rowLine = line
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes { throw NewsgraphError(.badAliases, file: file, line: quoteLine, "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }
}
