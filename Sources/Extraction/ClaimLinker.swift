import NLP
import NewsgraphModel

/// Who claims what: links each claimed clause to the predicate (or "according to" phrase)
/// that reports it, within a sentence (ccomp, parataxis both ways) and across sentences
/// (a quoted sentence followed by "he said.", or continuing a quote already attributed).
struct ClaimLinker {
    let view: DependencyView
    let clauses: ClauseExtractor

    struct Reporter {
        var token: Int
        var cue: String
        /// The speaker phrase's head for "according to X" (the reporter token itself).
        var accordingTo: Bool
    }

    /// Claimed clause head → reporter token.
    private(set) var claimedBy: [Int: Int] = [:]
    private(set) var reporters: [Int: Reporter] = [:]
    /// Quoted token ranges (document-level, inclusive), from quotation marks.
    private(set) var quotes: [ClosedRange<Int>] = []

    init(view: DependencyView) {
        self.view = view
        self.clauses = ClauseExtractor(view: view, reporters: [])
        quotes = Self.quoteRegions(view)
        linkWithinSentences()
        linkAcrossSentences()
    }

    private func isReportingVerb(_ r: Int) -> Bool {
        Lexicon.reportingVerbs.contains(view.lemma(r)) && (view.upos(r) == "VERB" || view.upos(r) == "AUX")
    }

    private mutating func claim(_ c: Int, by r: Int, cue: String? = nil, accordingTo: Bool = false) {
        guard claimedBy[c] == nil, c != r else { return }
        claimedBy[c] = r
        if reporters[r] == nil {
            reporters[r] = Reporter(token: r, cue: cue ?? view.lemma(r), accordingTo: accordingTo)
        }
    }

    private mutating func linkWithinSentences() {
        for r in view.tokens.indices {
            if view.base(r) == "obl" || view.base(r) == "nmod" || view.base(r) == "advcl",
               view.kids(r, ["case"]).contains(where: { view.lower($0) == "according" }), view.head(r) >= 0 {
                let q = view.head(r)
                if clauses.isClauseHead(q) { claim(q, by: r, cue: "according to", accordingTo: true) }
                continue
            }
            guard clauses.isClauseHead(r), clauses.subjects(r) != nil else { continue }
            for c in view.kids(r, ["ccomp"]) where clauses.isClauseHead(c) { claim(c, by: r) }
            // "accused X of Y-ing": the accusation is a claim with X as its subject.
            for c in view.kids(r, ["advcl"]) where clauses.accusedObject(of: c) != nil && clauses.isClauseHead(c) { claim(c, by: r) }
            guard isReportingVerb(r) else { continue }
            for c in view.kids(r, ["parataxis"]) where clauses.isClauseHead(c) { claim(c, by: r) }
            // "“Gandapur fled,” Naqvi said.": the reporting verb hangs off the quote as parataxis.
            if view.deprel(r) == "parataxis",
               view.kids(r, ["ccomp", "obj", "xcomp"]).isEmpty, view.head(r) >= 0, clauses.isClauseHead(view.head(r)) {
                claim(view.head(r), by: r)
            }
        }
    }

    func root(ofSentence s: Int) -> Int? {
        view.document.sentences[s].tokens.first { view.head($0) < 0 || !view.document.sentences[s].tokens.contains(view.head($0)) }
    }

    func quote(containing t: Int) -> ClosedRange<Int>? { quotes.first { $0.contains(t) } }

    /// A short sentence that only says who spoke: "he said." / "Naqvi added:".
    private func bareReporter(_ s: Int) -> Int? {
        guard let r = root(ofSentence: s), isReportingVerb(r), clauses.subjects(r) != nil,
              view.kids(r, ["ccomp", "parataxis", "obj", "xcomp"]).isEmpty,
              view.document.sentences[s].tokens.count <= 14 else { return nil }
        return r
    }

    private mutating func linkAcrossSentences() {
        let count = view.document.sentences.count
        var previousQuoteReporter: Int?
        for s in 0..<count {
            guard let r = root(ofSentence: s) else { previousQuoteReporter = nil; continue }
            let quoted = quote(containing: r) != nil
            if quoted, claimedBy[r] == nil, owner(of: r) == nil {
                if s + 1 < count, let next = bareReporter(s + 1) {
                    claim(r, by: next)
                } else if s > 0, let before = bareReporter(s - 1),
                          view.document.sentences[s - 1].tokens.last.map({ [":", ","].contains(view.tokens[$0].form) }) == true {
                    claim(r, by: before)
                } else if let carried = previousQuoteReporter {
                    claim(r, by: carried)
                }
            }
            // A quoted sentence attributed to someone lets the next quoted sentence continue it.
            if quoted, let owner = claimedBy[r] ?? owner(of: r) { previousQuoteReporter = owner } else if !quoted { previousQuoteReporter = nil }
            if let reporter = bareReporter(s), claimedBy.values.contains(reporter) { previousQuoteReporter = reporter }
        }
    }

    /// The nearest reporter above `p` whose claim contains it (nil: asserted by the writer).
    func owner(of p: Int) -> Int? {
        var path: [Int] = []
        var x = p
        while x >= 0, path.count < 256 {
            path.append(x)
            if let r = claimedBy[x], !path.contains(r) { return r }
            x = view.head(x)
        }
        return nil
    }

    /// The reporter whose claim `p` is directly (through coordination only), if any.
    func directReporter(of p: Int) -> Int? {
        var x = p
        var steps = 0
        while claimedBy[x] == nil, view.deprel(x) == "conj", view.head(x) >= 0, steps < 64 {
            x = view.head(x)
            steps += 1
        }
        guard let r = claimedBy[x], r != p else { return nil }
        return r
    }

    static func quoteRegions(_ view: DependencyView) -> [ClosedRange<Int>] {
        var regions: [ClosedRange<Int>] = []
        var open: Int?
        for i in view.tokens.indices {
            // An unclosed straight quote never runs past a paragraph break.
            if let o = open, i > 0, view.hasParagraphBreak(Span(begin: view.tokens[i - 1].end, end: view.tokens[i].begin)) {
                if i - 1 >= o + 1 { regions.append((o + 1)...(i - 1)) }
                open = nil
            }
            // Every quote mark starts with one of these bytes ('"', '`', '\'', or the lead byte of
            // “ ” ‘ „ « »): other tokens are passed over without hashing their form.
            guard let lead = view.tokens[i].form.utf8.first, [0x22, 0x60, 0x27, 0xE2, 0xC2].contains(lead),
                  Lexicon.quoteMarks.contains(view.tokens[i].form) else { continue }
            let f = view.tokens[i].form
            if Lexicon.openingQuotes.contains(f) || (f == "\"" && open == nil) {
                if open == nil { open = i }
            } else if let o = open, Lexicon.closingQuotes.contains(f) || f == "\"" {
                if i - 1 >= o + 1 { regions.append((o + 1)...(i - 1)) }
                open = nil
            }
        }
        if let o = open, o + 1 < view.tokens.count { regions.append((o + 1)...(view.tokens.count - 1)) }
        return regions
    }
}
