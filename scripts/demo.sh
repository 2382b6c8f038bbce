#!/usr/bin/env bash
# One command for a first look: installs what is missing, builds, codes the
# events of the bundled example articles and finds the actors in them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
mkdir -p out
"$BUILD_DIR/dyad" code examples/ -o out/events.jsonl
"$BUILD_DIR/dyad" code examples/ --format csv -o out/events.csv -q
"$BUILD_DIR/dyad" actors examples/ -o out/actors.jsonl
echo
echo "First events coded (all of them are in out/events.jsonl, and as a table in out/events.csv):"
python3 - out/events.jsonl <<'PY' 2>/dev/null || head -n 10 out/events.jsonl
import json, sys
for n, line in enumerate(open(sys.argv[1])):
    if n == 15:
        break
    e = json.loads(line)
    place = (e.get("location") or {}).get("name") or ""
    print(f'{e["date"]}  {e["source"]["code"]:>10} -> {e["target"]["code"]:<10} {e["cameo"]:<5} '
          f'{e["label"][:38]:<38} {place}')
PY
echo
echo "First actors found (all of them are in out/actors.jsonl):"
head -n 5 out/actors.jsonl
echo
echo "How one sentence is read:"
"$BUILD_DIR/dyad" explain "Chinese president Xi Jinping praised North Korean officials in Pyongyang." --date 2024-04-16
