"""The five SPARQL questions users ask, run in pyoxigraph over the fixture's N-Quads and TriG."""
import pyoxigraph as ox
import pytest

from conftest import QUERIES


@pytest.fixture(scope="module", params=["graph.nq", "graph.trig"])
def store(request, fixture_export):
    export = fixture_export("nquads,trig")
    s = ox.Store()
    fmt = ox.RdfFormat.N_QUADS if request.param == "graph.nq" else ox.RdfFormat.TRIG
    s.load(path=str(export / request.param), format=fmt)
    return s


def rows(store, name):
    result = store.query((QUERIES / name).read_text())
    names = [v.value for v in result.variables]
    return [{n: (None if sol[n] is None else sol[n].value) for n in names} for sol in result]


def test_who_claimed_what(store):
    r = rows(store, "who_claimed_what.rq")
    got = {(x["speaker"], x["cue"], x["subject"], x["predicate"], x["object"]) for x in r}
    assert got == {
        ("Mohsin Naqvi", "claim", "Gandapur", "fled from", "D-Chowk"),
        ("Mohsin Naqvi", "claim", "the protesters", "were armed", None),
        ("Imran Khan", "say", "Naqvi", "claimed", "the protesters were armed"),
        ("Imran Khan", "deny", "Gandapur", "fled", None),
        ("Ali Amin Gandapur", "say", "We", "will not leave", None),
    }
    assert [x["quotation"] for x in r if x["quotation"]] == ["We will not leave,"]


def test_contradictions(store):
    r = rows(store, "contradictions.rq")
    assert len(r) == 3
    counts = next(x for x in r if x["reason"].startswith("4000"))
    assert {counts["firstText"], counts["secondText"]} == {"Police | arrested | at least 4,000 protesters",
                                                           "Police | arrested | 450 protesters"}
    assert counts["firstDocument"] != counts["secondDocument"]


def test_everything_about_a_person(store):
    r = rows(store, "about_person.rq")
    got = {(x["role"], x["predicate"], x["asserted"], x["document"]) for x in r}
    assert got == {
        ("subject", "fled from", "false", "dawn-2024-11-27"),
        ("subject", "said", "true", "dawn-2024-11-27"),
        ("speaker", "will not leave", "false", "dawn-2024-11-27"),
        ("subject", "fled", "false", 'geo 2024/11/27 <odd> "id" {x}|^`\\ end'),
        ("subject", "did not flee", "true", "  empty-ish  "),
    }
    assert any(x["url"] == "https://www.dawn.com/news/1875123/protesters-dispersed" for x in r)


def test_statements_per_document(store):
    r = rows(store, "statements_per_document.rq")
    got = {x["document"]: (int(x["statements"]), int(x["assertedStatements"])) for x in r}
    assert got == {"  empty-ish  ": (2, 2), "dawn-2024-11-27": (11, 7),
                   'geo 2024/11/27 <odd> "id" {x}|^`\\ end': (4, 3), "tribune-ü-😀": (2, 2)}


def test_attribution_chain_of_nested_claim(store):
    r = rows(store, "attribution_chain.rq")
    got = [(int(x["distance"]), x["speaker"], x["attributedTo"], x["asserted"]) for x in r]
    assert got == [(1, "Mohsin Naqvi", "Imran Khan", "false"), (2, "Imran Khan", None, "true")]
