import Foundation
import NLP
import NewsgraphModel

/// Open IE output for benchmarking (CaRB): one pre-tokenized sentence per line in, one
/// `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...` line per statement out.
///
/// CaRB's conventions: the relation reads as in the sentence with its auxiliaries and negation
/// ("had absconded"), prepositions of an oblique join it ("fled to"), arguments are whole
/// phrases, a reported clause is the said-relation's second argument, appositions read "is".
public enum OpenIE {
    /// PTB-style tokens the models never saw, mapped to what they did (forms only; offsets and
    /// output keep the sentence exactly as read).
    static let ptbForms: [String: String] = [
        "``": "\"", "''": "\"", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    ]

    /// A sentence already tokenized with spaces, as one document with one sentence.
    public static func pretokenized(_ sentence: String) -> AnalyzedDocument {
        var tokens: [Token] = []
        var offset = 0
        var begin: Int?
        var form = ""
        func flush() {
            if let b = begin {
                tokens.append(Token(form: ptbForms[form] ?? form, begin: b, end: offset, spaceAfter: true))
            }
            begin = nil
            form = ""
        }
        for scalar in sentence.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                flush()
            } else {
                if begin == nil { begin = offset }
                form.unicodeScalars.append(scalar)
            }
            offset += 1
        }
        flush()
        var document = AnalyzedDocument(text: sentence, tokens: tokens)
        if !tokens.isEmpty {
            document.sentences = [Sentence(tokens: 0..<tokens.count, begin: tokens.first!.begin, end: tokens.last!.end)]
        }
        document.annotations = [.tokens, .sentences]
        return document
    }

    /// Runs the pipeline's components after tokenization (the input is already tokenized).
    /// Throws E201 when the pipeline cannot produce a dependency parse.
    public static func annotate(_ sentence: String, with pipeline: NLPPipeline) throws -> AnalyzedDocument {
        var document = pretokenized(sentence)
        for component in pipeline.components where component.assigns.isDisjoint(with: [.tokens, .sentences]) {
            guard component.requires.isSubset(of: document.annotations) else {
                throw NewsgraphError(.modelMissing, "pipeline component '\(component.name)' needs \(component.requires.subtracting(document.annotations).map(\.rawValue).sorted().joined(separator: ", ")), which no earlier component provides")
            }
            component.process(&document)
            document.annotations.formUnion(component.assigns)
        }
        guard document.annotations.contains(.dependencies) else {
            throw NewsgraphError(.modelMissing, "no dependency parser model is installed in the NLP pipeline; Open IE extraction needs one (train it with `newsgraph train parser`)")
        }
        return document
    }

    /// The CaRB lines for one sentence's extraction.
    /// `withRule` appends a last `rule=...` field (for per-rule analysis, not for the scorer).
    /// `features` (from `StatementExtractor.explain`) appends a last `features=name:value,...` field.
    public static func carbLines(sentence: String, extraction: DocumentExtraction, withRule: Bool = false,
                                 features: StatementExtractor.Features? = nil) -> [String] {
        let text = extraction.document.text
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        }
        func phrase(_ a: Argument) -> String {
            if case .statement = a.value { return clean(a.text) }
            return clean(a.span.map { text.scalarSlice($0) } ?? a.text)
        }
        var lines: [String] = []
        // Two claims with one speaker read the same as tuples (their objects differ only by id).
        var seen = Set<String>()
        for s in extraction.statements {
            var fields = [clean(sentence), String(format: "%.4f", s.confidence), clean(s.predicate.text), phrase(s.subject)]
            if let o = s.object { fields.append(phrase(o)) }
            for q in s.qualifiers { fields.append(phrase(q.argument)) }
            guard !fields[2].isEmpty, !fields[3].isEmpty else { continue }
            guard seen.insert(fields[1...].joined(separator: "\t")).inserted else { continue }
            if withRule { fields.append("rule=" + s.rule) }
            if let f = features?[s.id] { fields.append("features=" + f.map { "\($0.name):\($0.value)" }.joined(separator: ",")) }
            lines.append(fields.joined(separator: "\t"))
        }
        return lines
    }
}
