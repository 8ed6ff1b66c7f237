"""Property test: many seeded random corpora with hostile strings round-trip through every RDF
format in both parsers, and the formats agree."""
import pytest

from rdf_helpers import RDF_FILES, diff, oxigraph_quads, rdflib_graphs, rdflib_union, same_graph

RDF_FORMATS = "turtle,ntriples,nquads,trig,jsonld"


def check_with_oxigraph(directory):
    """Every format parses in pyoxigraph; the unions are equal (our exports have no blank nodes,
    so set equality is isomorphism) and the datasets agree graph by graph."""
    parsed = {name: oxigraph_quads(directory / name) for name in RDF_FILES}
    unions = {name: {(q.subject, q.predicate, q.object) for q in quads} for name, quads in parsed.items()}
    reference = unions["graph.ttl"]
    for name, triples in unions.items():
        assert triples == reference, f"{directory / name}: " + diff(triples, reference)
    datasets = {name: set(parsed[name]) for name in ["graph.nq", "graph.trig", "graph.jsonld"]}
    assert datasets["graph.trig"] == datasets["graph.nq"] == datasets["graph.jsonld"], directory
    return len(reference)


def check_with_rdflib(directory):
    turtle = rdflib_union(directory / "graph.ttl")
    for name in RDF_FILES:
        path = directory / name
        union = turtle if name == "graph.ttl" else rdflib_union(path)
        assert same_graph(union, turtle), f"{path}: " + diff(union, turtle)
    reference = rdflib_graphs(directory / "graph.nq")
    for name in ["graph.trig", "graph.jsonld"]:
        assert rdflib_graphs(directory / name) == reference, directory / name
    return len(turtle)


def check_corpus(directory, rdflib_too=True):
    triples = check_with_oxigraph(directory)
    if rdflib_too:
        assert check_with_rdflib(directory) == triples, directory
    return triples


def test_many_small_random_corpora(run_newsgraph, tmp_path):
    count = 300
    run_newsgraph("fixture", "--random-seed", 1000, "--count", count, "--statements", 12, "--out", tmp_path,
                  "--format", RDF_FORMATS)
    # pyoxigraph checks all 300; rdflib (about 50x slower) every 10th, to stay within ~2 minutes.
    triples = sum(check_corpus(tmp_path / f"{i:04d}", rdflib_too=i % 10 == 0) for i in range(count))
    assert triples > count * 100


@pytest.mark.parametrize("seed,statements,rdflib_too", [(7, 1000, True), (8, 3000, False)])
def test_large_random_corpus(run_newsgraph, tmp_path, seed, statements, rdflib_too):
    run_newsgraph("fixture", "--random-seed", seed, "--statements", statements, "--out", tmp_path, "--format", RDF_FORMATS)
    assert check_corpus(tmp_path / "0000", rdflib_too) > statements * 20


def test_rdf12_random_corpora_parse_in_pyoxigraph(run_newsgraph, tmp_path):
    run_newsgraph("fixture", "--random-seed", 50, "--count", 20, "--statements", 40, "--out", tmp_path,
                  "--format", "turtle,ntriples,nquads,trig", "--rdf12")
    for i in range(20):
        sets = [{(q.subject, q.predicate, q.object) for q in oxigraph_quads(tmp_path / f"{i:04d}" / n)}
                for n in ["graph.ttl", "graph.nt", "graph.nq", "graph.trig"]]
        assert all(s == sets[0] for s in sets) and len(sets[0]) > 100
