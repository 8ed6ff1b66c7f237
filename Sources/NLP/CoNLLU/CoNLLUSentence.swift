/// One sentence of a CoNLL-U file, kept close to the file so that reading then writing is byte-identical.
///
/// Columns are kept raw ("_" stays "_"); conversion to `AnalyzedDocument` maps "_" to empty.
/// See https://universaldependencies.org/format.html
public struct CoNLLUSentence: Hashable, Sendable {
    /// Comment lines exactly as in the file, including the leading "#".
    public var comments: [String]
    /// Syntactic words (integer IDs 1...n, in order).
    public var words: [CoNLLUWord]
    /// Multiword-token lines ("3-4"), in order.
    public var multiwordTokens: [CoNLLUMultiwordToken]
    /// Empty nodes ("5.1") of the enhanced graph, in order.
    public var emptyNodes: [CoNLLUEmptyNode]
    /// 1-based line of the sentence's first line in its file (0 when built in memory).
    public var line: Int

    public init(comments: [String] = [], words: [CoNLLUWord] = [], multiwordTokens: [CoNLLUMultiwordToken] = [],
                emptyNodes: [CoNLLUEmptyNode] = [], line: Int = 0) {
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
        self.emptyNodes = emptyNodes
        self.line = line
    }

    /// Value of a `# key = value` comment (first one), nil when absent.
    public func comment(_ key: String) -> String? {
        for line in comments {
            if let value = Self.commentValue(line, key: key) { return value }
        }
        return nil
    }

    /// True when a comment `# key` or `# key = ...` is present (`newdoc`, `newpar`).
    public func hasComment(_ key: String) -> Bool {
        comments.contains { line in
            guard let body = Self.commentBody(line) else { return false }
            return body == key || body.hasPrefix(key + " ") || body.hasPrefix(key + "=")
        }
    }

    /// Sets (or replaces) a `# key = value` comment.
    public mutating func setComment(_ key: String, _ value: String) {
        let line = "# \(key) = \(value)"
        if let i = comments.firstIndex(where: { Self.commentValue($0, key: key) != nil }) {
            comments[i] = line
        } else {
            comments.append(line)
        }
    }

    /// `# text = ...`
    public var text: String? { comment("text") }
    /// `# sent_id = ...`
    public var sentID: String? { comment("sent_id") }
    /// True when this sentence starts a new document (`# newdoc` with or without id).
    public var startsDocument: Bool { hasComment("newdoc") }
    /// The `# newdoc id = ...` value.
    public var documentID: String? { comment("newdoc id") }
    /// True when this sentence starts a new paragraph (`# newpar`).
    public var startsParagraph: Bool { hasComment("newpar") }

    /// The surface tokens of the sentence: a multiword token stands for its words.
    /// Each element is the token form, the range of word indices (0-based into `words`) and its SpaceAfter.
    public var surfaceTokens: [(form: String, words: Range<Int>, spaceAfter: Bool)] {
        var result: [(form: String, words: Range<Int>, spaceAfter: Bool)] = []
        result.reserveCapacity(words.count)
        var mwtIndex = 0
        var i = 0
        while i < words.count {
            let id = words[i].id
            while mwtIndex < multiwordTokens.count, multiwordTokens[mwtIndex].last < id { mwtIndex += 1 }
            if mwtIndex < multiwordTokens.count, multiwordTokens[mwtIndex].first == id {
                let mwt = multiwordTokens[mwtIndex]
                let count = max(1, min(mwt.last - mwt.first + 1, words.count - i))
                result.append((mwt.form, i..<(i + count), CoNLLUMisc.spaceAfter(mwt.misc)))
                i += count
                mwtIndex += 1
            } else {
                result.append((words[i].form, i..<(i + 1), CoNLLUMisc.spaceAfter(words[i].misc)))
                i += 1
            }
        }
        return result
    }

    /// The text of the sentence rebuilt from its surface tokens and SpaceAfter (for files without `# text`).
    public var reconstructedText: String {
        var text = ""
        let tokens = surfaceTokens
        for (n, token) in tokens.enumerated() {
            text += token.form
            if token.spaceAfter && n + 1 < tokens.count { text += " " }
        }
        return text
    }

    static func commentBody(_ line: String) -> Substring? {
        guard line.hasPrefix("#") else { return nil }
        var body = line.dropFirst()
        while body.first == " " { body = body.dropFirst() }
        return body
    }

    static func commentValue(_ line: String, key: String) -> String? {
        guard let body = commentBody(line), body.hasPrefix(key) else { return nil }
        var rest = body.dropFirst(key.count)
        while rest.first == " " { rest = rest.dropFirst() }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }
}

/// A syntactic word line (integer ID).
public struct CoNLLUWord: Hashable, Sendable {
    /// 1-based word index in the sentence.
    public var id: Int
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// 0 for the root; nil when the HEAD column is "_".
    public var head: Int?
    public var deprel: String
    /// The DEPS column (enhanced graph), raw.
    public var deps: String
    /// The MISC column, raw; parse with `miscFields` or `CoNLLUMisc`.
    public var misc: String

    public init(id: Int, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                feats: String = "_", head: Int? = nil, deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// MISC as ordered key/value pairs (`SpaceAfter=No|Entity=(1-person` → two pairs).
    public var miscFields: [(key: String, value: String)] { CoNLLUMisc.fields(misc) }
    /// False when MISC has `SpaceAfter=No`.
    public var spaceAfter: Bool { CoNLLUMisc.spaceAfter(misc) }
    /// Value of one MISC key.
    public func miscValue(_ key: String) -> String? { CoNLLUMisc.value(key, in: misc) }
}

/// A multiword token line ("3-4	don't	_	...").
public struct CoNLLUMultiwordToken: Hashable, Sendable {
    /// IDs of its first and last word, inclusive.
    public var first: Int
    public var last: Int
    public var form: String
    /// Columns 3 to 9 as in the file (normally all "_").
    public var otherColumns: [String]
    public var misc: String

    public init(first: Int, last: Int, form: String, misc: String = "_",
                otherColumns: [String] = Array(repeating: "_", count: 7)) {
        self.first = first
        self.last = last
        self.form = form
        self.misc = misc
        self.otherColumns = otherColumns
    }

    public var spaceAfter: Bool { CoNLLUMisc.spaceAfter(misc) }
}

/// An empty node line ("5.1"), used by enhanced dependencies. Kept for round trips; not a token.
public struct CoNLLUEmptyNode: Hashable, Sendable {
    /// The word it follows (0 = before the first word) and its 1-based sub-index.
    public var major: Int
    public var minor: Int
    public var form: String
    /// Columns 3 to 10 as in the file.
    public var otherColumns: [String]

    public init(major: Int, minor: Int, form: String, otherColumns: [String]) {
        self.major = major
        self.minor = minor
        self.form = form
        self.otherColumns = otherColumns
    }
}

/// The MISC column: `_` or `Key=Value|Key=Value|Flag`.
public enum CoNLLUMisc {
    public static func fields(_ misc: String) -> [(key: String, value: String)] {
        guard misc != "_", !misc.isEmpty else { return [] }
        return misc.split(separator: "|", omittingEmptySubsequences: true).map { field in
            if let eq = field.firstIndex(of: "=") {
                return (String(field[..<eq]), String(field[field.index(after: eq)...]))
            }
            return (String(field), "")
        }
    }

    public static func value(_ key: String, in misc: String) -> String? {
        guard misc != "_" else { return nil }
        for field in misc.split(separator: "|") {
            if field.hasPrefix(key), field.dropFirst(key.count).first == "=" {
                return String(field.dropFirst(key.count + 1))
            }
        }
        return nil
    }

    public static func spaceAfter(_ misc: String) -> Bool {
        // Byte search for "SpaceAfter=No" as a whole field: this runs for every token of every file.
        let pattern: [UInt8] = Array("SpaceAfter=No".utf8)
        var misc = misc
        return misc.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return true }
            var start = 0
            while start + pattern.count <= bytes.count {
                var matched = true
                for k in 0..<pattern.count where bytes[start + k] != pattern[k] { matched = false; break }
                if matched {
                    let end = start + pattern.count
                    if (start == 0 || bytes[start - 1] == UInt8(ascii: "|"))
                        && (end == bytes.count || bytes[end] == UInt8(ascii: "|")) { return false }
                }
                // Fields start after "|".
                while start < bytes.count && bytes[start] != UInt8(ascii: "|") { start += 1 }
                start += 1
            }
            return true
        }
    }

    /// Joins fields back into a MISC string ("_" when empty).
    public static func join(_ fields: [(key: String, value: String)]) -> String {
        fields.isEmpty ? "_" : fields.map { $0.value.isEmpty ? $0.key : "\($0.key)=\($0.value)" }
            .joined(separator: "|")
    }
}
