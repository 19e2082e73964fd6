#!/usr/bin/env bash
# Runs every benchmark comparison and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh            full sizes (10^4..10^6 offerings; about 15 min on 2 cores)
#   benchmarks/run.sh --quick    smaller sizes (10^3..10^5; a few minutes)
#
# Installs what it needs (Debian packages, as root or with sudo, like
# scripts/setup.sh): the library's build dependencies, plus the benchmark-only
# ones — Google Benchmark, Boost.Graph, NetworkX, GNU time. Builds the
# `release` preset (g++, Release) in build/<SEMICHAIN_BUILD_DIR_PREFIX>release
# with -j${SEMICHAIN_BENCH_JOBS:-2} under nice; generated graphs and compile-time
# model sources go under that build directory, never into the source tree.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
quick=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done

# --- packages -------------------------------------------------------------------
"$root/scripts/setup.sh"
bench_packages=(libbenchmark-dev libboost-graph-dev python3 python3-networkx time)
if [[ "${SEMICHAIN_SKIP_SETUP:-0}" != 1 ]] && command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${bench_packages[@]}"; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "run.sh: installing benchmark packages: ${missing[*]}" >&2
    if [[ "$(id -u)" -eq 0 ]]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
      echo "run.sh: error: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2; exit 1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  fi
fi

# --- build ----------------------------------------------------------------------
build="$root/build/${SEMICHAIN_BUILD_DIR_PREFIX:-}release"
jobs="${SEMICHAIN_BENCH_JOBS:-2}"
cd "$root"
nice cmake --preset release >/dev/null
nice cmake --build "$build" -j"$jobs" --target bench_traversal bench_analysis bench_real bench_export bench_load
bin="$build/benchmarks"
out="$build/bench-results"
data="$build/bench-data"
mkdir -p "$out" "$data"

if ((quick)); then
  reach_sizes=1000,10000,100000; big=100000; json_size=10000
  choke_sizes=1000,10000; choke_order1_sizes=100000; value_sizes=100000
  compile_sizes=(50 100 200); reps=3
else
  reach_sizes=10000,100000,1000000; big=1000000; json_size=100000
  choke_sizes=1000,10000; choke_order1_sizes=100000,1000000; value_sizes=1000000
  compile_sizes=(50 100 200 400 800); reps=5
fi
gb=(--benchmark_out_format=json --benchmark_report_aggregates_only=true --benchmark_min_time=0.2)

# --- 1, 2: reachability and availability ------------------------------------------------
# One process per size: a process that first ran the smaller sizes ran the
# 10^6 availability several times slower (see RESULTS.md).
echo "== reachability and availability ($reach_sizes offerings)" >&2
rm -f "$out"/traversal_*.json
for n in ${reach_sizes//,/ }; do
  nice "$bin/bench_traversal" --sizes="$n" "${gb[@]}" --benchmark_repetitions="$reps" \
    --benchmark_enable_random_interleaving=true --benchmark_out="$out/traversal_$n.json"
done

echo "== NetworkX ($big offerings)" >&2
nice "$bin/bench_export" --offerings="$big" --edges="$data/edges_$big.txt" > "$out/export_$big.json"
nice python3 "$here/networkx_reach.py" "$data/edges_$big.txt" --repeat 5 > "$out/networkx.json"
rm -f "$data/edges_$big.txt"

# --- 3, 4: chokepoints and self-sufficiency ---------------------------------------------
echo "== chokepoints and value share" >&2
nice "$bin/bench_analysis" --choke-sizes="$choke_sizes" --choke-order1-sizes="$choke_order1_sizes" \
  --value-sizes="$value_sizes" "${gb[@]}" --benchmark_repetitions=3 --benchmark_out="$out/analysis.json"

# --- the real graphs: the built-in world and the ETO data set ---------------------------
eto="${SEMICHAIN_ETO_DIR:-$root/../shared/datasets/eto}"
echo "== the built-in world and ETO" >&2
eto_arg=()
[[ -d "$eto" ]] && eto_arg=(--eto="$eto")
nice "$bin/bench_real" "${eto_arg[@]}" "${gb[@]}" --benchmark_repetitions="$reps" --benchmark_out="$out/real.json"

# --- 5: loading -------------------------------------------------------------------------
echo "== loading" >&2
nice "$bin/bench_export" --offerings="$json_size" --json="$data/graph_$json_size.json" > /dev/null
peak() {  # peak resident set of one run, in KiB (GNU time)
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}
{
  echo "{\"json\": $(nice "$bin/bench_load" --json="$data/graph_$json_size.json" --repeat=3),"
  echo " \"json_peak_kb\": $(peak "$bin/bench_load" --json="$data/graph_$json_size.json"),"
  if [[ -d "$eto" ]]; then
    echo " \"eto\": $(nice "$bin/bench_load" --eto="$eto" --repeat=200),"
    echo " \"eto_peak_kb\": $(peak "$bin/bench_load" --eto="$eto"),"
  fi
  echo " \"baseline_peak_kb\": $(peak "$bin/bench_load")}"
} > "$out/load.json"
rm -f "$data/graph_$json_size.json"

# --- 6: compile time ----------------------------------------------------------------------
echo "== compile time (N = ${compile_sizes[*]})" >&2
models="$build/compile-models"
python3 "$here/gen_compile_models.py" "$models" "${compile_sizes[@]}"
compile_limit="${SEMICHAIN_COMPILE_LIMIT:-180}"  # seconds per compilation
echo "compiler,variant,n,seconds,peak_kb,status,message" > "$out/compile.csv"
for n in 0 "${compile_sizes[@]}"; do
  for cxx in g++ clang++; do
    if [[ "$cxx" == g++ ]]; then limits=(-fconstexpr-ops-limit=1000000000); else limits=(-fconstexpr-steps=100000000); fi
    variants=(model array)
    ((n == 0)) && variants=(headers)
    for variant in "${variants[@]}"; do
      log="$out/compile_${cxx}_${variant}_$n.log"
      set +e
      /usr/bin/time -f "%e %M" -o "$out/time.txt" timeout "$compile_limit" nice "$cxx" -std=c++20 -O0 \
        -I"$root/include" "${limits[@]}" -c "$models/${variant}_$n.cpp" -o /dev/null > "$log" 2>&1
      rc=$?
      set -e
      read -r secs kb < <(tail -n1 "$out/time.txt")
      if ((rc == 0)); then status=ok; msg=""; elif ((rc == 124)); then status=timeout; msg="over ${compile_limit} s"; else
        status=error; msg="$(grep -m1 -E 'error|fatal' "$log" | sed "s|$models/||" | cut -c1-200 | tr ',"' ';'"'" || true)"
      fi
      echo "$cxx,$variant,$n,$secs,$kb,$status,\"$msg\"" >> "$out/compile.csv"
      echo "   $cxx $variant N=$n: $secs s, $kb KiB, $status" >&2
    done
  done
done

# --- results ------------------------------------------------------------------------------
python3 "$here/make_results.py" "$out" $( ((quick)) && echo --quick ) > "$here/RESULTS.md"
echo "run.sh: wrote $here/RESULTS.md" >&2
