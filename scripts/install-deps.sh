#!/usr/bin/env bash
# Installs, from Debian 12's archive, what building and testing Jisr needs and the machine lacks.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libsodium-dev libqrencode-dev libzbar-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-core fonts-noto-ui-core poppler-utils zbar-tools
  postgresql tzdata
  cups cups-client printer-driver-cups-pdf libcups2-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
