#!/usr/bin/env bash
# Builds Jisr with warnings as errors and runs every test (GoogleTest and Qt Test, under CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
# Debug info names the build folder; without this a clone in another folder (CI) misses every
# cached object.
export CCACHE_NOHASHDIR=1
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
