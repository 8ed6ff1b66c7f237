"""GEXF 1.3 export: profile XSD, networkx round trip, Gephi visuals and parallel-edge kinds."""
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROFILE_XSD = ROOT / "Schemas" / "newsgraph-gexf.xsd"
X = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


@pytest.fixture(scope="module")
def fixture(run_newsgraph):
    """Writes the fixture corpus (conftest.py's run_newsgraph runs the real binary)."""
    def write(out, formats, *extra):
        run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
        return out
    return write


@pytest.fixture(scope="module")
def dirs(tmp_path_factory, fixture):
    hand = fixture(tmp_path_factory.mktemp("hand"), "gexf,graphml")
    rnd = fixture(tmp_path_factory.mktemp("random"), "gexf,graphml", "--random-seed", "3", "--statements", "250", "--count", "2")
    return [hand, *sorted(p for p in rnd.iterdir() if p.is_dir())]


def test_valid_against_profile_xsd(dirs):
    for d in dirs:
        r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(PROFILE_XSD), str(d / "graph.gexf")],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]


def test_networkx_reads_same_graph_as_graphml(dirs):
    for d in dirs:
        gexf = nx.read_gexf(d / "graph.gexf", version="1.3")
        graphml = nx.read_graphml(d / "graph.graphml", force_multigraph=True)
        assert gexf.number_of_nodes() == graphml.number_of_nodes()
        assert gexf.number_of_edges() == graphml.number_of_edges()
        assert sorted(a["label"] for _, a in gexf.nodes(data=True)) == sorted(a["label"] for _, a in graphml.nodes(data=True))
        assert sorted(a["label"] for _, _, a in gexf.edges(data=True)) == sorted(a["label"] for _, _, a in graphml.edges(data=True))


def test_attributes_visuals_and_kinds(dirs):
    g = nx.read_gexf(dirs[0] / "graph.gexf", version="1.3")
    naqvi = next(a for _, a in g.nodes(data=True) if a["label"] == "Mohsin Naqvi")
    assert naqvi["type"] == "person" and naqvi["labels"] == ":Entity:Person"
    assert isinstance(naqvi["degree"], int)
    assert naqvi["viz"]["color"] == {"r": 31, "g": 119, "b": 180, "a": 1.0} or \
        (naqvi["viz"]["color"]["r"], naqvi["viz"]["color"]["g"], naqvi["viz"]["color"]["b"]) == (31, 119, 180)
    assert naqvi["viz"]["size"] > 4
    root = ET.parse(dirs[0] / "graph.gexf").getroot()
    classes = [a.get("class") for a in root.iter(X + "attributes")]
    assert classes == ["node", "edge"]
    for edge in root.iter(X + "edge"):
        assert edge.get("kind") == edge.get("label") and re.fullmatch(r"[A-Z][A-Z0-9_]*", edge.get("kind"))
        assert 0 < float(edge.get("weight")) <= 1
    for node in root.iter(X + "node"):
        assert [c.tag for c in node] == [X + "attvalues", VIZ + "color", VIZ + "size"]
