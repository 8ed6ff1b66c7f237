#!/bin/sh
# Runs `newsgraph extract --format carb` on CaRB dev and scores it with the shared scorer.
# Usage: Tests/carb/score.sh [PREDICTIONS.tsv]   (NEWSGRAPH_BIN overrides the binary)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
bin=${NEWSGRAPH_BIN:-$root/.build/release/newsgraph}
out=${1:-/tmp/newsgraph-carb-dev.tsv}
"$bin" extract --format carb "$shared/data/carb/dev.txt" > "$out"
python3 "$shared/tools/carb_score.py" "$shared/data/carb/dev-gold.tsv" "$out"
