#!/usr/bin/env bash
# Accuracy on the development gold set (tests/golden/events/): codes the
# articles and scores them with `dyad eval` (flagged events included, so
# negation and modality are scored too).
#
#   bench/eval_dev.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cat tests/golden/events/dev-*.articles.jsonl > "$TMP/articles.jsonl"
cat tests/golden/events/dev-*.gold.jsonl > "$TMP/gold.jsonl"
"$BUILD_DIR/dyad" code --all -q "$TMP/articles.jsonl" -o "$TMP/events.jsonl"
"$BUILD_DIR/dyad" eval "$TMP/gold.jsonl" "$TMP/events.jsonl"
