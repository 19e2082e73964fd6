#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing semichain needs,
# if any is missing. Idempotent: when everything is there it only checks.
# Extra packages that only some jobs need are passed as arguments
# (scripts/fuzz.sh: libclang-rt-14-dev; scripts/coverage.sh: gcovr).
# Set SEMICHAIN_SKIP_SETUP=1 to skip it (e.g. on a machine that is not Debian).
set -euo pipefail

# graphviz lays out the report's pictures; chromium runs the HTML report's
# browser test (tests/browser).
packages=(cmake make g++ clang librange-v3-dev libboost-dev catch2 nlohmann-json3-dev libcli11-dev graphviz chromium "$@")

if [[ "${SEMICHAIN_SKIP_SETUP:-0}" == 1 ]]; then
  exit 0
fi
if ! command -v dpkg >/dev/null 2>&1; then
  echo "setup.sh: dpkg not found; not a Debian system, so not checking packages." >&2
  echo "setup.sh: semichain needs: ${packages[*]}" >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup.sh: installing missing packages: ${missing[*]}" >&2
if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup.sh: error: packages are missing (${missing[*]}) and this is neither root nor has sudo." >&2
  echo "setup.sh: as root, run: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
