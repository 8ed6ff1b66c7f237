import Foundation
import NLP
import NewsgraphModel
import Testing
@testable import Extraction

/// ../shared, found from this file (not the working directory); absent on a user's clone.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static var available: Bool { FileManager.default.fileExists(atPath: path("data/ud/en_gum-ud-dev.conllu")) }
}

/// The extractor on gold UD parses of whole documents (GUM dev): every statement's evidence
/// must point into its sentence, arguments must be non-empty and minimal, claims must nest
/// onto statements that exist, and output must be deterministic.
@Suite struct GoldParseTests {
    @Test(.enabled(if: SharedData.available, "needs ../shared (UD GUM dev)"))
    func invariantsHoldOnGoldParses() throws {
        let sentences = try CoNLLUReader.read(file: SharedData.path("data/ud/en_gum-ud-dev.conllu"))
        let documents = CoNLLUDocument.split(sentences)
        #expect(documents.count > 5)
        var statements = 0, claims = 0, unasserted = 0
        for (n, gold) in documents.enumerated() {
            let analysis = gold.analyzedDocument()
            let source = SourceDocument(id: gold.id ?? "gum\(n)", source: "gum", text: analysis.text)
            let x = StatementExtractor().extract(document: source, analysis: analysis)
            let ids = Set(x.statements.map(\.id))
            #expect(ids.count == x.statements.count, "duplicate statement ids in \(source.id)")
            for s in x.statements {
                #expect(s.sentenceSpan.contains(s.span), "\(s.rule): span outside its sentence")
                #expect(!s.subject.text.isEmpty && !s.predicate.lemma.isEmpty)
                #expect((0...1).contains(s.confidence))
                #expect(s.sentence == analysis.text.scalarSlice(s.sentenceSpan))
                if case .statement(let inner)? = s.object?.value {
                    claims += 1
                    #expect(ids.contains(inner), "claim object points to a missing statement")
                }
                if !s.asserted {
                    unasserted += 1
                    #expect(s.attribution != nil, "a non-asserted statement must say who claims it")
                }
                for m in [s.subject.mention, s.object?.mention].compactMap({ $0 }) { #expect(m < x.mentions.count) }
                // Minimal arguments: never the whole sentence.
                #expect(s.subject.text.count < s.sentence.count || s.sentence.count < 20)
            }
            statements += x.statements.count
            if n == 0 {
                let again = StatementExtractor().extract(document: source, analysis: analysis)
                #expect(again.statements == x.statements)
            }
        }
        print("GUM dev gold parses: \(documents.count) documents, \(statements) statements, \(claims) claim links, \(unasserted) not asserted")
        #expect(statements > 1000)
        #expect(claims > 20)
    }
}
