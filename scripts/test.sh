#!/usr/bin/env bash
# Runs the tests: scripts/test.sh [preset]   (presets: gcc (default), clang,
# sanitize, release; see CMakePresets.json). Installs what is missing, then
# configures, builds and runs CTest with that preset.
# SEMICHAIN_JOBS sets the build's parallelism (default 2).
set -euo pipefail

preset="${1:-gcc}"
jobs="${SEMICHAIN_JOBS:-2}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset" -j"$jobs"
ctest --preset "$preset"
