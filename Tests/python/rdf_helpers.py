"""Parsing and comparison helpers for the RDF tests (rdflib and pyoxigraph)."""
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic
from rdflib.term import BNode

# file name -> (rdflib format, pyoxigraph format, keeps named graphs)
RDF_FILES = {
    "graph.ttl": ("turtle", ox.RdfFormat.TURTLE, False),
    "graph.nt": ("nt", ox.RdfFormat.N_TRIPLES, False),
    "graph.nq": ("nquads", ox.RdfFormat.N_QUADS, True),
    "graph.trig": ("trig", ox.RdfFormat.TRIG, True),
    "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD, True),
}


def rdflib_dataset(path: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(str(path), format=RDF_FILES[path.name][0])
    return ds


def rdflib_union(path: Path) -> rdflib.Graph:
    """All triples of every graph of the file, in one graph."""
    union = rdflib.Graph()
    for s, p, o, _ in rdflib_dataset(path).quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def rdflib_graphs(path: Path) -> dict:
    """Named graph IRI (None for the default graph) -> set of triples."""
    graphs = {}
    for s, p, o, g in rdflib_dataset(path).quads((None, None, None, None)):
        name = None if g is None or g == rdflib.graph.DATASET_DEFAULT_GRAPH_ID or isinstance(g, BNode) else str(g)
        graphs.setdefault(name, set()).add((s, p, o))
    return graphs


def oxigraph_quads(path: Path) -> list:
    return list(ox.parse(path=str(path), format=RDF_FILES[path.name][1]))


def same_graph(a: rdflib.Graph, b: rdflib.Graph) -> bool:
    """Isomorphism; with no blank nodes (our exports have none) that is set equality, which is
    much faster and gives a readable diff on failure."""
    has_bnodes = any(isinstance(t, BNode) for triple in a for t in triple) or any(
        isinstance(t, BNode) for triple in b for t in triple)
    if has_bnodes:
        return isomorphic(a, b)
    return set(a) == set(b)


def diff(a, b, limit=5) -> str:
    only_a = list(set(a) - set(b))[:limit]
    only_b = list(set(b) - set(a))[:limit]
    return f"only in first: {only_a}\nonly in second: {only_b}"
