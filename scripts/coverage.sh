#!/usr/bin/env bash
# Measures the tests' line coverage of the library: scripts/coverage.sh.
# Installs what is missing (with gcovr), configures and builds the `coverage`
# preset (g++ --coverage, Debug; unit and tool tests), runs CTest from zeroed
# counters and prints gcovr's line coverage of include/ only, file by file
# and in total (also written to build/<prefix>coverage/coverage.txt).
# SEMICHAIN_JOBS sets the build's parallelism (default 2).
set -euo pipefail

jobs="${SEMICHAIN_JOBS:-2}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
build="${root}/build/${SEMICHAIN_BUILD_DIR_PREFIX:-}coverage"

bash scripts/setup.sh gcovr
cmake --preset coverage
cmake --build --preset coverage -j"$jobs"
find "$build" -name '*.gcda' -delete
ctest --preset coverage
# Header-only: every test that includes a header adds its counts; gcovr
# merges them per line. Only the library's headers are reported.
gcovr --root "$root" --filter "${root}/include/" --object-directory "$build" \
  -j "$jobs" --sort-uncovered --print-summary --txt "${build}/coverage.txt" "$build"
cat "${build}/coverage.txt"
