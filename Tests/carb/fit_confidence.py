#!/usr/bin/env python3
"""Refit the confidence model's weights on CaRB predictions written with
`newsgraph extract --format carb --with-features`.

Label of a prediction: its best lenient-match precision against the sentence's gold tuples
(a soft label in 0..1). Model: logistic regression with L2, plain gradient descent (no numpy).
Honest estimate: 2-fold cross-validation over sentences (fit on one half, score the other with
the shared CaRB scorer), then a final fit on everything, printed as Swift dictionary entries.

Usage: fit_confidence.py GOLD.tsv PREDICTIONS-WITH-FEATURES.tsv
"""
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "tools"))
import carb_score as carb  # noqa: E402


def load(gold, path):
    rows = []
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        feats = {}
        while fields and (fields[-1].startswith("features=") or fields[-1].startswith("rule=")):
            last = fields.pop()
            if last.startswith("features="):
                for pair in last[len("features="):].split(","):
                    if pair:
                        name, value = pair.rsplit(":", 1)
                        feats[name] = float(value)
        pred = carb.Tuple(fields[2], fields[3:], float(fields[1]))
        key = carb.sentence_key(fields[0])
        best = max((carb.tuple_score(g, pred)[0] for g in gold.get(key, [])), default=0.0)
        rows.append((key, fields, feats, best))
    return rows


def fit(rows, l2=0.01, epochs=300, rate=0.5):
    names = sorted({n for _, _, f, _ in rows for n in f})
    w = {n: 0.0 for n in names}
    n = len(rows)
    for _ in range(epochs):
        grad = {k: l2 * v for k, v in w.items()}
        for _, _, f, y in rows:
            z = sum(w[k] * v for k, v in f.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for k, v in f.items():
                grad[k] += (p - y) * v / n
        for k in w:
            w[k] -= rate * grad[k]
    return w


def rescored(rows, w):
    lines = []
    for _, fields, f, _ in rows:
        z = sum(w.get(k, 0.0) * v for k, v in f.items())
        conf = 1 / (1 + math.exp(-max(-30, min(30, z))))
        lines.append("\t".join([fields[0], f"{conf:.4f}"] + fields[2:]))
    return lines


def score(gold, lines):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return carb.score(gold, carb.read_predictions(out.name))


def main():
    gold = carb.read_gold(sys.argv[1])
    rows = load(gold, sys.argv[2])
    keys = sorted(set(gold) | {r[0] for r in rows})
    half = {k: i % 2 for i, k in enumerate(keys)}
    for fold in (0, 1):
        train = [r for r in rows if half[r[0]] != fold]
        test = [r for r in rows if half[r[0]] == fold]
        test_gold = {k: v for k, v in gold.items() if half[k] == fold}
        before = score(test_gold, ["\t".join(r[1]) for r in test])
        after = score(test_gold, rescored(test, fit(train)))
        print(f"fold {fold}: hand weights F1 {before['f1']:.3f} AUC {before['auc']:.3f} -> fitted F1 {after['f1']:.3f} AUC {after['auc']:.3f}")
    w = fit(rows)
    print("fitted on all:")
    for k in sorted(w):
        print(f'        "{k}": {w[k]:.3f},')


if __name__ == "__main__":
    main()
