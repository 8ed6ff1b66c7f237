/// The exact expected exports of SmallCorpus (reviewed by hand: grouping, `a`, prefixed names
/// only where the local name is simple, bare integer/decimal/boolean tokens, NIF strings).
enum ExpectedSmallCorpus {
    static let turtleBody = #"""
run:run-9fe2cb170dde1b00
	a prov:Activity ,
		ng:ExtractionRun ;
	prov:wasAssociatedWith agent:newsgraph-0.1.0 ;
	prov:used doc:d1 .

agent:newsgraph-0.1.0
	a prov:SoftwareAgent ;
	rdfs:label "newsgraph" ;
	schema:softwareVersion "0.1.0" .

doc:d1
	a ng:Document ,
		schema:NewsArticle ,
		prov:Entity ;
	ng:documentId "d1" ;
	ng:nifContext <https://newsgraph.example/id/doc/d1#char=0,27> ;
	ng:source "d1.txt" ;
	schema:headline "T" ;
	schema:datePublished "2024-11-27"^^xsd:date ;
	schema:url <https://ex.org/a%20b> .

ent:police
	a ng:Entity ,
		schema:Organization ;
	ng:key "police" ;
	ng:entityType "organization" ;
	skos:prefLabel "police" ;
	rdfs:label "police" ;
	skos:altLabel "Police" .

rel:arrest
	a rdf:Property ,
		ng:Relation ;
	rdfs:label "arrest" .

<https://newsgraph.example/id/doc/d1#char=0,27>
	a nif:Context ,
		nif:OffsetBasedString ;
	nif:beginIndex "0"^^xsd:nonNegativeInteger ;
	nif:endIndex "27"^^xsd:nonNegativeInteger ;
	nif:isString "Police arrested 450 people." ;
	nif:sourceUrl <https://ex.org/a%20b> .

<https://newsgraph.example/id/doc/d1#char=0,6>
	a nif:Phrase ,
		nif:OffsetBasedString ;
	nif:beginIndex "0"^^xsd:nonNegativeInteger ;
	nif:endIndex "6"^^xsd:nonNegativeInteger ;
	nif:anchorOf "Police" ;
	nif:referenceContext <https://newsgraph.example/id/doc/d1#char=0,27> ;
	itsrdf:taIdentRef ent:police .

ent:police
	rel:arrest 450 .

st:s1
	a ng:Statement ,
		rdf:Statement ;
	rdf:subject ent:police ;
	rdf:predicate rel:arrest ;
	rdf:object 450 ;
	ng:asserted true ;
	ng:subjectText "Police" ;
	ng:predicateText "arrested" ;
	ng:objectText "450 people" ;
	ng:confidence 0.75 ;
	ng:polarity ng:positive ;
	ng:passive false ;
	ng:rule "r" ;
	prov:wasDerivedFrom doc:d1 ;
	prov:wasGeneratedBy run:run-9fe2cb170dde1b00 ;
	ng:evidence <https://newsgraph.example/id/doc/d1#char=0,26> .

<https://newsgraph.example/id/doc/d1#char=0,26>
	a nif:OffsetBasedString ;
	nif:beginIndex "0"^^xsd:nonNegativeInteger ;
	nif:endIndex "26"^^xsd:nonNegativeInteger ;
	nif:anchorOf "Police arrested 450 people" ;
	nif:referenceContext <https://newsgraph.example/id/doc/d1#char=0,27> ;
	nif:sentence <https://newsgraph.example/id/doc/d1#char=0,27> .

<https://newsgraph.example/id/doc/d1#char=0,27>
	a nif:Sentence ;
	nif:anchorOf "Police arrested 450 people." ;
	nif:referenceContext <https://newsgraph.example/id/doc/d1#char=0,27> .


"""#

    static let nTriples = #"""
<https://newsgraph.example/id/run/run-9fe2cb170dde1b00> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Activity> .
<https://newsgraph.example/id/run/run-9fe2cb170dde1b00> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/ns#ExtractionRun> .
<https://newsgraph.example/id/run/run-9fe2cb170dde1b00> <http://www.w3.org/ns/prov#wasAssociatedWith> <https://newsgraph.example/id/agent/newsgraph-0.1.0> .
<https://newsgraph.example/id/run/run-9fe2cb170dde1b00> <http://www.w3.org/ns/prov#used> <https://newsgraph.example/id/doc/d1> .
<https://newsgraph.example/id/agent/newsgraph-0.1.0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#SoftwareAgent> .
<https://newsgraph.example/id/agent/newsgraph-0.1.0> <http://www.w3.org/2000/01/rdf-schema#label> "newsgraph" .
<https://newsgraph.example/id/agent/newsgraph-0.1.0> <http://schema.org/softwareVersion> "0.1.0" .
<https://newsgraph.example/id/doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/ns#Document> .
<https://newsgraph.example/id/doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> .
<https://newsgraph.example/id/doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> .
<https://newsgraph.example/id/doc/d1> <https://newsgraph.example/ns#documentId> "d1" .
<https://newsgraph.example/id/doc/d1> <https://newsgraph.example/ns#nifContext> <https://newsgraph.example/id/doc/d1#char=0,27> .
<https://newsgraph.example/id/doc/d1> <https://newsgraph.example/ns#source> "d1.txt" .
<https://newsgraph.example/id/doc/d1> <http://schema.org/headline> "T" .
<https://newsgraph.example/id/doc/d1> <http://schema.org/datePublished> "2024-11-27"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://newsgraph.example/id/doc/d1> <http://schema.org/url> <https://ex.org/a%20b> .
<https://newsgraph.example/id/entity/police> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/ns#Entity> .
<https://newsgraph.example/id/entity/police> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .
<https://newsgraph.example/id/entity/police> <https://newsgraph.example/ns#key> "police" .
<https://newsgraph.example/id/entity/police> <https://newsgraph.example/ns#entityType> "organization" .
<https://newsgraph.example/id/entity/police> <http://www.w3.org/2004/02/skos/core#prefLabel> "police" .
<https://newsgraph.example/id/entity/police> <http://www.w3.org/2000/01/rdf-schema#label> "police" .
<https://newsgraph.example/id/entity/police> <http://www.w3.org/2004/02/skos/core#altLabel> "Police" .
<https://newsgraph.example/rel#arrest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> .
<https://newsgraph.example/rel#arrest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/ns#Relation> .
<https://newsgraph.example/rel#arrest> <http://www.w3.org/2000/01/rdf-schema#label> "arrest" .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#OffsetBasedString> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> "27"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> "Police arrested 450 people." .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sourceUrl> <https://ex.org/a%20b> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#OffsetBasedString> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> "6"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Police" .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> <https://newsgraph.example/id/doc/d1#char=0,27> .
<https://newsgraph.example/id/doc/d1#char=0,6> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <https://newsgraph.example/id/entity/police> .
<https://newsgraph.example/id/entity/police> <https://newsgraph.example/rel#arrest> "450"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/ns#Statement> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://newsgraph.example/id/entity/police> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://newsgraph.example/rel#arrest> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "450"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#asserted> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#subjectText> "Police" .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#predicateText> "arrested" .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#objectText> "450 people" .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#confidence> "0.75"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#polarity> <https://newsgraph.example/ns#positive> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#passive> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#rule> "r" .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://newsgraph.example/id/doc/d1> .
<https://newsgraph.example/id/statement/s1> <http://www.w3.org/ns/prov#wasGeneratedBy> <https://newsgraph.example/id/run/run-9fe2cb170dde1b00> .
<https://newsgraph.example/id/statement/s1> <https://newsgraph.example/ns#evidence> <https://newsgraph.example/id/doc/d1#char=0,26> .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#OffsetBasedString> .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> "26"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Police arrested 450 people" .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> <https://newsgraph.example/id/doc/d1#char=0,27> .
<https://newsgraph.example/id/doc/d1#char=0,26> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence> <https://newsgraph.example/id/doc/d1#char=0,27> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Police arrested 450 people." .
<https://newsgraph.example/id/doc/d1#char=0,27> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> <https://newsgraph.example/id/doc/d1#char=0,27> .

"""#
}
