#!/usr/bin/env python3
"""Reachability with NetworkX, for comparison with semichain::reachable.

Reads the edge list written by bench_export (--edges), builds a DiGraph
(timed apart: "load"), then times networkx.descendants(G, root) a few times
(the traversal alone). Prints one JSON line; `items_reached` counts the root
too, as semichain does.

    networkx_reach.py EDGES [--repeat 5]
"""
import argparse
import json
import statistics
import time

import networkx as nx


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    with open(args.edges) as f:
        header = f.readline().split()  # "# items N root R"
        items, root = int(header[2]), int(header[4])
        g = nx.DiGraph()
        g.add_nodes_from(range(items))
        g.add_edges_from(tuple(map(int, line.split())) for line in f)
    load_s = time.perf_counter() - t0

    times, reached = [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        d = nx.descendants(g, root)
        times.append(time.perf_counter() - t)
        reached = len(d) + 1
    print(json.dumps({"networkx": nx.__version__, "items": items, "edges": g.number_of_edges(),
                      "items_reached": reached, "load_s": load_s,
                      "traversal_median_s": statistics.median(times), "traversal_best_s": min(times)}))


if __name__ == "__main__":
    main()
