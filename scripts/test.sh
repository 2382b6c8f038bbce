#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# The dashboard's browser test (tests/web/) drives Debian's chromium; only
# the tests need it. Without it (not root) that test is skipped.
if ! command -v chromium >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "dyad test: installing chromium for the browser test" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >/dev/null ||
      echo "dyad test: could not install chromium; the browser test will be skipped" >&2
  else
    echo "dyad test: chromium is missing; the browser test will be skipped" >&2
  fi
fi
BUILD_DIR=${BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-$(nproc)}"
