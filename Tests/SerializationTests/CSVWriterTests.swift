import Foundation
import Testing
import KnowledgeGraph
import NewsgraphModel
@testable import Serialization

@Suite struct StatementsCSVWriterTests {
    @Test func headerAndRowsAreRFC4180() throws {
        let text = try readText(try export(.csv))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "subject,predicate,object,attributed_to,polarity,modality,confidence,document,sentence,begin,end")
        #expect(lines.last == "")
        #expect(lines.count == SampleCorpus.make().statements.count + 2)
        #expect(lines.contains("Ali Amin Gandapur,flee to,Khyber Pakhtunkhwa,Mohsin Naqvi,positive,,0.8,dawn-1,0,44,79"))
        #expect(lines.contains("Mohsin Naqvi,claim,Ali Amin Gandapur fled to Khyber Pakhtunkhwa,,positive,,0.9,dawn-1,0,18,79"))
        #expect(lines.contains("Police,arrest,4000,,positive,,0.95,dawn-1,1,81,127"))
    }

    @Test func formulaCellsAreGuardedAndQuotesDoubled() throws {
        let text = try readText(try export(.csv))
        #expect(text.contains(#""'=HYPERLINK(""x"") & <tag>",say,,,negative,'-may,0.0,geo-2,1,"#))
        #expect(CSVField.formulaGuarded("=1+1") == "'=1+1")
        #expect(CSVField.formulaGuarded("+1") == "'+1")
        #expect(CSVField.formulaGuarded("-1") == "'-1")
        #expect(CSVField.formulaGuarded("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVField.formulaGuarded("Naqvi") == "Naqvi")
        #expect(CSVField.formulaGuarded("") == "")
    }

    @Test func quotingRules() {
        #expect(CSVField.quoted("plain") == "plain")
        #expect(CSVField.quoted("a,b") == "\"a,b\"")
        #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.quoted("cr\r") == "\"cr\r\"")
        #expect(CSVField.row(["a", "b,c", ""], terminator: "\r\n") == "a,\"b,c\",\r\n")
    }
}

@Suite struct Neo4jCSVWriterTests {
    @Test func writesAdminImportFilesWithTypedHeaders() throws {
        let directory = try export(.neo4j)
        let nodes = try readText(directory.appendingPathComponent("nodes.csv")).split(separator: "\n", omittingEmptySubsequences: false)
        let relationships = try readText(directory.appendingPathComponent("relationships.csv")).split(separator: "\n", omittingEmptySubsequences: false)
        let nodeHeader = nodes[0].split(separator: ",").map(String.init)
        #expect(nodeHeader.prefix(2) == ["nodeId:ID(Node)", ":LABEL"])
        #expect(nodeHeader.contains("aliases:string[]"))
        #expect(nodeHeader.contains("begin:int"))
        #expect(nodeHeader.contains("confidence:double"))
        #expect(nodeHeader.contains("asserted:boolean"))
        let relHeader = relationships[0].split(separator: ",").map(String.init)
        #expect(relHeader.prefix(3) == [":START_ID(Node)", ":END_ID(Node)", ":TYPE"])
        #expect(relHeader.contains("weight:double"))
        let graph = PropertyGraph(corpus: SampleCorpus.make(), baseIRI: ExportOptions.defaultBaseIRI)
        #expect(nodes.count == graph.nodes.count + 2)
        #expect(relationships.count == graph.edges.count + 2)
        #expect(nodes.contains { $0.hasPrefix("n0,Entity;Person,https://newsgraph.example/id/entity/ali-amin-gandapur,") })
        // `;` inside an array element would split it: it becomes `,` (and the cell is quoted).
        #expect(nodes.contains { $0.contains(#","Khan, IK;=cmd","#) })
        #expect(relationships.contains { $0.hasPrefix("n3,n6,CLAIMED,https://newsgraph.example/id/statement/") })
        #expect(relationships.allSatisfy { line in
            line.isEmpty || line.hasPrefix(":") || PropertyGraph.isSafeIdentifier(String(line.split(separator: ",")[2]))
        })
    }

    @Test func cypherScriptBuildsTheSameGraph() throws {
        let script = try readText(try export(.neo4j).appendingPathComponent("import.cypher"))
        #expect(script.contains("CREATE CONSTRAINT newsgraph_import_node_id IF NOT EXISTS"))
        #expect(script.contains("WITH row WHERE row.`:LABEL` = 'Entity;Person'\nCREATE (n:NewsgraphImport:Entity:Person)"))
        #expect(script.contains("WITH row WHERE row.`:TYPE` = 'CLAIMED'"))
        #expect(script.contains("CREATE (a)-[r:CLAIMED]->(b)"))
        #expect(script.contains("n.`begin` = toInteger(row.`begin:int`)"))
        #expect(script.contains("n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END"))
        #expect(script.contains("MATCH (n:NewsgraphImport) REMOVE n:NewsgraphImport;"))
        #expect(CypherImportScript.identifier("FLEE_TO") == "FLEE_TO")
        #expect(CypherImportScript.identifier("bad type`x") == "`bad type``x`")
        #expect(CypherImportScript.string("it's \\ ok") == #"'it\'s \\ ok'"#)
    }

    @Test func multilineValuesBecomeSingleLine() {
        #expect(Neo4jCSVWriter.cell(.string("a\r\nb\nc\rd")) == "a b c d")
        #expect(Neo4jCSVWriter.cell(.strings(["x;y", "z"])) == "x,y;z")
        #expect(Neo4jCSVWriter.cell(nil) == "")
        #expect(Neo4jCSVWriter.cell(.bool(true)) == "true")
    }
}
