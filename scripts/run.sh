#!/usr/bin/env bash
# Builds (gcc preset) and runs semichain's program: the `semichain` tool's
# report once tools/semichain/CMakeLists.txt exists, the compile-time tour
# example until then. Build output goes to stderr.
#
# Without arguments, the headline report is written into ./semichain-report/
# (SEMICHAIN_REPORT_DIR names another folder): report.html to open in a
# browser, report.md beside it, and the JSON, CSV, DOT, SVG and text files;
# the summary table and the page's path are printed. With arguments, they are
# passed on to `semichain report` and its output is printed
# (scripts/run.sh --format md prints the whole Markdown report).
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
if (($# > 0)) || [[ "$target" != "${tool[0]}" ]]; then
  exec "$binary" "${program[@]:2}" "$@"
fi
out="${SEMICHAIN_REPORT_DIR:-semichain-report}"
"$binary" "${program[@]:2}" --out "$out"
echo "semichain: the headline report, written into $out/"
echo
awk '/^## Summary/ { on = 1; next } /^## / { on = 0 } on && (seen || NF) { seen = 1; print }' "$out/report.md"
echo "Open $(cd "$out" && pwd)/report.html in a browser (the Markdown is beside it: report.md)."
