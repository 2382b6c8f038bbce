#!/usr/bin/env bash
# One command for a first look: installs what is missing, builds, and
# finds the political actors in the bundled example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
mkdir -p out
"$BUILD_DIR/dyad" actors examples/ -o out/actors.jsonl
echo
echo "First actors found (all of them are in out/actors.jsonl):"
head -n 15 out/actors.jsonl
echo
echo "How one sentence is read:"
"$BUILD_DIR/dyad" explain "Chinese president Xi Jinping praised North Korean officials in Pyongyang." --date 2024-04-16
