import Foundation
import NewsgraphModel

/// A small hand-built corpus exercising every node and edge kind of the property graph:
/// a reported claim (speaker –CLAIMED→ claim), an unreported attributed claim, an
/// entity–entity relation, a literal-valued statement, an intransitive statement, and
/// text with characters that need escaping or are invalid in XML.
enum SampleCorpus {
    static let text1 = "Interior Minister Mohsin Naqvi claimed that Gandapur fled to Khyber Pakhtunkhwa. "
        + "Police arrested 4000 protesters on November 24."
    static let text2 = "According to PTI, Imran Khan met Gandapur. =HYPERLINK(\"x\") & <tag> said \u{7}bell."

    static func span(_ needle: String, in text: String) -> Span {
        let scalars = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - n.count) where Array(scalars[start..<start + n.count]) == n {
            return Span(begin: start, end: start + n.count)
        }
        fatalError("'\(needle)' not in text")
    }

    static func arg(_ needle: String, _ text: String, _ value: ArgumentValue = .text) -> Argument {
        Argument(text: needle, span: span(needle, in: text), value: value)
    }

    static func make() -> Corpus {
        let d1 = SourceDocument(id: "dawn-1", source: "dawn-1.txt", date: CalendarDate(iso: "2024-11-27"), text: text1)
        let d2 = SourceDocument(id: "geo-2", source: "geo-2.txt", text: text2)
        let s1 = span("Interior Minister Mohsin Naqvi claimed that Gandapur fled to Khyber Pakhtunkhwa.", in: text1)
        let s2 = span("Police arrested 4000 protesters on November 24.", in: text1)
        let t2s1 = span("According to PTI, Imran Khan met Gandapur.", in: text2)
        let t2s2 = span("=HYPERLINK(\"x\") & <tag> said \u{7}bell.", in: text2)

        let naqvi = Entity(key: "mohsin-naqvi", name: "Mohsin Naqvi", type: .person, aliases: ["Naqvi"],
                           mentions: [Mention(document: "dawn-1", sentenceIndex: 0, span: span("Mohsin Naqvi", in: text1), text: "Mohsin Naqvi")])
        let gandapur = Entity(key: "ali-amin-gandapur", name: "Ali Amin Gandapur", type: .person, aliases: ["Gandapur"],
                              sameAs: ["http://www.wikidata.org/entity/Q4725453"],
                              mentions: [Mention(document: "dawn-1", sentenceIndex: 0, span: span("Gandapur", in: text1), text: "Gandapur"),
                                         Mention(document: "geo-2", sentenceIndex: 0, span: span("Gandapur", in: text2), text: "Gandapur")])
        let kp = Entity(key: "khyber-pakhtunkhwa", name: "Khyber Pakhtunkhwa", type: .place,
                        mentions: [Mention(document: "dawn-1", sentenceIndex: 0, span: span("Khyber Pakhtunkhwa", in: text1), text: "Khyber Pakhtunkhwa")])
        let police = Entity(key: "police", name: "Police", type: .organization,
                            mentions: [Mention(document: "dawn-1", sentenceIndex: 1, span: span("Police", in: text1), text: "Police")])
        let imran = Entity(key: "imran-khan", name: "Imran Khan", type: .person, aliases: ["Khan; IK", "=cmd"],
                           mentions: [Mention(document: "geo-2", sentenceIndex: 0, span: span("Imran Khan", in: text2), text: "Imran Khan")])
        let pti = Entity(key: "pti", name: "PTI", type: .organization,
                         mentions: [Mention(document: "geo-2", sentenceIndex: 0, span: span("PTI", in: text2), text: "PTI")])

        let naqviArg = arg("Mohsin Naqvi", text1, .entity(key: "mohsin-naqvi"))
        let inner = Statement(document: "dawn-1", sentenceIndex: 0, sentence: text1.scalarSlice(s1), sentenceSpan: s1,
                              span: span("Gandapur fled to Khyber Pakhtunkhwa", in: text1),
                              subject: arg("Gandapur", text1, .entity(key: "ali-amin-gandapur")),
                              predicate: Predicate(text: "fled to", lemma: "flee to"),
                              object: arg("Khyber Pakhtunkhwa", text1, .entity(key: "khyber-pakhtunkhwa")),
                              asserted: false, attribution: Attribution(speaker: naqviArg, cue: "claim"), confidence: 0.8)
        let outer = Statement(document: "dawn-1", sentenceIndex: 0, sentence: text1.scalarSlice(s1), sentenceSpan: s1,
                              span: span("Mohsin Naqvi claimed that Gandapur fled to Khyber Pakhtunkhwa", in: text1),
                              subject: naqviArg, predicate: Predicate(text: "claimed", lemma: "claim"),
                              object: Argument(text: "that Gandapur fled to Khyber Pakhtunkhwa",
                                               span: span("Gandapur fled to Khyber Pakhtunkhwa", in: text1),
                                               value: .statement(id: inner.id)),
                              confidence: 0.9)
        let arrest = Statement(document: "dawn-1", sentenceIndex: 1, sentence: text1.scalarSlice(s2), sentenceSpan: s2,
                               span: span("Police arrested 4000 protesters on November 24", in: text1),
                               subject: arg("Police", text1, .entity(key: "police")),
                               predicate: Predicate(text: "arrested", lemma: "arrest"),
                               object: arg("4000 protesters", text1, .literal(Literal("4000", datatype: .integer))),
                               qualifiers: [.init(role: "on", argument: arg("November 24", text1, .literal(Literal("2024-11-24", datatype: .date))))],
                               confidence: 0.95)
        let met = Statement(document: "geo-2", sentenceIndex: 0, sentence: text2.scalarSlice(t2s1), sentenceSpan: t2s1,
                            span: span("Imran Khan met Gandapur", in: text2),
                            subject: arg("Imran Khan", text2, .entity(key: "imran-khan")),
                            predicate: Predicate(text: "met", lemma: "meet"),
                            object: arg("Gandapur", text2, .entity(key: "ali-amin-gandapur")),
                            asserted: false, attribution: Attribution(speaker: arg("PTI", text2, .entity(key: "pti")), cue: "according to"),
                            modality: nil, confidence: 0.7)
        let weird = Statement(document: "geo-2", sentenceIndex: 1, sentence: text2.scalarSlice(t2s2), sentenceSpan: t2s2,
                              span: t2s2, subject: arg("=HYPERLINK(\"x\") & <tag>", text2),
                              predicate: Predicate(text: "said \u{7}bell", lemma: "say"),
                              polarity: .negative, modality: "-may", confidence: 0)
        var corpus = Corpus(documents: [d1, d2], entities: [naqvi, gandapur, kp, police, imran, pti],
                            statements: [outer, inner, arrest, met, weird])
        corpus.canonicalize()
        return corpus
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
