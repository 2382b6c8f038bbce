#!/usr/bin/env bash
# Real dictionaries on real news, side by side: codes the shared Wikinews
# corpus with dyad's built-in dictionaries and with the Phoenix (PETRARCH-2)
# dictionaries alone, and prints for each: events per 1,000 sentences, the
# share of sentences with an event, the distribution over CAMEO root codes
# and sentences per second (processing; the dictionaries load before it). docs/legacy.md
# has the figures.
#
#   bench/legacy_corpus.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
SHARED=${2:-${DYAD_SHARED_DIR:-../shared}}
CORPUS="$SHARED/corpus/wikinews-politics-2004-2009.jsonl"
PHOENIX="$SHARED/peers/petrarch2/dictionaries"
if [[ ! -f "$CORPUS" || ! -d "$PHOENIX" ]]; then
  echo "skipped: the shared corpus or the Phoenix dictionaries are absent under $SHARED" >&2
  exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

run() {  # NAME ARGS...
  local name=$1
  shift
  "$BUILD_DIR/dyad" code "$CORPUS" -o "$TMP/$name.jsonl" "$@" 2> "$TMP/$name.err"
  tail -1 "$TMP/$name.err" > "$TMP/$name.summary"
}
run builtin
run phoenix --dict "$PHOENIX" --no-builtin

printf '%-28s %12s %12s\n' "" "built-in" "Phoenix"
field() {  # NAME: sentences, events, seconds, sentences/s from the summary line
  sed -E 's/.*sentences ([0-9]+), events ([0-9]+),.* ([0-9.]+) seconds, ([0-9]+) sentences\/s/\1 \2 \3 \4/' \
    "$TMP/$1.summary"
}
read -r s1 e1 t1 r1 < <(field builtin)
read -r s2 e2 t2 r2 < <(field phoenix)
with_event() {
  grep -o '"article":"[^"]*","sentence":[0-9]*' "$TMP/$1.jsonl" | sort -u | wc -l
}
w1=$(with_event builtin)
w2=$(with_event phoenix)
printf '%-28s %12s %12s\n' "sentences" "$s1" "$s2"
printf '%-28s %12s %12s\n' "events" "$e1" "$e2"
printf '%-28s %12.1f %12.1f\n' "events per 1,000 sentences" "$(echo "1000*$e1/$s1" | bc -l)" "$(echo "1000*$e2/$s2" | bc -l)"
printf '%-28s %11.1f%% %11.1f%%\n' "sentences with an event" "$(echo "100*$w1/$s1" | bc -l)" "$(echo "100*$w2/$s2" | bc -l)"
printf '%-28s %12s %12s\n' "seconds (processing)" "$t1" "$t2"
printf '%-28s %12s %12s\n' "sentences per second" "$r1" "$r2"
echo
echo "share of events by CAMEO root code"
roots() { grep -o '"root":"[0-9]*"' "$TMP/$1.jsonl" | sed 's/.*:"\(.*\)"/\1/' | sort | uniq -c; }
join -a1 -a2 -e0 -o 0,1.1,2.1 -1 2 -2 2 <(roots builtin | sort -k2) <(roots phoenix | sort -k2) |
  while read -r root a b; do
    printf '  %-26s %11.1f%% %11.1f%%\n' "$root" "$(echo "100*$a/$e1" | bc -l)" "$(echo "100*$b/$e2" | bc -l)"
  done
