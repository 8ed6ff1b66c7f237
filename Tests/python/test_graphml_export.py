"""GraphML export: official and profile XSDs, networkx and igraph round trips, APOC/Gephi
conventions, and node/edge correspondence with the RDF export of the same corpus."""
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pyoxigraph as ox
import pytest

# Minimal local helpers (conftest.py belongs to the RDF tests).
ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
OFFICIAL_XSD = SHARED / "schemas" / "graphml-1.0" / "graphml.xsd"
PROFILE_XSD = ROOT / "Schemas" / "newsgraph-graphml.xsd"
G = "{http://graphml.graphdrawing.org/xmlns}"
NG = "https://newsgraph.example/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
TYPE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


@pytest.fixture(scope="module")
def fixture(run_newsgraph):
    """Writes the fixture corpus (conftest.py's run_newsgraph runs the real binary)."""
    def write(out, formats, *extra):
        run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
        return out
    return write


@pytest.fixture(scope="module")
def hand(tmp_path_factory, fixture):
    return fixture(tmp_path_factory.mktemp("hand"), "graphml,ntriples")


@pytest.fixture(scope="module")
def randoms(tmp_path_factory, fixture):
    out = fixture(tmp_path_factory.mktemp("random"), "graphml,ntriples",
                  "--random-seed", "11", "--statements", "300", "--count", "3")
    return sorted(p for p in out.iterdir() if p.is_dir())


def all_dirs(hand, randoms):
    return [hand, *randoms]


def xmllint(schema, path):
    return subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(schema), str(path)],
                          capture_output=True, text=True)


@pytest.mark.skipif(not OFFICIAL_XSD.exists(), reason="needs ../shared/schemas/graphml-1.0 (official GraphML XSD)")
def test_valid_against_official_graphml_xsd(hand, randoms):
    for d in all_dirs(hand, randoms):
        r = xmllint(OFFICIAL_XSD, d / "graph.graphml")
        assert r.returncode == 0, r.stderr[-2000:]


def test_valid_against_profile_xsd(hand, randoms):
    for d in all_dirs(hand, randoms):
        r = xmllint(PROFILE_XSD, d / "graph.graphml")
        assert r.returncode == 0, r.stderr[-2000:]


def test_structure_follows_apoc_and_gephi_rules(hand, randoms):
    for d in all_dirs(hand, randoms):
        root = ET.parse(d / "graph.graphml").getroot()
        children = list(root)
        keys = [c for c in children if c.tag == G + "key"]
        assert children[-1].tag == G + "graph" and len(keys) == len(children) - 1
        assert all(k.get("for") in ("node", "edge") for k in keys)
        assert not any(re.fullmatch(r"d[0-9]+", k.get("id")) for k in keys)
        assert {k.get("attr.type") for k in keys} <= {"boolean", "int", "long", "float", "double", "string"}
        ids = {k.get("id"): k for k in keys}
        assert ids["labels"].get("for") == "node" and ids["label"].get("for") == "edge"
        display = [k for k in keys if k.get("for") == "node" and k.get("attr.name") == "label"]
        assert len(display) == 1
        graph = children[-1]
        tags = [c.tag for c in graph]
        assert tags == sorted(tags, key=lambda t: t != G + "node"), "all nodes before all edges"
        for i, node in enumerate(graph.findall(G + "node")):
            assert node.get("id") == f"n{i}"
            labels = [dd.text for dd in node if dd.get("key") == "labels"]
            assert len(labels) == 1 and labels[0].startswith(":")
        for i, edge in enumerate(graph.findall(G + "edge")):
            assert edge.get("id") == f"e{i}"
            first = edge[0]
            assert first.get("key") == "label" and TYPE_RE.match(first.text), "edge type is the first child"
            weight = [float(dd.text) for dd in edge if dd.get("key") == "weight"]
            assert len(weight) == 1 and 0 < weight[0] <= 1


def test_networkx_reads_labels_types_and_edge_labels(hand):
    g = nx.read_graphml(hand / "graph.graphml", force_multigraph=True)
    assert g.is_directed() and g.is_multigraph()
    naqvi = [n for n, a in g.nodes(data=True) if a.get("label") == "Mohsin Naqvi"]
    assert len(naqvi) == 1
    attrs = g.nodes[naqvi[0]]
    assert attrs["labels"] == ":Entity:Person" and attrs["type"] == "person"
    assert isinstance(attrs["degree"], int) and attrs["degree"] == g.degree(naqvi[0])
    assert attrs["iri"].startswith("https://newsgraph.example/id/entity/")
    edge_labels = {a["label"] for _, _, a in g.edges(data=True)}
    assert {"CLAIMED", "SUBJECT", "OBJECT"} <= edge_labels
    assert all(TYPE_RE.match(label) for label in edge_labels)
    for _, _, a in g.edges(data=True):
        assert isinstance(a["weight"], float) and a["weight"] > 0


def test_igraph_reads_the_same_graph(hand):
    ig = igraph.Graph.Read_GraphML(str(hand / "graph.graphml"))
    nxg = nx.read_graphml(hand / "graph.graphml", force_multigraph=True)
    assert ig.vcount() == nxg.number_of_nodes() and ig.ecount() == nxg.number_of_edges()
    assert ig.is_directed()
    assert "Mohsin Naqvi" in ig.vs["label"]
    assert set(ig.es["label"]) == {a["label"] for _, _, a in nxg.edges(data=True)}
    assert all(label.startswith(":") for label in ig.vs["labels"])
    person = ig.vs.find(label="Mohsin Naqvi")
    assert person["type"] == "person" and person.degree() == int(person["degree"])


def rdf_view(path):
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    def of_type(cls):
        return {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(cls))}
    reif = {}
    for prop in ("subject", "object"):
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF + prop), None):
            reif.setdefault(q.subject.value, {})[prop] = q.object
    return of_type(NG + "Entity"), of_type(NG + "Statement"), of_type(NG + "Claim"), reif


def test_nodes_and_edges_correspond_to_the_rdf_export(hand, randoms):
    """The mapping documented in PropertyGraphBuilder.swift, checked against the RDF export:
    entity nodes = ng:Entity; every ng:Statement is exactly one statement node or one
    relation/CLAIMED edge (by IRI); claim nodes = ng:Claim; a relation edge's ends are the
    reified rdf:subject/rdf:object."""
    for d in all_dirs(hand, randoms):
        entities, statements, claims, reif = rdf_view(d / "graph.nt")
        g = nx.read_graphml(d / "graph.graphml", force_multigraph=True)
        nodes = dict(g.nodes(data=True))
        entity_nodes = {a["iri"] for a in nodes.values() if a["labels"].startswith(":Entity:")}
        assert entity_nodes == entities
        assert sum(1 for a in nodes.values() if a["labels"].startswith(":Entity:")) == len(entities)
        statement_nodes = [a["iri"] for a in nodes.values() if a["labels"].startswith(":Statement")]
        claim_nodes = {a["iri"] for a in nodes.values() if a["labels"] == ":Statement:Claim"}
        assert claim_nodes == claims
        relation_edges = [(u, v, a) for u, v, a in g.edges(data=True) if a["label"] not in ("SUBJECT", "OBJECT")]
        speaker_only = [a for _, _, a in relation_edges if a.get("iri") in claim_nodes]  # attribution CLAIMED
        reporting = [(u, v, a) for u, v, a in relation_edges if a.get("iri") not in claim_nodes]
        assert len(statement_nodes) + len(reporting) == len(statements)
        assert set(statement_nodes) | {a["iri"] for _, _, a in reporting} == statements
        assert all(a["label"] == "CLAIMED" for a in speaker_only)
        for u, v, a in reporting:
            r = reif[a["iri"]]
            if nodes[u]["labels"].startswith(":Entity:"):
                assert r["subject"].value == nodes[u]["iri"]
            if nodes[v]["labels"].startswith(":Entity:") or nodes[v]["labels"].startswith(":Statement"):
                assert r["object"].value == nodes[v]["iri"]
            elif nodes[v]["labels"].startswith(":Value:"):
                assert isinstance(r["object"], ox.Literal)
        value_nodes = [a for a in nodes.values() if a["labels"].startswith(":Value:")]
        assert len(nodes) == len(entity_nodes) + len(statement_nodes) + len(value_nodes)


def test_output_is_byte_identical_across_runs(tmp_path, fixture):
    a = fixture(tmp_path / "a", "graphml", "--random-seed", "5", "--statements", "200")
    b = fixture(tmp_path / "b", "graphml", "--random-seed", "5", "--statements", "200")
    assert (a / "0000" / "graph.graphml").read_bytes() == (b / "0000" / "graph.graphml").read_bytes()
