#!/usr/bin/env bash
# Builds Jisr with warnings as errors and runs every test (GoogleTest and Qt Test, under CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
