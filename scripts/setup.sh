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
  wordnet-base iso-codes liblink-grammar-dev
)

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

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS" 2>&1 | grep -E "error|warning: unused|Error" || true
test -x "$BUILD_DIR/dyad" || { echo "dyad setup: build failed" >&2; cmake --build "$BUILD_DIR" -j 1 2>&1 | tail -40; exit 1; }
echo "dyad setup: built $BUILD_DIR/dyad" >&2
