import Foundation
import Testing
import NewsgraphModel
@testable import Resolution

/// `../shared` next to the package root, located from this file (not the working directory).
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static let gumDev = root.appendingPathComponent("data/ud/en_gum-ud-dev.conllu")
    static var available: Bool { FileManager.default.fileExists(atPath: gumDev.path) }
}

/// Reads GUM CoNLL-U into `CoreferenceDocument`s: tokens and `Entity=` brackets (CoNLL-2012 style,
/// `(id-type-...` opens, `id)` closes, `(id-type-...)` is one token). A small test-side reader; the
/// NLP module's `GUMEntityReader` (branch nlp-ner) is the production one, which Resolution cannot
/// import without a new package dependency.
enum GUMReader {
    static func documents(_ text: String) throws -> [CoreferenceDocument] {
        var docs: [CoreferenceDocument] = []
        var id = "", tokens: [CoreferenceDocument.Token] = [], mentions: [CoreferenceDocument.GoldMention] = []
        var open: [String: [(start: Int, type: String)]] = [:]
        var sentence = -1, sentenceBase = 0
        var pendingHeads: [(index: Int, head: Int)] = []
        func flush() {
            for (i, h) in pendingHeads { tokens[i].head = h }
            pendingHeads = []
            if !tokens.isEmpty { docs.append(CoreferenceDocument(id: id, tokens: tokens, mentions: mentions)) }
            tokens = []; mentions = []; open = [:]
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newdoc id = ") {
                flush()
                id = String(line.dropFirst("# newdoc id = ".count))
                continue
            }
            if line.hasPrefix("#") { continue }
            if line.isEmpty { sentence = -1; continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10, let n = Int(cols[0]) else { continue } // multiword ranges, empty nodes
            if sentence < 0 { sentence = (tokens.last?.sentence ?? -1) + 1; sentenceBase = tokens.count }
            let index = tokens.count
            let headNumber = Int(cols[6]) ?? 0
            tokens.append(.init(form: String(cols[1]), upos: String(cols[3]), head: nil, deprel: String(cols[7]), sentence: sentence))
            if headNumber > 0 { pendingHeads.append((index, sentenceBase + headNumber - 1)) }
            _ = n
            for attribute in cols[9].split(separator: "|") where attribute.hasPrefix("Entity=") {
                let scalars = Array(attribute.dropFirst("Entity=".count).unicodeScalars)
                var i = 0
                while i < scalars.count {
                    if scalars[i] == "(" {
                        var end = i + 1
                        while end < scalars.count, scalars[end] != "(", scalars[end] != ")" { end += 1 }
                        let fields = String(String.UnicodeScalarView(scalars[(i + 1)..<end])).split(separator: "-", maxSplits: 2)
                        guard fields.count >= 2 else { throw NewsgraphError(.badCoNLLU, line: nil, "bad Entity bracket in \(id)") }
                        if end < scalars.count, scalars[end] == ")" {
                            mentions.append(.init(tokens: index..<(index + 1), type: String(fields[1]), group: String(fields[0])))
                            i = end + 1
                        } else {
                            open[String(fields[0]), default: []].append((index, String(fields[1])))
                            i = end
                        }
                    } else {
                        var end = i
                        while end < scalars.count, scalars[end] != ")" { end += 1 }
                        let group = String(String.UnicodeScalarView(scalars[i..<end]))
                        guard let start = open[group]?.popLast() else { throw NewsgraphError(.badCoNLLU, "unopened group \(group) in \(id)") }
                        mentions.append(.init(tokens: start.start..<(index + 1), type: start.type, group: group))
                        i = end + 1
                    }
                }
            }
        }
        flush()
        return docs
    }
}

@Suite struct GUMCoreferenceTests {
    @Test func readerOnAHandWrittenDocument() throws {
        let text = """
        # newdoc id = d1
        1\tByron\tByron\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(3-person-new-x-Lord_Byron)
        2\twrote\twrite\tVERB\tVBD\t_\t0\troot\t_\t_
        3\this\this\tPRON\tPRP$\t_\t4\tnmod:poss\t_\tEntity=(1-abstract-new(3-person-giv)
        4\tpoems\tpoem\tNOUN\tNNS\t_\t2\tobj\t_\tEntity=1)

        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(3-person-giv)
        2\tdied\tdie\tVERB\tVBD\t_\t0\troot\t_\t_

        """
        let docs = try GUMReader.documents(text)
        #expect(docs.count == 1)
        let d = try #require(docs.first)
        #expect(d.tokens.count == 6)
        #expect(d.tokens[4].sentence == 1 && d.tokens[4].head == 5)
        #expect(Set(d.mentions.map { "\($0.group):\($0.tokens)" }) == ["3:0..<1", "3:2..<3", "1:2..<4", "3:4..<5"])
        let (key, response) = CoreferenceEvaluation.clusters(d)
        #expect(key.count == 2)
        // Byron, his, He form one predicted cluster; "his poems" stays a singleton.
        #expect(CoreferenceMetrics.muc(key: key, response: response).f1 == 1)
    }

    /// Measured on GUM dev gold mentions (see the report for the numbers); the floor guards regressions.
    @Test(.enabled(if: SharedData.available, "needs ../shared/data/ud/en_gum-ud-dev.conllu"))
    func gumDevGoldMentions() throws {
        let text = try String(contentsOf: SharedData.gumDev, encoding: .utf8)
        let docs = try GUMReader.documents(text)
        #expect(docs.count > 10)
        let result = CoreferenceEvaluation.evaluate(docs)
        print("GUM dev (gold mentions): \(result.documents) documents, \(result.mentions) mentions, \(result.goldClusters) gold / \(result.responseClusters) predicted clusters; MUC \(result.muc); B3 \(result.bCubed)")
        #expect(result.muc.f1 > 0.2)
        #expect(result.bCubed.f1 > 0.6)
        let named = CoreferenceEvaluation.evaluate(docs, mentions: .namesAndPronouns)
        print("GUM dev (gold names and third-person pronouns): \(named.mentions) mentions, \(named.goldClusters) gold / \(named.responseClusters) predicted clusters; MUC \(named.muc); B3 \(named.bCubed)")
        #expect(named.muc.f1 > 0.7)
        #expect(named.bCubed.f1 > 0.75)
    }
}
