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
        // Rewritten in place (a statement is large: copies cost a retain per field).
        var work = statements
        statements = []
        var indexOf: [String: Int] = [:]
        for (i, s) in work.enumerated() where indexOf[s.id] == nil { indexOf[s.id] = i }
        var newIDs = [String?](repeating: nil, count: work.count)

        func resolve(_ i: Int, depth: Int) -> String {
            if let id = newIDs[i] { return id }
            // Each value is read, then written: the recursion in between rewrites other statements.
            func redirected(_ value: ArgumentValue) -> ArgumentValue? {
                guard case .statement(let id) = value else { return nil }
                guard let j = indexOf[id] else { return .text }
                // Claims nest at most 16 deep (the extractor's limit); deeper ones keep their id.
                return .statement(id: depth < 16 && j != i ? resolve(j, depth: depth + 1) : id)
            }
            if let v = redirected(work[i].subject.value) { work[i].subject.value = v }
            if let value = work[i].object?.value, let v = redirected(value) { work[i].object!.value = v }
            for q in work[i].qualifiers.indices {
                if let v = redirected(work[i].qualifiers[q].argument.value) { work[i].qualifiers[q].argument.value = v }
            }
            let id = work[i].contentID()
            work[i].id = id
            newIDs[i] = id
            return id
        }
        var seen = Set<String>()
        var duplicate = false
        for i in work.indices where !seen.insert(resolve(i, depth: 0)).inserted { duplicate = true }
        guard duplicate else { return work }
        seen = []
        return work.filter { seen.insert($0.id).inserted }
    }
}
