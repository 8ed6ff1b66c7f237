import Foundation
import NLP
import NewsgraphModel
@testable import Extraction

/// Builds analyzed documents by hand, spaCy-test style: no model, the parse written out.
///
/// One token per line: `form lemma UPOS head deprel [feats] [ner]`, heads 1-based within
/// the sentence (0 = root) as in CoNLL-U, `_` for empty; ner is `B-person`, `I-place`, `O`.
/// Sentences are separated by a blank line. Tokens are joined by single spaces unless feats say `SpaceAfter=No`.
enum HandParse {
    static func document(_ table: String) -> AnalyzedDocument {
        var text = ""
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var entities: [EntitySpan] = []
        var openEntity: (start: Int, label: String)?
        func closeEntity(at end: Int) {
            if let o = openEntity { entities.append(EntitySpan(tokens: o.start..<end, label: o.label)) }
            openEntity = nil
        }
        let blocks = table.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }.filter { !$0.isEmpty }
        for block in blocks {
            let first = tokens.count
            if !text.isEmpty { text += " " }
            let sentenceBegin = text.unicodeScalars.count
            var spaceBefore = false
            for (n, line) in block.enumerated() {
                var f = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                precondition(f.count >= 5, "bad hand-parse line: \(line)")
                if n > 0 && spaceBefore { text += " " }
                // `SpaceAfter=No` in the feats column glues the next token on, as in "D-Chowk".
                spaceBefore = !(f.count > 5 && f[5].contains("SpaceAfter=No"))
                if f.count > 5, !spaceBefore {
                    let rest = f[5].split(separator: "|").filter { $0 != "SpaceAfter=No" }.joined(separator: "|")
                    f[5] = rest.isEmpty ? "_" : rest
                }
                let begin = text.unicodeScalars.count
                text += f[0]
                let head = Int(f[3])!
                var token = Token(form: f[0], begin: begin, end: text.unicodeScalars.count, upos: f[2],
                                  feats: f.count > 5 && f[5] != "_" ? f[5] : "", lemma: f[1] == "_" ? f[0].lowercased() : f[1],
                                  head: head == 0 ? -1 : first + head - 1, deprel: f[4])
                token.xpos = ""
                tokens.append(token)
                let ner = f.count > 6 ? f[6] : "O"
                let index = tokens.count - 1
                if ner.hasPrefix("B-") {
                    closeEntity(at: index)
                    openEntity = (index, String(ner.dropFirst(2)))
                } else if !ner.hasPrefix("I-") {
                    closeEntity(at: index)
                }
            }
            closeEntity(at: tokens.count)
            sentences.append(Sentence(tokens: first..<tokens.count, begin: sentenceBegin, end: text.unicodeScalars.count))
        }
        return AnalyzedDocument(text: text, tokens: tokens, sentences: sentences, entities: entities,
                                annotations: [.tokens, .sentences, .tags, .lemmas, .dependencies, .entities])
    }

    static func extract(_ table: String, id: String = "doc") -> DocumentExtraction {
        let analysis = document(table)
        return StatementExtractor().extract(document: SourceDocument(id: id, source: id, text: analysis.text), analysis: analysis)
    }
}

extension DocumentExtraction {
    func statements(lemma: String) -> [Statement] { statements.filter { $0.predicate.lemma == lemma } }
    func statement(id: String) -> Statement? { statements.first { $0.id == id } }
    /// "subject —lemma→ object" lines, for readable failure messages.
    var summary: String {
        statements.map { s in
            "\(s.subject.text) —\(s.predicate.lemma)→ \(s.object?.text ?? "∅") \(s.qualifiers.map { "[\($0.role) \($0.argument.text)]" }.joined()) asserted=\(s.asserted) pol=\(s.polarity.rawValue) mod=\(s.modality ?? "-") rule=\(s.rule)"
        }.joined(separator: "\n")
    }
}
