#!/usr/bin/env bash
# Runs the libFuzzer targets: scripts/fuzz.sh [seconds-per-target] (default 60).
# Installs what is missing (with clang's libFuzzer runtime), configures and
# builds the `fuzz` preset (clang++, ASan + UBSan, the fuzz/ targets only),
# then runs the targets side by side, each for that long, from its seed corpus (fuzz/corpus/<target>,
# never written to: new inputs go to a working corpus in the build directory,
# kept between runs). Fails if any target finds a crash, a leak, a timeout
# (10 s for one input) or runs out of memory (2 GiB); the input is then in
# build/<prefix>fuzz/artifacts/. SEMICHAIN_FUZZ_TARGETS limits the targets
# (space-separated); SEMICHAIN_JOBS sets the build's parallelism (default 2).
set -euo pipefail

seconds="${1:-60}"
jobs="${SEMICHAIN_JOBS:-2}"
targets=(${SEMICHAIN_FUZZ_TARGETS:-fuzz_json_load fuzz_eto_load fuzz_cli})
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
build="${root}/build/${SEMICHAIN_BUILD_DIR_PREFIX:-}fuzz"

bash scripts/setup.sh libclang-rt-14-dev
cmake --preset fuzz
cmake --build --preset fuzz -j"$jobs" --target "${targets[@]}"

mkdir -p "${build}/artifacts"

# One target: runs it for $seconds, writes its log and its exit status.
run_target() {
  local t="$1" work="${build}/corpus/$1" dict=()
  mkdir -p "$work"
  [[ -f "fuzz/${t}.dict" ]] && dict=(-dict="${root}/fuzz/${t}.dict")
  local rc=0
  "${build}/fuzz/${t}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="${build}/artifacts/${t}-" "${dict[@]}" \
    "$work" "${root}/fuzz/corpus/${t}" >"${build}/${t}.log" 2>&1 || rc=$?
  echo "$rc" >"${build}/${t}.status"
}

# The targets run side by side (each is single-threaded), so the stage takes
# about $seconds whatever their number.
echo "== ${targets[*]}: ${seconds} s each, side by side"
pids=()
for t in "${targets[@]}"; do
  run_target "$t" &
  pids+=($!)
done
wait "${pids[@]}" || true

failed=()
for t in "${targets[@]}"; do
  echo "== ${t}"
  grep -E '^(#[0-9]+[[:space:]]+INITED|Done [0-9]+ runs|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|==[0-9]+==ERROR|SUMMARY|Test unit written)' \
    "${build}/${t}.log" || true
  rc=$(cat "${build}/${t}.status" 2>/dev/null || echo 1)
  if ((rc != 0)); then
    echo "== ${t}: FAILED (exit ${rc}); the log: ${build}/${t}.log"
    tail -n 60 "${build}/${t}.log"
    failed+=("$t")
  else
    echo "== ${t}: no crash"
  fi
done
if ((${#failed[@]} > 0)); then
  echo "fuzz: FAILED: ${failed[*]}"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, no crash"
