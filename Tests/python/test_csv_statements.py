"""statements.csv: exact header, RFC 4180 parsing with Python's csv module, one row per RDF
ng:Statement, spreadsheet formula guard, UTF-8."""
import csv
import pathlib

import pyoxigraph as ox
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = ["subject", "predicate", "object", "attributed_to", "polarity", "modality", "confidence",
          "document", "sentence", "begin", "end"]
NUMERIC = {"confidence", "sentence", "begin", "end"}


@pytest.fixture(scope="module")
def fixture(run_newsgraph):
    """Writes the fixture corpus (conftest.py's run_newsgraph runs the real binary)."""
    def write(out, formats, *extra):
        run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
        return out
    return write


@pytest.fixture(scope="module")
def dirs(tmp_path_factory, fixture):
    hand = fixture(tmp_path_factory.mktemp("hand"), "csv,ntriples")
    rnd = fixture(tmp_path_factory.mktemp("random"), "csv,ntriples", "--random-seed", "21", "--statements", "300", "--count", "2")
    return [hand, *sorted(p for p in rnd.iterdir() if p.is_dir())]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def test_header_and_row_shape(dirs):
    for d in dirs:
        data = (d / "statements.csv").read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf")
        assert data.endswith(b"\r\n")
        table = rows(d / "statements.csv")
        assert table[0] == HEADER
        assert all(len(r) == len(HEADER) for r in table)
        for r in table[1:]:
            row = dict(zip(HEADER, r))
            assert row["polarity"] in ("positive", "negative")
            assert 0 <= float(row["confidence"]) <= 1
            assert int(row["begin"]) <= int(row["end"]) and int(row["sentence"]) >= 0


def test_one_row_per_rdf_statement(dirs):
    for d in dirs:
        store = ox.Store()
        store.bulk_load(path=str(d / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        statements = list(store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                  ox.NamedNode("https://newsgraph.example/ns#Statement")))
        assert len(rows(d / "statements.csv")) - 1 == len(statements)


def test_no_cell_can_run_as_a_formula(dirs):
    guarded = 0
    for d in dirs:
        for r in rows(d / "statements.csv")[1:]:
            for name, cell in zip(HEADER, r):
                if name in NUMERIC:
                    continue
                assert not cell[:1] in ("=", "+", "-", "@"), (name, cell)
                guarded += cell.startswith("'")
    assert guarded >= 0


def test_known_claim_row(dirs):
    table = [dict(zip(HEADER, r)) for r in rows(dirs[0] / "statements.csv")[1:]]
    claim = [r for r in table if r["subject"] == "Ali Amin Gandapur" and r["predicate"] == "flee from"]
    assert len(claim) == 1
    assert claim[0]["object"] == "D-Chowk" and claim[0]["attributed_to"] == "Mohsin Naqvi"
    report = [r for r in table if r["subject"] == "Mohsin Naqvi" and r["predicate"] == "claim"]
    assert report and report[0]["object"] == "Ali Amin Gandapur fled from D-Chowk"
