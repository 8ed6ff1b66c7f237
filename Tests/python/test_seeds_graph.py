"""The facts the seeds must yield, asserted in the committed exports/ through SPARQL (pyoxigraph).

test_exports.py proves exports/ is what `newsgraph export` writes today, so these are
properties of the real pipeline's output on the five seed articles.
"""
import pathlib

import pyoxigraph
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PREFIXES = """
PREFIX ng: <https://newsgraph.example/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""


@pytest.fixture(scope="module")
def store():
    s = pyoxigraph.Store()
    s.load(path=str(ROOT / "exports" / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    return s


def select(store, query):
    return [[term.value if term is not None else None for term in row]
            for row in store.query(PREFIXES + query, use_default_graph_as_union=True)]


def entities_named(store, names):
    values = " ".join(f'"{n}"' for n in names)
    return {row[0] for row in select(store, f"""
        SELECT DISTINCT ?e WHERE {{
          ?e a ng:Entity .
          {{ ?e skos:prefLabel ?n }} UNION {{ ?e skos:altLabel ?n }}
          VALUES ?n {{ {values} }}
        }}""")}


@pytest.mark.parametrize("names", [
    ["Imran Khan", "Khan", "Mr Khan", "Mr. Khan"],
    ["Bushra Bibi", "Bibi", "Ms Bibi"],
    ["Ali Amin Gandapur", "Gandapur"],
    ["Mohsin Naqvi", "Naqvi"],
    ["PTI", "Pakistan Tehreek-e-Insaf"],
    ["Shehbaz Sharif"],
    ["Islamabad"],
])
def test_one_node_per_real_world_entity(store, names):
    found = entities_named(store, names)
    assert len(found) == 1, f"{names[0]}: expected one node, found {sorted(found)}"


def test_no_pronoun_nodes(store):
    rows = select(store, """
        SELECT ?e ?n WHERE {
          ?e a ng:Entity ; skos:prefLabel ?n .
          FILTER(LCASE(STR(?n)) IN ("he", "she", "they", "him", "her", "his", "their", "them", "it", "its",
                                    "we", "our", "us", "i", "you", "who", "which", "that"))
        }""")
    assert rows == []


def test_the_design_card_claim(store):
    """Naqvi —claimed→ [Gandapur —absconded→] and [Bibi —absconded→], not asserted, with evidence."""
    naqvi = entities_named(store, ["Mohsin Naqvi"]).pop()
    gandapur = entities_named(store, ["Ali Amin Gandapur"]).pop()
    bibi = entities_named(store, ["Bushra Bibi"]).pop()
    rows = select(store, f"""
        SELECT ?speakerStatement ?inner ?innerSubject ?asserted ?begin ?end ?sentence WHERE {{
          ?speakerStatement rdf:subject <{naqvi}> ; ng:claim ?inner .
          ?inner rdf:subject ?innerSubject ; rdf:predicate ?p ; ng:asserted ?asserted ;
                 prov:wasAttributedTo <{naqvi}> .
          FILTER(STRENDS(STR(?p), "abscond"))
          OPTIONAL {{ ?inner ng:evidence ?ev . ?ev nif:beginIndex ?begin ; nif:endIndex ?end .
                     OPTIONAL {{ ?ev nif:anchorOf ?sentence }} }}
        }}""")
    subjects = {row[2] for row in rows}
    assert {gandapur, bibi} <= subjects, rows
    for row in rows:
        assert row[3] == "false", "a claimed statement must not be asserted"
        assert row[4] is not None and int(row[4]) < int(row[5])
    # The claimed content is never asserted as a fact in any graph.
    assert not select(store, f"""
        SELECT ?g WHERE {{ GRAPH ?g {{ <{gandapur}> ?p ?o }} FILTER(STRENDS(STR(?p), "abscond")) }}""")


def test_the_three_contradictions(store):
    rows = select(store, """
        SELECT ?reason ?t1 ?t2 ?d1 ?d2 WHERE {
          ?c a ng:Contradiction ; ng:reason ?reason ; ng:statement ?a , ?b .
          FILTER(STR(?a) < STR(?b))
          ?a prov:wasDerivedFrom ?d1 . ?b prov:wasDerivedFrom ?d2 .
          OPTIONAL { ?a ng:objectText ?t1 } OPTIONAL { ?b ng:objectText ?t2 }
        }""")
    text = "\n".join(" | ".join(str(v) for v in row) for row in rows)
    assert any("450" in t and "4,000" in t or "450" in t and "4000" in t for t in text.splitlines()), text
    assert any("150" in t and "200" in t for t in text.splitlines()), text
    assert any(("six" in t or "6" in t) and "hundreds" in t for t in text.splitlines()), text
    for row in rows:
        assert row[3] != row[4], "a contradiction links statements from different sources"
