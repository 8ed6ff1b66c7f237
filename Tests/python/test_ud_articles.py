"""scripts/ud-articles: the 1,000-article benchmark batch built from the UD treebanks' raw text."""
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
UD = ROOT.parent / "shared" / "data" / "ud"
pytestmark = pytest.mark.skipif(not any(UD.glob("*.conllu")), reason="needs ../shared/data/ud")


def batch(*arguments):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "ud-articles"), *arguments],
                         check=True, capture_output=True, text=True).stdout
    return out, [json.loads(line) for line in out.splitlines()]


def test_batch_has_the_asked_articles_with_unique_ids_and_real_text():
    text, records = batch("--articles", "1000")
    assert len(records) == 1000
    assert len({r["id"] for r in records}) == 1000
    assert all(r["text"].strip() and set(r) == {"id", "text"} for r in records)
    # Sentences come from `# text =` lines: the first EWT dev document's opening sentence is there.
    assert "Bush nominated Jennifer M. Anderson" in records[0]["text"]
    assert batch("--articles", "1000")[0] == text  # deterministic


def test_long_documents_are_cut_and_a_larger_batch_starts_over_with_new_ids():
    _, records = batch("--articles", "3000")
    ids = [r["id"] for r in records]
    assert len(set(ids)) == 3000
    assert any("-part2" in i for i in ids)
    assert any(i.endswith("~2") for i in ids) and any(i.endswith("~3") for i in ids)
    # One sentence per article: the articles are the treebank's `# text =` lines, in order.
    _, single = batch("--articles", "20", "--max-sentences", "1")
    first = sorted(UD.glob("*.conllu"))[0]
    sentences = [line[len("# text ="):].strip() for line in first.read_text(encoding="utf-8").splitlines()
                 if line.startswith("# text =")]
    assert [r["text"] for r in single] == sentences[:20]
