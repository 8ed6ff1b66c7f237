import Foundation
import Testing
import NewsgraphModel
@testable import Serialization

@Suite struct NTriplesLineCheckerTests {
    let nt = NTriplesLineChecker(quads: false)
    let nq = NTriplesLineChecker(quads: true)

    @Test(arguments: [
        #"<http://a.example/s> <http://a.example/p> <http://a.example/o> ."#,
        #"_:b0 <http://a.example/p> "x\"y\\z\n\t\u00E9\U0001F600" ."#,
        #"<http://a.example/s> <http://a.example/p> "chat"@fr-CA ."#,
        #"<http://a.example/s> <http://a.example/p> "4000"^^<http://www.w3.org/2001/XMLSchema#integer> . # comment"#,
        #"_:a.b-c_d <http://a.example/p> _:x ."#,
        "<http://a.example/s>\t<http://a.example/p>\t\"ü 😀\" .",
        "# just a comment",
        "   ",
        #"<urn:x:s> <urn:x:p> <urn:x:o>."#,
    ])
    func acceptsValidLines(line: String) {
        #expect(nt.check(line: line) == nil, "\(String(describing: nt.check(line: line)))")
    }

    @Test(arguments: [
        (#"<http://a.example/s> <http://a.example/p> <http://a.example/o>"#, 63, "expected '.'"),
        (#"<http://a.example/s> <http://a.example/p> "x" <http://g.example/> ."#, 47, "expected '.'"),
        (#"<s> <http://a.example/p> <http://a.example/o> ."#, 1, "relative IRI"),
        (#"<http://a.example/s p> <http://a.example/p> "x" ."#, 20, "not allowed in an IRI"),
        (#""lit" <http://a.example/p> <http://a.example/o> ."#, 1, "literal cannot be a subject"),
        (#"<http://a.example/s> <http://a.example/p> "bad \q" ."#, 48, "invalid escape"),
        (#"<http://a.example/s> <http://a.example/p> "x"@ ."#, 46, "language tag"),
        (#"<http://a.example/s> <http://a.example/p> "x"^<http://t.example/> ."#, 46, "'^^'"),
        (#"<http://a.example/s> <http://a.example/p> "\u12" ."#, 44, "hex digits"),
        (#"<http://a.example/s> <http://a.example/p> "open ."#, 43, "unterminated string"),
        (#"_:-x <http://a.example/p> "x" ."#, 3, "blank node label"),
        (#"<http://a.example/s> _:p "x" ."#, 22, "expected <IRI> as predicate"),
        (#"<http://a.example/s> <http://a.example/p> "x" . extra"#, 49, "after '.'"),
    ])
    func rejectsInvalidLines(line: String, column: Int, message: String) throws {
        let problem = try #require(nt.check(line: line))
        #expect(problem.column == column, "\(problem)")
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test func nQuadsAcceptGraphLabels() {
        #expect(nq.check(line: #"<http://a.example/s> <http://a.example/p> "x" <http://g.example/doc> ."#) == nil)
        #expect(nq.check(line: #"<http://a.example/s> <http://a.example/p> "x" _:g ."#) == nil)
        #expect(nq.check(line: #"<http://a.example/s> <http://a.example/p> "x" ."#) == nil)
        #expect(nq.check(line: #"<http://a.example/s> <http://a.example/p> "x" "g" ."#) != nil)
    }

    @Test func documentProblemsCarryLineNumbers() throws {
        let text = "<http://a.example/s> <http://a.example/p> <http://a.example/o> .\r\n"
            + "\n# comment\n"
            + "<http://a.example/s> <http://a.example/p> \"x\n"
            + "<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n"
            + "<rel> <http://a.example/p> <http://a.example/o> .\n"
        let problems = nt.check(bytes: Array(text.utf8), file: "x.nt")
        #expect(problems.map(\.line) == [4, 6])
        #expect(problems.allSatisfy { $0.code == .invalidDocument && $0.file == "x.nt" })
        #expect(problems[0].description.hasPrefix("error[E401]: x.nt:4: column 43: unterminated string literal"))
    }

    @Test func invalidUTF8IsReported() {
        let problems = nt.check(bytes: Array("<http://a.example/s> <http://a.example/p> \"".utf8) + [0xFF, 0x22, 0x20, 0x2E], file: "y.nt")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "invalid UTF-8")
    }
}

@Suite struct DocumentValidatorTests {
    @Test func embeddedSchemasEqualTheSchemaFiles() throws {
        let graphML = try readText(PackageRoot.url.appendingPathComponent("Schemas/newsgraph-graphml.xsd"))
        let gexf = try readText(PackageRoot.url.appendingPathComponent("Schemas/newsgraph-gexf.xsd"))
        #expect(EmbeddedSchemas.graphML == graphML, "run python3 Schemas/embed.py")
        #expect(EmbeddedSchemas.gexf == gexf, "run python3 Schemas/embed.py")
        _ = try DocumentValidator.graphMLSchema()
        _ = try DocumentValidator.gexfSchema()
    }

    /// A GraphML file from the writer with one edit, so the expected line is known.
    func brokenGraphML(_ edit: (inout [String]) -> Void) throws -> String {
        var lines = try readText(try export(.graphml)).components(separatedBy: "\n")
        edit(&lines)
        return try temporaryFile(lines.joined(separator: "\n"), extension: "graphml")
    }

    @Test func reportsSchemaViolationWithLine() throws {
        var line = 0
        let path = try brokenGraphML { lines in
            line = lines.firstIndex { $0.contains("<node id=\"n2\">") }! + 1
            lines[line - 1] = lines[line - 1].replacingOccurrences(of: "n2", with: "http://x/y")
        }
        let report = DocumentValidator.validate(file: path)
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.line == line && $0.code == .invalidDocument }, "\(report.problems)")
    }

    @Test func reportsEdgeWhoseFirstDataIsNotTheLabel() throws {
        var line = 0
        let path = try brokenGraphML { lines in
            let edge = lines.firstIndex { $0.contains("<edge id=\"e0\"") }!
            lines.swapAt(edge + 1, edge + 2)
            line = edge + 2
        }
        let report = DocumentValidator.validate(file: path)
        #expect(report.problems.count == 1, "\(report.problems)")
        #expect(report.problems.first?.line == line)
        #expect(report.problems.first?.message.contains("first <data> must be key=\"label\"") == true)
    }

    @Test func reportsWrongKeyTypeAndBadValue() throws {
        var keyLine = 0, valueLine = 0
        let path = try brokenGraphML { lines in
            keyLine = lines.firstIndex { $0.contains("<key id=\"node_degree\"") }! + 1
            lines[keyLine - 1] = lines[keyLine - 1].replacingOccurrences(of: "attr.type=\"int\"", with: "attr.type=\"long\"")
            valueLine = lines.firstIndex { $0.contains("<data key=\"node_mentions\">") }! + 1
            lines[valueLine - 1] = "      <data key=\"node_mentions\">two</data>"
        }
        let report = DocumentValidator.validate(file: path)
        #expect(report.problems.map(\.line) == [keyLine, valueLine], "\(report.problems)")
    }

    @Test func reportsMalformedXMLWithLine() throws {
        let path = try brokenGraphML { lines in
            let node = lines.firstIndex { $0.contains("<node id=\"n1\">") }!
            lines[node] = "<node id=\"n1\"><oops>"
        }
        let report = DocumentValidator.validate(file: path)
        #expect(!report.isValid)
        #expect(report.problems.allSatisfy { $0.line != nil || $0.message.contains("more") }, "\(report.problems)")
    }

    @Test func gexfProblemsAreFound() throws {
        var lines = try readText(try export(.gexf)).components(separatedBy: "\n")
        let weight = lines.firstIndex { $0.contains("<edge id=\"e0\"") }!
        lines[weight] = lines[weight].replacingOccurrences(of: #"weight="[0-9.]+""#, with: "weight=\"0\"", options: .regularExpression)
        let color = lines.firstIndex { $0.contains("<viz:color") }!
        lines[color] = #"        <viz:color r="300" g="0" b="0"/>"#
        let report = DocumentValidator.validate(file: try temporaryFile(lines.joined(separator: "\n"), extension: "gexf"))
        #expect(report.problems.map(\.line) == [color + 1, weight + 1], "\(report.problems)")
    }

    @Test func chooseByExtensionAndReportMissingFiles() throws {
        #expect(DocumentValidator.validate(file: "/nonexistent/x.nt").problems.first?.code == .fileNotFound)
        #expect(DocumentValidator.validate(file: "x.ttl").problems.first?.code == .unsupportedInput)
        let nq = try temporaryFile("<http://a/s> <http://a/p> \"o\" <http://a/g> .\n", extension: "nq")
        #expect(DocumentValidator.validate(file: nq).isValid)
        let nt = try temporaryFile("<http://a/s> <http://a/p> \"o\" <http://a/g> .\n", extension: "nt")
        #expect(DocumentValidator.validate(file: nt).problems.first?.line == 1)
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="newsgraph" edgedefault="directed">&x;</graph></graphml>
        """
        let report = DocumentValidator.validate(file: try temporaryFile(text, extension: "graphml"))
        #expect(!report.isValid)
        #expect(!report.problems.contains { $0.message.contains("root:") })
    }
}
