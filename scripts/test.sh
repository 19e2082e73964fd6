#!/usr/bin/env bash
# Runs the tests: scripts/test.sh [preset]   (presets: gcc (default), clang,
# sanitize, release; see CMakePresets.json). Installs what is missing, then
# configures, builds and runs CTest with that preset.
# SEMICHAIN_JOBS sets the build's parallelism (default 2); SEMICHAIN_DEBUG_FLAGS,
# when set, replaces the Debug presets' debug-information flags (CI uses -g1:
# line tables only, enough for the sanitizers' stack traces, about a fifth less
# compile time than -g).
set -euo pipefail

preset="${1:-gcc}"
jobs="${SEMICHAIN_JOBS:-2}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
configure=(cmake --preset "$preset")
if [[ -n "${SEMICHAIN_DEBUG_FLAGS:-}" ]]; then
  configure+=("-DCMAKE_CXX_FLAGS_DEBUG=${SEMICHAIN_DEBUG_FLAGS}")
fi
"${configure[@]}"
cmake --build --preset "$preset" -j"$jobs"
ctest --preset "$preset"
