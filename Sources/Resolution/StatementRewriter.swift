import NewsgraphModel

/// Rewrites statements once entities are known: arguments whose mention resolved become
/// `.entity(key:)`, statements whose subject is a pronoun nobody could resolve are dropped (the graph
/// never gets a node called "he"), and ids are recomputed so nested-claim references stay consistent.
struct StatementRewriter {
    private var statements: [Statement] = []

    mutating func add(_ extraction: DocumentExtraction, document d: Int, keyOf: [CrossDocumentLinker.DocumentMention: String]) {
        var bySpan: [Span: Int] = [:]
        for (i, m) in extraction.mentions.enumerated() where bySpan[m.span] == nil { bySpan[m.span] = i }
        func key(_ a: Argument) -> String? {
            guard let m = a.mention ?? a.span.flatMap({ bySpan[$0] }) else { return nil }
            return keyOf[.init(document: d, mention: m)]
        }
        func rewrite(_ a: Argument) -> Argument {
            var a = a
            if case .text = a.value, let k = key(a) { a.value = .entity(key: k) }
            return a
        }
        for var s in extraction.statements {
            s.subject = rewrite(s.subject)
            if case .text = s.subject.value, NameForms.isPronounText(s.subject.text) { continue }
            s.object = s.object.map(rewrite)
            s.qualifiers = s.qualifiers.map { Statement.Qualifier(role: $0.role, argument: rewrite($0.argument)) }
            if var attribution = s.attribution {
                attribution.speaker = rewrite(attribution.speaker)
                s.attribution = attribution
            }
            statements.append(s)
        }
    }

    /// Recomputes ids bottom-up (inner claims first) until stable, redirects `.statement(id:)`
    /// references, turns references to dropped statements into plain text, and removes duplicates.
    mutating func finish() -> [Statement] {
        let originals = statements
        let kept = Set(originals.map(\.id))
        var newID: [String: String] = [:]
        for s in originals { newID[s.id] = s.id }
        func redirect(_ a: Argument) -> Argument {
            var a = a
            if case .statement(let id) = a.value { a.value = kept.contains(id) ? .statement(id: newID[id] ?? id) : .text }
            return a
        }
        var current = originals
        for _ in 0..<16 {
            var changed = false
            for (i, original) in originals.enumerated() {
                var s = original
                s.subject = redirect(s.subject)
                s.object = s.object.map(redirect)
                s.qualifiers = s.qualifiers.map { Statement.Qualifier(role: $0.role, argument: redirect($0.argument)) }
                s.id = s.contentID()
                if newID[original.id] != s.id { newID[original.id] = s.id; changed = true }
                current[i] = s
            }
            if !changed { break }
        }
        var seen = Set<String>()
        return current.filter { seen.insert($0.id).inserted }
    }
}
