"""CaRB dev benchmark for `newsgraph extract --format carb`.

Runs the built binary on ../shared/data/carb/dev.txt and scores it with the shared CaRB scorer.
Skipped when ../shared is absent or when the parser model is not installed (E201).
Guards F1 and AUC just below what was measured (see the extract branch report).
"""
import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data" / "carb" / "dev.txt"
GOLD = SHARED / "data" / "carb" / "dev-gold.tsv"
SCORER = SHARED / "tools" / "carb_score.py"
BIN = pathlib.Path(os.environ.get("NEWSGRAPH_BIN", ROOT / ".build" / "debug" / "newsgraph"))

# Measured on CaRB dev (641 sentences) with the committed models (tagger, parser, NER): F1 0.527, AUC 0.358
# (release build); the guards sit just below.
MIN_F1 = float(os.environ.get("CARB_MIN_F1", "0.50"))
MIN_AUC = float(os.environ.get("CARB_MIN_AUC", "0.33"))

needs_shared = pytest.mark.skipif(not (DEV.exists() and GOLD.exists() and SCORER.exists()), reason="needs ../shared (CaRB dev data and scorer)")
needs_binary = pytest.mark.skipif(not BIN.exists(), reason=f"needs the built binary at {BIN} (set NEWSGRAPH_BIN)")


def run_extract(path, tmp_path):
    result = subprocess.run([str(BIN), "extract", "--format", "carb", str(path)], capture_output=True, text=True, timeout=1800)
    if result.returncode != 0 and "E201" in result.stderr:
        pytest.skip("the parser model is not installed (E201): " + result.stderr.strip())
    assert result.returncode == 0, result.stderr
    return result.stdout


@needs_binary
def test_carb_format_and_sentences_kept_exactly(tmp_path):
    source = tmp_path / "two.txt"
    sentences = [
        "Home Minister Mohsin Naqvi claimed that Gandapur and Bibi had absconded .",
        "He served as the first Prime Minister of Australia and became a founding justice of the High Court of Australia .",
    ]
    source.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    out = run_extract(source, tmp_path)
    lines = [line for line in out.split("\n") if line]
    assert lines, "no extractions"
    for line in lines:
        fields = line.split("\t")
        assert len(fields) >= 4, line
        assert fields[0] in sentences
        assert 0.0 <= float(fields[1]) <= 1.0
        assert fields[2].strip() and fields[3].strip()
    # The design example: the inner statements read with their auxiliary, one per conjunct.
    relations = [line.split("\t")[2] for line in lines if line.startswith("Home Minister")]
    assert any("absconded" in r for r in relations), relations
    # Deterministic: same input, byte-identical output.
    assert run_extract(source, tmp_path) == out


@needs_binary
def test_carb_bad_input_is_reported(tmp_path):
    result = subprocess.run([str(BIN), "extract", "--format", "carb", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert result.returncode != 0
    assert "E101" in result.stderr


@needs_shared
@needs_binary
def test_carb_dev_score(tmp_path):
    predictions = tmp_path / "dev-pred.tsv"
    predictions.write_text(run_extract(DEV, tmp_path), encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(predictions), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    print("CaRB dev:", result)
    assert result["f1"] >= MIN_F1, result
    assert result["auc"] >= MIN_AUC, result
