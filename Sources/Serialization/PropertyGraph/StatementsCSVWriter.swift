import Foundation
import KnowledgeGraph
import NewsgraphModel

/// `statements.csv`: one row per statement, for people reviewing the graph in a spreadsheet.
///
/// Columns (exactly, in this order): subject, predicate, object, attributed_to, polarity,
/// modality, confidence, document, sentence, begin, end.
/// - subject/object/attributed_to read as names: a resolved entity's canonical name, a
///   literal's normalized value (`2024-11-24`, `4000`), a phrase's text; an object that is a
///   statement reads as that statement ("Gandapur fled to Khyber Pakhtunkhwa");
/// - predicate is the normalized lemma ("flee to"), sentence the 0-based sentence index,
///   begin/end Unicode-scalar offsets into the document (end exclusive);
/// - rows in the corpus's canonical order (document, offsets, id): deterministic.
/// Encoding: UTF-8 without BOM, RFC 4180 (CRLF line ends, fields with `,` `"` CR or LF quoted,
/// quotes doubled). Text cells that start with `=`, `+`, `-` or `@` get a leading `'`
/// (`CSVField.formulaGuarded`) so spreadsheets never evaluate them as formulas.
public struct StatementsCSVWriter: Sendable {
    public var options: ExportOptions
    public init(options: ExportOptions) { self.options = options }

    public static let header = ["subject", "predicate", "object", "attributed_to", "polarity", "modality",
                                "confidence", "document", "sentence", "begin", "end"]

    public func write(_ unordered: Corpus, to destination: URL) throws {
        var corpus = unordered
        if !PropertyGraph.isCanonical(corpus) { corpus.canonicalize() }
        var names: [String: String] = [:]
        for entity in corpus.entities { names[entity.key] = entity.name }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(corpus.statements.count)
        for (index, statement) in corpus.statements.enumerated() { byID[statement.id] = index }

        func display(_ argument: Argument, depth: Int = 0) -> String {
            switch argument.value {
            case .entity(let key): return names[key] ?? argument.text
            case .literal(let literal): return literal.datatype == .string ? argument.text : literal.lexical
            case .statement(let id):
                guard depth < 4, let inner = byID[id] else { return argument.text }
                return sentence(corpus.statements[inner], depth: depth + 1)
            case .text: return argument.text
            }
        }
        func sentence(_ s: Statement, depth: Int) -> String {
            var parts = [display(s.subject, depth: depth), s.predicate.text]
            if let object = s.object { parts.append(display(object, depth: depth)) }
            return parts.filter { !$0.isEmpty }.joined(separator: " ")
        }

        try AtomicFile.write(to: destination) { temporary in
            let out = try ByteFileWriter(path: temporary.path)
            try out.write(CSVField.row(StatementsCSVWriter.header, terminator: "\r\n"))
            for s in corpus.statements {
                let text = { (value: String) in CSVField.formulaGuarded(value) }
                let row = [
                    text(display(s.subject)),
                    text(s.predicate.lemma),
                    text(s.object.map { display($0) } ?? ""),
                    text(s.attribution.map { display($0.speaker) } ?? ""),
                    s.polarity.rawValue,
                    text(s.modality ?? ""),
                    PropertyValueText.number(s.confidence),
                    text(s.document),
                    String(s.sentenceIndex),
                    String(s.span.begin),
                    String(s.span.end),
                ]
                try out.write(CSVField.row(row, terminator: "\r\n"))
            }
            try out.close()
        }
    }
}
