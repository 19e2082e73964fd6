// Chokepoint sets and self-sufficiency on layered synthetic supply graphs
// (layered_graph.hpp):
//
//  chokepoints/<acyclic|cyclic>/order<k>/<offerings>: chokepoint_sets of t0_0
//    with max_order k, as the library lists them by default (the lists
//    engine: orders 1..k searched one after the other); the counters give
//    the sets found of each order and the closure's size.
//  chokepoints_diagrams/…: the same query on the diagrams engine (ZBDDs, one
//    pass at order k), side by side in the same run; `diagram_nodes` counts
//    the nodes made.
//  chokepoint_counts/…: the counts by order alone (count_only: diagrams,
//    nothing listed).
//  The lists run up to --lists-max-size offerings at orders 2 and 3.
//  value_share/<acyclic|cyclic>/<offerings>: domestic_value_share of China in
//    t0_0 — `total` includes compute_availability, `given_availability` does
//    not (the input–output system alone: built, then solved exactly on a DAG
//    or by Gauss–Seidel with cycles).
//
//   bench_analysis [--choke-sizes=1000,10000] [--choke-order1-sizes=100000,1000000]
//                  [--value-sizes=1000000] [--back-edges=8] [--lists-max-size=10000]
//                  [Google Benchmark flags]
#include "layered_graph.hpp"

#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/reach.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/graph/graph.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace semichain;
using namespace std::chrono;

std::size_t back_edges = 8;

const graph& layered(std::size_t size, std::size_t cycles) {
    static std::map<std::pair<std::size_t, std::size_t>, std::unique_ptr<graph>> cache;
    auto& g = cache[{size, cycles}];
    if (!g) g = std::make_unique<graph>(bench::make_layered({.offerings = size, .back_edges = cycles}));
    return *g;
}

enum class engine { lists, diagrams, count_only };

void BM_chokepoints(benchmark::State& state, std::size_t size, std::size_t cycles, std::size_t order, engine how) {
    const auto v = layered(size, cycles).view();
    const item_index root = v.item("t0_0");
    chokepoint_query q{.item = root, .base = {.as_of = 2024y / 1 / 1}, .max_order = order, .count_only = how == engine::count_only,
                       .engine = how == engine::lists ? chokepoint_engine::lists : chokepoint_engine::diagrams};
    chokepoint_result r;
    try {
        for (auto _ : state) {
            r = chokepoint_sets(v, q);
            benchmark::DoNotOptimize(r.sets.data());
        }
    } catch (const search_limit_exceeded& e) {
        state.SkipWithError(e.what());
        return;
    }
    std::size_t per[4] = {0, 0, 0, 0};
    if (how == engine::count_only)
        for (std::size_t j = 1; j <= 3; ++j) per[j] = static_cast<std::size_t>(r.count(j));
    else
        for (const auto& s : r.sets) ++per[std::min<std::size_t>(s.size(), 3)];
    state.counters["sets"] = static_cast<double>(r.sets.size());
    state.counters["order1"] = static_cast<double>(per[1]);
    state.counters["order2"] = static_cast<double>(per[2]);
    state.counters["order3"] = static_cast<double>(per[3]);
    state.counters["diagram_nodes"] = static_cast<double>(r.diagram_nodes);
    state.counters["closure_items"] = static_cast<double>(reachable(v, root).size());
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
}

void BM_value_share(benchmark::State& state, std::size_t size, std::size_t cycles, bool with_availability) {
    const auto v = layered(size, cycles).view();
    const item_index root = v.item("t0_0");
    const scenario s{.as_of = 2024y / 1 / 1};
    value_share_result r;
    if (with_availability) {
        for (auto _ : state) {
            r = domestic_value_share(v, root, company_index::none(), bloc{countries::CHN}, s);
            benchmark::DoNotOptimize(r.share);
        }
    } else {
        const auto avail = compute_availability(v, s);
        for (auto _ : state) {
            r = domestic_value_share(avail, root, company_index::none(), bloc{countries::CHN});
            benchmark::DoNotOptimize(r.share);
        }
    }
    if (!r.converged) state.SkipWithError("the value share did not converge");
    state.counters["share"] = r.share;
    state.counters["places"] = static_cast<double>(r.places);
    state.counters["sweeps"] = static_cast<double>(r.sweeps);
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
    state.counters["requirement_links"] = static_cast<double>(v.dependents.size());
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> choke_sizes{1'000, 10'000}, order1_sizes{100'000, 1'000'000}, value_sizes{1'000'000};
    std::size_t lists_max = 10'000;
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--choke-sizes=", 14) == 0) choke_sizes = bench::parse_sizes(argv[i] + 14);
        else if (std::strncmp(argv[i], "--choke-order1-sizes=", 21) == 0) order1_sizes = bench::parse_sizes(argv[i] + 21);
        else if (std::strncmp(argv[i], "--value-sizes=", 14) == 0) value_sizes = bench::parse_sizes(argv[i] + 14);
        else if (std::strncmp(argv[i], "--back-edges=", 13) == 0) back_edges = std::strtoull(argv[i] + 13, nullptr, 10);
        else if (std::strncmp(argv[i], "--lists-max-size=", 17) == 0) lists_max = std::strtoull(argv[i] + 17, nullptr, 10);
        else rest.push_back(argv[i]);
    }
    const auto choke = [&](std::size_t n, std::size_t cycles, std::size_t k) {
        const std::string rest = std::string{"/"} + (cycles == 0 ? "acyclic" : "cyclic") + "/order" + std::to_string(k) + "/" +
                                 std::to_string(n);
        if (n <= lists_max || k == 1)
            benchmark::RegisterBenchmark(("chokepoints" + rest).c_str(), BM_chokepoints, n, cycles, k, engine::lists)
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("chokepoints_diagrams" + rest).c_str(), BM_chokepoints, n, cycles, k, engine::diagrams)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("chokepoint_counts" + rest).c_str(), BM_chokepoints, n, cycles, k, engine::count_only)
            ->Unit(benchmark::kMillisecond);
    };
    for (const std::size_t n : choke_sizes)
        for (const std::size_t cycles : {std::size_t{0}, back_edges})
            for (std::size_t k = 1; k <= 3; ++k) choke(n, cycles, k);
    for (const std::size_t n : order1_sizes) choke(n, back_edges, 1);
    for (const std::size_t n : value_sizes) {
        const std::string s = std::to_string(n);
        benchmark::RegisterBenchmark(("value_share/acyclic/total/" + s).c_str(), BM_value_share, n, std::size_t{0}, true)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("value_share/acyclic/given_availability/" + s).c_str(), BM_value_share, n, std::size_t{0}, false)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("value_share/cyclic/total/" + s).c_str(), BM_value_share, n, back_edges, true)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("value_share/cyclic/given_availability/" + s).c_str(), BM_value_share, n, back_edges, false)->Unit(benchmark::kMillisecond);
    }
    int rest_argc = static_cast<int>(rest.size());
    benchmark::Initialize(&rest_argc, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
