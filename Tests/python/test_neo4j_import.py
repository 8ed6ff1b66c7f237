"""Neo4j CSV export: loads into Kùzu (an embedded Cypher database) with tables built from the
CSV headers, and Cypher returns the same counts and a known claim path; import.cypher covers
every label set and relationship type of the CSVs."""
import csv
import pathlib
import re

import kuzu
import networkx as nx
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
KUZU_TYPES = {"int": "INT64", "long": "INT64", "double": "DOUBLE", "float": "DOUBLE", "boolean": "BOOLEAN",
              "string": "STRING", "string[]": "STRING"}


@pytest.fixture(scope="module")
def fixture(run_newsgraph):
    """Writes the fixture corpus (conftest.py's run_newsgraph runs the real binary)."""
    def write(out, formats, *extra):
        run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
        return out
    return write


@pytest.fixture(scope="module")
def dirs(tmp_path_factory, fixture):
    hand = fixture(tmp_path_factory.mktemp("hand"), "neo4j,graphml")
    rnd = fixture(tmp_path_factory.mktemp("random"), "neo4j,graphml", "--random-seed", "8", "--statements", "300")
    return [hand, rnd / "0000"]


def header(path):
    with open(path, newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


def column(field):
    """`begin:int` -> ("begin", "INT64"); `:LABEL` -> ("labels", "STRING"); `nodeId:ID(Node)` -> key."""
    if field == ":LABEL":
        return "labels", "STRING"
    if field == ":TYPE":
        return "type", "STRING"
    name, _, kind = field.partition(":")
    if kind.startswith("ID("):
        return name, "STRING"
    return name, KUZU_TYPES[kind or "string"]


def load(directory, db_path):
    conn = kuzu.Connection(kuzu.Database(str(db_path)))
    nodes, rels = directory / "neo4j" / "nodes.csv", directory / "neo4j" / "relationships.csv"
    node_header = header(nodes)
    assert node_header[0] == "nodeId:ID(Node)" and node_header[1] == ":LABEL"
    cols = [column(f) for f in node_header]
    conn.execute("CREATE NODE TABLE Node(" + ", ".join(f"`{n}` {t}" for n, t in cols) + ", PRIMARY KEY(nodeId))")
    rel_header = header(rels)
    assert rel_header[:3] == [":START_ID(Node)", ":END_ID(Node)", ":TYPE"]
    rel_cols = [column(f) for f in rel_header[2:]]
    conn.execute("CREATE REL TABLE REL(FROM Node TO Node, " + ", ".join(f"`{n}` {t}" for n, t in rel_cols) + ")")
    conn.execute(f"COPY Node FROM '{nodes}' (HEADER=true, PARALLEL=false)")
    conn.execute(f"COPY REL FROM '{rels}' (HEADER=true, PARALLEL=false)")
    return conn


def scalar(conn, query):
    result = conn.execute(query)
    assert result.has_next()
    return result.get_next()[0]


def test_counts_match_graphml(dirs, tmp_path):
    for i, d in enumerate(dirs):
        conn = load(d, tmp_path / f"db{i}")
        g = nx.read_graphml(d / "graph.graphml", force_multigraph=True)
        assert scalar(conn, "MATCH (n:Node) RETURN count(*)") == g.number_of_nodes()
        assert scalar(conn, "MATCH ()-[r:REL]->() RETURN count(*)") == g.number_of_edges()
        entities = sum(1 for _, a in g.nodes(data=True) if a["labels"].startswith(":Entity:"))
        assert scalar(conn, "MATCH (n:Node) WHERE n.labels STARTS WITH 'Entity;' RETURN count(*)") == entities
        claimed = sum(1 for _, _, a in g.edges(data=True) if a["label"] == "CLAIMED")
        assert scalar(conn, "MATCH ()-[r:REL]->() WHERE r.type = 'CLAIMED' RETURN count(*)") == claimed
        # Typed columns arrived typed.
        degree_sum = sum(a["degree"] for _, a in g.nodes(data=True))
        assert scalar(conn, "MATCH (n:Node) RETURN sum(n.degree)") == degree_sum == 2 * g.number_of_edges()
        assert all(a["degree"] == g.degree(n) for n, a in g.nodes(data=True))


def test_known_claim_path(dirs, tmp_path):
    conn = load(dirs[0], tmp_path / "db")
    result = conn.execute(
        "MATCH (s:Node)-[c:REL]->(claim:Node)-[x:REL]->(e:Node) "
        "WHERE s.name = 'Mohsin Naqvi' AND c.type = 'CLAIMED' AND x.type = 'SUBJECT' "
        "RETURN claim.labels, claim.predicate, e.name, c.cue ORDER BY claim.predicate")
    paths = []
    while result.has_next():
        paths.append(tuple(result.get_next()))
    assert ("Statement;Claim", "flee from", "Ali Amin Gandapur", "claim") in paths
    aliases = scalar(conn, "MATCH (n:Node) WHERE n.name = 'Ali Amin Gandapur' RETURN n.aliases")
    assert "Gandapur" in aliases.split(";")


def test_import_cypher_covers_every_label_set_and_type(dirs):
    for d in dirs:
        script = (d / "neo4j" / "import.cypher").read_text(encoding="utf-8")
        with open(d / "neo4j" / "nodes.csv", newline="", encoding="utf-8") as f:
            labels = {r[":LABEL"] for r in csv.DictReader(f)}
        with open(d / "neo4j" / "relationships.csv", newline="", encoding="utf-8") as f:
            types = {r[":TYPE"] for r in csv.DictReader(f)}
        assert set(re.findall(r"row\.`:LABEL` = '([^']*)'", script)) == labels
        assert set(re.findall(r"row\.`:TYPE` = '([^']*)'", script)) == types
        for t in types:
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", t)
            assert f"CREATE (a)-[r:{t}]->(b)" in script
        for ls in labels:
            assert "CREATE (n:NewsgraphImport" + "".join(":" + l for l in ls.split(";")) + ")" in script
