"""The main job end to end: `newsgraph export` on seeds/ with the real binary."""
import json
import pathlib
import shutil

import jsonschema
import pytest

from e2e_support import ROOT, run, tree


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    result = run("export", "seeds", "--out", out, check=True)
    assert b"newsgraph: 5 documents" in result.stderr
    return out


def test_committed_exports_are_current(seeds_export):
    """exports/ is what `newsgraph export` writes for seeds/ (regenerate with scripts/export)."""
    committed = tree(ROOT / "exports")
    fresh = tree(seeds_export)
    assert sorted(committed) == sorted(fresh), "exports/ lists other files than a fresh export"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"exports/ is stale, regenerate with scripts/export: {stale}"


def test_output_is_byte_identical_across_runs(seeds_export, tmp_path):
    run("export", "seeds", "--out", tmp_path, "--quiet", check=True)
    assert tree(tmp_path) == tree(seeds_export)


def test_every_format_is_written(seeds_export):
    names = set(tree(seeds_export))
    for expected in ["graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld", "graph.graphml",
                     "graph.gexf", "statements.csv", "neo4j/nodes.csv", "neo4j/relationships.csv",
                     "neo4j/import.cypher"]:
        assert expected in names
    assert not [n for n in names if ".tmp" in n], "temporary files left behind"


def test_keep_going_exports_the_good_articles(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ROOT / "seeds" / "003_3867928d961dc38d.txt", inputs / "good.txt")
    (inputs / "bad.txt").write_bytes(b"caf\xe9\n")
    (inputs / "batch.jsonl").write_text('{"id": "j1", "text": "Police arrested 450 protesters in Islamabad."}\n{oops\n')
    out = tmp_path / "out"
    strict = run("export", inputs, "--out", out)
    assert strict.returncode == 3
    assert not out.exists(), "a failed batch must write nothing without --keep-going"
    result = run("export", inputs, "--out", out, "--keep-going", "--format", "ntriples,csv")
    assert result.returncode == 1, result.stderr
    stderr = result.stderr.decode()
    assert f"{inputs / 'bad.txt'}:1 (byte 3): invalid UTF-8" in stderr
    assert f"{inputs / 'batch.jsonl'}:2: not valid JSON" in stderr
    assert "2 documents" in stderr and "2 failed" in stderr
    nt = (out / "graph.nt").read_text()
    assert "/doc/good>" in nt and "/doc/j1>" in nt


def test_a_failed_run_leaves_the_previous_export_intact(seeds_export, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_export, out)
    before = tree(out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = run("export", bad, "--out", out)
    assert result.returncode == 3
    assert tree(out) == before


def test_statement_records_match_their_schema():
    schema = json.loads((ROOT / "Schemas" / "statement.schema.json").read_text())
    result = run("extract", "seeds", "--format", "jsonl", check=True)
    lines = result.stdout.decode().splitlines()
    assert len(lines) > 50
    records = [json.loads(line) for line in lines]
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        validator.validate(record)
    ids = {r["id"] for r in records}
    for record in records:
        if record["object_statement"] is not None:
            assert record["object_statement"] in ids, "a claim points at a statement that is not in the output"
            inner = next(r for r in records if r["id"] == record["object_statement"])
            assert inner["asserted"] is False
            assert inner["attributed_to"] is not None
    # Evidence is checkable: every statement lies inside its sentence, and its arguments'
    # offsets inside the statement's document.
    for record in records:
        assert 0 <= record["begin"] <= record["end"]
        assert record["sentence"].strip(), "every statement carries its sentence"
        for argument in [record["subject"], record["object"]]:
            if argument and argument["begin"] is not None:
                assert argument["begin"] <= argument["end"]


def test_stdin_and_tsv(tmp_path):
    article = "Police arrested 450 protesters in Islamabad on Tuesday, officials said.\n"
    result = run("extract", "-", "--format", "tsv", "--date", "2024-11-27", stdin=article.encode(), check=True)
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("id\tdocument\tsentence_index")
    assert len(lines) >= 2
    assert all(len(line.split("\t")) == 14 for line in lines)
