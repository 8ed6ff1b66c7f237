"""`newsgraph validate`: accepts the exports, rejects broken files with file:line messages and
exit status 3; the N-Triples checker agrees with pyoxigraph on valid and invalid lines."""
import pathlib
import shutil

import pyoxigraph as ox
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fixture(run_newsgraph):
    """Writes the fixture corpus (conftest.py's run_newsgraph runs the real binary)."""
    def write(out, formats, *extra):
        run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
        return out
    return write


@pytest.fixture(scope="module")
def validate(run_newsgraph):
    def run(*files):
        return run_newsgraph("validate", *files, check=False)
    return run


@pytest.fixture(scope="module")
def good(tmp_path_factory, fixture):
    return fixture(tmp_path_factory.mktemp("good"), "graphml,gexf,ntriples,nquads")


def test_accepts_every_export(good, tmp_path, fixture, validate):
    files = [good / n for n in ("graph.graphml", "graph.gexf", "graph.nt", "graph.nq")]
    r = validate(*files)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert "4 of 4 files valid" in r.stdout
    rnd = fixture(tmp_path / "rnd", "graphml,gexf,ntriples,nquads", "--random-seed", "2", "--statements", "400")
    r = validate(*(rnd / "0000" / n for n in ("graph.graphml", "graph.gexf", "graph.nt", "graph.nq")))
    assert r.returncode == 0, r.stderr


def edited(src, dst, edit):
    lines = src.read_text(encoding="utf-8").split("\n")
    line = edit(lines)
    dst.write_text("\n".join(lines), encoding="utf-8")
    return line


def test_rejects_broken_graphml_with_line(good, tmp_path, validate):
    def drop_label(lines):
        i = next(i for i, l in enumerate(lines) if "<edge " in l)
        del lines[i + 1]  # the edge's first child, <data key="label">
        return i + 2      # 1-based line of the data element now first
    bad = tmp_path / "bad.graphml"
    line = edited(good / "graph.graphml", bad, drop_label)
    r = validate(bad, good / "graph.gexf")
    assert r.returncode == 3
    assert f"error[E401]: {bad}:{line}: " in r.stderr
    assert "first <data> must be key=\"label\"" in r.stderr
    assert "1 of 2 files valid" in r.stdout


def test_rejects_broken_gexf_with_line(good, tmp_path, validate):
    def bad_weight(lines):
        i = next(i for i, l in enumerate(lines) if "<edge " in l)
        lines[i] = lines[i].replace('weight="', 'weight="-')
        return i + 1
    bad = tmp_path / "bad.gexf"
    line = edited(good / "graph.gexf", bad, bad_weight)
    r = validate(bad)
    assert r.returncode == 3 and f"{bad}:{line}: " in r.stderr


def test_rejects_broken_ntriples_and_nquads_with_lines(good, tmp_path, validate):
    bad = tmp_path / "bad.nt"
    line = edited(good / "graph.nt", bad, lambda ls: (ls.__setitem__(9, ls[9].rstrip(" .")), 10)[1])
    r = validate(bad)
    assert r.returncode == 3
    assert f"error[E401]: {bad}:{line}: column " in r.stderr and "expected '.'" in r.stderr
    badq = tmp_path / "bad.nq"
    shutil.copy(good / "graph.nq", badq)
    with open(badq, "a", encoding="utf-8") as f:
        f.write('<http://a.example/s> <http://a.example/p> "x"@ <http://g.example/> .\n')
    n = len(badq.read_text(encoding="utf-8").splitlines())
    r = validate(badq)
    assert r.returncode == 3 and f"{badq}:{n}: column 46: a language tag" in r.stderr


def test_unknown_extension_and_missing_file(tmp_path, validate):
    r = validate(tmp_path / "missing.nt", tmp_path / "x.ttl")
    assert r.returncode == 3
    assert "error[E101]" in r.stderr and "error[E110]" in r.stderr


LINES = [
    '<http://a.example/s> <http://a.example/p> <http://a.example/o> .',
    '_:b1 <http://a.example/p> "a\\u00e9\\"b" .',
    '<http://a.example/s> <http://a.example/p> "x"@en-GB .',
    '<http://a.example/s> <http://a.example/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    '<http://a.example/s> <http://a.example/p> "x" ',
    '<http://a.example/s> <http://a.example/p> x .',
    '<http://a.ex ample/s> <http://a.example/p> "x" .',
    '<http://a.example/s> <http://a.example/p> "bad\\q" .',
    '"lit" <http://a.example/p> "x" .',
    '<http://a.example/s> <http://a.example/p> "x"@ .',
    '_:b. <http://a.example/p> "x" .',
]


@pytest.mark.parametrize("line", LINES)
def test_ntriples_checker_agrees_with_pyoxigraph(tmp_path, line, validate):
    path = tmp_path / "one.nt"
    path.write_text(line + "\n", encoding="utf-8")
    try:
        list(ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))
        oxigraph_ok = True
    except SyntaxError:
        oxigraph_ok = False
    assert (validate(path).returncode == 0) == oxigraph_ok
