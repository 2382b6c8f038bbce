#!/usr/bin/env bash
# End-to-end speed of `dyad actors` on one core: start-up time, sentences per
# second and peak memory. Input: the shared Wikinews corpus when present,
# else the bundled examples repeated 200 times.
#
#   bench/end_to_end.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
DYAD="$BUILD_DIR/dyad"
SHARED=${DYAD_SHARED_DIR:-../shared}
INPUT="$SHARED/corpus/wikinews-politics-2004-2009.jsonl"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if [[ ! -f "$INPUT" ]]; then
  for _ in $(seq 200); do cat examples/articles.jsonl; done > "$TMP/input.jsonl"
  INPUT="$TMP/input.jsonl"
fi
echo "input: $INPUT ($(wc -l < "$INPUT") articles)"

echo "== start-up (one short sentence, best of 5)"
best=999
for _ in 1 2 3 4 5; do
  s=$(date +%s.%N)
  "$DYAD" explain "China praised Russia." > /dev/null
  e=$(date +%s.%N)
  t=$(echo "$e - $s" | bc)
  best=$(echo "if ($t < $best) $t else $best" | bc)
done
echo "start-up seconds: $best"

echo "== dyad actors, one core"
for _ in 1 2 3; do
  taskset -c 0 /usr/bin/time -f "peak memory: %M KB, wall %e s" \
    "$DYAD" actors "$INPUT" -o "$TMP/actors.jsonl" 2>&1 | tail -2
done
echo "actor mentions: $(wc -l < "$TMP/actors.jsonl")"
