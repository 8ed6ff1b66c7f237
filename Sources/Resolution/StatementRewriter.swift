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

    /// Recomputes ids bottom-up (inner claims first), redirects `.statement(id:)` references,
    /// turns references to dropped statements into plain text, and removes duplicates.
    ///
    /// A statement's id hashes its claimed statement's id, so ids are computed depth-first from
    /// the innermost claim: one hash per statement.
    mutating func finish() -> [Statement] {
        let originals = statements
        var indexOf: [String: Int] = [:]
        for (i, s) in originals.enumerated() where indexOf[s.id] == nil { indexOf[s.id] = i }
        var done = [Statement?](repeating: nil, count: originals.count)

        func resolved(_ i: Int, depth: Int) -> Statement {
            if let s = done[i] { return s }
            func redirect(_ a: Argument) -> Argument {
                var a = a
                if case .statement(let id) = a.value {
                    if let j = indexOf[id] {
                        // Claims nest at most 16 deep (the extractor's limit); deeper ones keep their id.
                        a.value = .statement(id: depth < 16 && j != i ? resolved(j, depth: depth + 1).id : id)
                    } else {
                        a.value = .text
                    }
                }
                return a
            }
            var s = originals[i]
            s.subject = redirect(s.subject)
            s.object = s.object.map(redirect)
            s.qualifiers = s.qualifiers.map { Statement.Qualifier(role: $0.role, argument: redirect($0.argument)) }
            s.id = s.contentID()
            done[i] = s
            return s
        }
        var seen = Set<String>()
        var out: [Statement] = []
        out.reserveCapacity(originals.count)
        for i in originals.indices {
            let s = resolved(i, depth: 0)
            if seen.insert(s.id).inserted { out.append(s) }
        }
        return out
    }
}
