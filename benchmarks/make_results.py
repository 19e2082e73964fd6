#!/usr/bin/env python3
"""Writes RESULTS.md (to stdout) from the outputs run.sh collected.

    make_results.py RESULTS_DIR [--quick]

Times are medians of CPU time over the repetitions (the machine is shared:
CPU time is less disturbed than wall time by the other processes).
"""
import csv
import datetime
import json
import os
import platform
import re
import subprocess
import sys


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def load_gb(path):
    """name -> {cpu_ms, real_ms, counters} from a Google Benchmark JSON file (medians when repeated)."""
    with open(path) as f:
        doc = json.load(f)
    out, plain = {}, {}
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    for b in doc["benchmarks"]:
        name = b.get("run_name", b["name"])
        rec = {"cpu_ms": b["cpu_time"] * scale[b["time_unit"]], "real_ms": b["real_time"] * scale[b["time_unit"]],
               "error": b.get("error_message") if b.get("error_occurred") else None,
               "counters": {k: v for k, v in b.items() if isinstance(v, (int, float)) and k not in (
                   "cpu_time", "real_time", "iterations", "repetitions", "repetition_index", "threads",
                   "family_index", "per_family_instance_index")}}
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                out.setdefault(name, {}).update(rec)
            elif b.get("aggregate_name") == "cv":
                out.setdefault(name, {})["cv"] = b["cpu_time"]
        else:
            plain.setdefault(name, rec)
    for k, v in plain.items():
        out.setdefault(k, v)
    return out, doc.get("context", {})


def ms(x):
    if x is None:
        return "—"
    if x >= 1000:
        return f"{x / 1000:.2f} s"
    if x >= 10:
        return f"{x:.1f} ms"
    if x >= 1:
        return f"{x:.2f} ms"
    return f"{x:.3f} ms"


def num(x):
    return f"{int(round(x)):,}".replace(",", " ")


def size_label(n):
    n = int(n)
    e = len(str(n)) - 1
    return f"10^{e}" if n == 10 ** e else str(n)


def main():
    d = sys.argv[1]
    quick = "--quick" in sys.argv
    trav, ctx = {}, {}
    for name in sorted(os.listdir(d)):
        if re.fullmatch(r"traversal_\d+\.json", name):
            t, c = load_gb(os.path.join(d, name))
            trav.update(t)
            ctx = ctx or c
    ana, _ = load_gb(os.path.join(d, "analysis.json"))
    nx = json.load(open(os.path.join(d, "networkx.json")))
    load = json.load(open(os.path.join(d, "load.json")))
    comp = list(csv.DictReader(open(os.path.join(d, "compile.csv"))))

    cpu = sh("lscpu | sed -n 's/^Model name: *//p'") or platform.processor()
    cores = os.cpu_count()
    mem = sh("free -g | awk '/Mem:/ {print $2}'")
    gxx = sh("g++ --version | head -1")
    clang = sh("clang++ --version | head -1")
    commit = sh("git -C %s rev-parse --short HEAD" % os.path.dirname(os.path.abspath(__file__)))
    today = datetime.date.today().isoformat()

    p = print
    p("# Benchmark results")
    p()
    p(f"Written by `benchmarks/run.sh{' --quick' if quick else ''}` on {today} (commit {commit}). "
      "Do not edit by hand: run the script again.")
    stamps = []
    for name in sorted(os.listdir(d)):
        if name.endswith((".json", ".csv")) and not name.startswith("export_"):
            t = datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(d, name)), datetime.timezone.utc)
            stamps.append(f"{name} {t:%H:%M}")
    p()
    p("Outputs read (UTC): " + ", ".join(stamps) + ".")
    p()
    p("| machine | |")
    p("|---|---|")
    load_avg = f"{ctx['load_avg'][0]:.1f}" if ctx.get("load_avg") else "?"
    p(f"| CPU | {cpu}, {cores} cores, shared with other work (load average {load_avg} when the traversal run began) |")
    p(f"| memory | {mem} GiB |")
    p(f"| compilers | {gxx}; {clang} |")
    p("| build | preset `release`: g++ -O3 (CMake Release, -DNDEBUG); Google Benchmark from Debian (libbenchmark-dev) |")
    p(f"| Python | {platform.python_version()}, NetworkX {nx.get('networkx')} |")
    p()
    p("Times are medians of **CPU time** over the repetitions (5, or 3 with `--quick`; Google Benchmark, "
      "random interleaving of the variants of one run), every comparison side by side in one process. "
      "Ratios are what to read: absolute times move with the load of the shared machine, and at 10^6 the "
      "coefficient of variation (cv) shows how much; other people's compilations share the caches and the "
      "memory bandwidth.")
    p()
    p("Graphs: `benchmarks/layered_graph.hpp`, seeded: 8 tiers, 2–4 offerings per item (3 on average) from "
      "1000 companies in USA/JPN/TWN/CHN, 10 item-level requirements per item into the next tier "
      "(each counted once per offering: the *requirement links*), 10 % of offerings with one requirement "
      "of their own, 8 back edges closing supply cycles (\"cyclic\"; \"acyclic\" has none).")
    p()

    # --- 1. reachability
    sizes = sorted({int(k.rsplit("/", 1)[1]) for k in trav if k.startswith("reach/")})
    p("## 1. Reachability from one item (`t0_0`)")
    p()
    head = "| variant | " + " | ".join(f"{size_label(n)} offerings" for n in sizes) + " | vs baseline (largest) |"
    p(head)
    p("|---|" + "---|" * (len(sizes) + 1))
    variants = [("baseline_csr_bfs", "hand-written CSR BFS over semichain's arrays (baseline)"),
                ("semichain_reachable", "**`semichain::reachable`**, fresh buffer per search"),
                ("semichain_reachable_reused", "`semichain::reachable`, one `reach_buffer` reused"),
                ("semichain_reach_index", "`semichain::reachable` over a `reach_index` (compacted edges)"),
                ("semichain_trace", "`semichain::trace` walked (tier, parent, offering, country per item)"),
                ("bgl_csr_bfs", "Boost.Graph `breadth_first_search`, `compressed_sparse_row_graph`")]
    big = sizes[-1]
    base = trav[f"reach/baseline_csr_bfs/{big}"]["cpu_ms"]
    for key, label in variants:
        cells = [ms(trav.get(f"reach/{key}/{n}", {}).get("cpu_ms")) for n in sizes]
        r = trav.get(f"reach/{key}/{big}", {}).get("cpu_ms")
        cv = trav.get(f"reach/{key}/{big}", {}).get("cv")
        cells[-1] += f" (cv {cv * 100:.0f} %)" if cv is not None else ""
        p(f"| {label} | " + " | ".join(cells) + f" | {r / base:.2f}× |")
    nx_ms = nx["traversal_median_s"] * 1e3
    nx_cells = ["—"] * (len(sizes) - 1) + [ms(nx_ms)]
    p(f"| NetworkX `descendants` (Python; load {nx['load_s']:.1f} s apart) | " + " | ".join(nx_cells) +
      f" | {nx_ms / base:.1f}× |")
    c = trav[f"reach/baseline_csr_bfs/{big}"]["counters"]
    reached = trav[f"reach/semichain_reachable/{big}"]["counters"].get("items_reached")
    p()
    p(f"At {size_label(big)}: {num(c['offerings'])} offerings, {num(c['requirement_links'])} requirement links, "
      f"{num(reached)} items reached (NetworkX: {num(nx['items_reached'])}, same graph exported as "
      f"{num(nx['edges'])} item → input edges).")
    r = trav[f"reach/semichain_reachable/{big}"]["cpu_ms"] / base
    rr = trav[f"reach/semichain_reachable_reused/{big}"]["cpu_ms"] / base
    tr = trav[f"reach/semichain_trace/{big}"]["cpu_ms"] / base
    bgl = trav[f"reach/bgl_csr_bfs/{big}"]["cpu_ms"]
    ix = trav[f"reach/semichain_reach_index/{big}"]["cpu_ms"]
    p()
    p(f"- **Target (within 10 % of the hand CSR BFS): {'met' if r <= 1.10 else 'missed'}** — "
      f"`reachable` takes {r:.2f}× the baseline's time ({rr:.2f}× with a reused buffer); the trace {tr:.1f}×. "
      "`reachable` reads the same arrays as the baseline but keeps one bit per item (the visited set of a "
      "10^6 graph is 42 KB and stays in L2) and walks the offerings' own requirements of an item as one "
      "contiguous range.")
    p(f"- Boost.Graph's CSR BFS takes {bgl / trav[f'reach/semichain_reachable_reused/{big}']['cpu_ms']:.2f}× the time "
      f"of `reachable` with a reused buffer. Over semichain's graph arrays each edge is a 32-byte "
      "`requirement_record` (input, weight, capital flag, provenance), against 8 bytes per edge in Boost's "
      "CSR: the search is bound by that memory traffic. Over a `reach_index` (4 bytes per distinct edge, built "
      f"once like Boost's graph) semichain takes {ix / bgl:.2f}× Boost's time.")
    p()

    # --- 2. availability
    p("## 2. Availability (greatest fixpoint, every offering)")
    p()
    p("| offerings | requirement links | availability | sequential read of the arrays | availability / read | growth vs previous size |")
    p("|---|---|---|---|---|---|")
    prev = None
    for n in sizes:
        a = trav.get(f"availability/semichain/{n}")
        s = trav.get(f"availability/sequential_read/{n}")
        if not a:
            continue
        growth = f"{a['cpu_ms'] / prev[1]:.1f}× time for {a['counters']['offerings'] / prev[0]:.1f}× offerings" if prev else ""
        cva = f" (cv {a['cv'] * 100:.0f} %)" if a.get("cv") is not None else ""
        cvs = f", cv {s['cv'] * 100:.0f} %" if s.get("cv") is not None else ""
        p(f"| {num(a['counters']['offerings'])} | {num(a['counters']['requirement_links'])} | {ms(a['cpu_ms'])}{cva} | "
          f"{ms(s['cpu_ms'])} ({s['counters']['bytes'] / 2**20:.0f} MiB{cvs}) | {a['cpu_ms'] / s['cpu_ms']:.1f}× | {growth} |")
        prev = (a["counters"]["offerings"], a["cpu_ms"])
    ra = trav[f"availability/semichain/{big}"]["cpu_ms"] / trav[f"availability/sequential_read/{big}"]["cpu_ms"]
    p()
    p(f"- **Target (within 5× of one sequential read at the largest size): {'met' if ra <= 5 else 'missed'}** ({ra:.1f}×). "
      "The fixpoint reads each offering's requirements once (an item's requirements once per offering) and "
      "writes one counter per requirement link; the counter of a provider that no control rule can restrict is "
      "the input's number of usable offerings, read from one count per item, and start-date checks of capital "
      "equipment are skipped for offerings without a `since`. With rules in force, restricted buyers' counters "
      "are still counted offering by offering.")
    p("- Growth: the time ratio between consecutive sizes against the size ratio (above); from 10^5 to 10^6 "
      "the arrays (164 MiB) no longer fit in the caches, and the random reads of the inputs' counts cost more.")
    p("- Each size runs in a process of its own. In one process that first ran the 10^4 and 10^5 graphs, the "
      "10^6 fixpoint took 5–8× longer (138–213 ms against 23–25 ms, reproduced three times, in the same "
      "user code with about the same page-fault count; the sequential read was unaffected). The fixpoint "
      "allocates ~60 MB of scratch per call (35 MB of counters); the cause — where the allocator places "
      "those buffers after the earlier runs — is not pinned down yet.")
    p()

    # --- 3. chokepoints
    p("## 3. Chokepoint sets (minimal cut sets of `t0_0`, companies as candidates)")
    p()
    p("| graph | offerings | items in the closure | order ≤ 1 | order ≤ 2 | order ≤ 3 | sets of order 1 / 2 / 3 |")
    p("|---|---|---|---|---|---|---|")
    keys = sorted({(k.split("/")[1], int(k.split("/")[3])) for k in ana if k.startswith("chokepoints/")},
                  key=lambda t: (t[1], t[0]))
    for kind, n in keys:
        cells, counts, closure, offs = [], "", "", ""
        for k in (1, 2, 3):
            b = ana.get(f"chokepoints/{kind}/order{k}/{n}")
            if not b:
                cells.append("not run")
                continue
            if b["error"]:
                cells.append("limit: " + b["error"][:60])
                continue
            cells.append(ms(b["cpu_ms"]))
            cc = b["counters"]
            counts = " / ".join(num(cc[f"order{j}"]) if j <= k else "—" for j in (1, 2, 3))
            closure, offs = num(cc["closure_items"]), num(cc["offerings"])
        p(f"| {kind} | {offs} | {closure} | " + " | ".join(cells) + f" | {counts} |")
    p()
    growth_note = ""
    ck = sorted(n for kind, n in keys if kind == "acyclic" and ana.get(f"chokepoints/acyclic/order2/{n}"))
    if len(ck) >= 2:
        a, b = ana[f"chokepoints/acyclic/order2/{ck[0]}"], ana[f"chokepoints/acyclic/order2/{ck[-1]}"]
        growth_note = (f" (acyclic, order ≤ 2: {b['cpu_ms'] / a['cpu_ms']:.0f}× the time for "
                       f"{b['counters']['closure_items'] / a['counters']['closure_items']:.0f}× the closure)")
    p("- Order 1 is linear in the closure (the single points: one union of singletons per node). Orders 2 and 3 "
      "grow faster than the graph: the search is bottom-up (MOCUS-style), each node of the closure holding the "
      "minimal cut sets of its own sub-chain, so an item near the top holds nearly all the order-2/3 sets below "
      "it, and every OR node merges the families of its 10 inputs and every AND node multiplies those of its "
      "2–4 offerings. The work is Σ over nodes of their family sizes — about closure × depth × sets per item, "
      "quadratic in practice on these layered graphs" + growth_note + ". Profiled (perf, cyclic, order 2, "
      "10^4 offerings): ~52 % in `unite` (the OR gates' k-way merge of their inputs' families, a linear scan "
      "of the 10 inputs per set taken), ~25 % in `minimize` and `subset_lookup` (sorting products and "
      "dropping supersets), ~8 % in allocation.")
    p("- Supply cycles cost more again (cyclic vs acyclic rows): every node of a strongly connected component "
      "keeps its family until the component is settled, and the least fixpoint re-evaluates nodes in rounds "
      "until no family changes; with back edges from the last tier to tier 1 most of the closure is one "
      "component.")
    p("- Orders 2–3 are therefore measured up to 10^4 offerings; at 10^5 the order-2 search would take "
      "minutes (extrapolating the growth above) and is left out of the run; order 1 is measured up to the "
      "largest size. A shared representation of the families (ZBDD) would be the way to larger graphs.")
    p()

    # --- 3b. the two engines side by side
    pairs = sorted({tuple(k.split("/")[1:4]) for k in ana if k.startswith("chokepoints_diagrams/")},
                   key=lambda t: (int(t[2]), t[0], t[1]))
    if pairs:
        p("### The two engines side by side (same run, same queries)")
        p()
        p("| graph | offerings | order | lists (default listing) | diagrams, listed | diagrams, counts only | "
          "lists ÷ diagrams | diagram nodes |")
        p("|---|---|---|---|---|---|---|---|")
        for kind, order, n in pairs:
            rest = f"{kind}/{order}/{n}"
            a, d, c = ana.get(f"chokepoints/{rest}"), ana.get(f"chokepoints_diagrams/{rest}"), ana.get(f"chokepoint_counts/{rest}")
            def cell(b):
                if not b:
                    return "not run"
                return "limit" if b["error"] else ms(b["cpu_ms"])
            ratio = (f"{a['cpu_ms'] / d['cpu_ms']:.2f}" if a and d and not a["error"] and not d["error"] else "—")
            nodes = num(d["counters"].get("diagram_nodes", 0)) if d and not d["error"] else "—"
            p(f"| {kind} | {num(int(n))} | {order[5:]} | {cell(a)} | {cell(d)} | {cell(c)} | {ratio} | {nodes} |")
        p()
        p("- A ratio above 1: the diagrams are faster. Both engines give the same sets (tests/unit/"
          "test_chokepoint_counts.cpp); the library lists with the lists engine and counts or streams with the "
          "diagrams (chokepoint_query::engine).")
        p()

    # --- 4. self-sufficiency
    p("## 4. Self-sufficiency: China's domestic value share in `t0_0`")
    p()
    p("| graph | offerings | places | with availability | given availability | Gauss–Seidel sweeps | share |")
    p("|---|---|---|---|---|---|---|")
    for n in sorted({int(k.rsplit("/", 1)[1]) for k in ana if k.startswith("value_share/")}):
        for kind in ("acyclic", "cyclic"):
            t = ana.get(f"value_share/{kind}/total/{n}")
            g = ana.get(f"value_share/{kind}/given_availability/{n}")
            if not t:
                continue
            c = t["counters"]
            p(f"| {kind} | {num(c['offerings'])} | {num(c['places'])} | {ms(t['cpu_ms'])} | {ms(g['cpu_ms'])} | "
              f"{int(c['sweeps'])} | {c['share']:.4f} |")
    p()
    p("- Acyclic: one exact pass in topological order. Cyclic: Gauss–Seidel from 0 to 1e-12; the cycles' gain "
      "(product of 0.04–0.05 weights around 7 tiers) is tiny, so a few sweeps suffice. The system has one "
      "place per item of the closure and one term per requirement of every available offering there "
      "(≈ 10 per offering); `given availability` leaves out compute_availability over the whole graph.")
    p()

    # --- real graphs
    real_path = os.path.join(d, "real.json")
    if os.path.exists(real_path):
        real, _ = load_gb(real_path)
        graphs = []
        for k in real:
            g = k.split("/")[0]
            if g not in graphs:
                graphs.append(g)
        p("## The real graphs: the built-in world and the ETO data set")
        p()
        p("| graph: item | items / offerings | closure | CSR BFS baseline | `reachable` | `trace` | availability | "
          "chokepoints, order ≤ 3 | value share (CHN) |")
        p("|---|---|---|---|---|---|---|---|---|")
        for g in graphs:
            def us(what):
                b = real.get(f"{g}/{what}")
                return "—" if not b else f"{b['cpu_ms'] * 1e3:.2f} µs"
            c = real[f"{g}/availability"]["counters"]
            sets = real.get(f"{g}/chokepoints_order3", {}).get("counters", {}).get("sets", 0)
            share = real.get(f"{g}/value_share", {}).get("counters", {}).get("share", 0)
            name = g.replace(":", ": `", 1) + "`"
            p(f"| {name} | {num(c['items'])} / {num(c['offerings'])} | {num(c['closure_items'])} | "
              f"{us('reach/baseline_csr_bfs')} | {us('reach/semichain_reachable')} | {us('reach/semichain_trace')} | "
              f"{us('availability')} | {us('chokepoints_order3')} ({num(sets)} sets) | {us('value_share')} ({share:.2f}) |")
        p()
        p("Both are small: every query takes microseconds. ETO's requirement links are few (its `sequence.csv` "
          "mostly says what is a type of what), so its deepest closure is short; its finished logic chip has no "
          "offering and is a dead end, so the item with the largest closure is used. Date 2025-06-30, controls on.")
        p()

    # --- 5. loading
    p("## 5. Loading")
    p()
    p("| input | size | rows | load time (median) | rows/s | peak RSS (process) | peak RSS of an empty run |")
    p("|---|---|---|---|---|---|---|")
    j = load["json"]
    base_kb = load.get("baseline_peak_kb", 0)
    p(f"| semichain/1 JSON, generated ({size_label(j['offerings'] and round(j['offerings'], -3))} offerings) | "
      f"{j['bytes'] / 2**20:.1f} MiB | {num(j['rows'])} | {j['median_s']:.2f} s | {num(j['rows_per_s'])} | "
      f"{load['json_peak_kb'] / 1024:.0f} MiB | {base_kb / 1024:.0f} MiB |")
    if "eto" in load:
        e = load["eto"]
        p(f"| ETO Chip Explorer CSVs (5 files) | {e['bytes'] / 2**10:.0f} KiB | {num(e['rows'])} | "
          f"{e['median_s'] * 1e3:.1f} ms | {num(e['rows_per_s'])} | {load['eto_peak_kb'] / 1024:.0f} MiB | "
          f"{base_kb / 1024:.0f} MiB |")
    p()
    p("Rows: JSON — companies + items + provides + requires entries; ETO — data rows of the five CSVs. "
      "Peak memory from GNU time (`Maximum resident set size`) for one load. The JSON loader builds an ordered "
      "DOM first (to report JSON pointers and duplicate keys), then the builder's input, then the graph: "
      "the peak holds all three, about "
      f"{(load['json_peak_kb'] - base_kb) * 1024 / j['bytes']:.0f}× the file's size. Profiled (perf, 10^5 "
      "offerings): the time goes to allocation and copying — ~25 % in the kernel (page faults of the growing "
      "DOM and vectors), ~12 % memmove, ~10 % malloc — then the assembler (requirements, dependents' sort, "
      "~10 %), the reader (~5 %), id hashing (~3 %) and nlohmann's lexer (~4 %).")
    p()

    # --- 6. compile time
    p("## 6. Compile time: compile-time model vs plain `constexpr std::array`")
    p()
    p("Generated by `benchmarks/gen_compile_models.py` (N companies, N items, 2 offerings per item, a "
      "requirement chain N deep: 3N − 1 relations; 6 `static_assert` queries, among them `depends_on` through "
      "the whole chain). `-std=c++20 -O0 -c`, with the library's constexpr limits "
      "(`-fconstexpr-ops-limit=10^9`, `-fconstexpr-steps=10^8`). Seconds and peak compiler memory (GNU time).")
    p()
    p("| N | relations | g++ model | g++ array | g++ ratio | clang++ model | clang++ array | clang++ ratio |")
    p("|---|---|---|---|---|---|---|---|")
    by = {(r["compiler"], r["variant"], int(r["n"])): r for r in comp}
    failures = []
    hdr = [by.get((cxx, "headers", 0)) for cxx in ("g++", "clang++")]
    if all(hdr):
        g, c = (f"{float(h['seconds']):.1f} s, {int(h['peak_kb']) / 1024:.0f} MiB" for h in hdr)
        p(f"| headers alone (the floor of a model) | — | {g} | — | — | {c} | — | — |")
    for n in sorted({int(r["n"]) for r in comp if int(r["n"]) > 0}):
        cells = []
        for cxx in ("g++", "clang++"):
            m, a = by.get((cxx, "model", n)), by.get((cxx, "array", n))
            def cell(r):
                if not r:
                    return "—"
                if r["status"] != "ok":
                    failures.append((cxx, r["variant"], n, r["status"], r["message"], r["seconds"], r["peak_kb"]))
                    return f"{r['status']} ({float(r['seconds']):.0f} s)"
                return f"{float(r['seconds']):.1f} s, {int(r['peak_kb']) / 1024:.0f} MiB"
            ratio = (f"{float(m['seconds']) / float(a['seconds']):.0f}×"
                     if m and a and m["status"] == "ok" and a["status"] == "ok" else "—")
            cells += [cell(m), cell(a), ratio]
        p(f"| {n} | {3 * n - 1} | " + " | ".join(cells) + " |")
    p()
    if failures:
        for cxx, v, n, st, msg, secs, kb in failures:
            mem = "" if st == "timeout" else f", {int(kb) / 1024:.0f} MiB"
            p(f"- {cxx} {v} N={n}: **{st}** after {float(secs):.0f} s{mem} — {msg} "
              "(the limit per compilation is `SEMICHAIN_COMPILE_LIMIT`, in seconds)")
    else:
        p("- Every size compiled with both compilers.")
    p("- Where the time goes (g++ `-ftime-report`, N = 100, measured once): ~85 % is the front end — template "
      "instantiation ~48 % (overload resolution alone ~27 %: the per-entity and per-relation checks, the "
      "Hana tuple of relations, the conversion to the builder's input), name lookup ~14 % — and constant "
      "evaluation (lowering and the queries) only ~11 %. The cost grows faster than N; the plain arrays stay "
      "near the cost of parsing them.")
    p()


if __name__ == "__main__":
    main()
