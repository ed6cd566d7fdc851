#!/usr/bin/env bash
# Builds Jisr and launches it on a demo database in a fresh data folder.
#   scripts/demo.sh [--cases N] [--lang ar|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=2000
lang=fr
while (($#)); do
  case "$1" in
    --cases) cases=$2; shift 2 ;;
    --lang) lang=$2; shift 2 ;;
    *) echo "usage: scripts/demo.sh [--cases N] [--lang ar|fr]" >&2; exit 2 ;;
  esac
done
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
# Debug info names the build folder; without this a clone in another folder (CI) misses every
# cached object.
export CCACHE_NOHASHDIR=1
cmake --preset dev -DJISR_BUILD_TESTS=OFF -DJISR_BUILD_BENCH=OFF >/dev/null
cmake --build --preset dev --target jisr jisrctl
data=$(mktemp -d "${TMPDIR:-/tmp}/jisr-demo.XXXXXX")
ctl=(build/dev/app/cli/jisrctl --data-dir "$data")
export JISR_PASSWORD=${JISR_DEMO_PASSWORD:-demo-jisr-2026}
"${ctl[@]}" init --demo --province MA-RAB --centre "Centre médico-social de Rabat" --admin admin \
  --admin-name-fr "Administrateur" --admin-name-ar "المسؤول"
"${ctl[@]}" --user admin demo --cases "$cases" --seed 1 --with-users
echo
echo "Demo data folder: $data"
echo "Accounts (password: $JISR_PASSWORD): admin, accueil, medecin, social"
exec build/dev/app/desktop/jisr --data-dir "$data" --lang "$lang"
