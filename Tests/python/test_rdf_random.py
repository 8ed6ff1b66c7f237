"""Property test: many seeded random corpora with hostile strings round-trip through every RDF
format in both parsers, and the formats agree."""
import pytest

from rdf_helpers import RDF_FILES, diff, oxigraph_quads, rdflib_graphs, rdflib_union, same_graph

RDF_FORMATS = "turtle,ntriples,nquads,trig,jsonld"


def check_corpus(directory):
    turtle = rdflib_union(directory / "graph.ttl")
    for name in RDF_FILES:
        path = directory / name
        union = turtle if name == "graph.ttl" else rdflib_union(path)
        assert same_graph(union, turtle), f"{path}: " + diff(union, turtle)
        ox_triples = {(q.subject, q.predicate, q.object) for q in oxigraph_quads(path)}
        assert len(ox_triples) == len(turtle), path
    reference = rdflib_graphs(directory / "graph.nq")
    for name in ["graph.trig", "graph.jsonld"]:
        assert rdflib_graphs(directory / name) == reference, directory / name
    return len(turtle)


def test_many_small_random_corpora(run_newsgraph, tmp_path):
    count = 300
    run_newsgraph("fixture", "--random-seed", 1000, "--count", count, "--statements", 12, "--out", tmp_path,
                  "--format", RDF_FORMATS)
    triples = sum(check_corpus(tmp_path / f"{i:04d}") for i in range(count))
    assert triples > count * 100


@pytest.mark.parametrize("seed", [7, 8])
def test_large_random_corpus(run_newsgraph, tmp_path, seed):
    run_newsgraph("fixture", "--random-seed", seed, "--statements", 1500, "--out", tmp_path, "--format", RDF_FORMATS)
    assert check_corpus(tmp_path / "0000") > 30_000


def test_rdf12_random_corpora_parse_in_pyoxigraph(run_newsgraph, tmp_path):
    run_newsgraph("fixture", "--random-seed", 50, "--count", 20, "--statements", 40, "--out", tmp_path,
                  "--format", "turtle,ntriples,nquads,trig", "--rdf12")
    for i in range(20):
        sets = [{(q.subject, q.predicate, q.object) for q in oxigraph_quads(tmp_path / f"{i:04d}" / n)}
                for n in ["graph.ttl", "graph.nt", "graph.nq", "graph.trig"]]
        assert all(s == sets[0] for s in sets) and len(sets[0]) > 100
