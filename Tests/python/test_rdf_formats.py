"""Every RDF export of the hand-built fixture parses in rdflib and pyoxigraph, the formats agree
with each other, the output is deterministic, and the data says what the corpus says."""
import filecmp

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD
from rdflib.compare import isomorphic

from rdf_helpers import RDF_FILES, diff, oxigraph_quads, rdflib_graphs, rdflib_union, same_graph

RDF_FORMATS = "turtle,ntriples,nquads,trig,jsonld"
NG = rdflib.Namespace("https://newsgraph.example/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = rdflib.Namespace("http://www.w3.org/2005/11/its/rdf#")
REL = rdflib.Namespace("https://newsgraph.example/rel#")
ENT = rdflib.Namespace("https://newsgraph.example/id/entity/")


@pytest.fixture(scope="module")
def export(fixture_export):
    return fixture_export(RDF_FORMATS)


@pytest.fixture(scope="module")
def turtle(export):
    return rdflib_union(export / "graph.ttl")


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_parses_in_rdflib_and_oxigraph_with_same_triples(export, turtle, name):
    path = export / name
    union = rdflib_union(path)
    assert len(union) > 500
    quads = oxigraph_quads(path)
    ox_triples = {(q.subject, q.predicate, q.object) for q in quads}
    # Same number of distinct triples in both parsers, and the same as Turtle in rdflib.
    assert len(ox_triples) == len(union)
    assert same_graph(union, turtle), diff(union, turtle)


@pytest.mark.parametrize("name", ["graph.nq", "graph.trig", "graph.jsonld"])
def test_datasets_agree_graph_by_graph(export, name):
    reference = rdflib_graphs(export / "graph.nq")
    other = rdflib_graphs(export / name)
    assert set(reference) == set(other)
    # One default graph plus one named graph per document (4 in the fixture).
    assert len([g for g in reference if g is not None]) == 4
    for graph_name, triples in reference.items():
        assert triples == other[graph_name], f"graph {graph_name}: " + diff(triples, other[graph_name])


def test_oxigraph_graph_names_match_documents(export):
    names = {str(q.graph_name.value) for q in oxigraph_quads(export / "graph.trig")
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    docs = {str(q.subject.value) for q in oxigraph_quads(export / "graph.nq")
            if q.predicate.value == str(NG.documentId)}
    assert names == docs and len(names) == 4


def test_output_is_byte_identical_across_runs(run_newsgraph, export, tmp_path):
    run_newsgraph("fixture", "--out", tmp_path, "--format", RDF_FORMATS)
    for name in RDF_FILES:
        assert filecmp.cmp(export / name, tmp_path / name, shallow=False), name


def test_attributed_claim_is_reified_but_not_asserted(turtle):
    naqvi, gandapur, chowk = ENT["mohsin-naqvi"], ENT["ali-amin-gandapur"], ENT["d-chowk"]
    flee_from = REL["flee-from"]
    # The inner statement is NOT a triple anywhere...
    assert (gandapur, flee_from, chowk) not in turtle
    # ...but a reified claim attributed to Naqvi, with its cue.
    claims = [s for s in turtle.subjects(RDF.subject, gandapur)
              if (s, RDF.predicate, flee_from) in turtle and (s, RDF.object, chowk) in turtle]
    assert len(claims) == 1
    claim = claims[0]
    assert (claim, RDF.type, NG.Claim) in turtle
    assert (claim, PROV.wasAttributedTo, naqvi) in turtle
    assert (claim, NG.cue, Literal("claim")) in turtle
    assert (claim, NG.asserted, Literal(False)) in turtle
    # The speaker relation IS asserted and points at the claim.
    assert (naqvi, REL["claim"], claim) in turtle
    speech = next(turtle.subjects(NG.claim, claim))
    assert (speech, NG.asserted, Literal(True)) in turtle
    assert (speech, RDF.subject, naqvi) in turtle


def test_asserted_statement_has_provenance_confidence_and_qualifiers(turtle):
    police = ENT["police"]
    arrests = [s for s in turtle.subjects(RDF.subject, police)
               if (s, RDF.object, Literal("4000", datatype=XSD.integer)) in turtle]
    assert len(arrests) == 1
    st = arrests[0]
    assert (police, REL["arrest"], Literal("4000", datatype=XSD.integer)) in turtle
    assert (st, NG.objectQualifier, Literal("at least")) in turtle
    assert turtle.value(st, NG.confidence) == Literal("0.875", datatype=XSD.decimal)
    doc = turtle.value(st, PROV.wasDerivedFrom)
    assert turtle.value(doc, NG.documentId) == Literal("dawn-2024-11-27")
    run = turtle.value(st, PROV.wasGeneratedBy)
    assert (run, RDF.type, PROV.Activity) in turtle
    assert (run, PROV.used, doc) in turtle
    agent = turtle.value(run, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in turtle
    assert turtle.value(run, PROV.startedAtTime) is None  # not set: output stays byte-identical
    qualifiers = {str(turtle.value(q, NG.role)): turtle.value(q, NG.value) for q in turtle.objects(st, NG.qualifier)}
    assert qualifiers == {"on": Literal("2024-11-26", datatype=XSD.date), "in": ENT["islamabad"]}


def test_negation_modality_passive(turtle):
    statements = set(turtle.subjects(RDF.type, NG.Statement))
    negative = {s for s in statements if (s, NG.polarity, NG.negative) in turtle}
    passive = {s for s in statements if (s, NG.passive, Literal(True)) in turtle}
    modal = {str(turtle.value(s, NG.modality)) for s in statements if turtle.value(s, NG.modality) is not None}
    assert len(negative) == 4 and len(passive) == 2
    assert {"would", "will", 'may "perhaps" \\'} <= modal
    gym = [o for o in turtle.objects(None, NG.value) if getattr(o, "datatype", None) == XSD.gYearMonth]
    assert gym == [Literal("2023-08", datatype=XSD.gYearMonth)]
    assert Literal("12.5", datatype=XSD.decimal) in set(turtle.objects(None, RDF.object))


def test_entities_types_labels_sameas_merges(turtle):
    entities = set(turtle.subjects(RDF.type, NG.Entity))
    assert len(entities) == 12
    for e in entities:
        assert len(list(turtle.objects(e, SKOS.prefLabel))) == 1
    naqvi = ENT["mohsin-naqvi"]
    assert (naqvi, RDF.type, URIRef("http://schema.org/Person")) in turtle
    assert set(turtle.objects(naqvi, SKOS.altLabel)) == {Literal("Interior Minister"), Literal("Naqvi")}
    assert (naqvi, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q6894519")) in turtle
    merges = list(turtle.objects(naqvi, NG.merge))
    assert {str(turtle.value(m, NG.reason)) for m in merges} == {"surname-in-document", "title"}
    # A hostile sameAs target is percent-encoded into a valid IRI, never dropped.
    hostile = set(turtle.objects(ENT["hostile-thing"], URIRef("http://www.w3.org/2002/07/owl#sameAs")))
    assert hostile == {URIRef("https://example.org/has%20space/and%3Cangle%3E%22quote%22%7Bbrace%7D%7Cpipe%5Ecaret%60tick%5Cbs")}


def test_hostile_strings_round_trip_exactly(turtle):
    controls = "".join(chr(c) for c in range(1, 0x20)) + "\x7f"
    hostile = str(turtle.value(ENT["hostile-thing"], SKOS.prefLabel))
    assert hostile == ' Hostile "thing" \\ \'x\' \n\r\t 😀 𝔘 ' + controls + " "
    labels = {str(o) for o in turtle.objects(None, SKOS.altLabel)}
    assert "<>\"{}|^`\\ '&;,:#%@$~[]()" in labels and "\u202eevil" in labels
    ids = {str(o) for o in turtle.objects(None, NG.documentId)}
    assert ids == {"dawn-2024-11-27", 'geo 2024/11/27 <odd> "id" {x}|^`\\ end', "tribune-ü-😀", "  empty-ish  "}


def test_nif_offsets_are_code_points_end_exclusive(turtle):
    contexts = {c: str(turtle.value(c, NIF.isString)) for c in turtle.subjects(RDF.type, NIF.Context)}
    assert len(contexts) == 4
    checked = 0
    for s in set(turtle.subjects(NIF.anchorOf, None)):
        context = turtle.value(s, NIF.referenceContext)
        begin, end = int(turtle.value(s, NIF.beginIndex)), int(turtle.value(s, NIF.endIndex))
        assert 0 <= begin <= end
        # Python str indexes code points, like Swift unicodeScalars.
        assert contexts[context][begin:end] == str(turtle.value(s, NIF.anchorOf)), s
        checked += 1
    assert checked > 40
    mentions = list(turtle.subject_objects(ITSRDF.taIdentRef))
    assert len(mentions) >= 25
    for phrase, entity in mentions:
        assert (entity, RDF.type, NG.Entity) in turtle


def test_contradictions_link_both_statements(turtle):
    contradictions = list(turtle.subjects(RDF.type, NG.Contradiction))
    assert len(contradictions) == 3
    for c in contradictions:
        a, b = sorted(turtle.objects(c, NG.statement))
        assert (a, NG.contradicts, b) in turtle and (b, NG.contradicts, a) in turtle


def test_rdf12_triple_terms_parse_in_pyoxigraph(fixture_export):
    export12 = fixture_export("turtle,ntriples,nquads,trig", "--rdf12")
    reference = None
    for name in ["graph.ttl", "graph.nt", "graph.nq", "graph.trig"]:
        quads = oxigraph_quads(export12 / name)
        triples = {(q.subject, q.predicate, q.object) for q in quads}
        reifies = [t for t in triples if t[1].value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies"]
        assert len(reifies) == 19 and all(isinstance(t[2], ox.Triple) for t in reifies)
        assert not any(t[1].value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject" for t in triples)
        # The claimed triple exists only as a triple term, never asserted.
        naqvi_claim = [t[2] for t in reifies if t[2].predicate.value == str(REL["flee-from"])]
        assert len(naqvi_claim) == 1
        assert (naqvi_claim[0].subject, naqvi_claim[0].predicate, naqvi_claim[0].object) not in triples
        if reference is None:
            reference = triples
        assert triples == reference, name


def test_jsonld_embeds_the_context_file(export):
    from conftest import SCHEMAS
    context = (SCHEMAS / "context.jsonld").read_text()
    written = (export / "graph.jsonld").read_text()
    assert written.startswith(context.rstrip()[:-1].rstrip())
    import json
    doc = json.loads(written)
    assert doc["@context"] == json.loads(context)["@context"]
    # Decimals stay typed strings, never JSON numbers.
    assert '"@type": "xsd:decimal"' in written
