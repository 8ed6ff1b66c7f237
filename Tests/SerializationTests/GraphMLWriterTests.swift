import Foundation
import Testing
import KnowledgeGraph
import NewsgraphModel
@testable import Serialization

@Suite struct GraphMLWriterTests {
    @Test func declaresKeysBeforeGraphWithSeparateDomainsAndNamedIDs() throws {
        let text = try readText(try export(.graphml))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let graphLine = try #require(lines.firstIndex { $0.hasPrefix("<graph ") })
        let keyLines = lines.indices.filter { lines[$0].hasPrefix("<key ") }
        #expect(keyLines.count == GraphMLWriter.nodeKeys.count + GraphMLWriter.edgeKeys.count)
        #expect(keyLines.allSatisfy { $0 < graphLine })
        #expect(!text.contains("for=\"all\""))
        #expect(text.range(of: #"id="d[0-9]+""#, options: .regularExpression) == nil)
        let allowed: Set<String> = ["boolean", "int", "long", "float", "double", "string"]
        #expect((GraphMLWriter.nodeKeys + GraphMLWriter.edgeKeys).allSatisfy { allowed.contains($0.type) })
        // Key order: node keys (labels, display label first), then edge keys (label first).
        #expect(lines[keyLines[0]] == #"<key id="labels" for="node" attr.name="labels" attr.type="string"/>"#)
        #expect(lines[keyLines[1]] == #"<key id="node_label" for="node" attr.name="label" attr.type="string"/>"#)
        #expect(lines[keyLines[GraphMLWriter.nodeKeys.count]] == #"<key id="label" for="edge" attr.name="label" attr.type="string"/>"#)
        #expect(text.contains(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#))
        #expect(text.contains(#"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd""#))
        let ids = Set((GraphMLWriter.nodeKeys + GraphMLWriter.edgeKeys).map(\.id))
        #expect(ids.count == GraphMLWriter.nodeKeys.count + GraphMLWriter.edgeKeys.count)
    }

    @Test func nodesBeforeEdgesWithNMTokenIDsAndLabelFirst() throws {
        let text = try readText(try export(.graphml))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let nodeLines = lines.indices.filter { lines[$0].hasPrefix("<node ") }
        let edgeLines = lines.indices.filter { lines[$0].hasPrefix("<edge ") }
        #expect(!nodeLines.isEmpty && !edgeLines.isEmpty)
        #expect(nodeLines.last! < edgeLines.first!)
        for (i, line) in nodeLines.enumerated() {
            #expect(lines[line] == "<node id=\"n\(i)\">")
            #expect(lines[line + 1].hasPrefix("<data key=\"labels\">:"))
        }
        for (i, line) in edgeLines.enumerated() {
            #expect(lines[line].hasPrefix("<edge id=\"e\(i)\" source=\"n"))
            // The relationship type is the FIRST child (APOC readLabels).
            #expect(lines[line + 1].range(of: #"^<data key="label">[A-Z][A-Z0-9_]*</data>$"#, options: .regularExpression) != nil)
        }
        #expect(text.contains("<data key=\"labels\">:Entity:Person</data>"))
        #expect(text.contains("<data key=\"label\">CLAIMED</data>"))
    }

    @Test func escapesMarkupAndRemovesXMLInvalidCharacters() throws {
        let text = try readText(try export(.graphml))
        #expect(text.contains("=HYPERLINK(&quot;x&quot;) &amp; &lt;tag&gt;"))
        #expect(!text.unicodeScalars.contains("\u{7}"))
        #expect(text.contains("said bell"))
        #expect(XMLText.sanitized("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}e\t\n\r") == "abcde\t\n\r")
        #expect(XMLText.sanitized("plain ü 😀") == "plain ü 😀")
    }

    @Test func listsAreJSONText() throws {
        let text = try readText(try export(.graphml))
        #expect(text.contains("<data key=\"node_aliases\">[&quot;Khan; IK&quot;,&quot;=cmd&quot;]</data>"))
        #expect(text.contains("<data key=\"node_sameAs\">[]</data>"))
    }

    @Test func outputIsDeterministicAndProfileValid() throws {
        let first = try Data(contentsOf: try export(.graphml))
        let second = try Data(contentsOf: try export(.graphml))
        #expect(first == second)
        let report = DocumentValidator.validate(file: try export(.graphml).path)
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test func emptyCorpusIsValid() throws {
        let url = try export(.graphml, Corpus())
        let report = DocumentValidator.validate(file: url.path)
        #expect(report.isValid, "\(report.problems)")
    }

    @Test func unwritableDestinationIsAnOutputError() throws {
        let writer = GraphMLWriter(options: ExportOptions())
        #expect(throws: NewsgraphError.self) {
            try writer.write(SampleCorpus.make(), to: URL(fileURLWithPath: "/proc/newsgraph-no/graph.graphml"))
        }
    }
}
