// The same queries on the two real graphs: the built-in world
// (semichain::world::view(), a graph lowered at compile time; the Mate 60 Pro)
// and the ETO Chip Explorer data set (loaded from its CSVs; the item with the
// largest dependency closure — ETO's finished logic chip has no offering, so
// its closure is itself). Each query beside its baseline where there is one:
//
//  <graph>:<item>/reach/{baseline_csr_bfs, semichain_reachable, semichain_trace}
//  <graph>:<item>/availability, …/chokepoints_order3, …/value_share
//
//   bench_real [--eto=DIR] [Google Benchmark flags]
#include "baseline.hpp"

#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/reach.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/world.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace semichain;
using namespace std::chrono;

const scenario today{.as_of = 2025y / 6 / 30};

using bench::baseline_reachable;

void add(const std::string& name, graph_view v, item_index root) {
    const auto reg = [&](const std::string& what, auto f) {
        benchmark::RegisterBenchmark((name + "/" + what).c_str(), [v, root, f](benchmark::State& s) {
            for (auto _ : s) f(s, v, root);
            s.counters["items"] = static_cast<double>(v.items.size());
            s.counters["offerings"] = static_cast<double>(v.offerings.size());
            s.counters["closure_items"] = static_cast<double>(reachable(v, root).size());
        })->Unit(benchmark::kMicrosecond);
    };
    reg("reach/baseline_csr_bfs", [](benchmark::State&, graph_view g, item_index x) { benchmark::DoNotOptimize(baseline_reachable(g, x)); });
    reg("reach/semichain_reachable", [](benchmark::State&, graph_view g, item_index x) {
        static reach_buffer buf;
        benchmark::DoNotOptimize(reachable(g, x, buf).size());
    });
    reg("reach/semichain_trace", [](benchmark::State&, graph_view g, item_index x) {
        std::size_t n = 0;
        for (const auto& e : trace(g, x)) n += e.tier + 1;
        benchmark::DoNotOptimize(n);
    });
    reg("availability", [](benchmark::State&, graph_view g, item_index) {
        benchmark::DoNotOptimize(compute_availability(g, today).available(offering_index{0}));
    });
    reg("chokepoints_order3", [](benchmark::State& s, graph_view g, item_index x) {
        const auto r = chokepoint_sets(g, {.item = x, .base = today, .max_order = 3});
        s.counters["sets"] = static_cast<double>(r.sets.size());
    });
    reg("value_share", [](benchmark::State& s, graph_view g, item_index x) {
        const auto r = domestic_value_share(g, x, company_index::none(), bloc{countries::CHN}, today);
        s.counters["share"] = r.share;
    });
}

}  // namespace

int main(int argc, char** argv) {
    std::string eto_dir;
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--eto=", 6) == 0) eto_dir = argv[i] + 6;
        else rest.push_back(argv[i]);
    }
    const graph_view w = world::view();
    add("world:mate_60_pro", w, w.item("mate_60_pro"));
    std::unique_ptr<eto_result> eto;
    if (!eto_dir.empty()) {
        eto = std::make_unique<eto_result>(load_eto(std::filesystem::path{eto_dir}));
        const graph_view v = eto->model.view();
        item_index root{0};
        std::size_t best = 0;
        reach_buffer buf;
        for (const item_index x : v.items.indices())
            if (const std::size_t n = reachable(v, x, buf).size(); n > best) {
                best = n;
                root = x;
            }
        add("eto:" + std::string{v.items[root].id}, v, root);
    }
    int rest_argc = static_cast<int>(rest.size());
    benchmark::Initialize(&rest_argc, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
