"""The README's SPARQL queries, run verbatim against the committed exports/ in pyoxigraph."""
import pathlib
import re

import pyoxigraph
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
QUERIES = re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)


@pytest.fixture(scope="module")
def store():
    s = pyoxigraph.Store()
    s.load(path=str(ROOT / "exports" / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    return s


def rows(store, index):
    return [[t.value if t is not None else None for t in row]
            for row in store.query(QUERIES[index], use_default_graph_as_union=True)]


def test_the_readme_has_five_queries():
    assert len(QUERIES) == 5


def test_who_claimed_what(store):
    result = rows(store, 0)
    assert any(speaker == "Mohsin Naqvi" and cue == "claim" and "Gandapur" in claimed and "abscond" in claimed
               for speaker, cue, claimed, _ in result), result[:10]


def test_contradictions(store):
    result = rows(store, 1)
    assert len(result) >= 3
    for reason, first, first_doc, second, second_doc in result:
        assert reason and first and second
        assert first_doc != second_doc


def test_everything_about_a_person(store):
    result = rows(store, 2)
    assert result
    documents = {row[3] for row in result}
    assert len(documents) >= 2, "Gandapur appears in several articles"
    for role, statement, asserted, document, begin, end, sentence in result:
        assert int(begin) < int(end)
        assert sentence is None or "Gandapur" in sentence


def test_statements_per_document(store):
    result = rows(store, 3)
    assert [row[0] for row in result] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    for document, statements, claims in result:
        assert int(statements) > 0 and 0 <= int(claims) <= int(statements)


def test_attribution_chain(store):
    result = rows(store, 4)
    assert result
    assert any(reporter == "Mohsin Naqvi" and depth == "1" for _, depth, reporter, *_ in result), result
