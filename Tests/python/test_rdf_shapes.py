"""SHACL: every export conforms to Schemas/shapes.ttl, and the shapes do catch broken data."""
import pyshacl
import pytest
import rdflib
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from conftest import SCHEMAS
from rdf_helpers import rdflib_union

NG = rdflib.Namespace("https://newsgraph.example/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


@pytest.fixture(scope="module")
def shapes():
    g = rdflib.Graph()
    g.parse(SCHEMAS / "shapes.ttl")
    return g


def validate(graph, shapes):
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, advanced=True)
    return conforms, text


@pytest.mark.parametrize("name", ["graph.ttl", "graph.jsonld"])
def test_fixture_conforms(fixture_export, shapes, name):
    graph = rdflib_union(fixture_export("turtle,jsonld") / name)
    conforms, text = validate(graph, shapes)
    assert conforms, text


def test_random_corpora_conform(run_newsgraph, shapes, tmp_path):
    run_newsgraph("fixture", "--random-seed", 900, "--count", 3, "--statements", 80, "--out", tmp_path, "--format", "turtle")
    for i in range(3):
        conforms, text = validate(rdflib_union(tmp_path / f"{i:04d}" / "graph.ttl"), shapes)
        assert conforms, text


def mutated(graph, remove=(), add=()):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    for t in remove:
        g.remove(t)
    for t in add:
        g.add(t)
    return g


@pytest.fixture(scope="module")
def fixture_graph(fixture_export):
    return rdflib_union(fixture_export("turtle,jsonld") / "graph.ttl")


def test_shapes_reject_broken_data(fixture_graph, shapes):
    g = fixture_graph
    statement = next(g.subjects(RDF.type, NG.Statement))
    claim = next(g.subjects(RDF.type, NG.Claim))
    entity = next(g.subjects(RDF.type, NG.Entity))
    phrase = next(g.subjects(NIF.anchorOf, None))
    cases = {
        "confidence > 1": mutated(g, remove=[(statement, NG.confidence, None)],
                                  add=[(statement, NG.confidence, Literal("1.5", datatype=XSD.decimal))]),
        "no derivation": mutated(g, remove=[(statement, PROV.wasDerivedFrom, None)]),
        "no rdf:object": mutated(g, remove=[(statement, RDF.object, None)]),
        "claim without speaker": mutated(g, remove=[(claim, PROV.wasAttributedTo, None)]),
        "two prefLabels": mutated(g, add=[(entity, SKOS.prefLabel, Literal("another name"))]),
        "begin after end": mutated(g, remove=[(phrase, NIF.beginIndex, None)],
                                   add=[(phrase, NIF.beginIndex, Literal("100000", datatype=XSD.nonNegativeInteger))]),
        "entity without type class": mutated(g, remove=[(entity, RDF.type, t) for t in g.objects(entity, RDF.type)
                                                        if t != NG.Entity]),
    }
    for name, broken in cases.items():
        conforms, _ = validate(broken, shapes)
        assert not conforms, name
