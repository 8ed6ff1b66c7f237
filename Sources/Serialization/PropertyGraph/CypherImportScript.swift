import KnowledgeGraph

/// `import.cypher`: LOAD CSV statements that rebuild, in a running Neo4j, exactly the graph
/// neo4j-admin builds from nodes.csv and relationships.csv (same labels, types, properties
/// and property types; empty cells give no property). Labels and relationship types cannot be
/// Cypher parameters, so there is one LOAD CSV pass per label set and per relationship type,
/// filtering rows by the `:LABEL` / `:TYPE` column. A temporary `:NewsgraphImport` label with
/// a uniqueness constraint makes endpoint lookups index seeks; both are removed at the end.
enum CypherImportScript {
    static func text(for graph: PropertyGraph) -> String {
        var labelSets: [[String]] = []
        var seenLabels: Set<[String]> = []
        for node in graph.nodes where seenLabels.insert(node.labels).inserted { labelSets.append(node.labels) }
        var types: [String] = []
        var seenTypes: Set<String> = []
        for edge in graph.edges where seenTypes.insert(edge.type).inserted { types.append(edge.type) }

        var out = """
        // newsgraph import.cypher: builds the same graph as
        //   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv DBNAME
        // Copy nodes.csv and relationships.csv into Neo4j's import directory, then run
        //   cypher-shell -f import.cypher
        // \(graph.nodes.count) nodes, \(graph.edges.count) relationships.
        CREATE CONSTRAINT newsgraph_import_node_id IF NOT EXISTS FOR (n:NewsgraphImport) REQUIRE n.nodeId IS UNIQUE;

        """
        let nodeSets = NodeProperty.allCases.map { key in
            "n.\(property(key.name)) = \(conversion(key.type, "row.\(identifier(Neo4jCSVWriter.column(key.name, key.type)))"))"
        }.joined(separator: ", ")
        for labels in labelSets {
            out += """
            LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
            WITH row WHERE row.`:LABEL` = \(string(labels.joined(separator: ";")))
            CREATE (n:NewsgraphImport\(labels.map { ":" + identifier($0) }.joined()))
            SET n.nodeId = row.\(identifier(Neo4jCSVWriter.nodeIDColumn)), \(nodeSets);

            """
        }
        let edgeSets = EdgeProperty.allCases.map { key in
            "r.\(property(key.name)) = \(conversion(key.type, "row.\(identifier(Neo4jCSVWriter.column(key.name, key.type)))"))"
        }.joined(separator: ", ")
        for type in types {
            out += """
            LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
            WITH row WHERE row.`:TYPE` = \(string(type))
            MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
            CREATE (a)-[r:\(identifier(type))]->(b)
            SET \(edgeSets);

            """
        }
        out += """
        DROP CONSTRAINT newsgraph_import_node_id IF EXISTS;
        MATCH (n:NewsgraphImport) REMOVE n:NewsgraphImport;

        """
        return out
    }

    /// The Cypher expression turning a LOAD CSV cell (null when empty) into the typed value
    /// neo4j-admin would store.
    static func conversion(_ type: PropertyType, _ cell: String) -> String {
        switch type {
        case .string: return cell
        case .int: return "toInteger(\(cell))"
        case .double: return "toFloat(\(cell))"
        case .boolean: return "toBoolean(\(cell))"
        case .stringList: return "CASE WHEN \(cell) IS NULL THEN null ELSE split(\(cell), ';') END"
        }
    }

    /// A label, type or property name: bare when it is a plain identifier, else backtick-quoted
    /// with inner backticks doubled.
    static func identifier(_ name: String) -> String {
        var plain = !name.isEmpty
        for (i, scalar) in name.unicodeScalars.enumerated() {
            let letter = (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z") || scalar == "_"
            let digit = scalar >= "0" && scalar <= "9"
            if !(letter || (digit && i > 0)) { plain = false; break }
        }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A property key, always backtick-quoted: some of ours (`end`) are Cypher keywords.
    static func property(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A single-quoted Cypher string literal.
    static func string(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
