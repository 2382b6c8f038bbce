#!/usr/bin/env bash
# Accuracy on real news: codes articles of the shared Wikinews corpus
# (2004-2009) and scores them against a hand coding of those articles, coded
# by the conventions of the coding guide, one line an article, each event
# with a short "why". Three gold files (GOLD=... chooses one):
#   bench/realnews/gold.jsonl     48 articles, the default; their misses have
#                                 been read many times
#   bench/realnews/gold-2.jsonl   24 more articles, coded more densely; their
#                                 misses are read to find what to do next
#   bench/realnews/heldout.jsonl  48 articles kept apart: score them, never read
#                                 their misses, so they stay a fair measure of
#                                 news nobody tuned for
# The article texts are read from the corpus at run time; the script skips
# when it is absent.
# Prints `dyad eval`'s table; with a third argument, writes there the coded
# events for reading errors.
#
#   [GOLD=FILE] bench/eval_real.sh [BUILD_DIR] [SHARED_DIR] [EVENTS_OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
SHARED=${2:-${DYAD_SHARED_DIR:-../shared}}
CORPUS="$SHARED/corpus/wikinews-politics-2004-2009.jsonl"
GOLD=${GOLD:-bench/realnews/gold.jsonl}
if [[ ! -f "$CORPUS" ]]; then
  echo "skipped: the shared corpus is absent under $SHARED" >&2
  exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The articles of the gold file, found by their exact id.
sed -n 's/^{"id": "\([^"]*\)".*/"id": "\1",/p' "$GOLD" > "$TMP/ids.txt"
grep -F -f "$TMP/ids.txt" "$CORPUS" > "$TMP/articles.jsonl"
found=$(wc -l < "$TMP/articles.jsonl")
want=$(wc -l < "$GOLD")
if [[ "$found" != "$want" ]]; then
  echo "warning: $found of $want gold articles found in the corpus" >&2
fi
"$BUILD_DIR/dyad" code --all -q "$TMP/articles.jsonl" -o "$TMP/events.jsonl"
"$BUILD_DIR/dyad" eval "$GOLD" "$TMP/events.jsonl"
if [[ $# -ge 3 ]]; then cp "$TMP/events.jsonl" "$3"; fi
