// newsgraph import.cypher: builds the same graph as
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv DBNAME
// Copy nodes.csv and relationships.csv into Neo4j's import directory, then run
//   cypher-shell -f import.cypher
// 594 nodes, 637 relationships.
CREATE CONSTRAINT newsgraph_import_node_id IF NOT EXISTS FOR (n:NewsgraphImport) REQUIRE n.nodeId IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Entity;Place'
CREATE (n:NewsgraphImport:Entity:Place)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Entity;Organization'
CREATE (n:NewsgraphImport:Entity:Organization)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Entity;Person'
CREATE (n:NewsgraphImport:Entity:Person)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Entity;Thing'
CREATE (n:NewsgraphImport:Entity:Thing)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Statement'
CREATE (n:NewsgraphImport:Statement)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Statement;Claim'
CREATE (n:NewsgraphImport:Statement:Claim)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Value;Text'
CREATE (n:NewsgraphImport:Value:Text)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Value;Quantity'
CREATE (n:NewsgraphImport:Value:Quantity)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Value;Date'
CREATE (n:NewsgraphImport:Value:Date)
SET n.nodeId = row.`nodeId:ID(Node)`, n.`iri` = row.iri, n.`name` = row.name, n.`type` = row.type, n.`aliases` = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END, n.`sameAs` = CASE WHEN row.`sameAs:string[]` IS NULL THEN null ELSE split(row.`sameAs:string[]`, ';') END, n.`mentions` = toInteger(row.`mentions:int`), n.`degree` = toInteger(row.`degree:int`), n.`value` = row.value, n.`datatype` = row.datatype, n.`predicate` = row.predicate, n.`text` = row.text, n.`document` = row.document, n.`sentence` = toInteger(row.`sentence:int`), n.`begin` = toInteger(row.`begin:int`), n.`end` = toInteger(row.`end:int`), n.`confidence` = toFloat(row.`confidence:double`), n.`polarity` = row.polarity, n.`modality` = row.modality, n.`cue` = row.cue, n.`quotation` = row.quotation, n.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, n.`asserted` = toBoolean(row.`asserted:boolean`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUBJECT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SUBJECT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BEGIN_FOLLOW'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BEGIN_FOLLOW]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEMAND'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DEMAND]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FACE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FACE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUBJECT_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SUBJECT_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FORCE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FORCE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ROLE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ROLE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BE_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BE_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'OBJECT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:OBJECT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CLAIMED'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CLAIMED]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ERUPT_AFTER'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ERUPT_AFTER]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'HAVE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:HAVE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LAUNCH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LAUNCH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'USE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:USE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DESCRIBE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DESCRIBE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'UNFOLD_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:UNFOLD_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REFER_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:REFER_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CRITICIZE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DROWN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DROWN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'URGE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:URGE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEAD_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LEAD_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SPOUSE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SPOUSE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ACCUSE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ACCUSE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'JOIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:JOIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FLEE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FLEE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONFIRM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CONFIRM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RETURN_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RETURN_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'END'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:END]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BROADCAST'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BROADCAST]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LOCATE_NEAR'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LOCATE_NEAR]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CLIMB_ONTO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CLIMB_ONTO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PLACE_ON'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PLACE_ON]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEAD_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LEAD_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SAY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SAY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'TAKE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:TAKE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONDEMN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CONDEMN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CLASH_WITH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CLASH_WITH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SAY_AS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SAY_AS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEAD'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LEAD]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'COME_AS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:COME_AS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ADDRESS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ADDRESS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BE_AT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BE_AT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'EXPLAIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:EXPLAIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CLOSE_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CLOSE_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ALLEGE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ALLEGE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CITE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CITE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CLAIM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CLAIM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'THROW'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:THROW]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ISSUE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ISSUE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DENOUNCE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DENOUNCE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'IMPLICATE_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:IMPLICATE_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'OUST_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:OUST_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'INCARCERATE_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:INCARCERATE_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'WIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:WIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DENY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DENY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GRIP_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:GRIP_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEFY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DEFY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GRIP'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:GRIP]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BEGIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BEGIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'KILL_AS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:KILL_AS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'EMERGE_ON'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:EMERGE_ON]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONVERGE_FROM_ACROSS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CONVERGE_FROM_ACROSS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ERECT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ERECT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PLACE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PLACE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PUSH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PUSH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DISMANTLE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DISMANTLE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RING_OUT_FROM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RING_OUT_FROM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CHANT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CHANT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DISPLAY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DISPLAY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REACH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:REACH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'STOP'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:STOP]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEAVE_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LEAVE_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GIVE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:GIVE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DIE_AT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DIE_AT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUSPEND_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SUSPEND_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SAY_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SAY_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RUN_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RUN_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'USE_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:USE_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CALL_ON'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CALL_ON]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'HOLD'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:HOLD]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REMAIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:REMAIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ADD'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ADD]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GALVANIZE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:GALVANIZE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RELEASE_AFTER'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RELEASE_AFTER]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ACQUIT_OF'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ACQUIT_OF]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PASS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PASS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'APPROVE_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:APPROVE_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SPARK'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SPARK]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MAR_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:MAR_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'STEAL_FROM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:STEAL_FROM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BAR_FROM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BAR_FROM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FORM'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FORM]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SERVE_AS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SERVE_AS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BREACH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BREACH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SECURE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SECURE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RESULT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RESULT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DISREGARD'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DISREGARD]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'STRIKE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:STRIKE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LABEL'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:LABEL]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'TARGET'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:TARGET]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DIE_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DIE_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REPORT_INCLUDE_AMONG'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:REPORT_INCLUDE_AMONG]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ATTACK_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ATTACK_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REQUIRE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:REQUIRE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CEASE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CEASE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FOCUS_ON'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FOCUS_ON]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RETAIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RETAIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONTAIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CONTAIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PROMISE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PROMISE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ARREST'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ARREST]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUSPEND'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SUSPEND]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BAN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BAN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'EXPERIENCE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:EXPERIENCE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'UTILIZE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:UTILIZE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BAN_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BAN_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'COINCIDE_WITH'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:COINCIDE_WITH]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONTRIBUTE_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CONTRIBUTE_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ERUPT_DURING'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ERUPT_DURING]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEEPEN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:DEEPEN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BE_ABOUT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BE_ABOUT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BECOME'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:BECOME]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'INCARCERATE_ON'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:INCARCERATE_ON]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GATHER_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:GATHER_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ESCALATE_INTO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ESCALATE_INTO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CALL_FOR'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:CALL_FOR]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ASSERT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ASSERT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'UNDERLIN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:UNDERLIN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'EXPRESS'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:EXPRESS]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'EMPHASIZE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:EMPHASIZE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RESPECT_BY'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RESPECT_BY]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ECHO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ECHO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ACT_IN'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ACT_IN]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MONITOR'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:MONITOR]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SURROUND'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:SURROUND]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FOLLOW'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:FOLLOW]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'STATE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:STATE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'HIGHLIGHT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:HIGHLIGHT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RESPOND_TO'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RESPOND_TO]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'UPHOLD'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:UPHOLD]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PUT'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:PUT]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'RESEMBLE'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:RESEMBLE]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ENTER'
MATCH (a:NewsgraphImport {nodeId: row.`:START_ID(Node)`}), (b:NewsgraphImport {nodeId: row.`:END_ID(Node)`})
CREATE (a)-[r:ENTER]->(b)
SET r.`iri` = row.iri, r.`predicate` = row.predicate, r.`document` = row.document, r.`sentence` = toInteger(row.`sentence:int`), r.`begin` = toInteger(row.`begin:int`), r.`end` = toInteger(row.`end:int`), r.`confidence` = toFloat(row.`confidence:double`), r.`polarity` = row.polarity, r.`modality` = row.modality, r.`cue` = row.cue, r.`qualifiers` = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END, r.`weight` = toFloat(row.`weight:double`);
DROP CONSTRAINT newsgraph_import_node_id IF EXISTS;
MATCH (n:NewsgraphImport) REMOVE n:NewsgraphImport;
