#!/usr/bin/env python3
"""Per-rule precision of CaRB predictions written with `extract --format carb --with-rule`.

For each prediction: its best lenient (precision, recall) against the sentence's gold tuples,
averaged per rule. Used to set the confidence model's rule priors on dev.
Usage: rules.py GOLD.tsv PREDICTIONS-WITH-RULES.tsv
"""
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "tools"))
import carb_score as carb  # noqa: E402

gold = carb.read_gold(sys.argv[1])
stats = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
for line in open(sys.argv[2], encoding="utf-8"):
    fields = line.rstrip("\n").split("\t")
    rule = fields[-1][5:] if fields[-1].startswith("rule=") else "?"
    fields = fields[:-1] if fields[-1].startswith("rule=") else fields
    pred = carb.Tuple(fields[2], fields[3:], float(fields[1]))
    golds = gold.get(carb.sentence_key(fields[0]), [])
    best = max((carb.tuple_score(g, pred) for g in golds), default=(0.0, 0.0))
    s = stats[rule]
    s[0] += 1
    s[1] += best[0]
    s[2] += best[1]
    s[3] += pred.conf
for rule, (n, p, r, c) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
    print(f"{rule:32s} n={n:5d} precision={p / n:.3f} recall-ish={r / n:.3f} mean-conf={c / n:.3f}")
