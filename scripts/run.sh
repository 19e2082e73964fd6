#!/usr/bin/env bash
# Builds (gcc preset) and runs semichain's program, passing the arguments on:
# the `semichain` tool's report once tools/semichain/CMakeLists.txt exists,
# the compile-time tour example until then. Build output goes to stderr, so
# stdout is the program's alone.
set -euo pipefail

preset=gcc
tool=(semichain_tool tools/semichain/semichain report)        # target, path in the build dir, leading arguments
fallback=(compile_time_tour examples/compile_time_tour)  # used while the tool does not exist

caller_dir="$PWD"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ -f tools/semichain/CMakeLists.txt ]]; then
  program=("${tool[@]}")
elif [[ -f examples/${fallback[0]}.cpp ]]; then
  program=("${fallback[@]}")
else
  echo "run.sh: nothing to run yet: neither tools/semichain/CMakeLists.txt nor examples/${fallback[0]}.cpp exists" >&2
  exit 1
fi
target="${program[0]}"
binary="${root}/build/${SEMICHAIN_BUILD_DIR_PREFIX:-}${preset}/${program[1]}"

{
  bash scripts/setup.sh
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j"${SEMICHAIN_JOBS:-2}" --target "$target"
} >&2

cd "$caller_dir"  # relative paths among the arguments mean what the caller meant
exec "$binary" "${program[@]:2}" "$@"
