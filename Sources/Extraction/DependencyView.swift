import Foundation
import NLP
import NewsgraphModel

/// Read-only navigation over an analyzed document's dependency trees: children by relation,
/// phrase subtrees, and evidence text sliced from the original document by scalar offsets.
struct DependencyView {
    let document: AnalyzedDocument
    let tokens: [Token]
    /// The document text as UTF-8, and the byte offset of every code point (plus the end), so slicing
    /// evidence by code-point offsets copies bytes: O(length), not O(offset).
    let utf8: [UInt8]
    let byteOffsets: [Int]
    /// Children of each token, in token order.
    let children: [[Int]]
    /// Sentence index of each token.
    let sentenceOf: [Int]
    /// NER label covering each token, if any, and the covering span index.
    let entityOf: [Int?]
    /// Lowercased relation of each token, and the same without its subtype: computed once,
    /// because clause and phrase walks ask for them on every child they visit.
    let relations: [String]
    let baseRelations: [String]
    /// Whether a relation has a subtype ("nsubj:pass"): only then is its base a second name to look up.
    let hasSubtype: [Bool]
    /// Lowercased form and lemma (the form where the lemma is missing) of each token: asked for on
    /// nearly every step of a clause or phrase walk.
    let lowerForms: [String]
    let lemmas: [String]
    /// Whether the heads form a forest (no cycles). Then a walk down from a token never meets a
    /// token twice, and subtree walks need no visited set; only a malformed parse needs one.
    let isForest: Bool
    /// Tokens the tagger could not place (UPOS "X" or none), counted by the confidence model.
    let unknownTag: [Bool]
    /// The morphological features the extractor reads, parsed once per token (`Token.feature`
    /// splits the whole feature string on every call).
    let verbForms: [String?]
    let tenses: [String?]
    let relativePronoun: [Bool]
    let possessive: [Bool]

    init(_ document: AnalyzedDocument) {
        self.document = document
        tokens = document.tokens
        utf8 = Array(document.text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count + 1)
        // A code point starts at every byte that is not a continuation byte (10xxxxxx).
        for (i, b) in utf8.enumerated() where b & 0xC0 != 0x80 { offsets.append(i) }
        offsets.append(utf8.count)
        byteOffsets = offsets
        var kids = Array(repeating: [Int](), count: tokens.count)
        for (i, t) in tokens.enumerated() where t.head >= 0 && t.head < tokens.count && t.head != i {
            kids[t.head].append(i)
        }
        children = kids
        isForest = Self.isForest(tokens)
        unknownTag = tokens.map { $0.upos == "X" || $0.upos.isEmpty }
        var sentence = Array(repeating: 0, count: tokens.count)
        for (s, sent) in document.sentences.enumerated() {
            for i in sent.tokens where i < tokens.count { sentence[i] = s }
        }
        sentenceOf = sentence
        var entity = [Int?](repeating: nil, count: tokens.count)
        for (e, span) in document.entities.enumerated() {
            for i in span.tokens where i < tokens.count { entity[i] = e }
        }
        entityOf = entity
        relations = tokens.map { Self.lowercased($0.deprel) }
        baseRelations = relations.map { relation in
            relation.utf8.firstIndex(of: UInt8(ascii: ":")).map { String(relation[..<$0]) } ?? relation
        }
        hasSubtype = relations.map { $0.utf8.contains(UInt8(ascii: ":")) }
        lowerForms = tokens.map { Self.lowercased($0.form) }
        lemmas = tokens.map { Self.lowercased($0.lemma.isEmpty || $0.lemma == "_" ? $0.form : $0.lemma) }
        var verbForms = [String?](repeating: nil, count: tokens.count), tenses = verbForms
        var relative = [Bool](repeating: false, count: tokens.count), possessive = relative
        for (i, t) in tokens.enumerated() where !t.feats.isEmpty && t.feats != "_" {
            // The first value of a feature counts, as in `Token.feature`.
            // Read as bytes: feature names and values are ASCII, and this runs for every token.
            var pronType: String?, poss: String?
            var feats = t.feats
            feats.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start, eq = -1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "|") {
                        if eq < 0, bytes[end] == UInt8(ascii: "=") { eq = end }
                        end += 1
                    }
                    defer { start = end + 1 }
                    guard eq >= 0 else { continue }
                    func name(is expected: StaticString) -> Bool {
                        eq - start == expected.utf8CodeUnitCount
                            && memcmp(bytes.baseAddress! + start, expected.utf8Start, eq - start) == 0
                    }
                    func value() -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[(eq + 1)..<end]), as: UTF8.self) }
                    if name(is: "VerbForm") {
                        if verbForms[i] == nil { verbForms[i] = value() }
                    } else if name(is: "Tense") {
                        if tenses[i] == nil { tenses[i] = value() }
                    } else if name(is: "PronType") {
                        pronType = pronType ?? value()
                    } else if name(is: "Poss") {
                        poss = poss ?? value()
                    }
                }
            }
            relative[i] = pronType == "Rel"
            possessive[i] = poss == "Yes"
        }
        self.verbForms = verbForms
        self.tenses = tenses
        relativePronoun = relative
        self.possessive = possessive
    }

    /// Whether following heads from every token reaches a root (a head outside the document or the
    /// token itself, as `children` reads them) without a cycle.
    /// `lowercased()`, sharing the string itself when it is ASCII without capitals (relations and
    /// lemmas nearly always, most forms): no new string per token.
    private static func lowercased(_ text: String) -> String {
        text.utf8.contains { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 >= 0x80 } ? text.lowercased() : text
    }

    private static func isForest(_ tokens: [Token]) -> Bool {
        // 0: not yet seen, 1: on the current path, 2: reaches a root.
        var state = [UInt8](repeating: 0, count: tokens.count)
        // One path buffer for all walks: a walk's array per token cost more than the walk.
        var path: [Int] = []
        for start in tokens.indices where state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var x = start
            while true {
                if state[x] == 2 { break }
                if state[x] == 1 { return false }
                state[x] = 1
                path.append(x)
                let h = tokens[x].head
                if h < 0 || h >= tokens.count || h == x { break }
                x = h
            }
            for p in path { state[p] = 2 }
        }
        return true
    }

    // MARK: token properties

    func head(_ i: Int) -> Int { tokens[i].head }
    func deprel(_ i: Int) -> String { relations[i] }
    /// Relation without its subtype ("nsubj" for "nsubj:pass").
    func base(_ i: Int) -> String { baseRelations[i] }
    func upos(_ i: Int) -> String { tokens[i].upos }
    /// Two string compares, where a `["VERB", "AUX"].contains` built an array on every call.
    func isVerbOrAux(_ i: Int) -> Bool {
        let tag = tokens[i].upos
        return tag == "VERB" || tag == "AUX"
    }
    func lemma(_ i: Int) -> String { lemmas[i] }
    func lower(_ i: Int) -> String { lowerForms[i] }

    func kids(_ i: Int, _ relations: Set<String>) -> [Int] {
        children[i].filter { relations.contains(deprel($0)) || hasSubtype[$0] && relations.contains(base($0)) }
    }
    func hasKid(_ i: Int, _ relations: Set<String>) -> Bool { !kids(i, relations).isEmpty }

    /// The same for a literal list ("mark", "case"): a short array is scanned without hashing, and
    /// a call site's literal is not built into a set on every call.
    func kids(_ i: Int, _ relations: [String]) -> [Int] {
        children[i].filter { relations.contains(deprel($0)) || hasSubtype[$0] && relations.contains(base($0)) }
    }
    func hasKid(_ i: Int, _ relations: [String]) -> Bool {
        children[i].contains { relations.contains(deprel($0)) || hasSubtype[$0] && relations.contains(base($0)) }
    }

    func isNominal(_ i: Int) -> Bool {
        switch tokens[i].upos {
        case "NOUN", "PROPN", "PRON", "NUM", "SYM": return true
        default: return false
        }
    }
    /// A noun or proper noun: asked for every token by the nominal extractor, so no array literal.
    func isNoun(_ i: Int) -> Bool {
        let tag = tokens[i].upos
        return tag == "NOUN" || tag == "PROPN"
    }

    /// "not", "n't", "never" attached as an adverbial (UD) or `neg` (older schemes).
    func isNegation(_ i: Int) -> Bool {
        let l = lower(i)
        return (base(i) == "advmod" || base(i) == "neg") && (l == "not" || l == "n't" || l == "never")
    }

    func isRelativePronoun(_ i: Int) -> Bool {
        relativePronoun[i] || (Lexicon.relativePronouns.contains(lower(i)) && ["PRON", "DET", "ADV", "SCONJ"].contains(upos(i)))
    }

    func isPersonalPronoun(_ i: Int) -> Bool {
        upos(i) == "PRON" && Lexicon.personalPronouns.contains(lower(i))
    }

    // MARK: phrases

    /// All tokens of the subtree of `i`, leaving out the subtrees of `i`'s own dependents whose
    /// relation is in `excluded` (deeper ones stay: a phrase keeps its inner commas and
    /// coordinations) and of the tokens in `skip`, at any depth.
    func subtree(_ i: Int, excluding excluded: Set<String> = [], skip: Set<Int> = []) -> [Int] {
        var out: [Int] = []
        // `seen` guards against a malformed (cyclic) parse; in a forest no token is met twice.
        var seen: Set<Int> = isForest ? [] : [i]
        var stack = [i]
        while let t = stack.popLast() {
            out.append(t)
            for c in children[t] where (skip.isEmpty || !skip.contains(c)) && (isForest || !seen.contains(c)) {
                if !isForest { seen.insert(c) }
                if t == i && !excluded.isEmpty && (excluded.contains(deprel(c)) || hasSubtype[c] && excluded.contains(base(c))) { continue }
                stack.append(c)
            }
        }
        return trimPunctuation(joiningHyphens(out).sorted())
    }

    /// Adds the proper-noun parts a token set is hyphen-joined to without spaces: UD tokenization
    /// splits "D-Chowk" into "D - Chowk" (and may parse "Chowk" as a conjunct), but the name is one.
    func joiningHyphens(_ indices: [Int]) -> [Int] {
        // Nearly every phrase has no hyphen next to it: nothing to join.
        guard indices.contains(where: { t in
            (t + 1 < tokens.count && tokens[t + 1].form == "-") || (t > 0 && tokens[t - 1].form == "-")
        }) else { return indices }
        var set = Set(indices)
        var queue = indices
        func attached(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].begin }
        func namePart(_ i: Int) -> Bool { upos(i) == "PROPN" || tokens[i].form.first?.isUppercase == true }
        while let t = queue.popLast() {
            guard namePart(t) else { continue }
            for (hyphen, next) in [(t + 1, t + 2), (t - 1, t - 2)] where next >= 0 && next < tokens.count {
                guard tokens[hyphen].form == "-", sentenceOf[hyphen] == sentenceOf[t], sentenceOf[next] == sentenceOf[t],
                      attached(min(t, hyphen), max(t, hyphen)), attached(min(hyphen, next), max(hyphen, next)), namePart(next) else { continue }
                set.insert(hyphen)
                if set.insert(next).inserted { queue.append(next) }
            }
        }
        return set.count == indices.count ? indices : set.sorted()
    }

    /// Drops punctuation (and dangling coordinators) at the phrase edges.
    func trimPunctuation(_ sorted: [Int]) -> [Int] {
        var s = sorted[...]
        while let f = s.first, s.count > 1, upos(f) == "PUNCT" || base(f) == "cc" { s = s.dropFirst() }
        while let l = s.last, s.count > 1, upos(l) == "PUNCT" || base(l) == "cc" { s = s.dropLast() }
        return Array(s)
    }

    func span(_ indices: [Int]) -> Span? {
        guard let first = indices.min(), let last = indices.max() else { return nil }
        return Span(begin: tokens[first].begin, end: tokens[last].end)
    }

    func slice(_ span: Span) -> String {
        let count = byteOffsets.count - 1
        let b = max(0, min(span.begin, count)), e = max(b, min(span.end, count))
        return utf8.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[byteOffsets[b]..<byteOffsets[e]]), as: UTF8.self)
        }
    }

    /// Whether the text between two code-point offsets holds a blank line ("\n\n"), read off the bytes.
    func hasParagraphBreak(_ span: Span) -> Bool {
        let count = byteOffsets.count - 1
        let b = max(0, min(span.begin, count)), e = max(b, min(span.end, count))
        let from = byteOffsets[b], to = byteOffsets[e]
        guard to - from >= 2 else { return false }
        for i in from..<(to - 1) where utf8[i] == UInt8(ascii: "\n") && utf8[i + 1] == UInt8(ascii: "\n") { return true }
        return false
    }

    /// Morphological features of token `i` (nil when the tagger gave none).
    func verbForm(_ i: Int) -> String? { verbForms[i] }
    func tense(_ i: Int) -> String? { tenses[i] }
    func isPossessive(_ i: Int) -> Bool { possessive[i] }

    /// Text of a token set as it reads: contiguous runs sliced from the document,
    /// gaps joined by one space.
    func text(_ indices: [Int]) -> String {
        // Most phrases are one run of tokens already in order: sliced at once, without sorting or joining.
        if let first = indices.first, let last = indices.last, last - first == indices.count - 1,
           zip(indices, indices.dropFirst()).allSatisfy({ $0 + 1 == $1 }) {
            return slice(Span(begin: tokens[first].begin, end: tokens[last].end))
        }
        let sorted = indices.sorted()
        guard !sorted.isEmpty else { return "" }
        var pieces: [String] = []
        var runStart = sorted[0], previous = sorted[0]
        for t in sorted.dropFirst() {
            if t == previous + 1 { previous = t; continue }
            pieces.append(slice(Span(begin: tokens[runStart].begin, end: tokens[previous].end)))
            runStart = t
            previous = t
        }
        pieces.append(slice(Span(begin: tokens[runStart].begin, end: tokens[previous].end)))
        return pieces.joined(separator: " ")
    }

    /// Forms joined by single spaces (for relation phrases, whose tokens are rarely contiguous).
    func words(_ indices: [Int]) -> String {
        indices.sorted().map { tokens[$0].form }.joined(separator: " ")
    }

    func sentenceText(_ s: Int) -> String {
        let sent = document.sentences[s]
        return slice(Span(begin: sent.begin, end: sent.end))
    }
}
