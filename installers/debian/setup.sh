#!/usr/bin/env bash
# Installs the Debian 12 packages WhitePlan needs to build, run and test.
# Does nothing (and needs no root) when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-svg-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev
  catch2 libsqlite3-dev sqlite3 libsodium-dev libqrencode-dev libzxing-dev
  fonts-dejavu-core xvfb xauth x11-utils imagemagick poppler-utils
  cups cups-client cups-bsd printer-driver-cups-pdf
  nodejs clang-format-14
  dpkg-dev lintian help2man appstream
  postgresql-15 postgresql-client-15 libpq-dev
  clang-14 libclang-rt-14-dev
)

# The FHIR validator the tests run with node (pinned by its package-lock.json).
# nodejs ships npm on this distribution's image; Debian's own split "npm" package is
# only needed where nodejs comes without it.
install_fhir_validator() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tests/fhir-validator"
  # Also reinstall when the lock is newer than the installed tree (a package was added to it,
  # e.g. hl7.fhir.r4.examples): npm ci writes node_modules/.package-lock.json each time.
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "WhitePlan setup: installing Debian's npm package"
      "${sudo_cmd[@]}" apt-get update
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends npm
    fi
    echo "WhitePlan setup: installing the FHIR validator in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund
  fi
}

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  install_fhir_validator
  exit 0
fi

echo "WhitePlan setup: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
install_fhir_validator
