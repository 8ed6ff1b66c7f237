import KnowledgeGraph
import NewsgraphModel

/// The JSON Lines statement record: a public contract documented by
/// `Schemas/statement.schema.json`. One object per statement, in the corpus's canonical order.
public struct StatementRecords: Sendable {
    /// The same minter as the RDF writers, so ids and IRIs agree across outputs.
    public var iris: IRIMinter

    public init(iris: IRIMinter) {
        self.iris = iris
    }

    public func jsonLines(_ corpus: Corpus) -> String {
        let entityTypes = Dictionary(corpus.entities.map { ($0.key, $0.type) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for statement in corpus.statements {
            record(statement, entityTypes: entityTypes).write(to: &out)
            out += "\n"
        }
        return out
    }

    public func record(_ s: Statement, entityTypes: [String: EntityType]) -> JSONValue {
        var objectStatement: JSONValue = .null
        var object: JSONValue = .null
        if let o = s.object {
            if case .statement(let id) = o.value { objectStatement = .string(id) } else { object = argument(o, entityTypes) }
        }
        var attributed: JSONValue = .null
        if let a = s.attribution {
            attributed = .object([
                ("text", .string(a.speaker.text)),
                ("entity", entityIRI(a.speaker)),
                ("cue", .string(a.cue)),
                ("quotation", .string(a.quotation)),
            ])
        }
        return .object([
            ("id", .string(s.id)),
            ("iri", .string(iris.statement(s.id))),
            ("document", .string(s.document)),
            ("sentence_index", .int(s.sentenceIndex)),
            ("sentence", .string(s.sentence)),
            ("begin", .int(s.span.begin)),
            ("end", .int(s.span.end)),
            ("subject", argument(s.subject, entityTypes)),
            ("predicate", .object([
                ("text", .string(s.predicate.text)),
                ("lemma", .string(s.predicate.lemma)),
                ("iri", .string(iris.predicate(s.predicate.lemma))),
            ])),
            ("object", object),
            ("object_statement", objectStatement),
            ("qualifiers", .array(s.qualifiers.map { q in
                .object([("role", .string(q.role)), ("argument", argument(q.argument, entityTypes))])
            })),
            ("asserted", .bool(s.asserted)),
            ("attributed_to", attributed),
            ("polarity", .string(s.polarity.rawValue)),
            ("modality", .string(s.modality)),
            ("passive", .bool(s.passive)),
            ("confidence", .number(s.confidence)),
            ("rule", .string(s.rule)),
        ])
    }

    func entityIRI(_ a: Argument) -> JSONValue {
        if case .entity(let key) = a.value { return .string(iris.entity(key)) }
        return .null
    }

    func argument(_ a: Argument, _ entityTypes: [String: EntityType]) -> JSONValue {
        var fields: [(String, JSONValue)] = [("text", .string(a.text)), ("entity", entityIRI(a))]
        var type = a.type
        if case .entity(let key) = a.value, let resolved = entityTypes[key] { type = resolved }
        fields.append(("type", .string(type?.rawValue)))
        if case .literal(let literal) = a.value {
            fields.append(("value", .string(literal.lexical)))
            fields.append(("datatype", .string(literal.datatype.rawValue)))
        } else {
            fields.append(("value", .null))
            fields.append(("datatype", .null))
        }
        fields.append(("qualifier", .string(a.qualifier)))
        if let span = a.span {
            fields.append(("begin", .int(span.begin)))
            fields.append(("end", .int(span.end)))
        } else {
            fields.append(("begin", .null))
            fields.append(("end", .null))
        }
        return .object(fields)
    }

    /// Tab-separated, one statement a line, for `cut`/`awk`: tabs and newlines inside
    /// fields become spaces so every record stays on one line.
    public func tsv(_ corpus: Corpus) -> String {
        var out = "id\tdocument\tsentence_index\tbegin\tend\tsubject\tpredicate\tobject\tobject_statement\tasserted\tattributed_to\tpolarity\tmodality\tconfidence\n"
        for s in corpus.statements {
            var objectText = s.object?.text ?? ""
            var nested = ""
            if case .statement(let id)? = s.object?.value { nested = id; objectText = "" }
            let fields = [s.id, s.document, String(s.sentenceIndex), String(s.span.begin), String(s.span.end),
                          s.subject.text, s.predicate.lemma, objectText, nested, s.asserted ? "true" : "false",
                          s.attribution?.speaker.text ?? "", s.polarity.rawValue, s.modality ?? "",
                          JSONValue.format(s.confidence)]
            out += fields.map { $0.replacingTabsAndNewlines() }.joined(separator: "\t") + "\n"
        }
        return out
    }
}

extension String {
    func replacingTabsAndNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
